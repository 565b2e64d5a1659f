"""Recognise the places a figure refers to, with the article's main country as context.

A place is named as the report spells it ("Kobani", "Dohuk"); the gazetteer only tells
that it is a place, where it lies and how large it is. Names the gazetteer lacks are
read from how they are used: "at the Superdome", "the Gawilan refugee camp", "the
Kurdistan Region". Each mention carries its role in the sentence (``place_roles``), and
a figure takes the place whose role fits what it counts: people who left where they
left, arrivals where they arrived, anything else where it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from corridor.text.gazetteer import candidates, capital, country_name, index, lookup
from corridor.text.model import Span
from corridor.text.place_roles import COMPASS_WORD, nationality_lists, role_of

_PART = re.compile(rf"(?<![\w-])(?:{COMPASS_WORD})\s+$", re.I)
# "the eastern districts of Mosul", "the west side of the city of X": a part of a city.
_PART_OF = re.compile(
    r"\b(?P<compass>north|south|east|west)(?:ern)?\s+(?:[\w-]+\s+)?"
    r"(?:parts?|districts?|neighbou?rhoods?|areas?|sections?|quarters?|suburbs?|side)"
    r"\s+of\s+(?:the\s+city\s+of\s+)?$",
    re.I,
)
# "Turkey-backed gunmen": who backs them; a first name before "al-" is a person.
_AGENT_AFTER = re.compile(
    r"^-(?:backed|supported|allied|led|sponsored)\b|^\s+(?:al|el|bin|ibn|abu)-", re.I
)
_STORM = re.compile(
    r"\b(?:Cyclone|Hurricane|Typhoon|Storm|Tropical Storm|USS|HMS|MV|MS|RFA|SS|INS)\s+$"
)
_STORM_WORDS = frozenset({"Cyclone", "Hurricane", "Typhoon", "Storm", "Tropical"})
_STORM_NAME = re.compile(
    r"\b(?:Cyclone|Hurricane|Typhoon|Tropical Storm|Storm)\s+(?P<name>[A-Z][a-z]+)\b"
)


def storm_names(text: str) -> frozenset[str]:
    """Return the names a report gives storms ("Hurricane Otis" -> "Otis"): no places."""
    return frozenset(m.group("name") for m in _STORM_NAME.finditer(text))


# "the country", "the city", "the capital": the report's own country, city or capital.
_THE_PLACE = re.compile(
    r"\bthe (?:(?:entire|whole) )?(?P<what>country|city|town|capital)\b(?!\s+of\s+[A-Z])"
    r"(?!['’]s\s+[A-Z])",
    re.I,
)
# A named site the gazetteer does not list: "at the Superdome", "to Tuzla airbase".
_SITE = re.compile(
    r"\b(?:at|in|from|to|outside|inside|near|into|reached|fled|left|leave|leaving|fleeing"
    r"|entered|entering|via|through|across|towards?) (?:the (?:[a-z-]+,? ){0,2})?"
    r"(?P<name>(?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+)"
)
# A name followed by what kind of site it is: "the remote Gawilan refugee camp",
# "the Blace border crossing", "Brazda transit centre": the site is named by the name.
_NAMED_SITE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) (?:refugee |transit |border |displacement "
    r"|IDP |holding |reception |evacuation )?(?:camp|crossing(?: point)?|point|centre|center"
    r"|settlement|airbase|air base|airport|stadium|arena|hospital|prison|shelter)\b"
)
# "Upper Varosh's estimated population of 60,000": a name whose people are counted is a
# place the gazetteer may not list.
_POPULATION_OF_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)['’]s (?:estimated |total |whole |entire )?"
    r"population\b"
)
# "the Kurdistan Region", "Sumy region", "Dohuk governorate": a region named by its name.
_NAMED_REGION = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) (?:[Rr]egion|[Gg]overnorate|[Pp]rovince"
    r"|[Dd]istrict|[Oo]blast|[Ss]tate|[Cc]ounty|[Pp]refecture)\b(?! of)"
)
_ORGANISATION = re.compile(
    r"\b(?:Agency|Committee|Organi[sz]ation|Ministry|Council|Office|Programme|Program|Fund"
    r"|Force|Army|Police|Department|Service|Nations|Cross|Crescent|Union|University|News"
    r"|Guard|Corps|Bank|Court|Party|Front|Movement|Observatory|Institute|Authority|Press"
    r"|Times|Post|Herald|Tribune|Agence|Reuters|Television|Radio)\b"
)
_ADMIN_AFTER = re.compile(
    r"\s+(?:Province|District|Governorate|Oblast|Region|Prefecture|County|State)\b", re.I
)
_DEMONYM = re.compile(r"(?:ians?|eans?|ans?|ese|ish|ic|i|ch|n)$")
_NOT_MAIN = frozenset({"agent", "nationality", "transit", "dateline", "speaker"})
_RANK = {"site": 0, "city": 0, "region": 1, "country": 2, "continent": 3}
# Whose place each metric is: people who left are counted where they left, arrivals where
# they arrived; any other count where it is. A role not listed never names the place.
_ROLES = {
    "evacuated": ("origin", "home", "location", "", "refuge", "speaker"),
    "planned": ("origin", "home", "location", "", "refuge", "speaker"),
    # a standing size belongs to the place that owns it ("Upper Varosh's population of 9,000")
    "present": ("home", "location", "", "speaker", "refuge", "origin", "destination"),
    "arrived": ("destination", "refuge", "location", "", "speaker", "origin"),
}
_DEFAULT_ROLES = ("location", "home", "", "speaker", "refuge", "origin", "destination")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in text, with its country (ISO alpha-2, '' when unknown).

    ``kind`` is "continent", "country", "region", "city" or "site"; ``role`` is how the
    sentence uses it ("origin", "destination", "refuge", "location", "home" (whose
    population is counted), "transit", "agent", "speaker", "nationality" or "" when no
    word tells).
    """

    name: str
    span: Span
    country: str = ""
    kind: str = "city"
    role: str = ""


