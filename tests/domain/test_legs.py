"""The legs of the journey and the figures a headcount adds to; the default operation."""

from __future__ import annotations

from corridor.domain.legs import LEGS, flows, leg
from corridor.domain.operations import default_operation
from corridor.domain.vocabulary import SITE_KINDS


def test_every_site_kind_has_a_leg() -> None:
    legs = {kind: leg(kind) for kind in SITE_KINDS}
    assert set(legs.values()) == set(LEGS)
    assert [k for k, v in legs.items() if v == "origin"] == ["pickup", "crossing"]
    assert [k for k, v in legs.items() if v == "onward"] == ["camp", "relatives"]
    assert leg("no-such-kind") == "reception"


def test_a_headcount_adds_to_the_figures_of_its_leg() -> None:
    assert flows("departed", "origin") == [("left", 1)]
    assert flows("departed", "reception") == []  # a departure from reception is no new leaver
    assert flows("arrived", "origin") == [("left", -1), ("returned", 1)]
    assert flows("arrived", "reception") == [("arrived", 1)]
    assert flows("arrived", "onward") == [("onward", 1)]
    for stage in ("died", "missing", "diverted"):
        assert flows(stage, "reception") == [(stage, 1)]
    for stage in ("registered", "boarded", "waiting_counted"):
        assert flows(stage, "origin") == []


def test_the_default_operation_is_the_configured_one_else_the_first() -> None:
    def boom() -> list[str]:
        raise AssertionError("the store is not read when an operation is configured")

    assert default_operation("op-b", boom) == "op-b"
    assert default_operation("", lambda: ["op-c", "op-a", "op-b"]) == "op-a"
    assert default_operation(None, list) == ""
