"""Wounded-first against makespan-only, on a scenario with wounded at three pickups."""

from __future__ import annotations

import pytest

from corridor.errors import ValidationError
from corridor.planning.bounds import wounded_bound
from corridor.planning.checker import check_plan
from corridor.planning.model import Model
from corridor.planning.scenario import parse_scenario
from corridor.planning.solve import solve
from tests.planning.cases import detour_problem, mixed_fleet_problem, three_wounded_pickups


def test_wounded_first_brings_the_last_wounded_in_sooner_for_a_little_more_makespan() -> None:
    problem = parse_scenario(three_wounded_pickups()).problem
    fast = solve(problem, 4, objective="makespan")
    kind = solve(problem, 4, objective="wounded-first")
    for res in (fast, kind):
        report = check_plan(problem, res.plan)
        assert report.ok, report.errors
        assert report.last_wounded == res.plan.last_wounded  # recomputed, not trusted
    assert (fast.plan.makespan, fast.plan.last_wounded) == (76, 76)
    assert fast.optimal
    assert (kind.plan.makespan, kind.plan.last_wounded) == (81, 61)
    assert kind.plan.makespan <= 1.10 * fast.plan.makespan
    # the medical fleet's workload (31) is above the reach of the nearest wounded pickup (21)
    assert kind.wounded_bound is not None and 21 < kind.wounded_bound <= 61
    amb = next(r for r in kind.plan.routes if r.vehicle == "amb")
    assert [t.pickup for t in amb.trips][-1] == "G"  # the general load waits until last


def test_the_checker_catches_a_wrong_last_wounded_claim() -> None:
    problem = parse_scenario(three_wounded_pickups()).problem
    plan = solve(problem, 2).plan
    assert plan.last_wounded is not None
    wrong = type(plan)(plan.routes, plan.makespan, plan.notes, last_wounded=plan.last_wounded - 1)
    assert any("last wounded" in e for e in check_plan(problem, wrong).errors)


def test_the_plan_states_the_soonest_last_wounded_time_its_trips_allow() -> None:
    problem = mixed_fleet_problem()
    m = Model.of(problem)
    plan = solve(problem, 2).plan
    pickup = {p.name: i for i, p in enumerate(problem.pickups)}
    shelter = {s.name: j for j, s in enumerate(problem.shelters)}
    structure = [[(pickup[t.pickup], shelter[t.shelter]) for t in r.trips] for r in plan.routes]
    assert plan.last_wounded == m.last_wounded(structure) > 0


def test_without_wounded_both_objectives_give_the_same_optimum() -> None:
    a = solve(detour_problem(), 3, objective="makespan")
    b = solve(detour_problem(), 3, objective="wounded-first")
    assert a.plan.makespan == b.plan.makespan == 13 and a.optimal and b.optimal
    assert a.plan.last_wounded is None and b.wounded_bound is None


def test_an_unknown_objective_is_refused() -> None:
    with pytest.raises(ValidationError, match="objective must be one of"):
        solve(detour_problem(), 1, objective="fastest")


def test_the_wounded_bound_never_passes_a_plans_last_wounded_arrival() -> None:
    for problem in (mixed_fleet_problem(), parse_scenario(three_wounded_pickups()).problem):
        m = Model.of(problem)
        plan = solve(problem, 1).plan
        assert plan.last_wounded is not None
        assert 0 < wounded_bound(m) <= plan.last_wounded
