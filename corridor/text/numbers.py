"""Find numbers in text: digits, spelled-out words, vague amounts and their qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corridor.text.model import BriefError, Span

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "lakh": 100_000,
           "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}  # fmt: skip
_WORDS = {**_UNITS, **_TENS, **_SCALES, "a": 1, "and": 0, "dozen": 12}

# Vague amounts: (low, high) of what the phrase can mean.
_VAGUE = {
    "hundreds of thousands": (100_000, 999_999),
    # "several hundred thousand", "a few million": the scale after the vague word counts
    "several hundred thousand": (300_000, 999_999),
    "a few hundred thousand": (200_000, 999_999),
    "several million": (3_000_000, 9_999_999),
    "a few million": (2_000_000, 9_999_999),
    "several hundred": (300, 999),
    "a few hundred": (200, 999),
    "several thousand": (3_000, 9_999),
    "a few thousand": (2_000, 9_999),
    "a couple of hundred": (200, 299),
    "a couple of thousand": (2_000, 2_999),
    "a couple of dozen": (24, 35),
    "tens of thousands": (10_000, 99_999),
    "thousands": (1_000, 9_999),
    "hundreds": (100, 999),
    "dozens": (24, 99),
    "scores": (40, 99),
    "a score": (20, 20),  # "a score of people were hurt": twenty
    "millions": (1_000_000, 9_999_999),
    "several": (3, 9),
    "a few": (2, 5),
    "a handful": (2, 9),
}

QUALIFIERS = (
    "at least", "more than", "as many as", "up to", "upwards of", "fewer than", "less than",
    "around", "about", "some", "approximately", "roughly", "nearly", "almost", "perhaps",
    "over", "under", "an estimated", "estimated", "maybe", "some estimated", "close to",
    "just over", "just under", "well over", "as high as", "no fewer than", "no less than",
    "not less than", "upward of", "in excess of",
)  # fmt: skip

# More number words after the first: "two hundred and five", "two dozen" (but "a couple of
# dozen" is vague); "and" only before another number word ("two hundred and more" is 200)
_MORE_WORDS = (
    r"(?:[\s-]+(?:and[\s-]+)?(?:" + "|".join([*_UNITS, *_TENS, *_SCALES]) + r"|dozen(?!\s+of\b)))*"
)
_WORD_NUMBER = (
    # "a quarter of a million", "two-thirds of a million", "a quarter million"
    r"(?:(?:(?:a|one|two|three)[\s-]+)?(?:quarters?|thirds?|half)(?:\s+of\s+a\s+|[\s-]+)"
    r"(?:thousand|million)"
    r"|(?:"
    + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
    + r")"
    + _MORE_WORDS
    # "a hundred and twenty", "half a million"
    + r"|(?:half\s+)?a\s+(?:dozen|(?:hundred|thousand|million)"
    + _MORE_WORDS
    + r"))"
)
_FRACTION = re.compile(
    r"(?:(?P<count>a|one|two|three)[\s-]+)?(?P<part>quarter|third|half)s?(?:\s+of\s+a\s+|[\s-]+)"
    r"(?P<scale>thousand|million)",
    re.I,
)
# Indian grouping ("1,20,000" is 120,000) first: a two-digit group never occurs otherwise.
_DIGITS = (
    # A decimal comma before a scale word, as in much of Europe: "1,5 million" is 1.5 million
    r"\d{1,3},\d{1,2}(?=\s*(?:million|mn\b|mln\b))"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"
    r"|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d,.])|\d+(?:\.\d+)?"
)
_SCALE_SUFFIX = r"(?:\s*(?:million|thousand|lakhs?|crores?|mn\b|mln\b|m\b|k\b))?"
_VAGUE_RE = "|".join(sorted(_VAGUE, key=len, reverse=True))
_QUAL_RE = "|".join(sorted(QUALIFIERS, key=len, reverse=True))

NUMBER_RE = re.compile(
    rf"(?:\b(?P<qual>{_QUAL_RE})\s+)?"
    # "between 300 and 400", "300 to 400", "300-400"; "3,500 and 2,500 families" is two counts
    rf"(?:(?P<range>(?<![\w.,/#@-])(?:between\s+(?:{_DIGITS})\s*(?:-|–|to|and)"
    rf"|(?:{_DIGITS})\s*(?:-|–|to))\s*(?:{_DIGITS})"
    rf"(?![\w,.]\d)(?:\s*(?:million|thousand|lakhs?|crores?|mn\b|mln\b))?)(?=\s+[A-Za-z])"
    rf"|(?P<digits>(?<![\w.,/#@-])(?:{_DIGITS}){_SCALE_SUFFIX})"
    rf"|\b(?P<vague>{_VAGUE_RE})(?=\s+(?:of\b|\w)|\s*[.,;]|\s*$)"
    # "over hundred people", "nearly thousand families": a bare scale word after a qualifier
    rf"|\b(?P<words>{_WORD_NUMBER}|(?(qual)(?:hundred|thousand)|(?!)))\b)",
    re.IGNORECASE,
)


# Every number NUMBER_RE finds contains a digit or one of these words (a cheap pre-test).
_ANY_NUMBER = re.compile(
    "|".join([r"\d", *_UNITS, *_TENS, *_SCALES, "dozen", "score", "several", "few", "handful"]),
    re.I,
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in text, with the range its wording allows."""

    span: Span
    number_span: Span
    value: int
    low: int | None
    high: int | None
    qualifier: str
    vague: bool


