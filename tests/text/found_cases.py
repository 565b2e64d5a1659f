"""The check shared by the batteries of made-up reports on which numbers count people
(tests/text/test_found_battery*.py)."""

from __future__ import annotations

from collections.abc import Callable

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]
_NOT_PEOPLE = frozenset({"buses", "ambulances", "vehicles"})


def _singular(word: str) -> str:
    word = word.lower().strip()
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(suffix) and len(word) > 3:
            return word[: -len(suffix)] + repl
    return word


def _names(predicted: str, gold: str) -> bool:
    """Whether a predicted population names the group: the gold phrase's head is in it."""
    head = _singular(gold.split()[-1])
    return head in {_singular(w) for w in predicted.split()}


def assert_people_counts(make_doc: MakeDoc, text: str, expected: list[tuple[int, str]]) -> None:
    """Assert that the text's people-counts are exactly ``expected`` (value, who is counted)."""
    figures = [f for f in extract_figures(make_doc(text)) if f.metric not in _NOT_PEOPLE]
    got = [(f.value, f.population) for f in figures]
    assert [v for v, _ in got] == [v for v, _ in expected], got
    for (_, predicted), (_, gold) in zip(got, expected, strict=True):
        assert _names(predicted, gold), (predicted, gold)
