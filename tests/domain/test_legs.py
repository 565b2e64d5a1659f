"""The legs of the journey and the figures a headcount adds to; the default operation."""

from __future__ import annotations

from corridor.domain.legs import LEGS, cumulative, flows, leg
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


def test_the_cumulative_series_adds_each_hour_to_the_ones_before_in_hour_order() -> None:
    per_hour = {
        "2016-12-15T10": {"left": 30, "arrived": 0},
        "2016-12-15T09": {"left": 50},
        "2016-12-15T11": {"left": -5, "arrived": 70, "onward": 9},
    }
    assert cumulative(per_hour) == [
        ("2016-12-15T09", 50, 0),
        ("2016-12-15T10", 80, 0),
        ("2016-12-15T11", 75, 70),
    ]
    assert cumulative({}) == []


def test_the_default_operation_is_the_configured_one_else_the_first() -> None:
    def boom() -> list[str]:
        raise AssertionError("the store is not read when an operation is configured")

    assert default_operation("op-b", boom) == "op-b"
    assert default_operation("", lambda: ["op-c", "op-a", "op-b"]) == "op-a"
    assert default_operation(None, list) == ""
