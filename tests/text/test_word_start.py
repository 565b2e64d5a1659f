"""word_start: an opening "\\b" written "(?<!\\w)" matches the same only where every match
of the pattern opens on a letter or digit; each pattern built with it is checked here."""

import re
import string
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from corridor.text import attribution, dates, extract, verb_classes
from corridor.text.word_start import word_start

_WORD = set(string.ascii_letters + string.digits)


def _zero_width(op: Any, av: Any) -> bool:
    """A lookaround, or a group of alternatives that are all lookarounds ("(?<=\\()|(?<=, )")."""
    if op in (c.ASSERT, c.ASSERT_NOT):
        return True
    if op is c.BRANCH:
        return all(b and all(_zero_width(o, a) for o, a in b) for b in av[1])
    if op is c.SUBPATTERN:
        return bool(av[-1]) and all(_zero_width(o, a) for o, a in av[-1])
    return False


def _opens_on_word(items: list[Any]) -> bool:
    """Whether every match of a parsed regex sequence opens on an ASCII letter or digit."""
    for i, (op, av) in enumerate(items):
        if _zero_width(op, av):
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            first = _opens_on_word(list(av[2]))
            return first and (av[0] > 0 or _opens_on_word(items[i + 1 :]))
        if op is c.LITERAL:
            return chr(av) in _WORD
        if op is c.IN:
            return all(
                (o is c.LITERAL and chr(a) in _WORD)
                or (o is c.RANGE and all(chr(x) in _WORD for x in range(a[0], a[1] + 1)))
                or (o is c.CATEGORY and a in (c.CATEGORY_DIGIT, c.CATEGORY_WORD))
                for o, a in av
            )
        if op is c.BRANCH:
            return all(_opens_on_word(list(b)) for b in av[1])
        if op is c.SUBPATTERN:
            return _opens_on_word(list(av[-1]))
        return False
    return False  # an empty match opens on nothing


def _opens(pattern: str, flags: int = 0) -> bool:
    return _opens_on_word(list(_parser.parse(pattern, flags)))


def test_the_check_itself() -> None:
    assert _opens(r"(?:ab|c\d)") and _opens(r"a?b") and _opens(r"(?:(?<=\()|(?<=, ))May")
    assert not _opens(r"(?:ab|\s)") and not _opens(r"a? ") and not _opens(r"(?<=\()")
    assert not _opens(r"(?:x)*") and not _opens(r"")


def test_word_start_rewrites_only_an_opening_boundary() -> None:
    assert word_start(r"\bfled\b") == r"(?<!\w)fled\b"
    assert word_start(r"fled\b") == r"fled\b"


# Named by hand: a pattern's text can hold words joined from a set, whose order (and so an id
# taken from it) changes with the hash seed of each xdist worker.
@pytest.mark.parametrize(
    "pattern",
    [
        *(p for _, p in verb_classes.EVENTS),
        verb_classes.PLANNED,
        dates.DATE_RE,
        attribution._TITLED,
        extract._TRANSITIVE,
    ],
    ids=[
        *(f"event-{name}" for name, _ in verb_classes.EVENTS),
        "planned", "date", "titled", "transitive",
    ],
)  # fmt: skip
def test_patterns_built_with_word_start_open_on_a_letter(pattern: re.Pattern[str]) -> None:
    assert pattern.pattern.startswith(r"(?<!\w)")
    assert _opens(pattern.pattern.removeprefix(r"(?<!\w)"), pattern.flags)


@pytest.mark.parametrize(
    ("text", "ends"),
    [("the dead were put at", True), ("estimated the displaced AT  \n", True),
     ("put the toll at 40", False), ("flat", False), ("at", False), ("they sat\tat ", True)],
)  # fmt: skip
def test_ends_with_at_is_what_every_estimated_at_match_ends_on(text: str, ends: bool) -> None:
    assert extract._ends_with_at(text) is ends
    if extract._ESTIMATED_AT.search(text):
        assert ends
