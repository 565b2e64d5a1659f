"""General features of a figure's context, for a learned metric/period classifier.

The rules in ``meaning.py`` read a figure's metric and period from word lists tuned on
the development set. This module describes the same context with general features
(the rules' own answers, the words around the number by position, the verb group
after it, tense and aspect, time expressions, the counted noun) so that a linear model
trained by ``bench/train_meaning.py`` can be compared with the rules on events it has
never seen. Measured leave-one-event-out on the dev split, such a model did not beat the
rules (see that script), so the Brief does not use this module.
"""

from __future__ import annotations

import re

from corridor.text.meaning import clause, is_planned

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d[\d,.]*")
_AUX = re.compile(
    r"\b(?P<aux>have|has|had|were|was|are|is|will|would|could|may|might|to|be|been|being)"
    r"\s+(?:(?:now|already|since|also|reportedly|so far|been|being|be|not)\s+)*(?P<verb>[a-z]+)",
)
_TIME = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("today", r"\b(?:today|tonight|this morning|this afternoon|this evening)\b"),
        ("yesterday", r"\b(?:yesterday|last night)\b"),
        ("weekday", r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"),
        ("month_day", r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                      r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b"),
        ("since", r"\bsince\b"),
        ("so_far", r"\b(?:so far|to date|in total|total|altogether|overall|cumulative)\b"),
        ("hours", r"\b\d+ hours\b|\b(?:past|last) (?:24 hours|day)\b|\bovernight\b"),
        ("per_day", r"\b(?:daily|every day|each day|per day|a day)\b"),
        ("span", r"\b(?:past|last|recent|several|few) (?:\w+ )?(?:days|weeks|months)\b"),
        ("by_as_of", r"\b(?:by|as of|as at|until|up to)\b"),
        ("on", r"\bon (?:the )?\w+"),
        ("now", r"\b(?:now|still|currently)\b"),
    )
)  # fmt: skip


def _stem(word: str) -> str:
    """Return a crude stem: enough to join "evacuated", "evacuating" and "evacuates"."""
    if word[:1].isdigit():
        return "#"
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower())]


def _positioned(prefix: str, words: list[str]) -> dict[str, float]:
    """Return word features in position buckets (1, 2-3, 4-8 away from the number)."""
    features: dict[str, float] = {}
    for distance, word in enumerate(words[:8], start=1):
        bucket = "1" if distance == 1 else "2" if distance <= 3 else "4"
        features[f"{prefix}{bucket}:{word}"] = 1.0
    return features


def features(before: str, after: str, metric: str, period: str, noun: str) -> dict[str, float]:
    """Return the features of a number's context.

    :param before: the sentence text before the number.
    :param after: the sentence text after the number (its counted noun included).
    :param metric: the rules' metric; ``period`` the rules' period.
    :param noun: the counted noun as the rules read it.
    """
    head, tail = clause(before, after)
    found: dict[str, float] = {
        "bias": 1.0,
        f"rule_metric:{metric}": 1.0,
        f"rule_period:{period}": 1.0,
        f"rule:{metric}/{period}": 1.0,
        f"noun:{_stem(noun.lower())}": 1.0,
    }
    if is_planned(before, after):
        found["rule_planned"] = 1.0
    found.update(_positioned("b", _words(head)[::-1]))
    found.update(_positioned("a", _words(tail)))
    for word in set(_words(head + " " + tail)):
        found[f"c:{word}"] = 1.0
    verbs = [("a", m) for m in list(_AUX.finditer(tail.lower()))[:1]]
    verbs += [("b", m) for m in list(_AUX.finditer(head.lower()))[-1:]]
    for side, match in verbs:
        aux, verb = match.group("aux"), match.group("verb")
        found[f"{side}aux:{aux}"] = 1.0
        found[f"{side}verb:{_stem(verb)}"] = 1.0
        if aux in ("have", "has") and verb.endswith(("ed", "en", "n", "t")):
            found["perfect"] = 1.0
        if aux == "had":
            found["pluperfect"] = 1.0
        if aux in ("will", "would", "to"):
            found["future"] = 1.0
    text = head + " # " + tail
    for name, pattern in _TIME:
        if pattern.search(text):
            found[f"time:{name}"] = 1.0
    return found
