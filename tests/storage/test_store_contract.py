"""The ledger contract (``LedgerStore``), run against every storage adapter (SQLite file, memory,
PostgreSQL); the sync-state and accounts parts have suites of their own.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any

import pytest

from corridor.domain.events import Draft
from corridor.domain.ledger import GENESIS
from corridor.domain.messages import english_detail
from corridor.domain.rows import Person, Trip
from corridor.errors import ConflictError, NotFound, ValidationError
from corridor.storage import SqlStore
from corridor.storage.base import AccountStore, LedgerStore, Store, SyncStore
from corridor.storage.base.tables import DERIVED_TABLES
from corridor.storage.postgres import PostgresStore
from corridor.storage.sqlite import SQLiteStore
from tests import factories as f

TOTAL = ("total", "all")


def total(store: SqlStore, stage: str, site: str) -> int:
    return store.headcounts(f.OP).get((stage, site, *TOTAL), 0)


def test_it_appends_and_resending_is_a_no_op(store: SqlStore) -> None:
    batch = [f.site("ramouseh"), f.person("P1"), f.person("P2")]
    first = store.record(batch)
    again = store.record(batch)
    assert [x.id for x in first.added] == [d.id for d in batch]
    assert again.added == [] and again.skipped == [d.id for d in batch]
    assert store.position() == 3
    assert total(store, "registered", "ramouseh") == 2


def test_it_skips_duplicates_inside_one_batch(store: SqlStore) -> None:
    p = f.person("P1")
    result = store.record([p, p])
    assert len(result.added) == 1 and result.skipped == [p.id]
    assert total(store, "registered", "ramouseh") == 1


def test_it_refuses_an_id_reused_for_other_content(store: SqlStore) -> None:
    p = f.person("P1", id="same-id")
    store.record([p])
    other = f.person("P2", id="same-id")
    with pytest.raises(ConflictError):
        store.record([f.person("P3"), other])
    assert store.position() == 1  # the batch is atomic: P3 was not written either
    assert total(store, "registered", "ramouseh") == 1


def test_it_writes_nothing_when_a_correction_has_no_target(store: SqlStore) -> None:
    ghost = f.person("ghost")
    with pytest.raises(NotFound):
        store.record([f.person("P1"), f.correct(ghost)])
    assert store.position() == 0
    assert store.headcounts(f.OP) == {}


def test_it_chains_each_device_and_verifies(store: SqlStore) -> None:
    store.record([f.person("P1")])
    store.record([f.person("P2"), f.person("P3")])
    facts = [fact for _, fact in store.read()]
    assert [x.seq for x in facts] == [1, 2, 3]
    assert facts[0].prev_hash == GENESIS
    assert facts[1].prev_hash == facts[0].hash and facts[2].prev_hash == facts[1].hash
    report = store.verify()
    assert report.ok and report.facts == 3 and report.devices == 1


def test_it_reads_by_cursor_without_gaps(store: SqlStore) -> None:
    store.record([f.person(f"P{i}") for i in range(7)])
    first = store.read(0, limit=4)
    rest = store.read(first[-1][0], limit=100)
    assert [c for c, _ in first + rest] == list(range(1, 8))


def test_it_appends_facts_sealed_on_another_device(store: SqlStore, tmp_path: object) -> None:
    from tests.conftest import make_store

    other = next(make_store("memory", tmp_path, device="field-7"))
    other.record([f.site("ramouseh"), f.person("P9")])
    sealed = [fact for _, fact in other.read()]
    result = store.append(sealed)
    assert len(result.added) == 2
    assert store.append(sealed).skipped == [x.id for x in sealed]
    assert total(store, "registered", "ramouseh") == 1
    assert store.verify().ok


def test_it_refuses_a_gap_or_a_forged_hash_in_a_sealed_chain(
    store: SqlStore, tmp_path: object
) -> None:
    from tests.conftest import make_store

    other = next(make_store("memory", tmp_path, device="field-8"))
    other.record([f.person("A"), f.person("B")])
    first, second = (fact for _, fact in other.read())
    with pytest.raises(ConflictError):
        store.append([second])  # seq 2 before seq 1
    forged = dataclasses.replace(first, payload={**first.payload, "age": "child"}, payload_json="")
    with pytest.raises(ConflictError):
        store.append([forged])
    assert store.position() == 0


def test_it_counts_a_bus_headcount_without_double_counting_named_people(store: SqlStore) -> None:
    store.record(
        [
            f.vehicle("bus-1"),
            f.dispatch("T1"),
            f.person("P1", age="child"),
            f.person("P2"),
            f.board("P1", "T1"),
            f.board("P2", "T1"),
            f.count("ramouseh", 40, trip="T1", breakdown={"age": {"child": 12}}),
            f.depart("T1", at="2016-12-15T10:00:00Z"),
        ]
    )
    counts = store.headcounts(f.OP)
    assert counts[("departed", "ramouseh", "total", "all")] == 40
    assert counts[("departed", "ramouseh", "age", "child")] == 12
    assert counts[("departed", "ramouseh", "age", "unknown")] == 27
    assert counts[("registered_departed", "ramouseh", "total", "all")] == 2
    (trip,) = store.query("trips", op=f.OP)
    assert (trip["named"], trip["counted"], trip["boarded"], trip["status"]) == (
        2,
        40,
        40,
        "en_route",
    )


def test_it_reads_people_and_trips_as_typed_rows(store: SqlStore) -> None:
    """Should give the same rows as the generic read, typed, with each filter applied."""
    store.record(
        [
            f.vehicle("bus-1"),
            f.dispatch("T1"),
            f.dispatch("T2"),
            _in_household(f.person("P1", age="child"), "H1"),
            _in_household(f.person("P2"), "H1"),
            f.person("P3"),
            f.board("P1", "T1"),
            f.board("P3", "T2"),
            f.depart("T2"),
        ]
    )
    people = store.persons(f.OP)
    assert [p.as_dict() for p in people] == store.query("persons", op=f.OP)
    assert [p.person_id for p in store.persons(f.OP, household_id="H1")] == ["P1", "P2"]
    assert [p.person_id for p in store.persons(f.OP, trip_id="T1")] == ["P1"]
    (p1,) = store.persons(f.OP, person_id="P1")
    assert (p1.age, p1.trip_id, p1.legs) == ("child", "T1", "T1")
    assert store.persons("another-op") == []
    trips = store.trips(f.OP)
    assert [t.as_dict() for t in trips] == store.query("trips", op=f.OP)
    assert [t.trip_id for t in store.trips(f.OP, status="en_route")] == ["T2"]
    assert [t.trip_id for t in store.trips(f.OP, status="loading", trip_id="T1")] == ["T1"]
    assert store.trips(f.OP, trip_id="T1", status="en_route") == []
    assert store.trips(f.OP, trip_id="T2")[0].boarded == 1


def _in_household(draft: Draft, household: str) -> Draft:
    return dataclasses.replace(draft, payload={**draft.payload, "household_id": household})


@pytest.mark.parametrize(("row", "table"), [(Person, "persons"), (Trip, "trips")])
def test_each_typed_row_has_its_tables_columns_in_order(row: Any, table: str) -> None:
    assert row._fields == DERIVED_TABLES[table]


def test_it_reconciles_a_trip_and_lists_the_discrepancy(store: SqlStore) -> None:
    store.record(
        [
            f.vehicle("amb-1", kind="ambulance", capacity=4),
            f.dispatch("T2", vehicle_id="amb-1"),
            f.count("ramouseh", 4, trip="T2"),
            f.depart("T2"),
            f.arrive("T2", 2, died=1, at="2016-12-15T11:00:00Z"),
        ]
    )
    (trip,) = store.query("trips", op=f.OP)
    assert trip["status"] == "arrived" and trip["died"] == 1
    kinds = [d["kind"] for d in store.query("discrepancies", op=f.OP)]
    assert kinds == ["unreconciled"]
    store.record([f.arrive("T2", 2, died=1, missing=1, at="2016-12-15T12:00:00Z")])
    kinds = sorted(d["kind"] for d in store.query("discrepancies", op=f.OP))
    assert kinds == ["arrived_twice"]  # reconciled by the later report, but reported twice
    assert total(store, "missing", "khan-al-aasal") == 1


def test_it_marks_a_trip_diverted_when_it_arrives_elsewhere(store: SqlStore) -> None:
    store.record(
        [
            f.dispatch("T3"),
            f.count("ramouseh", 10, trip="T3"),
            f.depart("T3"),
            f.arrive("T3", 10, site_id="idlib-hospital"),
        ]
    )
    (trip,) = store.query("trips", op=f.OP)
    assert trip["status"] == "diverted"
    assert total(store, "arrived", "idlib-hospital") == 10


def test_it_applies_corrections_as_new_facts(store: SqlStore) -> None:
    wrong = f.person("P1", age="adult")
    store.record([wrong, f.person("P2")])
    store.record([f.correct(wrong, "replace", {**wrong.payload, "age": "child"})])
    counts = store.headcounts(f.OP)
    assert counts[("registered", "ramouseh", "age", "child")] == 1
    assert counts[("registered", "ramouseh", "age", "adult")] == 1
    store.record([f.correct(wrong, "void", at="2016-12-15T10:00:00Z")])
    assert total(store, "registered", "ramouseh") == 1
    assert store.position() == 4  # the original facts are still in the log


def test_it_refuses_a_correction_that_changes_whom_a_fact_is_about(store: SqlStore) -> None:
    wrong = f.person("P1")
    store.record([wrong])
    with pytest.raises(ValidationError):
        store.record([f.correct(wrong, "replace", {**wrong.payload, "person_id": "P2"})])
    assert store.position() == 1


def test_it_keeps_status_history_and_flags_illegal_changes(store: SqlStore) -> None:
    store.record(
        [
            f.draft("operation.defined", {"name": "East Aleppo", "conditioned_on": ["foua"]}),
            f.status("planned", at="2016-12-13T20:00:00Z"),
            f.status("suspended", "new conditions", at="2016-12-14T09:00:00Z"),
            f.status("resumed", at="2016-12-15T05:00:00Z"),
            f.status("closed", at="2016-12-22T20:00:00Z"),
        ]
    )
    (op,) = store.query("operations")
    assert op["status"] == "closed" and op["conditioned_on"] == "foua"
    history = store.query("status_history", op=f.OP)
    assert [h["status"] for h in sorted(history, key=lambda h: h["at"])] == [
        "planned",
        "suspended",
        "resumed",
        "closed",
    ]
    assert store.query("discrepancies") == []
    # Reopening needs a reason; a closed operation can become nothing else.
    store.record([f.status("active", at="2016-12-23T08:00:00Z")])
    assert [d["kind"] for d in store.query("discrepancies")] == ["illegal_status_change"]
    store.record([f.status("suspended", "x", at="2016-12-23T07:00:00Z")])
    (flag,) = store.query("discrepancies")
    detail = english_detail(flag["detail"])
    assert "closed -> suspended" in detail and "suspended -> active" in detail


def test_it_rebuilds_to_the_same_state(store: SqlStore) -> None:
    store.record(
        [
            f.dispatch("T1"),
            f.person("P1"),
            f.board("P1", "T1"),
            f.depart("T1"),
            f.count("crossing", 7, stage="departed"),
            f.count("khan", 3, stage="arrived"),
        ]
    )
    assert store.derived_matches_log()


def test_it_refuses_unknown_tables_and_columns(store: SqlStore) -> None:
    with pytest.raises(ValidationError):
        store.query("ledger")
    with pytest.raises(ValidationError):
        store.query("trips", nonsense=1)


def _members(protocol: type) -> set[str]:
    return {n for n, v in vars(protocol).items() if inspect.isfunction(v) and not n.startswith("_")}


@pytest.mark.parametrize("protocol", [LedgerStore, SyncStore, AccountStore, Store])
@pytest.mark.parametrize("adapter", [SQLiteStore, PostgresStore])
def test_every_adapter_implements_each_part_with_its_signature(
    adapter: type, protocol: type
) -> None:
    """Should give every method of the interface, with its parameters (extras optional)."""
    for name in _members(protocol):
        mine = inspect.signature(getattr(adapter, name)).parameters
        wanted = list(inspect.signature(getattr(protocol, name)).parameters)
        assert list(mine)[: len(wanted)] == wanted, f"{adapter.__name__}.{name}"
        extra = list(mine.values())[len(wanted) :]
        assert all(p.default is not p.empty for p in extra), f"{adapter.__name__}.{name}"


def test_the_store_is_the_union_of_the_parts() -> None:
    parts = [_members(p) for p in (LedgerStore, SyncStore, AccountStore)]
    assert sum(len(p) for p in parts) == len(set().union(*parts))  # no method in two parts
    assert Store.__mro__[1:4] == (LedgerStore, SyncStore, AccountStore)
