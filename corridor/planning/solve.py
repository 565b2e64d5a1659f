"""Anytime driver: greedy plan at once, local search next, then CP-SAT to improve the plan and
prove a bound (the time-indexed model when its grid is small, else the compact model when that is
small), all within one time limit."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from corridor.planning.bounds import lower_bound
from corridor.planning.exact import solve_exact, trip_limit
from corridor.planning.heuristic import Search, construct
from corridor.planning.model import Model, Structure
from corridor.planning.problem import Plan, Problem
from corridor.planning.timed import applicable, tighten

# (phase, makespan, lower bound, seconds since start)
Progress = Callable[[str, int, int, float], None]

# The exact model has about vehicles * pickups * shelters * trips integer variables.
EXACT_SIZE_LIMIT = 20_000


@dataclass(frozen=True)
class SolveResult:
    plan: Plan
    lower_bound: int
    optimal: bool
    seconds: float
    method: str

    @property
    def gap(self) -> float:
        return (self.plan.makespan - self.lower_bound) / max(1, self.plan.makespan)


def exact_size(m: Model) -> int:
    return m.n_vehicles * m.n_pickups * m.n_shelters * trip_limit(m)


def solve(
    problem: Problem,
    time_limit: float = 30.0,
    *,
    seed: int = 0,
    workers: int = 1,
    exact: bool | None = None,
    heuristic_share: float = 0.1,
    exact_share: float = 0.5,
    timed_share: float = 0.8,
    progress: Progress | None = None,
) -> SolveResult:
    """Best plan found within `time_limit` seconds; `exact=None` uses CP-SAT when small."""
    started = time.monotonic()
    deadline = started + time_limit
    m = Model.of(problem)
    lb = lower_bound(m)

    def report(phase: str, makespan: int) -> None:
        if progress is not None:
            progress(phase, makespan, lb, time.monotonic() - started)

    best: Structure = construct(m)
    best_ms = _makespan(m, best)
    method = "greedy"
    report("greedy", best_ms)
    use_exact = (
        exact
        if exact is not None
        else (exact_size(m) <= EXACT_SIZE_LIMIT or applicable(m, best_ms))
    )
    search = Search(m, best, seed=seed)
    optimal = best_ms <= lb

    def improve(until: float) -> None:
        nonlocal best, best_ms, method, optimal
        if optimal:
            return
        found, score = search.run(until, lambda st, sc: report("local search", sc[0]), stop_at=lb)
        if score[0] < best_ms:
            best, best_ms, method = found, score[0], "local search"
        optimal = best_ms <= lb

    # 1. a short local search gives CP-SAT a good hint and small cases a quick answer
    improve(min(deadline, started + heuristic_share * time_limit))
    # 2a. the time-indexed model decides "a plan ending by T?" and proves bounds
    timed = use_exact and applicable(m, best_ms)
    if timed and not optimal and time.monotonic() < deadline:
        budget = time.monotonic() + timed_share * max(0.0, deadline - time.monotonic())
        res_t = tighten(
            m, best, best_ms, lb, budget, workers=workers, seed=seed,
            on_plan=lambda st, ms: report("time-indexed", ms),
        )  # fmt: skip
        lb = max(lb, res_t.bound)
        if res_t.makespan < best_ms:
            best, best_ms, method = res_t.structure, res_t.makespan, "time-indexed"
            search = Search(m, best, seed=seed)
        optimal = best_ms <= lb
    # 2b. otherwise the compact model improves and proves when it is small enough
    elif use_exact and not optimal and time.monotonic() < deadline:
        budget = exact_share * max(0.0, deadline - time.monotonic())
        res = solve_exact(
            m,
            budget if budget > 0.5 else deadline - time.monotonic(),
            hint=best,
            lower=lb,
            workers=workers,
            seed=seed,
            on_solution=lambda st, ms: report("CP-SAT", ms),
        )
        lb = max(lb, res.bound)
        if res.structure is not None and res.makespan is not None and res.makespan < best_ms:
            best, best_ms, method = res.structure, _makespan(m, res.structure), "CP-SAT"
            search = Search(m, best, seed=seed)
        optimal = best_ms <= lb or (res.optimal and res.makespan == best_ms)
    # 3. local search goes on with the rest of the time
    improve(deadline)
    plan = m.to_plan(best, (f"method: {method}",))
    report("done", plan.makespan)
    return SolveResult(plan, min(lb, plan.makespan), optimal, time.monotonic() - started, method)


def _makespan(m: Model, st: Structure) -> int:
    return max((m.route_time(v, r) for v, r in enumerate(st)), default=0)
