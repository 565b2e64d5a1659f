"""Live planning reads the demo ledger through the Store interface and writes nothing."""

from __future__ import annotations

import pytest

from corridor.domain.messages import english
from corridor.errors import ValidationError
from corridor.planning.checker import check_plan
from corridor.services.demo import load_demo
from corridor.services.plan import PlanOptions, live_scenario, plan_live
from corridor.storage.base import Store

OP = "aleppo-2016"


def test_it_builds_the_problem_from_what_the_ledger_observed(store: Store) -> None:
    load_demo(store=store)
    scenario, notes = live_scenario(store=store, op=OP, remaining=5000)
    p = scenario.problem
    assert sorted(x.name for x in p.pickups) == ["ameriyah", "ansari", "mashhad", "sukkari"]
    assert sum(x.waiting for x in p.pickups) == 5000
    assert [s.name for s in p.shelters] == ["khan-al-aasal"]
    kinds = {(v.capacity, v.medical) for v in p.vehicles}
    assert kinds == {(75, False), (4, True)}
    assert sum(v.medical for v in p.vehicles) == 13 and len(p.vehicles) == 33
    # observed carry (departure -> arrival) and turnaround times, in minutes
    assert 60 < p.time("ameriyah", "khan-al-aasal") < 150
    assert p.time("khan-al-aasal", "ameriyah") > p.time("ameriyah", "khan-al-aasal")
    assert 0 < sum(x.wounded for x in p.pickups) < 5000
    assert scenario.uncertainty.pause_rate_per_day > 0  # the demo's suspension was seen
    assert any("suspensions seen: 1" in english(n) for n in notes)


def test_plan_live_is_valid_and_writes_nothing(store: Store) -> None:
    load_demo(store=store)
    before = store.position()
    options = PlanOptions(time_limit=1.5, runs=20)
    report = plan_live(store=store, op=OP, remaining=3000, options=options)
    assert store.position() == before
    assert check_plan(report.problem, report.result.plan).ok
    assert report.forecast is not None
    assert report.forecast.p10 <= report.forecast.p50 <= report.forecast.p90
    assert report.result.plan.makespan >= report.result.lower_bound


def test_remaining_comes_from_the_latest_estimate_less_boardings_since(store: Store) -> None:
    load_demo(store=store)
    _, notes = live_scenario(store=store, op=OP)
    assert any("latest 'remaining' estimate 50,000" in english(n) for n in notes)


def test_it_refuses_what_it_cannot_plan(store: Store) -> None:
    load_demo(store=store)
    with pytest.raises(ValidationError, match="no pickup sites"):
        live_scenario(store=store, op="no-such-op", remaining=10)
    with pytest.raises(ValidationError, match="remaining must be >= 0"):
        live_scenario(store=store, op=OP, remaining=-1)
    with pytest.raises(ValidationError, match="no 'remaining' estimate"):
        live_scenario(store=store, op="foua-kefraya-2016")
