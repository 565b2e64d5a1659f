"""An operation's time zone: set at creation, changed by a fact, read as the report's day."""

from __future__ import annotations

import pytest

from corridor.clock import FrozenClock
from corridor.domain.access import Principal
from corridor.errors import Forbidden, ValidationError
from corridor.services import operation
from corridor.services.common import Recorder
from corridor.services.sitrep import make_sitrep
from corridor.services.summary import figures_as_of
from corridor.storage.base import Store
from tests import factories as f
from tests.sitrep.scenario import D1, D2, two_days

DAMASCUS = "Asia/Damascus"


def _rec(store: Store, clock: FrozenClock, principal: Principal | None = None) -> Recorder:
    return Recorder(store, clock, "t", "op1", principal)


def test_it_is_utc_until_set_and_then_the_zone_named_last(store: Store) -> None:
    """Should default to UTC, take the zone given at creation, then each later change."""
    clock = FrozenClock()
    operation.define_operation(_rec(store, clock), operation.NewOperation(name="Op"))
    assert operation.time_zone(store, "op1") == "UTC"
    operation.define_operation(
        _rec(store, clock), operation.NewOperation(name="Op", time_zone=DAMASCUS)
    )
    assert operation.time_zone(store, "op1") == DAMASCUS
    operation.set_time_zone(_rec(store, clock), time_zone="Europe/Istanbul", reason="wrong zone")
    assert operation.time_zone(store, "op1") == "Europe/Istanbul"
    store.rebuild()  # derived from the facts: a rebuild gives the same
    assert operation.time_zone(store, "op1") == "Europe/Istanbul"


def test_only_a_coordinator_changes_it_and_a_bad_zone_changes_nothing(store: Store) -> None:
    clock = FrozenClock()
    operation.define_operation(_rec(store, clock), operation.NewOperation(name="Op"))
    before = store.position()
    registrar = Principal("r", "registrar", frozenset({"a"}))
    with pytest.raises(Forbidden):
        operation.set_time_zone(_rec(store, clock, registrar), time_zone=DAMASCUS)
    with pytest.raises(ValidationError, match="time zone"):
        operation.set_time_zone(_rec(store, clock), time_zone="Mars/Olympus")
    assert store.position() == before and operation.time_zone(store, "op1") == "UTC"
    coordinator = Principal("c", "coordinator")
    operation.set_time_zone(_rec(store, clock, coordinator), time_zone=DAMASCUS)
    assert operation.time_zone(store, "op1") == DAMASCUS


def _late_trip() -> list[object]:
    """A bus of 7 leaving at 23:30 UTC on 15 December: 01:30 on the 16th in Damascus."""
    late = f"{D1}T23:30:00Z"
    return [
        f.dispatch("T4", at=f"{D1}T23:00:00Z"),
        f.count("ramouseh", 7, trip="T4", at=late),
        f.depart("T4", at=late),
    ]


def test_the_report_day_follows_the_zone(store: Store) -> None:
    """Should count a departure at 23:30 UTC on 15 December on the 15th in UTC and on the 16th
    in Damascus, and T3 (23:00 UTC on the 16th) on the 17th there."""
    store.record([*two_days(), *_late_trip()])  # type: ignore[list-item]
    utc = [make_sitrep(store=store, op=f.OP, date=d, pdf=False).sitrep for d in (D1, D2)]
    assert [s.figure("left").day for s in utc] == [57, 43]
    store.record(
        [f.draft("operation.time_zone_set", {"time_zone": DAMASCUS}, at=f"{D2}T12:00:00Z")]
    )
    local = [
        make_sitrep(store=store, op=f.OP, date=d, pdf=False).sitrep for d in (D1, D2, "2016-12-17")
    ]
    assert [s.figure("left").day for s in local] == [50, 47, 3]
    assert [s.figure("left").total for s in local] == [50, 97, 100]
    assert local[0].zone == "Asia/Damascus (UTC+02:00)"
    report = make_sitrep(store=store, op=f.OP, date=D1, pdf=False)
    assert "Asia/Damascus (UTC+02:00)" in report.html
    assert "<b>04:00</b>" in report.html  # the status change at 02:00 UTC, in local time


def test_the_ledger_figure_beside_a_report_is_as_of_the_local_day(store: Store) -> None:
    """Should compare a figure reported for 15 December with the ledger at the end of the 15th
    in the operation's zone (the late bus counts only under UTC)."""
    store.record([*two_days(), *_late_trip()])  # type: ignore[list-item]
    wanted = [("evacuated", D1)]
    assert figures_as_of(store=store, op=f.OP, wanted=wanted) == {("evacuated", D1): 57}
    store.record([f.draft("operation.time_zone_set", {"time_zone": DAMASCUS})])
    assert figures_as_of(store=store, op=f.OP, wanted=wanted) == {("evacuated", D1): 50}
