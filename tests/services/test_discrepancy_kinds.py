"""Every discrepancy kind: made to appear by facts in the ledger, resolved by a correction.

The facts are appended as sync or a ledger import would (the ledger stores what happened, even
when it contradicts the state); the discrepancy is read back through the review service, and
resolved by the correction service a coordinator uses. One case per kind in
docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from corridor.clock import FrozenClock
from corridor.domain.events import Draft
from corridor.services.common import Recorder
from corridor.services.correct import Accounted, correct_fact, reconcile_trip
from corridor.services.review import DiscrepancyFilter, discrepancy_counts, discrepancy_page
from corridor.storage import SqlStore
from tests import factories as f

OP = f.OP
OTHER = "other-op"


def _at(hour: int, minute: int = 0) -> str:
    return f"2016-12-15T{hour:02d}:{minute:02d}:00Z"


def _setup() -> list[Draft]:
    return [
        f.draft("operation.defined", {"name": "Test"}, at=_at(7)),
        f.site("ramouseh", at=_at(7)),
        f.site("khan-al-aasal", kind="gathering", at=_at(7)),
        f.vehicle("bus-1", at=_at(7)),
        f.vehicle("bus-2", capacity=2, at=_at(7)),
    ]


def _trip(trip: str, vehicle: str = "bus-1", hour: int = 9) -> list[Draft]:
    return [f.dispatch(trip, vehicle, at=_at(hour)), f.depart(trip, at=_at(hour, 30))]


def _person(pid: str, trip: str | None = None, hour: int = 9, **kw: Any) -> list[Draft]:
    drafts = [f.person(pid, at=_at(8), **kw)]
    if trip:
        drafts.append(f.board(pid, trip, at=_at(hour, 10)))
    return drafts


@dataclass
class Case:
    """Facts that make one kind appear; the fact to correct and how (None voids it)."""

    kind: str
    facts: Callable[[], list[Draft]]
    fix: str  # id of the fact to correct
    changes: dict[str, Any] | None = None
    op: str = OP


CASES = [
    Case(
        "unreconciled",
        lambda: [
            *_trip("T1"),
            f.count("ramouseh", 5, trip="T1", at=_at(9, 20)),
            f.arrive("T1", 3, at=_at(11), id="fix"),
        ],
        "fix",
        {"arrived": 5},
    ),
    Case(
        "arrived_twice",
        lambda: [
            *_trip("T1"),
            f.arrive("T1", 0, at=_at(11)),
            f.arrive("T1", 0, at=_at(12), id="fix"),
        ],
        "fix",
    ),
    Case(
        "departed_twice",
        lambda: [*_trip("T1"), f.depart("T1", at=_at(10), id="fix")],
        "fix",
    ),
    Case(
        "arrived_without_departure",
        lambda: [f.dispatch("T1", at=_at(9)), f.arrive("T1", 0, at=_at(11), id="fix")],
        "fix",
    ),
    Case("not_dispatched", lambda: [f.depart("T1", at=_at(9), id="fix")], "fix"),
    Case(
        "over_capacity",
        lambda: [*_trip("T1", "bus-2"), f.count("ramouseh", 3, trip="T1", at=_at(9, 20), id="fix")],
        "fix",
        {"total": 2},
    ),
    Case(
        "count_below_manifest",
        lambda: [
            *_trip("T1"),
            *_person("p1", "T1"),
            *_person("p2", "T1"),
            f.count("ramouseh", 1, trip="T1", at=_at(9, 20), id="fix"),
        ],
        "fix",
        {"total": 2},
    ),
    Case(
        "registered_twice",
        lambda: [*_person("p1"), f.person("p1", at=_at(8, 5), id="fix")],
        "fix",
    ),
    Case(
        "boarded_unregistered",
        lambda: [*_trip("T1"), f.board("p1", "T1", at=_at(9, 10), id="fix")],
        "fix",
    ),
    Case(
        "boarded_twice",
        lambda: [
            *_trip("T1"),
            *_trip("T2", "bus-2"),
            *_person("p1", "T1"),
            f.board("p1", "T2", at=_at(9, 15), id="fix"),
        ],
        "fix",
    ),
    Case(
        "boarded_elsewhere",
        lambda: [
            f.site("bustan", at=_at(7)),
            *_trip("T1"),  # loading at ramouseh
            f.person("p1", "bustan", at=_at(8)),
            f.board("p1", "T1", at=_at(9, 10), id="fix"),
        ],
        "fix",
    ),
    Case(
        "boarded_after_arrival",
        lambda: [
            *_trip("T1"),
            *_person("p1", "T1"),
            f.arrive("T1", 1, at=_at(11)),
            *_trip("T2", "bus-2", hour=12),
            f.board("p1", "T2", at=_at(12, 10), id="fix"),
        ],
        "fix",
    ),
    Case(
        "arrived_not_on_trip",
        lambda: [
            *_trip("T1"),
            *_person("p1", "T1"),
            f.arrive("T1", 1, at=_at(11)),
            f.mark("p1", "T2", at=_at(11, 5), id="fix"),
        ],
        "fix",
    ),
    Case(
        "marks_exceed_arrivals",
        lambda: [
            *_trip("T1"),
            *_person("p1", "T1"),
            *_person("p2", "T1"),
            f.arrive("T1", 1, missing=1, at=_at(11), id="fix"),
            f.mark("p1", "T1", at=_at(11, 5)),
            f.mark("p2", "T1", at=_at(11, 6)),
        ],
        "fix",
        {"arrived": 2, "missing": 0},
    ),
    Case(
        "illegal_status_change",
        lambda: [f.status("resumed", at=_at(9), id="fix")],
        "fix",
    ),
    Case(
        "operation_undefined",
        lambda: [f.status("active", at=_at(9), op=OTHER, id="fix")],
        "fix",
        op=OTHER,
    ),
]


def _open(store: SqlStore, op: str) -> dict[str, int]:
    return discrepancy_counts(store=store, op=op)


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_each_kind_appears_and_a_correction_resolves_it(store: SqlStore, case: Case) -> None:
    """Should list exactly this kind for the facts, and nothing once the fact is corrected."""
    store.record(_setup())
    store.record(case.facts())
    assert _open(store, case.op) == {case.kind: 1}
    (row,) = discrepancy_page(store=store, op=case.op, where=DiscrepancyFilter(kind=case.kind)).rows
    assert row["detail"]  # says what does not add up
    done = correct_fact(
        Recorder(store=store, clock=FrozenClock(_at(13)), actor="coordinator-1", op=case.op),
        target_id=case.fix,
        reason="checked with the desk",
        changes=case.changes,
    )
    assert not done.duplicate
    assert _open(store, case.op) == {}
    assert _open(store, OP) == {}


def test_reconciling_a_trip_resolves_unreconciled(store: SqlStore) -> None:
    """Should account for everyone boarded with the reconcile path (a replaced arrival)."""
    store.record(_setup())
    store.record([*_trip("T1"), f.count("ramouseh", 5, trip="T1"), f.arrive("T1", 3, at=_at(11))])
    assert _open(store, OP) == {"unreconciled": 1}
    reconcile_trip(
        Recorder(store=store, clock=FrozenClock(_at(13)), actor="coordinator-1", op=OP),
        accounted=Accounted(arrived=3, missing=2),
        trip_id="T1",
        reason="two stayed at the checkpoint",
    )
    assert _open(store, OP) == {}
    (trip,) = store.query("trips", op=OP, trip_id="T1")
    assert (trip["arrived"], trip["missing"], trip["unaccounted"]) == (3, 2, 0)


@pytest.mark.parametrize(
    ("fix", "changes"),
    [("p1", {"triage": "serious"}), ("wrong", None)],
    ids=["superseded by a later correction of its target", "withdrawn by a correction of it"],
)
def test_a_correction_that_does_not_fit_its_target_appears_and_is_resolved(
    store: SqlStore, fix: str, changes: dict[str, Any] | None
) -> None:
    """Should flag correction_rejected on the unit of the correction's target (it has no unit
    of its own), keep the fact as it was, and take it off the list when a later correction of
    the same target is accepted or when the rejected correction is itself voided."""
    store.record(_setup())
    registered = f.person("p1", at=_at(8), id="p1")
    wrong = f.correct(registered)
    wrong = f.draft(
        "entry.corrected",
        {**wrong.payload, "target_type": "person.boarded"},
        at=_at(9),
        id="wrong",
    )
    store.record([registered, wrong])
    assert _open(store, OP) == {"correction_rejected": 1}
    (row,) = discrepancy_page(
        store=store, op=OP, where=DiscrepancyFilter(kind="correction_rejected")
    ).rows
    assert row["unit"] == f"p|{OP}|p1" and "wrong" in str(row["detail"])
    assert [p["triage"] for p in store.query("persons", op=OP)] == ["none"]
    correct_fact(
        Recorder(store=store, clock=FrozenClock(_at(13)), actor="coordinator-1", op=OP),
        target_id=fix,
        reason="checked with the desk",
        changes=changes,
    )
    assert _open(store, OP) == {}
    expected = "serious" if changes else "none"  # a withdrawn correction changes nothing
    assert [p["triage"] for p in store.query("persons", op=OP)] == [expected]
    store.rebuild()  # the same from the whole log
    assert _open(store, OP) == {}


def test_a_boarding_at_another_site_is_flagged_whatever_order_the_facts_came_in(
    store: SqlStore,
) -> None:
    """Should flag a synced boarding onto a trip loading at another site than the person's,
    whether the boarding, the registration or the trip's dispatch reached the ledger last."""
    store.record(_setup())
    facts = [
        f.site("bustan", at=_at(7)),
        f.person("p1", "bustan", at=_at(8)),
        f.board("p1", "T1", at=_at(9, 10)),
        f.dispatch("T1", "bus-1", at=_at(9)),
    ]
    for fact in reversed(facts):  # the trip first, the site last
        store.record([fact])
    assert _open(store, OP) == {"boarded_elsewhere": 1}
    (row,) = discrepancy_page(store=store, op=OP).rows
    assert row["unit"] == f"t|{OP}|T1" and "bustan" in str(row["detail"])
    store.rebuild()
    assert _open(store, OP) == {"boarded_elsewhere": 1}
