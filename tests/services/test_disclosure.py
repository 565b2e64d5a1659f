"""The stored protected snapshot: none before the first, then its age, position and facts since;
replaced by each computation (on every store: SQLite, memory, PostgreSQL)."""

from __future__ import annotations

import pytest

from corridor.clock import FrozenClock
from corridor.domain.suppression import PROTECTION, Attacker, primary
from corridor.errors import NotFound
from corridor.services.disclosure import (
    compute_snapshot,
    current_snapshot,
    fresh_snapshot,
    protected_cells,
)
from corridor.storage.base import Store
from tests import factories as f
from tests.sitrep.scenario import D1, two_days


def test_it_stores_the_snapshot_with_its_position_and_age(store: Store) -> None:
    clock = FrozenClock("2016-12-17T10:00:00Z")
    store.record(two_days())
    assert current_snapshot(store=store, clock=clock, op=f.OP) is None
    body = compute_snapshot(store=store, clock=clock, op=f.OP)
    assert body["position"] == store.position() and body["unsafe"] == 0
    assert body["cells"][f"all|day|{D1}|died|total|all"] is None  # 2 people
    store.record([f.count("ramouseh", 12, at=f"{D1}T20:00:00Z")])
    clock.at = "2016-12-17T10:05:00Z"
    held = current_snapshot(store=store, clock=clock, op=f.OP)
    assert held is not None and (held["age_seconds"], held["facts_since"]) == (300, 1)
    assert held["cells"] == body["cells"]  # as stored: not recomputed on reading
    fresh = fresh_snapshot(store=store, clock=clock, op=f.OP)
    assert fresh["facts_since"] == 0 and fresh["cells"] != body["cells"]


def test_it_refuses_an_unknown_operation(store: Store) -> None:
    with pytest.raises(NotFound):
        compute_snapshot(store=store, clock=FrozenClock(), op="nowhere")


def test_it_keeps_showing_what_an_earlier_release_showed(sqlite_store: Store) -> None:
    """Should let no one work out a small cell from yesterday's and today's releases together:
    each snapshot was protected on its own, so today's hid cells yesterday's showed (found by
    combining two releases of random operations; this one gave away 1 person of unknown age)."""
    day1, day2 = "2016-12-15T11:30:00Z", "2016-12-16T13:30:00Z"
    sqlite_store.record(
        [
            f.draft("operation.defined", {"name": "Two releases"}),
            f.vehicle("bus-1", capacity=60),
            *(f.site(s, kind=k) for s, k in (("ramouseh", "crossing"), ("sukkari", "pickup"))),
            f.site("khan", kind="gathering"),
            f.count("khan", 42, breakdown={"age": {"child": 0}}, at=day1),
            f.count("ramouseh", 33, breakdown={"age": {"child": 32}}, at=day1),
        ]
    )
    first = compute_snapshot(store=sqlite_store, clock=FrozenClock(), op=f.OP)["cells"]
    later = [f.dispatch("T0", origin="ramouseh", destination="khan", at=day2)]
    for i, age in enumerate(("adult", "child")):
        later += [
            f.person(f"p{i}", "ramouseh", age=age, at=day2),
            f.board(f"p{i}", "T0", at=day2),
        ]
    later += [
        f.count("ramouseh", 3, trip="T0", breakdown={"group": {"fighter": 3}}, at=day2),
        f.depart("T0", at=day2),
        f.count("sukkari", 56, breakdown={"age": {"child": 4}}, at=day2),
    ]
    sqlite_store.record(later)
    body = compute_snapshot(store=sqlite_store, clock=FrozenClock(), op=f.OP)
    model, _ = protected_cells(store=sqlite_store, op=f.OP)
    same = {k for k, c in model.labels.items() if first.get(k) == model.values[c]}
    assert same and all(body["cells"][k] is not None for k in same)
    # The attacker holding both releases: what either showed, at today's values.
    shown = {model.labels[k] for k, v in body["cells"].items() if v is not None} | {
        model.labels[k] for k in same
    }
    attacker = Attacker(model, set(range(len(model.forms))) - shown)
    for cell in primary(model):
        lo, hi = attacker.interval(cell)
        assert hi - lo >= PROTECTION - 1e-6, (cell, lo, hi)