@lru_cache(maxsize=4096)
def find_places(
    text: str, country: str = "", countries: frozenset[str] = frozenset(), city: str = ""
) -> tuple[PlaceMention, ...]:
    """Return the places named in ``text``, each with its role in the sentence.

    ``country`` is the article's main country and ``countries`` all those it names: a
    small town only counts when it lies in one of them. ``city`` is the article's main
    city: "the city" and "the town" name it, "the country" the main country and "the
    capital" its capital.

    "eastern Aleppo" keeps its compass word (a part of the city) as written.
    """
    found: list[PlaceMention] = []
    for start, end, phrase in candidates(text):
        place = lookup(phrase, countries | {country})
        if place is None or _STORM.search(text[max(0, start - 16) : start]):
            continue
        if _AGENT_AFTER.match(text[end:]):
            continue
        if (
            place.kind == "city"
            and re.match(r"\s+[A-Z][a-z]", text[end:])
            and not re.match(
                r"\s+(?:Province|District|Governorate|City|Oblast|Region|Prefecture|County|State"
                r"|Mountains?|River)\b",
                text[end:],
            )
            and _key_after(text, end) not in index()
        ):
            continue  # "Vladimir Putin": a first name, not the town
        name = phrase
        feature = re.match(r"\s+(?:Mountains?|River|Valley|Lake|Bay|Island)\b", text[end:])
        if re.search(r"\bMount\s+$", text[max(0, start - 6) : start]):
            start, name = start - 6, f"Mount {name}"
        elif feature is not None:
            end += feature.end()
            name = text[start:end]
        part = _PART.search(text[max(0, start - 16) : start])
        part_of = _PART_OF.search(text[max(0, start - 50) : start]) if part is None else None
        if part is not None and not _modifies_noun(text, end):
            start -= len(part.group(0))
            name = f"{part.group(0).strip().lower()} {name}"
        elif part_of is not None and place.kind == "city":
            name = f"{part_of.group('compass').lower()}ern {name}"
        kind = "site" if name.startswith("Mount ") or feature else place.kind
        if kind == "city" and _ADMIN_AFTER.match(text[end:]):
            kind = "region"  # "Fukushima Prefecture", "Sumy Oblast": the area, not the town
        found.append(PlaceMention(name, Span(start, end), place.country, kind))
    found.extend(_sites(text, found, country))
    found.extend(_the_place(text, country, city))
    found.sort(key=lambda p: p.span.start)
    roled: list[PlaceMention] = []
    for mention in found:
        # "Larnaca, Cyprus": the country in apposition shares the town's role
        if roled and re.fullmatch(r",\s*", text[roled[-1].span.end : mention.span.start]):
            roled.append(replace(mention, role=roled[-1].role))
        else:
            role = role_of(text, mention.span.start, mention.span.end, mention.kind)
            roled.append(replace(mention, role=role))
    listed = nationality_lists(text, [(p.span.start, p.span.end, p.kind) for p in roled])
    return tuple(replace(p, role="nationality") if i in listed else p for i, p in enumerate(roled))


