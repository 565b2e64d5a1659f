"""The folds of domain/projections.py on their own: facts in, rows and contributions out."""

from __future__ import annotations

import itertools
from typing import Any

from corridor.domain.events import Draft, Fact
from corridor.domain.ledger import Head, seal
from corridor.domain.messages import english, message
from corridor.domain.projections import (
    TOTAL,
    Contribution,
    expand,
    fold_latest,
    fold_operation,
    fold_record,
    fold_tally,
    fold_waiting,
    person_contribution,
)
from corridor.domain.trips import TripOutcome, fold_trip
from tests import factories as f

OP = f.OP
ADULT_F = ("civilian", "adult", "female", "none")


def _at(hour: int, minute: int = 0) -> str:
    return f"2016-12-15T{hour:02d}:{minute:02d}:00Z"


def _facts(*drafts: Draft) -> list[Fact]:
    return seal(list(drafts), device="d", head=Head(), recorded_at=_at(20))


def _rider(pid: str, arrival_trip: str | None = None, **kw: Any) -> dict[str, Any]:
    row = {"person_id": pid, "site_id": "ramouseh", "registered_at": _at(8)}
    row |= {"grp": "civilian", "age": "adult", "sex": "female", "triage": "none"}
    return row | {"arrival_trip": arrival_trip} | kw


def _stage(contrib: Contribution, stage: str, profile: tuple[str, ...] = TOTAL) -> int:
    return sum(n for (s, _site, _hour, p), n in contrib.items() if s == stage and p == profile)


def test_a_trip_counts_the_larger_of_its_manifest_and_its_headcount() -> None:
    """Should board 5 (3 named + 2 counted extra) and give the extras unknown categories."""
    facts = _facts(
        f.dispatch("T1", at=_at(9)),
        f.count("ramouseh", 5, trip="T1", at=_at(9, 20)),
        f.depart("T1", at=_at(9, 30)),
    )
    manifest = [_rider(p) for p in ("p1", "p2", "p3")]
    state = fold_trip(OP, "T1", facts, manifest, capacity=50)
    (row,) = state.rows["trips"]
    assert (row["named"], row["counted"], row["boarded"], row["status"]) == (3, 5, 5, "en_route")
    assert _stage(state.contribution, "departed", ADULT_F) == 3
    assert _stage(state.contribution, "departed") == 2  # the unnamed extra, as a bare total
    assert _stage(state.contribution, "departed", ("age", "unknown")) == 2
    assert _stage(state.contribution, "registered_departed", ADULT_F) == 3
    assert state.discrepancies == []


def test_a_trip_that_arrives_moves_its_people_and_balances() -> None:
    facts = _facts(
        f.dispatch("T1", at=_at(9)),
        f.depart("T1", at=_at(9, 30)),
        f.arrive("T1", 1, died=1, at=_at(11)),
    )
    state = fold_trip(OP, "T1", facts, [_rider("p1", "T1"), _rider("p2")], capacity=50)
    (row,) = state.rows["trips"]
    assert (row["status"], row["arrived"], row["died"], row["unaccounted"]) == ("arrived", 1, 1, 0)
    assert (row["marked"], row["arrival_site"]) == (1, "khan-al-aasal")
    assert _stage(state.contribution, "arrived") == 1
    assert _stage(state.contribution, "died") == 1
    # p1 was marked; p2 was not, so p2 is named missing on the trip.
    assert [m["person_id"] for m in state.rows["missing"]] == ["p2"]


def test_a_trip_that_turned_back_gives_its_people_back_to_waiting() -> None:
    facts = _facts(
        f.dispatch("T1", at=_at(9)),
        f.depart("T1", at=_at(9, 30)),
        f.arrive("T1", 1, site_id="ramouseh", at=_at(11)),
    )
    state = fold_trip(OP, "T1", facts, [_rider("p1")], capacity=50)
    (row,) = state.rows["trips"]
    assert row["status"] == "diverted"  # arrived somewhere other than planned
    assert _stage(state.contribution, "registered_departed", ADULT_F) == 0  # +1 -1
    assert TripOutcome(row["origin"], row["departed_at"], row["arrived_at"], "ramouseh").turned_back


def test_a_trip_without_facts_or_riders_derives_nothing() -> None:
    state = fold_trip(OP, "T1", [], [], capacity=None)
    assert (state.rows, state.contribution, state.discrepancies) == ({}, {}, [])


def test_a_discrepancy_of_one_kind_is_one_row_naming_every_instance() -> None:
    facts = _facts(
        f.dispatch("T1", at=_at(9)),
        f.depart("T1", at=_at(9, 30)),
        f.depart("T1", at=_at(9, 40)),
        f.depart("T1", at=_at(9, 50)),
    )
    state = fold_trip(OP, "T1", facts, [], capacity=None)
    assert [(d["kind"], d["at"]) for d in state.discrepancies] == [("departed_twice", _at(9, 50))]
    assert state.discrepancies[0]["detail"] == [message("departed_twice", trip="T1", n=3)]
    assert "3 times" in english(state.discrepancies[0]["detail"][0])


