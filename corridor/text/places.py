"""Recognise the places a figure refers to, with the article's main country as context."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from corridor.text.gazetteer import candidates, country_name, lookup
from corridor.text.model import Span

_PART = re.compile(r"(?:north|south|east|west)(?:ern)?\s+$", re.I)
# "the eastern districts of Mosul", "the west side of the city of X": a part of a city.
_PART_OF = re.compile(
    r"\b(?P<compass>north|south|east|west)(?:ern)?\s+(?:[\w-]+\s+)?"
    r"(?:parts?|districts?|neighbou?rhoods?|areas?|sections?|quarters?|suburbs?|side)"
    r"\s+of\s+(?:the\s+city\s+of\s+)?$",
    re.I,
)
# A country that backs or arms someone is not where the people are ("backed by Turkey",
# "Turkey-backed gunmen"); a first name before "al-" is a person ("Ahmad al-Hassan").
_AGENT_BEFORE = re.compile(
    r"\b(?:backed|supported|armed|funded|sponsored|allied)\s+(?:by|with)\s+$", re.I
)
_AGENT_AFTER = re.compile(
    r"^-(?:backed|supported|allied|led|sponsored)\b|^\s+(?:al|el|bin|ibn|abu)-", re.I
)
_THE_COUNTRY = re.compile(r"\bthe country\b", re.I)
# A named site the gazetteer does not list: "at the Superdome", "to Tuzla airbase".
_SITE = re.compile(
    r"\b(?:at|in|from|to|outside|inside|near|into|reached) (?:the )?"
    r"(?P<name>(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+(?: (?:airbase|airport|port|camp|crossing"
    r"|stadium|centre|center|base|compound|border crossing))?)"
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in text, with its country (ISO alpha-2, '' when unknown)."""

    name: str
    span: Span
    country: str = ""
    kind: str = "city"  # "country", "region", "city" or "site"


@lru_cache(maxsize=4096)
def find_places(
    text: str, country: str = "", countries: frozenset[str] = frozenset()
) -> tuple[PlaceMention, ...]:
    """Return the places named in ``text``.

    ``country`` is the article's main country and ``countries`` all those it names: a
    small town only counts when it lies in one of them.

    "eastern Aleppo" keeps its compass word (a part of the city); "the country" is the
    main country when one is known.
    """
    found: list[PlaceMention] = []
    for start, end, phrase in candidates(text):
        place = lookup(phrase, countries | {country})
        if place is None:
            continue
        if _AGENT_AFTER.match(text[end:]) or _AGENT_BEFORE.search(text[max(0, start - 20) : start]):
            continue
        part = _PART.search(text[max(0, start - 9) : start])
        part_of = _PART_OF.search(text[max(0, start - 50) : start]) if part is None else None
        if (
            place.kind == "city"
            and re.match(r"\s+[A-Z][a-z]", text[end:])
            and not re.match(
                r"\s+(?:Province|District|Governorate|City|Oblast|Region)\b", text[end:]
            )
        ):
            continue  # "Vladimir Putin": a first name, not the town
        if part is not None:
            start -= len(part.group(0))
            compass = part.group(0).strip().lower()
            compass = compass if compass.endswith("ern") else compass + "ern"
            name = f"{compass} {place.name}"
        elif part_of is not None and place.kind == "city":
            name = f"{part_of.group('compass').lower()}ern {place.name}"
        else:
            name = place.name
        found.append(PlaceMention(name, Span(start, end), place.country, place.kind))
    for match in _SITE.finditer(text):
        span = Span(match.start("name"), match.end("name"))
        name = match.group("name")
        if any(span.overlaps(p.span) for p in found) or name.split()[0] in _NOT_SITES:
            continue
        found.append(PlaceMention(name, span, country, "site"))
    if country:
        for match in _THE_COUNTRY.finditer(text):
            found.append(
                PlaceMention(country_name(country), Span(match.start(), match.end()), country)
            )
    return tuple(sorted(found, key=lambda p: p.span.start))


_FUNCTION_WORDS = frozenset(
    {"In", "At", "From", "To", "The", "And", "Of", "On", "For", "By", "With", "As", "Near",
     "Outside", "Inside", "Into", "Across", "Through", "Around", "Since", "Until",
     "Both", "Between", "Like", "But", "While", "After", "Before", "Also", "Only"}
)  # fmt: skip
_NOT_SITES = frozenset(
    {"The", "A", "An", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
     "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
     "August", "September", "October", "November", "December", "Reuters", "AFP", "AP",
     "President", "Prime", "Minister", "General", "Mr", "Mrs", "Ms", "Dr", "Twitter", "Telegram",
     "Facebook", "Christmas", "Islam", "English", "Arabic", "French"}
)  # fmt: skip


def countries_named(texts: list[str]) -> tuple[str, frozenset[str]]:
    """Return a document's main country (most named, weighted to the lead) and all named."""
    votes: Counter[str] = Counter()
    for index, text in enumerate(texts):
        weight = 3 if index < 2 else 1
        for mention in find_places(text):
            if mention.country:
                votes[mention.country] += weight
    main = votes.most_common(1)[0][0] if votes else ""
    return main, frozenset(votes)


def scope_of(place: str) -> str:
    """Return the area a place is compared within ("eastern Aleppo" -> "Aleppo")."""
    return re.sub(r"^(?:north|south|east|west)(?:ern)?\s+", "", place, flags=re.I)
