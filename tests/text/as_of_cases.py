"""The helpers shared by the batteries of made-up reports on the as-of day
(tests/text/test_as_of_battery_{3,4,5}.py)."""

from __future__ import annotations

from datetime import date

from corridor.text.brief import build_brief
from corridor.text.model import Document

TUESDAY = date(2024, 7, 16)  # the day every battery report is published, unless given


def figures_as_of(text: str, published: date | None = TUESDAY) -> list[tuple[str, date | None]]:
    """Return each figure's surface and as-of day in a one-report brief (at least one)."""
    figures = build_brief([Document("d", text, "Desk", published)]).figures
    assert figures, text
    return [(f.surface, f.as_of) for f in figures]


def first_as_of(text: str) -> date | None:
    """Return the as-of day of the report's first figure."""
    return figures_as_of(text)[0][1]
