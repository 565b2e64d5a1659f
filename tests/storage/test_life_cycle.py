"""A person's life cycle in derived state: contradictory facts never rewrite a reconciled past.

Each new discrepancy kind is made to appear, then resolved by a correction. Facts are recorded
as a desk would and, where order matters, appended from two devices in the awkward order a
sync can deliver.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from corridor.clock import FrozenClock
from corridor.domain.events import Draft, Fact
from corridor.domain.ledger import Head, seal
from corridor.domain.messages import english_detail
from corridor.storage import SqlStore, open_store
from tests import factories as f
from tests.conftest import PG_URL, postgres_available

OP = f.OP


def _at(hour: int, minute: int = 0) -> str:
    return f"2016-12-15T{hour:02d}:{minute:02d}:00Z"


def _kinds(store: SqlStore, unit: str) -> set[str]:
    return {d["kind"] for d in store.query("discrepancies", op=OP, unit=unit)}


def _person(store: SqlStore, pid: str) -> dict[str, Any]:
    (row,) = store.query("persons", op=OP, person_id=pid)
    return row


def _trip(store: SqlStore, tid: str) -> dict[str, Any]:
    (row,) = store.query("trips", op=OP, trip_id=tid)
    return row


def _arrived_trip(
    *people: str, arrived: int | None = None, site: str = "khan-al-aasal"
) -> list[Draft]:
    """People registered, boarded on T1 at 09:00, departed 10:00, arrived 12:00."""
    drafts = [f.vehicle("bus-1"), f.dispatch("T1", at=_at(8))]
    for pid in people:
        drafts += [f.person(pid, at=_at(8)), f.board(pid, "T1", at=_at(9))]
    count = len(people) if arrived is None else arrived
    drafts += [f.depart("T1", at=_at(10)), f.arrive("T1", count, site_id=site, at=_at(12))]
    return drafts


def test_it_keeps_an_arrived_person_on_their_trip_and_flags_a_boarding_after_arrival(
    store: SqlStore,
) -> None:
    """Should keep P1 on T1 with T1 reconciled, flag the boarding onto T2, and clear on void."""
    store.record(_arrived_trip("P1"))
    late = f.board("P1", "T2", at=_at(13))
    store.record([f.dispatch("T2", at=_at(13)), late])
    person = _person(store, "P1")
    assert (person["trip_id"], person["legs"]) == ("T1", "T1")
    t1, t2 = _trip(store, "T1"), _trip(store, "T2")
    assert (t1["named"], t1["boarded"], t1["arrived"], t1["unaccounted"]) == (1, 1, 1, 0)
    assert t2["named"] == 0
    assert _kinds(store, f"p|{OP}|P1") == {"boarded_after_arrival"}
    detail = english_detail(store.query("discrepancies", op=OP, unit=f"p|{OP}|P1")[0]["detail"])
    assert "T2" in detail and "arrived at khan-al-aasal at 2016-12-15 12:00" in detail
    counts = store.headcounts(OP)
    assert counts[("departed", "ramouseh", "total", "all")] == 1
    assert counts[("arrived", "khan-al-aasal", "total", "all")] == 1
    store.record([f.correct(late, at=_at(14))])
    assert _kinds(store, f"p|{OP}|P1") == set()
    assert store.query("boardings", op=OP) == []
    assert store.derived_matches_log()


def test_it_keeps_a_person_on_the_trip_they_are_loading_on_and_flags_boarding_twice(
    store: SqlStore,
) -> None:
    """Should not count a person on two trips; voiding the first boarding moves them."""
    first = f.board("P1", "T1", at=_at(9))
    second = f.board("P1", "T2", at=_at(9, 30))
    store.record([f.person("P1", at=_at(8)), f.dispatch("T1"), f.dispatch("T2"), first, second])
    assert _person(store, "P1")["trip_id"] == "T1"
    assert (_trip(store, "T1")["named"], _trip(store, "T2")["named"]) == (1, 0)
    assert _kinds(store, f"p|{OP}|P1") == {"boarded_twice"}
    rows = {r["trip_id"]: r["accepted"] for r in store.query("boardings", op=OP)}
    assert rows == {"T1": 1, "T2": 0}
    store.record([f.correct(first, at=_at(10))])
    assert _person(store, "P1")["trip_id"] == "T2"
    assert (_trip(store, "T1")["named"], _trip(store, "T2")["named"]) == (0, 1)
    assert _kinds(store, f"p|{OP}|P1") == set()
    assert store.derived_matches_log()


def test_it_treats_a_second_boarding_onto_the_same_trip_as_nothing_new(store: SqlStore) -> None:
    store.record(
        [f.person("P1"), f.dispatch("T1"), f.board("P1", "T1"), f.board("P1", "T1", at=_at(11))]
    )
    assert _trip(store, "T1")["named"] == 1
    assert _kinds(store, f"p|{OP}|P1") == set()
    assert store.query("boardings", op=OP) == []


def test_it_lets_a_turned_back_person_board_again_and_keeps_both_manifests(
    store: SqlStore,
) -> None:
    """Should keep T1 reconciled after its people ride T2, and count them departed once."""
    store.record([f.site("ramouseh"), *_arrived_trip("P1", "P2", site="ramouseh")])
    counts = store.headcounts(OP)
    assert counts.get(("registered_departed", "ramouseh", "total", "all"), 0) == 0
    store.record(
        [
            f.dispatch("T2", at=_at(13)),
            f.board("P1", "T2", at=_at(13)),
            f.board("P2", "T2", at=_at(13)),
            f.depart("T2", at=_at(14)),
        ]
    )
    person = _person(store, "P1")
    assert (person["trip_id"], person["legs"]) == ("T2", "T1,T2")
    t1, t2 = _trip(store, "T1"), _trip(store, "T2")
    assert (t1["named"], t1["arrived"], t1["unaccounted"], t2["named"]) == (2, 2, 0, 2)
    counts = store.headcounts(OP)
    assert counts[("registered_departed", "ramouseh", "total", "all")] == 2
    assert _kinds(store, f"p|{OP}|P1") == set()
    hourly = store.query("tally_hourly", op=OP, stage="registered_departed", dim="total")
    assert {r["hour"]: r["n"] for r in hourly if r["n"]} == {
        "2016-12-15T10": 2,
        "2016-12-15T12": -2,
        "2016-12-15T14": 2,
    }
    assert store.derived_matches_log()


def _two_devices(first: list[Draft], second: list[Draft]) -> tuple[list[Fact], list[Fact]]:
    return (
        seal(first, device="desk-a", head=Head(), recorded_at=_at(20)),
        seal(second, device="desk-b", head=Head(), recorded_at=_at(20)),
    )


def test_it_settles_a_reboarding_when_the_turn_back_arrives_later_by_sync(
    store: SqlStore,
) -> None:
    """Should flag boarding twice until the turn-back is known, then move the person."""
    trip_desk = _arrived_trip("P1", site="ramouseh")
    arrival = trip_desk.pop()
    desk_a, desk_b = _two_devices(
        trip_desk + [f.dispatch("T2", at=_at(13)), f.board("P1", "T2", at=_at(13))], [arrival]
    )
    store.append(desk_a)
    assert _person(store, "P1")["trip_id"] == "T1"
    assert _kinds(store, f"p|{OP}|P1") == {"boarded_twice"}
    store.append(desk_b)
    assert _person(store, "P1")["trip_id"] == "T2"
    assert _kinds(store, f"p|{OP}|P1") == set()
    assert (_trip(store, "T1")["named"], _trip(store, "T2")["named"]) == (1, 1)
    assert store.derived_matches_log()
    # Voiding the turn-back puts them back on T1, en route, with the contradiction flagged.
    store.record([f.correct(arrival, at=_at(15))])
    assert _person(store, "P1")["trip_id"] == "T1"
    assert (_trip(store, "T1")["named"], _trip(store, "T2")["named"]) == (1, 0)
    assert _kinds(store, f"p|{OP}|P1") == {"boarded_twice"}
    assert store.derived_matches_log()


def test_it_flags_a_reboarding_before_the_trip_turned_back(store: SqlStore) -> None:
    """Should refuse a move onto T2 timed before T1 came back to its origin."""
    store.record(
        [
            *_arrived_trip("P1", site="ramouseh"),
            f.dispatch("T2", at=_at(11)),
            f.board("P1", "T2", at=_at(11)),
        ]
    )
    assert _person(store, "P1")["trip_id"] == "T1"
    assert _kinds(store, f"p|{OP}|P1") == {"boarded_twice"}


def test_it_records_an_arrival_mark_and_names_the_unmarked_as_missing(store: SqlStore) -> None:
    """Should list P3 missing by token once T1 arrived with marks, until P3 is marked."""
    store.record(_arrived_trip("P1", "P2", "P3", arrived=2))
    assert store.query("missing", op=OP) == []  # no marks: nobody named yet
    store.record([f.mark("P1", "T1", at=_at(12, 5)), f.mark("P2", "T1", at=_at(12, 6))])
    person = _person(store, "P1")
    assert (person["arrived_at"], person["arrival_site"], person["arrival_trip"]) == (
        _at(12, 5),
        "khan-al-aasal",
        "T1",
    )
    assert store.query("missing", op=OP) == [
        {"op": OP, "trip_id": "T1", "person_id": "P3", "since": _at(12)}
    ]
    assert _trip(store, "T1")["marked"] == 2
    store.record([f.mark("P3", "T1", at=_at(16))])
    assert store.query("missing", op=OP) == []
    assert store.derived_matches_log()


def test_it_drops_a_missing_person_whose_boarding_is_voided(store: SqlStore) -> None:
    drafts = _arrived_trip("P1", "P2", arrived=1)
    boarding = next(d for d in drafts if d.type == "person.boarded" and "P2" in str(d.payload))
    store.record([*drafts, f.mark("P1", "T1", at=_at(12))])
    assert [r["person_id"] for r in store.query("missing", op=OP)] == ["P2"]
    store.record([f.correct(boarding, at=_at(13))])
    assert store.query("missing", op=OP) == []
    assert _trip(store, "T1")["unaccounted"] == 0


def test_it_flags_an_arrival_mark_for_a_person_not_on_that_trip(store: SqlStore) -> None:
    store.record(_arrived_trip("P1"))
    wrong = f.mark("P1", "T9", at=_at(12))
    store.record([wrong])
    assert _kinds(store, f"p|{OP}|P1") == {"arrived_not_on_trip"}
    assert _person(store, "P1")["arrival_trip"] == "T9"
    store.record([f.correct(wrong, at=_at(13))])
    assert _kinds(store, f"p|{OP}|P1") == set()
    assert _person(store, "P1")["arrived_at"] is None


def test_it_flags_more_marks_than_the_arrival_count(store: SqlStore) -> None:
    drafts = _arrived_trip("P1", "P2", arrived=1)
    store.record([*drafts, f.mark("P1", "T1", at=_at(12))])
    extra = f.mark("P2", "T1", at=_at(12, 1))
    store.record([extra])
    assert "marks_exceed_arrivals" in _kinds(store, f"t|{OP}|T1")
    store.record([f.correct(extra, at=_at(13))])
    assert "marks_exceed_arrivals" not in _kinds(store, f"t|{OP}|T1")
    assert store.derived_matches_log()


def test_it_never_gives_a_negative_unaccounted(store: SqlStore) -> None:
    """Should show 0 unaccounted and an unreconciled discrepancy when more arrive than boarded."""
    store.record(_arrived_trip("P1", arrived=3))
    trip = _trip(store, "T1")
    assert (trip["boarded"], trip["arrived"], trip["unaccounted"]) == (1, 3, 0)
    assert "unreconciled" in _kinds(store, f"t|{OP}|T1")


_BEFORE_0007 = [
    "DROP TABLE boardings",
    "DROP TABLE missing",
    *(
        f"ALTER TABLE {table} DROP COLUMN {column}"
        for table, columns in {
            "persons": ("legs", "arrived_at", "arrival_site", "arrival_trip"),
            "trips": ("marked", "unaccounted"),
        }.items()
        for column in columns
    ),
    "UPDATE tally SET n = 99 WHERE stage = 'registered_departed'",
    "DELETE FROM _migrations WHERE id = '0007_life_cycle'",
]


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_it_rebuilds_derived_state_when_a_store_is_upgraded(kind: str, tmp_path: Path) -> None:
    """Should apply migration 0007 to a store made before it and rebuild its derived state."""
    if kind == "postgres" and not postgres_available():
        pytest.skip("PostgreSQL not available (set CORRIDOR_TEST_POSTGRES_URL)")
    url = f"sqlite:///{tmp_path}/old.db" if kind == "sqlite" else PG_URL
    schema = f"t_{uuid.uuid4().hex[:12]}" if kind == "postgres" else None
    store = open_store(url, clock=FrozenClock(), device="desk-1", schema=schema)
    try:
        store.record(
            [
                *_arrived_trip("P1", site="ramouseh"),
                f.board("P1", "T2", at=_at(13)),
                f.depart("T2", at=_at(14)),
            ]
        )
        expected = store.snapshot()
        with store._write() as db:  # the schema and a stale tally as before migration 0007
            for statement in _BEFORE_0007:
                db.run(statement)
        store.close()
        store = open_store(url, clock=FrozenClock(), device="desk-1", schema=schema)
        assert store.snapshot() == expected
        assert _person(store, "P1")["legs"] == "T1,T2"
        with store._read() as db:
            assert db.rows("SELECT value FROM meta WHERE key = 'rebuild'") == []
    finally:
        store.close()
        if schema:
            import psycopg

            with psycopg.connect(PG_URL, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
