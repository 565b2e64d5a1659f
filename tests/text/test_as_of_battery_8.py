"""An eighth battery of made-up reports for the as-of day (issue 14), from causes seen on
unseen reports of other displacements:

- a count in a clause of result after an outbreak ("a fire broke out on Sunday, forcing
  2,000 to flee", "clashes erupted last Thursday, killing 24") is of that day: the day is
  not the start of a period there, as it is for a running total ("since fighting erupted on
  Sunday, 3,000 have fled").
"""

from datetime import date

import pytest

from corridor.text.brief import build_brief
from corridor.text.sources import document_from_text

HEAD = "SOURCE: https://example.org/report | DATE: 2031-05-06\nOutlet: Example Wire\n"  # a Tuesday


def as_of(raw: str, surface: str) -> date | None:
    """Return the as-of day of the figure whose surface ends with ``surface``."""
    figures = build_brief([document_from_text(HEAD + raw, "saved")]).figures
    days = [f.as_of for f in figures if f.surface.endswith(surface)]
    assert days, (raw, [(f.surface, f.as_of) for f in figures])
    return days[0]


CASES = [
    # a clause of result after an outbreak on a named day
    (
        "A grass fire broke out on Sunday, forcing 2,300 residents to flee their homes.",
        "2,300",
        date(2031, 5, 4),
    ),
    (
        "Shelling erupted last Thursday, killing 17 people and displacing 6,400 villagers.",
        "17",
        date(2031, 5, 1),
    ),
    (
        "Shelling erupted last Thursday, killing 17 people and displacing 6,400 villagers.",
        "6,400",
        date(2031, 5, 1),
    ),
    (
        "Fighting began on Sunday near the dam, leaving at least 29 people dead.",
        "29",
        date(2031, 5, 4),
    ),
    # a running total since an outbreak stays as of the report
    (
        "Since the fighting erupted on Sunday, some 3,100 people have fled the valley.",
        "3,100",
        date(2031, 5, 6),
    ),
    (
        "A fire that started on Sunday has forced 2,300 residents to leave so far.",
        "2,300",
        date(2031, 5, 6),
    ),
]


@pytest.mark.parametrize(("raw", "surface", "want"), CASES)
def test_as_of_battery_8(raw: str, surface: str, want: date) -> None:
    assert as_of(raw, surface) == want
