"""Units of derived state: the typed key and its one stored text."""

from __future__ import annotations

import pytest

from corridor.domain.units import Kind, Unit


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        (Unit(Kind.PERSON, "aleppo", "W-000123"), "p|aleppo|W-000123"),
        (Unit(Kind.TRIP, "aleppo", "T-1"), "t|aleppo|T-1"),
        (Unit(Kind.WAITING, "op1", "ramouseh"), "w|op1|ramouseh"),
        (Unit(Kind.OPERATION, "op1"), "o|op1"),
        (Unit(Kind.TEXT, "op1"), "x|op1"),
    ],
)
def test_a_unit_is_stored_as_the_text_the_ledger_has_always_held(unit: Unit, text: str) -> None:
    """Should write the same text as databases made before the typed key, and read it back."""
    assert unit.encode() == text
    assert Unit.decode(text) == unit
    assert Unit.decode(text).kind is unit.kind


def test_every_kind_survives_a_round_trip() -> None:
    for kind in Kind:
        unit = Unit(kind, "op-2", "key.1")
        assert Unit.decode(unit.encode()) == unit


def test_text_that_is_no_unit_is_refused() -> None:
    with pytest.raises(ValueError):
        Unit.decode("q|op1|x")
