"""Anytime driver: greedy plan at once, local search next, then CP-SAT to improve the plan and
prove a bound (the time-indexed model when its grid is small, else the compact model when that is
small), all within one time limit."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from corridor.errors import ValidationError
from corridor.planning.bounds import lower_bound, wounded_bound
from corridor.planning.exact import solve_exact, trip_limit
from corridor.planning.heuristic import Search, construct
from corridor.planning.model import Model, Structure
from corridor.planning.problem import Plan, Problem
from corridor.planning.timed import applicable, tighten

# (phase, makespan, lower bound, seconds since start)
Progress = Callable[[str, int, int, float], None]

# The exact model has about vehicles * pickups * shelters * trips integer variables.
EXACT_SIZE_LIMIT = 20_000


OBJECTIVES = ("wounded-first", "makespan")


@dataclass(frozen=True)
class SolveResult:
    """The plan, a proven lower bound on its makespan, and whether it is proven optimal.

    Under the wounded-first objective (with wounded waiting) the plan minimises first the time
    the last wounded person reaches a shelter, then the makespan; `optimal` then means both meet
    their bounds (`wounded_bound` is a lower bound on the first).
    """

    plan: Plan
    lower_bound: int
    optimal: bool
    seconds: float
    method: str
    objective: str = "makespan"
    wounded_bound: int | None = None

    @property
    def gap(self) -> float:
        return (self.plan.makespan - self.lower_bound) / max(1, self.plan.makespan)


def exact_size(m: Model) -> int:
    """How large the exact model would be, to decide whether to try it."""
    return m.n_vehicles * m.n_pickups * m.n_shelters * trip_limit(m)


def solve(
    problem: Problem,
    time_limit: float = 30.0,
    *,
    seed: int = 0,
    workers: int = 1,
    objective: str = "wounded-first",
    exact: bool | None = None,
    heuristic_share: float = 0.1,
    exact_share: float = 0.5,
    timed_share: float = 0.8,
    progress: Progress | None = None,
) -> SolveResult:
    """Best plan found within `time_limit` seconds; `exact=None` uses CP-SAT when small.

    :param objective: "wounded-first" (the last wounded person's arrival, then the makespan)
        or "makespan" (the makespan only).
    :raises ValidationError: for an unknown objective.
    """
    if objective not in OBJECTIVES:
        raise ValidationError(
            f"objective must be one of {', '.join(OBJECTIVES)}, not {objective!r}",
            field="objective",
        )
    started = time.monotonic()
    deadline = started + time_limit
    m = Model.of(problem)
    lb = lower_bound(m)
    wounded_first = objective == "wounded-first" and any(m.wounded)
    wlb = wounded_bound(m) if wounded_first else None

    def report(phase: str, makespan: int) -> None:
        if progress is not None:
            progress(phase, makespan, lb, time.monotonic() - started)

    best: Structure = construct(m)
    search = Search(m, best, seed=seed, wounded_first=wounded_first)
    best_score = search.score(best)
    best_ms = _makespan(m, best)
    method = "greedy"
    report("greedy", best_ms)
    use_exact = (
        exact
        if exact is not None
        else (exact_size(m) <= EXACT_SIZE_LIMIT or applicable(m, best_ms))
    )
    stop = (lb,) if wlb is None else (wlb, lb)

    def proven() -> bool:
        return best_score[: len(stop)] <= stop

    def take(found: Structure, how: str) -> bool:
        nonlocal best, best_score, best_ms, method
        sc = search.score(found)
        if sc >= best_score:
            return False
        best, best_score, best_ms, method = found, sc, _makespan(m, found), how
        return True

    def improve(until: float) -> None:
        if not proven():
            found, _ = search.run(
                until, lambda st, sc: report("local search", _makespan(m, st)), stop_at=stop
            )
            take(found, "local search")

    # 1. a short local search gives CP-SAT a good hint and small cases a quick answer
    improve(min(deadline, started + heuristic_share * time_limit))
    # 2a. the time-indexed model decides "a plan ending by T?" and proves bounds
    if use_exact and applicable(m, best_ms) and not proven() and time.monotonic() < deadline:
        budget = time.monotonic() + timed_share * max(0.0, deadline - time.monotonic())
        res_t = tighten(
            m, best, best_ms, lb, budget, workers=workers, seed=seed,
            on_plan=lambda st, ms: report("time-indexed", ms),
        )  # fmt: skip
        lb = max(lb, res_t.bound)
        stop = (lb,)
        if take(res_t.structure, "time-indexed"):
            search = Search(m, best, seed=seed, wounded_first=wounded_first)
    # 2b. otherwise the compact model improves and proves when it is small enough
    elif use_exact and not proven() and time.monotonic() < deadline:
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
        if res.optimal and res.makespan is not None and wlb is None:
            lb = max(lb, res.makespan)  # nothing ends sooner within the model's exact trip cap
        stop = (lb,) if wlb is None else (wlb, lb)
        if res.structure is not None and take(res.structure, "CP-SAT"):
            search = Search(m, best, seed=seed, wounded_first=wounded_first)
    # 3. local search goes on with the rest of the time
    improve(deadline)
    plan = m.to_plan(best, (f"method: {method}", f"objective: {objective}"))
    report("done", plan.makespan)
    return SolveResult(
        plan,
        min(lb, plan.makespan),
        proven(),
        time.monotonic() - started,
        method,
        objective,
        wlb,
    )


def _makespan(m: Model, st: Structure) -> int:
    return max((m.route_time(v, r) for v, r in enumerate(st)), default=0)
