"""Completion forecast: a discrete-event simulation (SimPy) of a plan under uncertainty.

Each vehicle drives its planned legs in order. Every drive and every loading/unloading takes the
planned minutes times a log-normal factor with mean 1 (coefficients of variation `travel_cv`,
`handling_cv`). Suspensions (ceasefire pauses) stop every vehicle from starting a new leg until
the pause ends; a leg under way finishes. Pauses are the known `pauses` windows plus random ones
arriving as a Poisson process of `pause_rate_per_day`, each lasting a uniform number of minutes
in `pause_minutes`. The forecast is the 10th/50th/90th percentile of the time the last person
arrives, and of the time the last wounded person reaches a shelter, over `runs` seeded runs.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

import simpy

from corridor.errors import ValidationError
from corridor.planning.problem import Leg, Plan, Problem, route_legs


@dataclass(frozen=True)
class Uncertainty:
    """How far real times stray from the plan: the spread of drives and handling, and the
    ceasefire pauses, known and random (see the module)."""

    travel_cv: float = 0.2
    handling_cv: float = 0.3
    pause_rate_per_day: float = 0.0
    pause_minutes: tuple[float, float] = (30.0, 120.0)
    pauses: tuple[tuple[float, float], ...] = field(default=())

    def __post_init__(self) -> None:
        lo, hi = self.pause_minutes
        if min(self.travel_cv, self.handling_cv, self.pause_rate_per_day, lo) < 0 or hi < lo:
            raise ValidationError("uncertainty settings must be >= 0 with min <= max pause")
        if any(end < start for start, end in self.pauses):
            raise ValidationError("a pause must end after it starts")


@dataclass(frozen=True)
class Simulation:
    """Simulated runs of one plan: minutes to clear (and to the last wounded) by quantile.

    Reports show it as a ``corridor.domain.forecast.Forecast`` (hours, with assumptions).
    """

    planned: float
    p10: float
    p50: float
    p90: float
    wounded_p10: float | None
    wounded_p50: float | None
    wounded_p90: float | None
    runs: int
    samples: tuple[float, ...]


def coefficient_of_variation(samples: Sequence[float]) -> float | None:
    """Spread of observed durations (e.g. trip cycle times), or None with fewer than 2."""
    if len(samples) < 2:
        return None
    mean = sum(samples) / len(samples)
    if mean <= 0:
        return None
    var = sum((x - mean) ** 2 for x in samples) / (len(samples) - 1)
    return math.sqrt(var) / mean


def simulate_once(
    problem: Problem, plan: Plan, u: Uncertainty, rng: random.Random
) -> tuple[float, float | None]:
    """(time the last person arrives, time the last wounded person arrives) for one run."""
    env = simpy.Environment()
    gate = _Gate(env)
    for start, end in u.pauses:
        env.process(gate.pause(start, end - start))
    pause_rng = random.Random(rng.random())  # noqa: S311 - drawn always: common random numbers
    if u.pause_rate_per_day > 0:
        env.process(_random_pauses(env, gate, u, pause_rng))
    finish: list[float] = []
    wounded_done: list[float] = []
    factor = _lognormal(rng)
    procs = []
    for route in plan.routes:
        legs = route_legs(problem, route)
        wounded = {k for k, t in enumerate(route.trips) if t.wounded}  # trip indices with wounded
        draws = [
            factor(u.travel_cv if leg.kind in ("drive", "carry") else u.handling_cv) for leg in legs
        ]
        procs.append(env.process(_drive(env, gate, legs, draws, wounded, finish, wounded_done)))
    if procs:
        env.run(until=simpy.AllOf(env, procs))
    return max(finish, default=0.0), max(wounded_done) if wounded_done else None


def forecast(
    problem: Problem,
    plan: Plan,
    uncertainty: Uncertainty | None = None,
    *,
    runs: int = 200,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> Simulation:
    """Simulate the plan ``runs`` times under ``uncertainty``; the percentiles of completion.

    :raises ValidationError: ``runs`` below 1.
    """
    if runs < 1:
        raise ValidationError("runs must be >= 1")
    u = uncertainty or Uncertainty()
    rng = random.Random(seed)  # noqa: S311 - simulation sampling, not security
    clear: list[float] = []
    wounded: list[float] = []
    for k in range(runs):
        done, w = simulate_once(problem, plan, u, random.Random(rng.random()))  # noqa: S311
        clear.append(done)
        if w is not None:
            wounded.append(w)
        if progress is not None:
            progress(k + 1, runs)
    return Simulation(
        planned=float(plan.makespan),
        p10=_quantile(clear, 0.1),
        p50=_quantile(clear, 0.5),
        p90=_quantile(clear, 0.9),
        wounded_p10=_quantile(wounded, 0.1) if wounded else None,
        wounded_p50=_quantile(wounded, 0.5) if wounded else None,
        wounded_p90=_quantile(wounded, 0.9) if wounded else None,
        runs=runs,
        samples=tuple(clear),
    )


class _Gate:
    """Open unless a pause is on; vehicles wait on `opened` before each leg."""

    def __init__(self, env: simpy.Environment) -> None:
        self.env = env
        self.depth = 0
        self.opened = env.event()
        self.opened.succeed()

    def pause(self, start: float, minutes: float) -> Generator[Any, Any, None]:
        yield self.env.timeout(max(0.0, start - self.env.now))
        if self.depth == 0:
            self.opened = self.env.event()
        self.depth += 1
        yield self.env.timeout(minutes)
        self.depth -= 1
        if self.depth == 0:
            self.opened.succeed()


def _random_pauses(
    env: simpy.Environment, gate: _Gate, u: Uncertainty, rng: random.Random
) -> Generator[Any, Any, None]:
    rate = u.pause_rate_per_day / (24 * 60)
    while True:
        yield env.timeout(rng.expovariate(rate))
        lo, hi = u.pause_minutes
        env.process(gate.pause(env.now, rng.uniform(lo, hi)))


def _drive(
    env: simpy.Environment,
    gate: _Gate,
    legs: list[Leg],
    draws: list[float],
    wounded_trips: set[int],
    finish: list[float],
    wounded_done: list[float],
) -> Generator[Any, Any, None]:
    trip = -1
    for leg, f in zip(legs, draws, strict=True):
        while not gate.opened.triggered:
            yield gate.opened
        if leg.kind == "drive":
            trip += 1
        yield env.timeout((leg.end - leg.start) * f)
        if leg.kind == "carry" and trip in wounded_trips:
            wounded_done.append(env.now)
    if legs:
        finish.append(env.now)


def _lognormal(rng: random.Random) -> Callable[[float], float]:
    def draw(cv: float) -> float:
        if cv <= 0:
            return 1.0
        sigma = math.sqrt(math.log(1 + cv * cv))
        return rng.lognormvariate(-sigma * sigma / 2, sigma)

    return draw


def _quantile(values: Sequence[float], q: float) -> float:
    xs = sorted(values)
    pos = q * (len(xs) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)
