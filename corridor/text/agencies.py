"""Well-known sources (agencies, monitors, state media) and how reports spell them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from corridor.text.model import Span

# Canonical source -> spellings. Checked in order; longer, more specific names first.
KNOWN_SOURCES: dict[str, tuple[str, ...]] = {
    "SOHR": (
        r"Syrian Observatory for Human Rights", r"the Observatory", r"SOHR",
        r"Britain-based (?:war )?monitor",
    ),
    # the Federation of the national societies, not the ICRC: "the International Federation
    # of Red Cross (IFRC) said"
    "IFRC": (
        r"International Federation of (?:the )?Red Cross(?:es)?"
        r"(?: and Red Crescent(?: Societies)?| Societies)?",
        r"IFRC", r"@IFRC\w*",
    ),
    "ICRC": (
        r"International Committee of the Red Cross", r"ICRC(?: Syria)?", r"@ICRC\w*",
        r"(?<!Canadian )Red Cross(?! Red Crescent)",
    ),
    "Syrian Arab Red Crescent": (r"Syrian Arab Red Crescent", r"@SYRedCrescent"),
    "Syrian state media": (
        r"Syrian [Ss]tate(?:-run|-controlled)? (?:media|television(?: station)?|TV|news agency)",
        r"SANA", r"Syrian television",
    ),
    "state media": (
        r"(?:[Tt]he )?[Ss]tate(?:-run|-controlled|-owned)? (?:media|television(?: station)?|TV"
        r"|news agency|broadcaster)",
    ),
    "UNHCR": (
        r"UNHCR", r"(?:the )?U\.?N\.?(?:'s)? (?:refugee|Refugee) (?:agency|Agency)",
        r"(?:the )?United Nations(?:'s)? (?:refugee|Refugee) (?:agency|Agency)",
        r"(?:U\.?N\.?|United Nations) High Commission(?:er)? for Refugees",  # also misnamed
    ),
    "IOM": (
        r"International Organi[sz]ation for Migration", r"\bIOM\b",
        r"UN's International Agency for Migration", r"(?:the )?U\.?N\.? migration agency",
    ),
    "MSF": (r"M[ée]decins Sans Fronti[èe]res", r"Doctors Without Borders", r"\bMSF\b"),
    "OCHA": (
        r"\bOCHA\b", r"(?:UN|United Nations) Office for the Coordination of Humanitarian Affairs",
        r"\bUNOCHA\b",
        r"(?:[Aa] |[Tt]he )?(?:U\.?N\.?|United Nations)(?:['’]s)? humanitarian (?:affairs )?"
        r"(?:agency|office)",
    ),
    "WHO": (r"World Health Organi[sz]ation", r"\bWHO\b"),
    "OHCHR": (
        r"(?:United Nations|UN) High Commissioner for Human Rights", r"OHCHR",
        r"UN (?:human rights|rights) (?:office|chief)",
    ),
    "UN": (
        r"UN envoy(?: Staffan de Mistura)?", r"Staffan de Mistura", r"de Mistura",
        r"United Nations", r"\bthe UN\b", r"\bUN\b(?! Security)",
    ),
    "Russian Ministry of Defence": (
        r"Russian Centre for the Reconciliation[\w\s]*", r"Russian (?:defence|defense) ministry",
        r"Ministry of Defence of the Russian Federation",
    ),
    "Anadolu Agency": (r"Anadolu(?: Agency)?(?: reporter)?",),
    "IRNA": (r"(?:[Tt]he )?(?:official )?Islamic Republic News Agency", r"\bIRNA\b"),
    "AFP": (r"AFP(?: correspondent)?", r"Agence France-Presse"),
    "Reuters": (r"Reuters",),
    "BBC": (r"BBC",),
    "local reports": (r"local reports", r"local sources", r"activists", r"witnesses"),
    "Canadian Red Cross": (r"Canadian Red Cross", r"@redcrosscanada"),
}  # fmt: skip

_KNOWN = tuple(
    (name, re.compile(r"(?:" + "|".join(variants) + r")"))
    for name, variants in KNOWN_SOURCES.items()
)

# Capitalised words that open a phrase but name no source: days, months, conjunctions.
NOT_NAMES = frozenset(
    {
        "The",
        "A",
        "An",
        "But",
        "And",
        "On",
        "In",
        "It",
        "He",
        "She",
        "They",
        "This",
        "That",
        "However",
        "US",
        "Meanwhile",
        "Also",
        "Earlier",
        "Later",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Today",
        "Yesterday",
        "Source",
        "Quote",
        "Details",
        "Exclusive",
        "Among",
        "Of",
        "By",
        "At",
        "As",
        "For",
        "With",
        "Say",
        "Says",
        "Said",
        "Estimate",
        "Estimates",
    }
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a statement is attributed to and where that is said."""

    source: str
    span: Span
    explicit: bool


def is_known(name: str) -> bool:
    """Return whether the name is a spelling of a well-known source ("UN", "ICRC")."""
    return any(pattern.fullmatch(name.strip()) for _, pattern in _KNOWN)


def canonical_source(name: str) -> str:
    """Return the canonical name for a source's spelling, or the spelling itself."""
    for canonical, pattern in _KNOWN:
        if pattern.fullmatch(name.strip()):
            return canonical
    return name.strip()


# A national Red Cross or Red Crescent society ("the Philippine Red Cross", "Kenya Red
# Cross Society") is not the ICRC, nor is a country's state media Syria's: each is
# credited as written.
_NATIONAL = re.compile(
    r"(?:[A-Z][a-z]+(?:['’]s)?\s+){1,3}(?:Red (?:Cross|Crescent)(?:\s+Society)?"
    r"|[Ss]tate(?:-run|-controlled|-owned)? (?:media|television|TV|news agency|broadcaster))"
    r"|Red (?:Cross|Crescent) Society of (?:the\s+)?[A-Z][a-z]+"
)


def _national_societies(text: str) -> list[Attribution]:
    found = []
    for match in _NATIONAL.finditer(text):
        start = match.start()
        while (word := re.match(r"[A-Z][a-z]+\s+", text[start:])) and word.group(0).strip() in (
            NOT_NAMES
        ):
            start += word.end()  # "On Monday Red Cross officials": the day is no part of it
        name = text[start : match.end()]
        if re.match(r"Red Cross(?! Society of)|[Ss]tate\b", name) or canonical_source(name) != name:
            continue  # the Red Cross (ICRC), plain state media, the known societies
        found.append(Attribution(name, Span(start, match.end()), True))
    return found


@lru_cache(maxsize=4096)
def known_sources(text: str) -> tuple[Attribution, ...]:
    """Return mentions of well-known sources, without overlaps."""
    found: list[Attribution] = _national_societies(text)
    for name, pattern in _KNOWN:
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            if not any(span.overlaps(other.span) for other in found):
                found.append(Attribution(name, span, True))
    return tuple(sorted(found, key=lambda a: a.span.start))
