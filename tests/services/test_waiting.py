"""The waiting count a new tally would replace: its figure and time, corrections applied."""

from __future__ import annotations

from typing import Any

import pytest

from corridor.clock import FrozenClock
from corridor.services import operation
from corridor.services.common import Recorder
from corridor.services.correct import correct_fact
from corridor.services.count import Headcount, record_headcount, waiting_counts
from corridor.storage.base import Store

OP = "op1"


@pytest.fixture
def env(store: Store) -> dict[str, Any]:
    clock = FrozenClock("2016-12-15T09:00:00Z")
    kw: dict[str, Any] = {"store": store, "clock": clock, "actor": "setup", "op": OP}
    operation.define_operation(Recorder(**kw), operation.NewOperation(name="Test"))
    for site in ("a", "b"):
        operation.define_site(
            Recorder(**kw), operation.NewSite(site_id=site, name=site, kind="pickup")
        )
    operation.change_status(Recorder(**kw), status="active")
    return kw


def test_it_names_the_count_a_tally_replaces(env: dict[str, Any]) -> None:
    store = env["store"]
    assert waiting_counts(store=store, op=OP, site_ids=["a", "b"]) == {}
    record_headcount(
        Recorder(**env),
        Headcount(site_id="a", stage="waiting", total=2500),
        at="2016-12-15T08:10:00Z",
    )
    last = record_headcount(
        Recorder(**env),
        Headcount(site_id="a", stage="waiting", total=2400),
        at="2016-12-15T10:12:00Z",
    )
    record_headcount(Recorder(**env), Headcount(site_id="b", stage="arrived", total=40))
    got = waiting_counts(store=store, op=OP, site_ids=["a", "b"])
    assert got == {"a": {"total": 2400, "at": "2016-12-15T10:12:00Z"}}
    correct_fact(Recorder(**env), target_id=last.id, reason="counted twice")
    got = waiting_counts(store=store, op=OP, site_ids=["a"])
    assert got == {"a": {"total": 2500, "at": "2016-12-15T08:10:00Z"}}
