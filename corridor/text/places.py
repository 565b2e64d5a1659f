"""Recognise the places a figure refers to, with aliases folded to one name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corridor.text.model import Span

# Canonical name -> spelling variants. More specific names come first.
GAZETTEER: dict[str, tuple[str, ...]] = {
    "eastern Aleppo": (
        r"east(?:ern)?\s+(?:#)?Aleppo", r"rebel(?:-held)?\s+(?:east\s+)?Aleppo",
        r"eastern (?:parts|part|districts|sector) of (?:the city|Aleppo)",
        r"(?:last )?rebel-held (?:districts|parts|areas)(?: of Aleppo)?", r"eastern districts",
    ),
    "Foua and Kefraya": (
        r"Fo?ua+", r"Ke?fr?aya", r"Kafraya", r"two (?:government-held|Shiite) villages",
    ),
    "Khan al-Asal": (r"Khan al-Aa?sal", r"Kan al-Asal"),
    "Khan Touman": (r"Khan Touman",),
    "Al-Amiriyah": (r"Al-Amiriyah",),
    "Idlib": (r"Idlib",),
    "Aleppo": (r"(?:#)?Aleppo",),
    "Syria": (r"Syria\b", r"the country", r"Syrian (?:conflict|war|civil war)"),
}  # fmt: skip

# Places that count as the same area when comparing figures.
SCOPE = {"eastern Aleppo": "Aleppo", "Al-Amiriyah": "Aleppo"}

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(r"\b(?:" + "|".join(variants) + r")", re.I))
    for name, variants in GAZETTEER.items()
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in text."""

    name: str
    span: Span


def find_places(text: str) -> list[PlaceMention]:
    """Return place mentions, preferring the most specific name where spellings overlap."""
    found: list[PlaceMention] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            if not any(span.overlaps(other.span) for other in found):
                found.append(PlaceMention(name, span))
    return sorted(found, key=lambda p: p.span.start)


def scope_of(place: str) -> str:
    """Return the area a place is compared within ("eastern Aleppo" -> "Aleppo")."""
    return SCOPE.get(place, place)
