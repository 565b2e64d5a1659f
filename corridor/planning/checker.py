"""Independent plan checker: recomputes every route time from the raw travel table.

It shares no code with the solvers beyond the problem dataclasses, so a solver bug cannot hide
behind the checker. Rules: each pickup's general and wounded demand covered (>=), wounded only in
medical vehicles, no trip over capacity (exactly full under `full_trips`), no shelter over
capacity, every route starts at its vehicle's start and ends at a shelter, claimed makespan and
claimed time the last wounded person reaches a shelter (end of the carry, before unloading) equal
to the recomputed ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from corridor.planning.problem import Plan, Problem


@dataclass(frozen=True)
class CheckReport:
    """What the checker found wrong (nothing when ``ok``) and the times it recomputed."""

    errors: tuple[str, ...]
    makespan: int
    last_wounded: int | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def check_plan(problem: Problem, plan: Plan) -> CheckReport:
    """Check a plan against the problem's rules and its claimed times (see the module)."""
    errors: list[str] = []
    vehicles = {v.name: v for v in problem.vehicles}
    pickups = {p.name: p for p in problem.pickups}
    shelters = {s.name: s for s in problem.shelters}
    general: Counter[str] = Counter()
    wounded: Counter[str] = Counter()
    delivered: Counter[str] = Counter()
    seen: set[str] = set()
    makespan = 0
    last_wounded: int | None = None
    for route in plan.routes:
        vehicle = vehicles.get(route.vehicle)
        if vehicle is None:
            errors.append(f"route for unknown vehicle {route.vehicle!r}")
            continue
        if route.vehicle in seen:
            errors.append(f"two routes for vehicle {route.vehicle!r}")
        seen.add(route.vehicle)
        t, here = 0, vehicle.start
        for k, trip in enumerate(route.trips, 1):
            where = f"{route.vehicle} trip {k}"
            if trip.pickup not in pickups:
                errors.append(f"{where}: {trip.pickup!r} is not a pickup point")
                continue
            if trip.shelter not in shelters:
                errors.append(f"{where}: {trip.shelter!r} is not a shelter")
                continue
            if trip.general < 0 or trip.wounded < 0:
                errors.append(f"{where}: negative load")
            if trip.general + trip.wounded > vehicle.capacity:
                errors.append(f"{where}: {trip.people} aboard, capacity {vehicle.capacity}")
            if problem.full_trips and trip.general + trip.wounded != vehicle.capacity:
                errors.append(f"{where}: not a full load")
            if trip.wounded and not vehicle.medical:
                errors.append(f"{where}: wounded in a vehicle that is not medical")
            t += _drive(problem, here, trip.pickup, where, errors) + vehicle.load_minutes
            t += _drive(problem, trip.pickup, trip.shelter, where, errors)
            if trip.wounded:
                last_wounded = max(t, last_wounded or 0)
            t += vehicle.unload_minutes
            general[trip.pickup] += trip.general
            wounded[trip.pickup] += trip.wounded
            delivered[trip.shelter] += trip.general + trip.wounded
            here = trip.shelter
        makespan = max(makespan, t)
    for p in problem.pickups:
        if wounded[p.name] < p.wounded:
            errors.append(f"pickup {p.name}: {wounded[p.name]} of {p.wounded} wounded moved")
        if general[p.name] < p.waiting - p.wounded:
            errors.append(
                f"pickup {p.name}: {general[p.name]} of {p.waiting - p.wounded} (not wounded) moved"
            )
    for s in problem.shelters:
        if delivered[s.name] > s.capacity:
            errors.append(f"shelter {s.name}: {delivered[s.name]} delivered, capacity {s.capacity}")
    if plan.makespan != makespan:
        errors.append(f"claimed makespan {plan.makespan}, recomputed {makespan}")
    if plan.last_wounded != last_wounded:
        errors.append(f"claimed last wounded at {plan.last_wounded}, recomputed {last_wounded}")
    return CheckReport(tuple(errors), makespan, last_wounded)


def _drive(problem: Problem, a: str, b: str, where: str, errors: list[str]) -> int:
    if a == b:
        return 0
    if (a, b) not in problem.travel:
        errors.append(f"{where}: no travel time {a!r} -> {b!r}")
        return 0
    return problem.travel[(a, b)]