def _key_after(text: str, end: int) -> str:
    match = re.match(r"\s+([A-Z][\w'’-]*)", text[end:])
    return match.group(1).lower() if match else ""


def _modifies_noun(text: str, end: int) -> bool:
    """Return whether the place is an adjective before a noun ("the southern Bangladesh
    shore", "a Southern California airbase"): then its compass word is no part of it."""
    match = re.match(r"\s+([a-z]+)\b", text[end:])
    return match is not None and match.group(1) not in _FUNCTION_AFTER


_FUNCTION_AFTER = frozenset(
    {"in", "on", "at", "and", "or", "where", "which", "who", "to", "from", "for", "with", "by",
     "was", "is", "has", "had", "have", "were", "are", "said", "says", "since", "after",
     "before", "of", "as", "the", "a", "an", "while", "but", "until", "into", "over", "amid",
     "because", "following", "during", "this", "last", "through", "via"}
)  # fmt: skip


def _sites(text: str, found: list[PlaceMention], country: str) -> list[PlaceMention]:
    """Return named sites the gazetteer does not list (camps, crossings, arenas)."""
    sites: list[PlaceMention] = []
    storms = storm_names(text)
    named = [(m, "region") for m in _NAMED_REGION.finditer(text)]
    named += [(m, "site") for m in [*_NAMED_SITE.finditer(text), *_SITE.finditer(text)]]
    named += [(m, "region") for m in _POPULATION_OF_NAME.finditer(text)]
    for match, kind in named:
        name = match.group("name")
        start = match.start("name")
        words = name.split()
        if words[0] in _TITLES:
            continue  # "to President Ruto", "told Prime Minister Ahmed": a person
        while words and (words[0] in _NOT_SITES or re.search(r"['’]s$", words[0])):
            # "The" and a possessor go ("Iraq's Kurdistan Region"); "Red Crescent" stays
            start += len(words[0]) + 1
            words = words[1:]
        name = " ".join(words)
        span = Span(start, start + len(name))
        if (
            not name
            or any(span.overlaps(p.span) for p in [*found, *sites])
            or name.isupper()
            or _ORGANISATION.search(name)
            or re.search(r"\baccording\s+to\s+(?:the\s+)?$", text[max(0, start - 20) : start], re.I)
            or _STORM.search(text[max(0, start - 16) : start])
            or words[0] in _STORM_WORDS  # "from Hurricane Otis", "after Cyclone Mocha"
            or name in storms  # "due to Otis" after "Hurricane Otis": the storm again
            or (_is_demonym(words[-1]) and _modifies_noun(text, span.end))
        ):
            continue
        known = lookup(name, frozenset({country}))
        sites.append(PlaceMention(name, span, known.country if known else country, kind))
    return sites


def _is_demonym(word: str) -> bool:
    """Return whether a word is the adjective of a country or region the gazetteer knows
    ("Peruvian", "Libyan", "Turkish"): it has a demonym ending and shares its first four
    letters with the place's name."""
    if _DEMONYM.search(word) is None or len(word) < 5:
        return False
    stem = word[:4].lower()
    keys = _sorted_keys()
    at = bisect_left(keys, stem)
    return at < len(keys) and keys[at].startswith(stem)


@cache
def _sorted_keys() -> list[str]:
    return sorted(k for k, places in index().items() if any(p.kind != "city" for p in places))


def _the_place(text: str, country: str, city: str) -> list[PlaceMention]:
    """Return "the country", "the city" and "the capital" as the report's own places."""
    named: list[PlaceMention] = []
    for match in _THE_PLACE.finditer(text):
        what = match.group("what").lower()
        if what == "country" and country:
            name, kind = country_name(country), "country"
        elif what in ("city", "town") and city:
            name, kind = city, "city"
        elif what == "capital" and country and capital(country):
            name, kind = capital(country), "city"
        else:
            continue
        named.append(PlaceMention(name, Span(match.start(), match.end()), country, kind))
    return named


# "atop the mountain", "inside the camp": a place named again by what kind of place it is.
_THE_KIND = re.compile(r"\b(?:the|this) (?P<kind>mountain|camp|island|airport|port)\b", re.I)
_KIND_WORDS = {
    "mountain": frozenset({"mount", "mt", "mountain", "mountains", "jebel", "jabal"}),
    "camp": frozenset({"camp"}),
    "island": frozenset({"island"}),
    "airport": frozenset({"airport"}),
    "port": frozenset({"port"}),
}


