"""The stored protected snapshot: none before the first, then its age, position and facts since;
replaced by each computation (on every store: SQLite, memory, PostgreSQL)."""

from __future__ import annotations

import pytest

from corridor.clock import FrozenClock
from corridor.errors import NotFound
from corridor.services.disclosure import compute_snapshot, current_snapshot, fresh_snapshot
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
