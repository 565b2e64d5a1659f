"""The person fold on its own: boardings decided by the outcomes of the trips boarded."""

from __future__ import annotations

import itertools

from corridor.domain.events import Draft, Fact
from corridor.domain.ledger import Head, seal
from corridor.domain.people import fold_person
from corridor.domain.trips import TripOutcome
from tests import factories as f

REGISTERED = f.person("P1", id="r1", at="2016-12-15T08:00:00Z")
ON_T1 = f.board("P1", "T1", id="b1", at="2016-12-15T09:00:00Z")
ON_T2 = f.board("P1", "T2", id="b2", at="2016-12-15T13:00:00Z")
BACK = TripOutcome("ramouseh", "2016-12-15T10:00:00Z", "2016-12-15T12:00:00Z", "ramouseh")
ARRIVED = TripOutcome("ramouseh", "2016-12-15T10:00:00Z", "2016-12-15T12:00:00Z", "khan")
EN_ROUTE = TripOutcome("ramouseh", "2016-12-15T10:00:00Z")


def _facts(*drafts: Draft) -> list[Fact]:
    return seal(list(drafts), device="d", head=Head(), recorded_at="2016-12-15T20:00:00Z")


def _fold(facts: list[Fact], **outcomes: TripOutcome) -> tuple[dict[str, object], set[str]]:
    state = fold_person(f.OP, "P1", facts, outcomes)
    return state.rows["persons"][0], {d["kind"] for d in state.discrepancies}


def test_it_moves_a_person_whose_trip_turned_back() -> None:
    row, kinds = _fold(_facts(REGISTERED, ON_T1, ON_T2), T1=BACK)
    assert (row["trip_id"], row["legs"], row["boarded_at"], kinds) == (
        "T2",
        "T1,T2",
        ON_T2.occurred_at,
        set(),
    )


def test_it_keeps_a_person_on_a_trip_that_arrived_and_names_the_contradiction() -> None:
    row, kinds = _fold(_facts(REGISTERED, ON_T1, ON_T2), T1=ARRIVED)
    assert (row["trip_id"], row["legs"], kinds) == ("T1", "T1", {"boarded_after_arrival"})


def test_it_keeps_a_person_on_a_trip_still_on_the_road() -> None:
    for outcome in (EN_ROUTE, TripOutcome()):
        row, kinds = _fold(_facts(REGISTERED, ON_T1, ON_T2), T1=outcome)
        assert (row["trip_id"], kinds) == ("T1", {"boarded_twice"})


def test_it_counts_a_boarding_before_the_turn_back_as_boarding_twice() -> None:
    early = f.board("P1", "T2", id="b2", at="2016-12-15T11:00:00Z")
    row, kinds = _fold(_facts(REGISTERED, ON_T1, early), T1=BACK)
    assert (row["trip_id"], kinds) == ("T1", {"boarded_twice"})


def test_it_folds_the_same_whatever_the_order_of_the_facts() -> None:
    mark = f.mark("P1", "T2", id="m1", at="2016-12-15T15:00:00Z")
    facts = _facts(REGISTERED, ON_T1, ON_T2, mark)
    results = {
        repr(fold_person(f.OP, "P1", list(order), {"T1": BACK}))
        for order in itertools.permutations(facts)
    }
    assert len(results) == 1


def test_it_lists_every_trip_boarded_only_for_people_who_boarded_more_than_one() -> None:
    single = fold_person(f.OP, "P1", _facts(REGISTERED, ON_T1), {})
    assert "boardings" not in single.rows
    several = fold_person(f.OP, "P1", _facts(REGISTERED, ON_T1, ON_T2), {"T1": ARRIVED})
    assert [(b["trip_id"], b["accepted"]) for b in several.rows["boardings"]] == [
        ("T1", 1),
        ("T2", 0),
    ]


def test_it_prefers_the_arrival_mark_on_the_current_trip() -> None:
    right = f.mark("P1", "T1", id="m1", at="2016-12-15T12:00:00Z")
    wrong = f.mark("P1", "T7", id="m2", at="2016-12-15T12:30:00Z")
    row, kinds = _fold(_facts(REGISTERED, ON_T1, right, wrong))
    assert (row["arrival_trip"], row["arrived_at"], kinds) == (
        "T1",
        right.occurred_at,
        {"arrived_not_on_trip"},
    )
