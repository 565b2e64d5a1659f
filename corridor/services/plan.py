"""Plan: a vehicle plan and a completion forecast, from a scenario or from the live ledger.

Reads the ledger only through the Store interface (sites, vehicles, trips, estimates) and never
writes facts: a plan is a proposal for the coordinator, not a record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from corridor.domain.messages import Message, message
from corridor.planning.forecast import Simulation, Uncertainty, forecast
from corridor.planning.observed import Observed, observed_scenario
from corridor.planning.problem import Problem
from corridor.planning.scenario import Scenario, parse_scenario
from corridor.planning.solve import Progress, SolveResult, solve
from corridor.services.shelter import room
from corridor.storage.base import Store


@dataclass(frozen=True)
class PlanReport:
    """A plan and what goes with it: the problem, the solver's result, the forecast, the
    uncertainty it assumed and the notes on the assumptions made."""

    problem: Problem
    result: SolveResult
    forecast: Simulation | None
    uncertainty: Uncertainty
    notes: tuple[Message, ...]  # assumptions made (codes with values: domain/messages.py)


def plan_scenario(
    data: Any,
    *,
    time_limit: float = 30.0,
    runs: int = 200,
    seed: int = 0,
    workers: int = 1,
    objective: str = "wounded-first",
    progress: Progress | None = None,
    forecast_progress: Callable[[int, int], None] | None = None,
) -> PlanReport:
    """Plan and forecast a scenario given as parsed JSON (docs/plan.md).

    :param objective: "wounded-first" or "makespan" (see `corridor.planning.solve`).
    :raises ValidationError: for a bad scenario or objective.
    """
    scenario = parse_scenario(data)
    return _plan(
        scenario, (), time_limit, runs, seed, workers, objective, progress, forecast_progress
    )


def plan_live(
    *,
    store: Store,
    op: str,
    remaining: int | None = None,
    wounded: int | None = None,
    pause_rate_per_day: float | None = None,
    time_limit: float = 30.0,
    runs: int = 200,
    seed: int = 0,
    workers: int = 1,
    objective: str = "wounded-first",
    progress: Progress | None = None,
    forecast_progress: Callable[[int, int], None] | None = None,
) -> PlanReport:
    """Plan and forecast what is left of a live operation, from what the ledger has observed."""
    scenario, notes = live_scenario(store=store, op=op, remaining=remaining, wounded=wounded)
    if pause_rate_per_day is not None:
        u = replace(scenario.uncertainty, pause_rate_per_day=pause_rate_per_day)
        scenario = Scenario(scenario.problem, u)
        notes = (*notes, message("plan_pause_rate", rate=float(pause_rate_per_day)))
    return _plan(
        scenario, notes, time_limit, runs, seed, workers, objective, progress, forecast_progress
    )


def _plan(
    scenario: Scenario,
    notes: tuple[Message, ...],
    time_limit: float,
    runs: int,
    seed: int,
    workers: int,
    objective: str,
    progress: Progress | None,
    forecast_progress: Callable[[int, int], None] | None,
) -> PlanReport:
    result = solve(
        scenario.problem,
        time_limit,
        seed=seed,
        workers=workers,
        objective=objective,
        progress=progress,
    )
    fc = None
    if runs > 0:
        fc = forecast(
            scenario.problem,
            result.plan,
            scenario.uncertainty,
            runs=runs,
            seed=seed,
            progress=forecast_progress,
        )
    return PlanReport(scenario.problem, result, fc, scenario.uncertainty, notes)


def live_scenario(
    *, store: Store, op: str, remaining: int | None = None, wounded: int | None = None
) -> tuple[Scenario, tuple[Message, ...]]:
    """Build the planning problem from the ledger (``planning/observed.py`` does the sums).

    :raises ValidationError: no pickup sites, vehicles or completed trips, or no number left.
    """
    trips = store.query("trips", op=op)
    # Aid convoys (issue 19): their vehicles carried cargo only, never people.
    cargo_trips = {c["trip_id"] for c in store.query("cargo", op=op)}
    carried_people = {t["vehicle_id"] for t in trips if t["trip_id"] not in cargo_trips}
    aid_only = {t["vehicle_id"] for t in trips if t["trip_id"] in cargo_trips} - carried_people
    ledger = Observed(
        op=op,
        sites=store.query("sites", op=op),
        vehicles=store.query("vehicles", op=op),
        trips=trips,
        estimates=store.query("estimates", op=op),
        room=room(store, op),
        aid_only=frozenset(aid_only),
    )
    return observed_scenario(ledger, remaining=remaining, wounded=wounded)
