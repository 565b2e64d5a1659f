"""The correction service: void or replace a fact, never edit it; refusals write nothing."""

from __future__ import annotations

import pytest

from corridor.clock import FrozenClock
from corridor.errors import NotFound, ValidationError
from corridor.services.common import Recorder
from corridor.services.correct import Accounted, correct_fact, reconcile_trip
from corridor.storage import SqlStore
from tests import factories as f

CLOCK = FrozenClock("2016-12-15T12:00:00Z")


def _audit(store: SqlStore) -> list[str]:
    return [str(r["action"]) for r in store.personal_log()]


def test_a_replacement_changes_the_derived_row_and_is_audited(store: SqlStore) -> None:
    """Should keep the original fact, replace its payload in derived state, log who did it."""
    store.record([f.person("p1", id="r1")])
    done = correct_fact(
        Recorder(store=store, clock=CLOCK, actor="cora", op=f.OP),
        target_id="r1",
        reason="age misread",
        changes={"age": "child"},
        fact_id="c1",
    )
    assert (done.id, done.payload["action"], done.duplicate) == ("c1", "replace", False)
    assert [p["age"] for p in store.query("persons", op=f.OP)] == ["child"]
    assert store.get("r1") is not None and store.get("r1").payload["age"] == "adult"
    assert _audit(store) == ["corrected person.registered r1 (replace)"]


def test_a_resent_correction_is_a_duplicate_and_not_audited_twice(store: SqlStore) -> None:
    store.record([f.person("p1", id="r1")])
    rec = Recorder(store=store, clock=CLOCK, actor="cora", op=f.OP)
    first = correct_fact(rec, target_id="r1", reason="dup", fact_id="c1")
    again = correct_fact(rec, target_id="r1", reason="dup", fact_id="c1")
    assert (first.duplicate, again.duplicate) == (False, True)
    assert store.query("persons", op=f.OP) == []
    assert len(_audit(store)) == 1


def test_it_refuses_a_replacement_that_moves_the_fact_and_writes_nothing(store: SqlStore) -> None:
    store.record([f.person("p1", id="r1")])
    before = store.position()
    with pytest.raises(ValidationError) as error:
        correct_fact(
            Recorder(store=store, clock=CLOCK, actor="cora", op=f.OP),
            target_id="r1",
            reason="wrong person",
            changes={"person_id": "p2"},
        )
    assert error.value.field == "replacement"
    assert store.position() == before
    assert [p["person_id"] for p in store.query("persons", op=f.OP)] == ["p1"]


def test_it_names_a_missing_fact_or_trip(store: SqlStore) -> None:
    with pytest.raises(NotFound, match="no fact nope"):
        correct_fact(
            Recorder(store=store, clock=CLOCK, actor="cora", op=f.OP), target_id="nope", reason="x"
        )
    store.record([f.dispatch("T1")])
    rec = Recorder(store=store, clock=CLOCK, actor="cora", op=f.OP)
    with pytest.raises(NotFound, match="no trip T9"):
        reconcile_trip(rec, accounted=Accounted(arrived=1), trip_id="T9", reason="x")
    with pytest.raises(NotFound, match="no arrival"):
        reconcile_trip(rec, accounted=Accounted(arrived=1), trip_id="T1", reason="x")
    assert store.position() == 1


def test_reconciling_replaces_the_latest_arrival(store: SqlStore) -> None:
    """Should correct the arrival that counts (latest by time), not the first recorded."""
    store.record(
        [
            f.dispatch("T1"),
            f.depart("T1"),
            f.count("ramouseh", 4, trip="T1"),
            f.arrive("T1", 4, at="2016-12-15T11:00:00Z", id="late"),
            f.arrive("T1", 2, at="2016-12-15T10:00:00Z", id="early"),
        ]
    )
    done = reconcile_trip(
        Recorder(store=store, clock=CLOCK, actor="cora", op=f.OP),
        accounted=Accounted(arrived=3, died=1),
        trip_id="T1",
        reason="one died on the road",
    )
    assert done.payload["target"] == "late"
    (trip,) = store.query("trips", op=f.OP, trip_id="T1")
    assert (trip["arrived"], trip["died"], trip["unaccounted"]) == (3, 1, 0)
