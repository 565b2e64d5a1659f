"""Work out who a figure is attributed to (SOHR, ICRC, Syrian state media, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corridor.text.model import Span

# Canonical source -> spellings. Checked in order; longer, more specific names first.
KNOWN_SOURCES: dict[str, tuple[str, ...]] = {
    "SOHR": (
        r"Syrian Observatory for Human Rights", r"the Observatory", r"SOHR",
        r"Britain-based (?:war )?monitor",
    ),
    "ICRC": (
        r"International Committee of the Red Cross", r"ICRC(?: Syria)?", r"@ICRC\w*",
        r"(?<!Canadian )Red Cross(?! Red Crescent)",
    ),
    "Syrian Arab Red Crescent": (r"Syrian Arab Red Crescent", r"@SYRedCrescent"),
    "Syrian state media": (
        r"(?:Syrian )?[Ss]tate(?:-run|-controlled)? "
        r"(?:media|television(?: station)?|TV|news agency)",
        r"SANA", r"Syrian television", r"state-controlled television station",
    ),
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

_VERBS = (
    r"(?:said|says|say|reported|reports|report|estimated|estimates|told|tweeted|announced"
    r"|stated|claimed|confirmed|added|counted|gave|gives|cited|put the (?:toll|number|figure) at)"
)
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:of\s+|al-|el-|de |bin )?[A-Z][\w'’.-]+){0,5}"
# "Ahmad al-Dbis, a doctor helping ..., said" and "said spokeswoman Ingy Sedky"
_NAMED_SPEAKER = re.compile(rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+[^,]{{3,80}},\s+{_VERBS}\b")
_SPEAKER_SAID = re.compile(rf"(?P<name>{_NAME}),?\s+{_VERBS}\b")
_SAID_SPEAKER = re.compile(rf"\b{_VERBS}\s+(?:[a-z]+\s+){{0,6}}(?P<name>{_NAME})")
_PRONOUN = re.compile(rf"\b(?:It|it|he|she|He|She|They|they|the (?:organi[sz]ation|report|group|"
                      rf"monitor|agency|centre|center|office))\s+{_VERBS}\b")  # fmt: skip
_STOP_NAMES = frozenset(
    {
        "The",
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
    }
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a statement is attributed to and where that is said."""

    source: str
    span: Span
    explicit: bool


def canonical_source(name: str) -> str:
    """Return the canonical name for a source's spelling, or the spelling itself."""
    for canonical, pattern in _KNOWN:
        if pattern.fullmatch(name.strip()):
            return canonical
    return name.strip()


def known_sources(text: str) -> list[Attribution]:
    """Return mentions of well-known sources, without overlaps."""
    found: list[Attribution] = []
    for name, pattern in _KNOWN:
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            if not any(span.overlaps(other.span) for other in found):
                found.append(Attribution(name, span, True))
    return sorted(found, key=lambda a: a.span.start)


def _speaker(text: str) -> Attribution | None:
    for pattern in (_NAMED_SPEAKER, _SAID_SPEAKER, _SPEAKER_SAID):
        for match in pattern.finditer(text):
            words = match.group("name").strip(" .").split()
            dropped = 0
            while words and words[0] in _STOP_NAMES:
                dropped += 1
                words.pop(0)
            name = " ".join(words)
            if len(name) < 3:
                continue
            return Attribution(
                canonical_source(name), Span(match.start("name"), match.end("name")), True
            )
    return None


def attribute(sentence: str, position: int) -> Attribution | None:
    """Return who the sentence attributes the figure at ``position`` to, if anyone.

    Known organisations win over named people; among several, the nearest one
    governs the figure. ``None`` means the sentence names nobody.
    """
    sources = known_sources(sentence)
    if sources:
        has_verb = re.search(rf"{_VERBS}|according to|tweet|@", sentence)
        if has_verb:
            return min(sources, key=lambda a: _distance(a.span, position))
    return _speaker(sentence)


def refers_back(sentence: str) -> bool:
    """Return whether the sentence attributes with a pronoun ("it said", "she said")."""
    return bool(_PRONOUN.search(sentence))


def _distance(span: Span, position: int) -> int:
    if span.end <= position:
        return position - span.end
    return (span.start - position) * 2
