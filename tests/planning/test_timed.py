"""The time-indexed exact search agrees with the compact CP-SAT model and the checker."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from corridor.planning.bep import parse_bep
from corridor.planning.checker import check_plan
from corridor.planning.exact import solve_exact
from corridor.planning.heuristic import construct
from corridor.planning.model import Model
from corridor.planning.problem import Pickup, Problem, Shelter, Vehicle
from corridor.planning.solve import solve
from corridor.planning.timed import applicable, classes, decide, tighten
from tests.planning.cases import detour_problem, empty_trip_problem

DATA = Path(__file__).parent / "data"


def _makespan(m: Model, structure: list[list[tuple[int, int]]]) -> int:
    return max(m.route_time(v, r) for v, r in enumerate(structure))


def test_it_decides_the_detour_case_on_both_sides_of_the_optimum() -> None:
    m = Model.of(detour_problem())
    assert decide(m, 12, 10).status == "infeasible"
    found = decide(m, 13, 10)
    assert found.status == "feasible" and found.structure is not None
    assert _makespan(m, found.structure) <= 13
    assert check_plan(detour_problem(), m.to_plan(found.structure)).ok


def test_it_finds_the_empty_extra_trip_when_loads_are_not_full() -> None:
    m = Model.of(empty_trip_problem())
    assert decide(m, 5, 10).status == "infeasible"
    found = decide(m, 6, 10)
    assert found.structure is not None
    assert check_plan(empty_trip_problem(), m.to_plan(found.structure)).ok


def test_it_pools_buses_by_depot_and_agrees_with_the_compact_model() -> None:
    problem = parse_bep((DATA / "bep-two-depots.txt").read_text(), "two-depots")
    m = Model.of(problem)
    assert classes(m) == [[0, 1], [2]]
    exact = solve_exact(m, 20)
    assert exact.optimal and exact.makespan is not None
    assert decide(m, exact.makespan - 1, 20).status == "infeasible"
    found = decide(m, exact.makespan, 20)
    assert found.structure is not None and _makespan(m, found.structure) == exact.makespan
    assert check_plan(problem, m.to_plan(found.structure)).ok


def _random_problem(seed: int) -> Problem:
    rng = random.Random(seed)
    n = rng.randint(2, 3)
    travel = {}
    for i in range(1, n + 1):
        travel[("Y", f"P{i}")] = rng.randint(1, 6)
        for j in range(1, n + 1):
            travel[(f"P{i}", f"S{j}")] = travel[(f"S{j}", f"P{i}")] = rng.randint(1, 6)
    demands = [rng.randint(1, 3) for _ in range(n)]
    room = [rng.randint(1, 4) for _ in range(n)]
    room[0] += max(0, sum(demands) - sum(room))
    return Problem(
        pickups=tuple(Pickup(f"P{i}", d) for i, d in enumerate(demands, 1)),
        shelters=tuple(Shelter(f"S{j}", c) for j, c in enumerate(room, 1)),
        vehicles=tuple(Vehicle(f"B{k}", 1, "Y") for k in range(rng.randint(1, 2))),
        travel=travel,
        full_trips=True,
    )


@pytest.mark.parametrize("seed", range(8))
def test_the_first_feasible_minute_is_the_compact_models_optimum(seed: int) -> None:
    """Should agree with an independent exact model on small random instances."""
    problem = _random_problem(seed)
    m = Model.of(problem)
    exact = solve_exact(m, 20)
    assert exact.optimal and exact.makespan is not None
    assert decide(m, exact.makespan - 1, 20).status == "infeasible"
    assert decide(m, exact.makespan, 20).status == "feasible"


def test_tighten_proves_the_optimum_from_a_greedy_plan() -> None:
    m = Model.of(detour_problem())
    start = construct(m)
    res = tighten(m, start, _makespan(m, start), 0, time.monotonic() + 20)
    assert res.optimal and res.makespan == res.bound == 13


def test_the_driver_reports_the_time_indexed_proof() -> None:
    problem = parse_bep((DATA / "bep-two-depots.txt").read_text(), "two-depots")
    res = solve(problem, 10)
    assert res.optimal and res.lower_bound == res.plan.makespan
    assert check_plan(problem, res.plan).ok


def test_it_stays_out_of_long_horizons_and_wounded_problems() -> None:
    m = Model.of(detour_problem())
    assert applicable(m, 13) and not applicable(m, 10**6)
    wounded = Problem(
        pickups=(Pickup("P", 3, wounded=1),),
        shelters=(Shelter("S", 5),),
        vehicles=(Vehicle("A", 2, "S", medical=True),),
        travel={("S", "P"): 3, ("P", "S"): 3},
    )
    assert not applicable(Model.of(wounded), 10)


def test_the_portfolio_search_gives_the_same_answers() -> None:
    m = Model.of(detour_problem())
    assert decide(m, 12, 10, portfolio=True).status == "infeasible"
    found = decide(m, 13, 10, portfolio=True)
    assert found.structure is not None and _makespan(m, found.structure) <= 13