def test_a_tally_adds_its_count_and_an_unknown_remainder_per_dimension() -> None:
    breakdown = {"age": {"child": 2, "adult": 1}}
    state = fold_tally(_facts(f.count("crossing", 5, breakdown=breakdown, at=_at(10))))
    c = state.contribution
    assert _stage(c, "departed") == 5
    ages = [_stage(c, "departed", ("age", v)) for v in ("child", "adult", "unknown")]
    assert ages == [2, 1, 2]
    assert _stage(c, "departed", ("sex", "unknown")) == 5
    assert fold_tally(_facts(f.count("crossing", 0))).contribution == {}


def test_waiting_counts_keep_only_the_latest_snapshot() -> None:
    counts = [
        f.count("ramouseh", 40, stage="waiting", at=_at(9)),
        f.count("ramouseh", 25, stage="waiting", at=_at(11)),
        f.count("ramouseh", 30, stage="waiting", at=_at(10)),
    ]
    for order in itertools.permutations(counts):
        state = fold_waiting(_facts(*order))
        assert _stage(state.contribution, "waiting_counted") == 25


def test_an_operation_keeps_its_status_history_and_flags_bad_steps() -> None:
    facts = _facts(
        f.draft("operation.defined", {"name": "East Aleppo"}, at=_at(7)),
        f.status("active", at=_at(8)),
        f.status("closed", at=_at(9)),
        f.status("active", at=_at(10)),  # a reopening without a reason
        f.status("planned", at=_at(11)),  # active -> planned is no transition
    )
    state = fold_operation(OP, facts)
    (row,) = state.rows["operations"]
    assert (row["name"], row["status"], row["status_at"]) == ("East Aleppo", "planned", _at(11))
    assert [h["status"] for h in state.rows["status_history"]] == [
        "active",
        "closed",
        "active",
        "planned",
    ]
    (bad,) = state.discrepancies
    assert bad["kind"] == "illegal_status_change" and bad["at"] == _at(11)
    detail = "; ".join(english(m) for m in bad["detail"])
    assert "closed -> active" in detail and "active -> planned" in detail
    reopened = _facts(f.status("closed", at=_at(8)), f.status("active", "found a bus", at=_at(9)))
    assert [d["kind"] for d in fold_operation(OP, reopened).discrepancies] == [
        "operation_undefined"
    ]
    assert fold_operation(OP, []).rows == {}


def test_the_latest_definition_of_a_site_or_vehicle_wins() -> None:
    facts = _facts(
        f.site("ramouseh", at=_at(9)),
        f.site("ramouseh", kind="crossing", at=_at(8)),
    )
    (row,) = fold_latest("sites", OP, facts).rows["sites"]
    assert (row["kind"], row["name_ar"]) == ("pickup", None)
    (bus,) = fold_latest("vehicles", OP, _facts(f.vehicle("bus-1"))).rows["vehicles"]
    assert (bus["capacity"], bus["agency"]) == (50, None)
    assert fold_latest("sites", OP, []).rows == {}


def test_incidents_keep_one_row_per_fact_with_only_their_fields() -> None:
    payload = {"kind": "shelling", "severity": "high", "description": "x", "site_id": "ramouseh"}
    facts = _facts(f.draft("incident.reported", payload, at=_at(10)))
    (row,) = fold_record("incidents", OP, facts).rows["incidents"]
    assert (row["fact_id"], row["at"], row["source_device"]) == (facts[0].id, _at(10), "d")
    assert (row["kind"], row["severity"], row["site_id"]) == ("shelling", "high", "ramouseh")


def test_a_person_row_contributes_one_registration_by_profile() -> None:
    row = _rider("p1")
    assert person_contribution(row) == {("registered", "ramouseh", "2016-12-15T08", ADULT_F): 1}
    assert person_contribution({**row, "registered_at": None}) == {}
    assert person_contribution(None) == {}


def test_a_profile_expands_to_the_headcount_rows_it_counts_in() -> None:
    assert expand(TOTAL) == [("total", "all")]
    assert expand(("age", "child")) == [("age", "child")]
    assert expand(ADULT_F) == [
        ("total", "all"),
        ("group", "civilian"),
        ("age", "adult"),
        ("sex", "female"),
        ("triage", "none"),
    ]


def test_a_trip_outcome_says_where_the_trip_is() -> None:
    """Should say it as a message (rendered per language at the edge)."""
    assert TripOutcome().state() == message("trip_loading")
    assert TripOutcome("a", _at(9)).state() == message("trip_en_route", at=_at(9))
    assert english(TripOutcome("a", _at(9)).state()) == f"en route since {_at(9)[:16]}".replace(
        "T", " "
    )
    arrived = TripOutcome("a", _at(9), _at(11), "b").state()
    assert arrived == message("trip_arrived", site="b", at=_at(11))
    back = TripOutcome("a", _at(9), _at(11), "a")
    assert back.turned_back and back.state() == message("trip_turned_back", site="a", at=_at(11))