def parse_words(phrase: str) -> int:
    """Return the integer a spelled-out English number names ("two hundred and five")."""
    fraction = _FRACTION.fullmatch(phrase.strip())
    if fraction is not None:  # "a quarter of a million": 250,000
        count = {"a": 1, "one": 1, "two": 2, "three": 3}[(fraction["count"] or "a").lower()]
        part = {"quarter": 4, "third": 3, "half": 2}[fraction["part"].lower()]
        return count * _SCALES[fraction["scale"].lower()] // part
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower().strip()) if t]
    if tokens[:1] == ["half"]:
        return parse_words(" ".join(tokens[1:])) // 2  # "half a million"
    if not tokens or any(t not in _WORDS for t in tokens) or tokens[-1] in ("and", "a"):
        raise BriefError(f"not a spelled-out number: {phrase!r}")
    total = 0
    current = 0
    for word in tokens:
        value = _WORDS[word]
        if word == "and":
            continue
        if word in _SCALES or word == "dozen":
            current = max(current, 1) * value
            if value >= 1000:
                total += current
                current = 0
        else:
            current += value
    return total + current


def parse_digits(text: str) -> int:
    """Return the integer written with digits, thousands separators or a scale word."""
    match = re.fullmatch(
        r"\s*(\d[\d,]*(?:\.\d+)?)\s*(million|thousand|lakh|crore|mn|mln|m|k)?s?\s*", text, re.I
    )
    if match is None:
        raise BriefError(f"not a number: {text!r}")
    raw = match.group(1)
    decimal = re.fullmatch(r"(\d{1,3}),(\d{1,2})", raw)
    scaled = (match.group(2) or "").lower() in ("million", "mn", "mln", "m")
    # "1,5 million": a decimal comma (a thousands comma always has three digits after it)
    raw = f"{decimal[1]}.{decimal[2]}" if decimal and scaled else raw.replace(",", "")
    try:
        number = float(raw)
    except ValueError as exc:
        raise BriefError(f"not a number: {text!r}") from exc
    scale = (match.group(2) or "").lower()
    factor = {"million": 1_000_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
              "thousand": 1_000, "k": 1_000,
              "lakh": 100_000, "crore": 10_000_000}.get(scale, 1)  # fmt: skip
    return round(number * factor)


_SMALL = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATIO_AFTER = re.compile(rf"\s+(?:in|out of)\s+(?:every\s+)?{_SMALL}\b(?!,\d)", re.I)
_RATIO_BEFORE = re.compile(rf"\b{_SMALL}\s+(?:in|out of)\s+(?:every\s+)?$", re.I)

AT_MOST_WORDS = ("up to", "as many as", "fewer than", "less than", "under", "just under",
                 "as high as")  # fmt: skip


def _bounds(qualifier: str, value: int) -> tuple[int | None, int | None]:
    if qualifier in ("at least", "more than", "over", "upwards of", "just over", "well over",
                     "no fewer than", "no less than", "not less than", "upward of",
                     "in excess of"):  # fmt: skip
        return value, None
    if qualifier in AT_MOST_WORDS:
        return None, value
    return None, None


# A four-digit time of day ("1800 hrs", "0630 hours IST"): a report's stamp, not a count.
_CLOCK_DIGITS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_AFTER = re.compile(r"\s*(?:hrs\b|hr\b|h\b|hours\b(?!\s+of\b))", re.I)


def _clock_time(text: str, match: re.Match[str]) -> bool:
    """Return whether a number is a four-digit time of day followed by "hrs" or "hours"."""
    digits = match.group("digits")
    return (
        digits is not None
        and _CLOCK_DIGITS.fullmatch(digits) is not None
        and _CLOCK_AFTER.match(text, match.end()) is not None
    )


def find_numbers(text: str) -> list[NumberMention]:
    """Return every number mention in ``text`` with its qualifier and implied range."""
    mentions: list[NumberMention] = []
    if _ANY_NUMBER.search(text) is None:
        return mentions  # most sentences name no number: skip the long pattern
    for match in NUMBER_RE.finditer(text):
        if _RATIO_AFTER.match(text, match.end()) or _RATIO_BEFORE.search(text, 0, match.start()):
            continue  # "one in three residents", "1 in 5": a share, not a count
        if _clock_time(text, match):
            continue  # "Situation Report, 30 June 2022, 1800 Hrs": a time of day
        low: int | None
        high: int | None
        qualifier = (match.group("qual") or "").lower()
        qualifier = qualifier.removeprefix("an ")
        if match.group("range"):
            group = "range"
            numbers = re.findall(_DIGITS, match.group("range"))
            scale = re.search(r"(million|thousand|lakh|crore|mn|mln)s?\s*$", match.group("range"))
            suffix = scale.group(1) if scale else ""  # "2-3 million": the scale is shared
            first, last = (parse_digits(n.replace(" ", "") + suffix) for n in numbers[:2])
            if not 0 < first < last:
                continue
            value, low, high, vague = first, first, last, False
            qualifier = "range"
        elif match.group("digits"):
            group = "digits"
            value = parse_digits(match.group("digits").replace(" ", ""))
            low, high = _bounds(qualifier, value)
            vague = False
        elif match.group("vague"):
            group = "vague"
            low, high = _VAGUE[" ".join(match.group("vague").lower().split())]
            value = low
            vague = True
            qualifier = qualifier or " ".join(match.group("vague").lower().split())
        else:
            group = "words"
            try:
                value = parse_words(match.group("words"))
            except BriefError:
                continue
            low, high = _bounds(qualifier, value)
            vague = False
        mentions.append(
            NumberMention(
                span=Span(match.start(), match.end()),
                number_span=Span(match.start(group), match.end(group)),
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                vague=vague,
            )
        )
    return mentions
