from __future__ import annotations

from dataclasses import replace

from corridor.planning.checker import check_plan
from corridor.planning.problem import Plan, Route, Trip
from tests.planning.cases import detour_problem, mixed_fleet_problem

OPTIMAL = Plan(
    (
        Route("B1", (Trip("P1", "S2", 1), Trip("P2", "S2", 1))),
        Route("B2", (Trip("P1", "S2", 1), Trip("P1", "S1", 1), Trip("P1", "S1", 1))),
    ),
    13,
)


def test_it_accepts_a_valid_plan_and_recomputes_its_makespan() -> None:
    # B1: 1+2+5+5 = 13; B2: 1+2+2+6+6+6 = 23 -> makespan 23 is what the checker must find
    plan = replace(OPTIMAL, makespan=23)
    report = check_plan(detour_problem(), plan)
    assert report.ok, report.errors
    assert report.makespan == 23


def test_it_rejects_a_wrong_makespan() -> None:
    report = check_plan(detour_problem(), OPTIMAL)
    assert not report.ok
    assert any("claimed makespan 13, recomputed 23" in e for e in report.errors)


def test_it_rejects_uncovered_demand() -> None:
    plan = Plan((Route("B1", (Trip("P1", "S1", 1), Trip("P1", "S1", 1))),), 19)
    errors = check_plan(detour_problem(), plan).errors
    assert any("pickup P1: 2 of 3" in e for e in errors)
    assert any("pickup P2: 0 of 1" in e for e in errors)


def test_it_rejects_an_over_capacity_shelter() -> None:
    trips = (Trip("P1", "S2", 1),) * 3 + (Trip("P2", "S2", 1),)
    plan = Plan((Route("B1", trips),), 1 + 2 + 2 + 2 + 2 + 2 + 5 + 5)
    errors = check_plan(detour_problem(), plan).errors
    assert errors == ("shelter S2: 4 delivered, capacity 3",)


def test_it_rejects_loads_the_vehicle_cannot_take() -> None:
    problem = mixed_fleet_problem()
    plan = Plan(
        (
            Route("bus-1", (Trip("camp", "hall", 60, 0), Trip("school", "hall", 30))),
            Route("amb-1", (Trip("camp", "hospital", 4, 2),)),
        ),
        0,
    )
    errors = check_plan(problem, plan).errors
    assert any("bus-1 trip 1: 60 aboard, capacity 50" in e for e in errors)
    assert any("amb-1 trip 1: 6 aboard, capacity 4" in e for e in errors)
    assert any("pickup camp: 2 of 6 wounded" in e for e in errors)


def test_it_rejects_wounded_in_a_bus_and_part_loads_under_full_trips() -> None:
    problem = mixed_fleet_problem()
    plan = Plan((Route("bus-1", (Trip("camp", "hall", 40, 6),)),), 0)
    assert any("not medical" in e for e in check_plan(problem, plan).errors)
    half = Plan((Route("B1", (Trip("P1", "S1", 0),)),), 7)
    assert any("not a full load" in e for e in check_plan(detour_problem(), half).errors)


def test_it_rejects_unknown_sites_and_vehicles() -> None:
    plan = Plan((Route("B9", ()), Route("B1", (Trip("S1", "P1", 1),))), 0)
    errors = check_plan(detour_problem(), plan).errors
    assert "route for unknown vehicle 'B9'" in errors
    assert any("'S1' is not a pickup point" in e for e in errors)