def names_again(text: str, place: str, report: str = "") -> bool:
    """Return whether ``text`` names ``place`` again by its kind: "atop the mountain" is
    Mount Sinjar, "inside the camp" the Dadaab refugee camp, when the place is of that kind
    by its name or as the ``report`` names it ("Dadaab refugee camp")."""
    words = frozenset(place.lower().replace(".", "").split())
    for match in _THE_KIND.finditer(text):
        kinds = _KIND_WORDS[match.group("kind").lower()]
        if kinds & words:
            return True
        named = rf"\b{re.escape(place)}(?: [a-z]+)? (?:{'|'.join(kinds)})\b"
        if place and re.search(named, report, re.I):
            return True
    return False


def choose_place(
    tiers: list[tuple[PlaceMention, ...]], position: int, metric: str
) -> PlaceMention | None:
    """Return the place of a figure of ``metric`` standing at ``position``.

    ``tiers`` are the places of the figure's clause, then of the rest of its sentence: the
    first tier that names a place in a role the metric admits decides; within it the
    better role, then the more specific place, then the nearer one.
    """
    roles = _ROLES.get(metric, _DEFAULT_ROLES)
    for tier in tiers:
        fitting = [p for p in tier if p.role in roles]
        if fitting:
            return min(
                fitting,
                key=lambda p: (
                    roles.index(p.role),
                    _RANK.get(p.kind, 0),
                    abs(p.span.start - position),
                ),
            )
    return None


def main_places(texts: list[str], country: str, countries: frozenset[str]) -> tuple[str, str]:
    """Return a document's main place (most named, the lead counted twice) and main city.

    A dateline ("BEIRA, Mozambique –", in capitals) tells where the reporter is, and a
    state that acts or a list of nationalities are no place of the report: none count.
    """
    votes: Counter[str] = Counter()
    cities: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index_, text in enumerate(texts):
        for mention in find_places(text, country, countries):
            if mention.role in _NOT_MAIN or mention.name.isupper():
                continue
            weight = 2 if index_ < 3 else 1
            votes[mention.name] += weight
            first.setdefault(mention.name, len(first))
            if mention.kind == "city":
                cities[mention.name] += weight
    if not votes:
        return "", ""

    def best(counter: Counter[str]) -> str:
        return max(counter, key=lambda n: (counter[n], -first[n])) if counter else ""

    return best(votes), best(cities)


_TITLES = frozenset(
    {"President", "Prime", "Minister", "General", "Mr", "Mrs", "Ms", "Dr", "King", "Queen",
     "Prince", "Princess", "Pope", "Sheikh", "Governor", "Mayor", "Senator", "Colonel", "Captain",
     "Secretary", "Ambassador", "Commander", "Chancellor", "Judge", "Professor", "Lord", "Sir"}
)  # fmt: skip
_NOT_SITES = frozenset(
    {"The", "A", "An", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
     "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
     "August", "September", "October", "November", "December", "Reuters", "AFP", "AP",
     "President", "Prime", "Minister", "General", "Mr", "Mrs", "Ms", "Dr", "Twitter", "Telegram",
     "Facebook", "Christmas", "Islam", "English", "Arabic", "French", "Among", "Of", "In",
     "At", "From", "To", "And", "On", "For", "By", "With", "As", "Near", "Into"}
)  # fmt: skip


def countries_named(texts: list[str]) -> tuple[str, frozenset[str]]:
    """Return a document's main country (most named, weighted to the lead) and all named.

    Towns count for their country once the country is named somewhere in the document;
    a dateline, a state that acts from elsewhere or a list of nationalities does not.
    """
    named: set[str] = set()
    for text in texts:
        named |= {m.country for m in find_places(text) if m.country}
    votes: Counter[str] = Counter()
    for index_, text in enumerate(texts):
        weight = 3 if index_ < 2 else 1
        for mention in find_places(text, "", frozenset(named)):
            if mention.country and mention.role not in ("agent", "nationality", "dateline"):
                votes[mention.country] += weight
    main = votes.most_common(1)[0][0] if votes else ""
    return main, frozenset(named)


def scope_of(place: str) -> str:
    """Return the area a place is compared within: its compass part dropped ("eastern
    Aleppo" -> "Aleppo") and its spelling the gazetteer's ("Dohuk" -> "Dihok")."""
    area = re.sub(rf"^(?:{COMPASS_WORD})\s+", "", place, flags=re.I)
    known = lookup(area)
    return known.name if known is not None and known.kind != "region" else area
