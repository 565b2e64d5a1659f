"""Decide what a number counts (its subject noun) and what happened to it (the metric)."""

from __future__ import annotations

import re

METRICS = (
    "evacuated", "arrived", "remaining", "waiting", "planned", "present", "killed", "wounded",
    "missing", "children", "fighters", "civilians", "buses", "ambulances", "vehicles", "other",
)  # fmt: skip

# Head nouns that may follow a number, mapped to a subject class.
SUBJECTS: dict[str, str] = {
    "people": "people", "persons": "people", "person": "people", "residents": "people",
    "individuals": "people", "lives": "people", "families": "people", "evacuees": "evacuees",
    "civilians": "civilians", "civilian": "civilians", "inhabitants": "people",
    "children": "children", "kids": "children", "child": "children", "minors": "children",
    "women": "women", "men": "people", "fighters": "fighters", "rebels": "fighters",
    "militants": "fighters", "gunmen": "fighters", "combatants": "fighters",
    "soldiers": "fighters", "troops": "fighters", "wounded": "wounded", "injured": "wounded",
    "sick": "wounded", "patients": "wounded", "casualties": "wounded", "dead": "killed",
    "bodies": "killed", "buses": "buses", "bus": "buses", "coaches": "buses",
    "ambulances": "ambulances", "ambulance": "ambulances", "demonstrators": "other",
    "protesters": "other", "refugees": "people", "volunteers": "other", "doctors": "other",
    "vehicles": "other", "trucks": "other", "cars": "other",
}  # fmt: skip

# Words allowed between the number and its head noun ("3,000 rebel fighters").
_MODIFIERS = frozenset(
    {
        "rebel", "opposition", "wounded", "injured", "sick", "more", "other", "green",
        "armed", "syrian", "traumatised", "traumatized", "trapped", "civilian", "critically",
        "seriously", "severely", "displaced", "young", "elderly", "government", "private",
        "red", "crescent", "white", "extra", "additional", "turkish", "of", "the", "them",
        "these", "those", "and", "their", "new", "medical", "evacuation", "aid", "people",
    }
)  # fmt: skip

_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("killed", re.compile(
        r"\b(?:killed|killing|dead|died|dying|deaths?|lost their lives|losing their lives"
        r"|massacred|executed|slain)\b", re.I)),
    ("wounded", re.compile(
        r"\b(?:wounded|injured|wounds|injuries|hurt|critical condition|illness(?:es)?|sick)\b",
        re.I)),
    ("remaining", re.compile(
        r"\b(?:remain(?:ed|s|ing)?|trapped|still in|stayed|living in|concentrated|besieged"
        r"|holding out)\b", re.I)),
    ("waiting", re.compile(r"\b(?:wait(?:ed|ing)?|gathered to leave|queu(?:e|ed|ing))\b", re.I)),
    ("evacuated", re.compile(
        r"\b(?:evacuat\w*|left|leaving|leave|departed|bussed out|boarded|flee|fled|crossing"
        r"|transported|driven out|got out|brought out|cram\w*|arriv\w*)\b", re.I)),
)  # fmt: skip

_SUBSET = re.compile(
    r"(?:including|among them|among whom|of whom)(?:\s+[\w,'-]+){0,4}?\s+(?:and\s+)?$", re.I
)
_OF_THEM = re.compile(r"^\s*of (?:them|whom)\b", re.I)


_BARE_EVENT = re.compile(
    r"^\s*(?:were|have been|had been|are|was|had|have)?\s*"
    r"(?:killed|injured|wounded|dead|evacuated|hurt|gathered|fled|left|waited|remained)\b",
    re.I,
)
_CRITICAL = re.compile(r"^\s*(?:were\s+|are\s+)?in (?:a )?(?:critical|serious) condition", re.I)


def head_noun(after: str) -> tuple[str, str, tuple[str, ...]] | None:
    """Return (noun, subject class, modifiers) of the head noun right after a number."""
    if re.match(r"^\s*of the\b", after, re.I):
        return None  # partitive: "one of the buses" is not a count of buses
    words = re.findall(r"[A-Za-z]+|[&,;:.()\"“”]", after[:80])
    modifiers: list[str] = []
    for position, word in enumerate(words[:6]):
        lower = word.lower()
        if lower in SUBJECTS and not (lower in _ADJECTIVES and _noun_follows(words, position)):
            return lower, SUBJECTS[lower], tuple(modifiers)
        if lower not in _MODIFIERS:
            break
        modifiers.append(lower)
    if _CRITICAL.match(after):
        return "critical", "wounded", ()
    if _BARE_EVENT.match(after):
        return "people", "people", ()
    return None


_ADJECTIVES = frozenset({"wounded", "injured", "sick", "civilian"})


def _noun_follows(words: list[str], position: int) -> bool:
    """Return True when an adjective like 'injured' is followed by its real noun."""
    for word in words[position + 1 : position + 3]:
        lower = word.lower()
        if lower in SUBJECTS and lower not in _ADJECTIVES:
            return True
        if lower not in _MODIFIERS:
            return False
    return False


def event_of(before: str, after: str, window: int = 70) -> str:
    """Return the event named nearest to a number (killed, evacuated, ...) or ''."""
    before = re.split(r"[;:]|\bbut\b|\bwhile\b", before[-window:])[-1]
    after = re.split(r"[;:]|\bbut\b|\bwhile\b", after[:window])[0]
    best = ""
    best_distance = float("inf")
    for event, pattern in _EVENTS:
        for match in pattern.finditer(after):
            if match.start() < best_distance:
                best, best_distance = event, match.start()
            break
        for match in pattern.finditer(before):
            distance = (len(before) - match.end()) * 1.5
            if distance < best_distance:
                best, best_distance = event, distance
    return best


def is_subset(before: str, after: str) -> bool:
    """Return whether the number counts part of a group named just before ("including 300")."""
    return bool(_SUBSET.search(" " + before[-50:])) or bool(_OF_THEM.match(after))


def choose_metric(subject: str, event: str, subset: bool, planned: bool = False) -> str:
    """Return the ledger metric for a figure from its subject, its event and its mood.

    A plan, a hope or a failed attempt is ``planned`` whatever its verb.
    """
    if subject in ("buses", "ambulances", "vehicles"):
        return subject
    if subset and subject in ("children", "fighters", "wounded", "civilians"):
        return subject
    if subject == "wounded" and event in ("evacuated", "arrived", "waiting", "remaining"):
        return event  # "240 wounded and sick were evacuated": what happened to them
    if event in ("killed", "wounded", "missing") or subject in ("killed", "wounded"):
        return event if event in ("killed", "wounded", "missing") else subject
    if planned and event not in ("present",):
        return "planned"
    if event in ("evacuated", "arrived", "remaining", "waiting", "present"):
        return event
    if subject in ("children", "fighters"):
        return subject
    if subject == "evacuees":
        return "evacuated"
    if subject == "civilians":
        return "civilians"
    return "other"
