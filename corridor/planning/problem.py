"""Input and output of the vehicle planning problem (a Bus Evacuation Problem with a mixed fleet).

Pickup points hold people waiting (some wounded); vehicles (buses, ambulances) start at a
location, carry up to `capacity` people per trip and spend `load_minutes` at the pickup and
`unload_minutes` at the shelter on each trip; shelters take at most `capacity` people.
A vehicle's route is start -> p1 -> s1 -> p2 -> s2 ... ending at a shelter; its time is the sum
of travel and handling times; the plan's makespan is the longest route time. Wounded people may
ride only in medical vehicles (ambulances). All times are integer minutes.

`full_trips` is the Bus Evacuation Problem benchmark convention (Goerigk et al.): every trip
carries a full load that counts against the shelter, and pickups need at least their demand
covered (an extra trip may shorten a route when travel times break the triangle inequality).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from corridor.errors import ValidationError


@dataclass(frozen=True)
class Pickup:
    """A place where people wait to be moved; `wounded` of them need a medical vehicle."""

    name: str
    waiting: int
    wounded: int = 0

    @property
    def general(self) -> int:
        return self.waiting - self.wounded


@dataclass(frozen=True)
class Shelter:
    """A destination that can take up to `capacity` more people."""

    name: str
    capacity: int


@dataclass(frozen=True)
class Vehicle:
    """A bus or ambulance; `medical` vehicles may carry the wounded."""

    name: str
    capacity: int
    start: str
    medical: bool = False
    load_minutes: int = 0
    unload_minutes: int = 0

    @property
    def handling(self) -> int:
        return self.load_minutes + self.unload_minutes


@dataclass(frozen=True)
class Problem:
    """One planning problem; `travel[(a, b)]` is the time in minutes from location a to b."""

    pickups: tuple[Pickup, ...]
    shelters: tuple[Shelter, ...]
    vehicles: tuple[Vehicle, ...]
    travel: Mapping[tuple[str, str], int]
    full_trips: bool = False
    name: str = "problem"

    def __post_init__(self) -> None:
        _validate(self)

    def time(self, a: str, b: str) -> int:
        if a == b:
            return self.travel.get((a, b), 0)
        try:
            return self.travel[(a, b)]
        except KeyError:
            raise ValidationError(f"no travel time from {a!r} to {b!r}", field="travel") from None

    @property
    def demand(self) -> int:
        return sum(p.waiting for p in self.pickups)


@dataclass(frozen=True)
class Trip:
    """One load: drive to `pickup`, board `general` + `wounded` people, drive to `shelter`."""

    pickup: str
    shelter: str
    general: int
    wounded: int = 0

    @property
    def people(self) -> int:
        return self.general + self.wounded


@dataclass(frozen=True)
class Route:
    """The ordered trips of one vehicle (empty: the vehicle stays where it is)."""

    vehicle: str
    trips: tuple[Trip, ...] = ()


@dataclass(frozen=True)
class Leg:
    """One timed step of a route, for schedules and charts."""

    vehicle: str
    kind: str  # "drive", "load", "carry", "unload"
    origin: str
    destination: str
    start: int
    end: int
    people: int = 0


@dataclass(frozen=True)
class Plan:
    """A route per vehicle, and the makespan and the time the last wounded person reaches a
    shelter (None: no wounded) that the solver claims for it."""

    routes: tuple[Route, ...]
    makespan: int
    notes: tuple[str, ...] = field(default=())
    last_wounded: int | None = None


def route_legs(problem: Problem, route: Route) -> list[Leg]:
    """The timed legs of a route, from time 0 at the vehicle's start."""
    vehicle = vehicle_by_name(problem, route.vehicle)
    legs: list[Leg] = []
    t, here = 0, vehicle.start
    for trip in route.trips:
        d = problem.time(here, trip.pickup)
        legs.append(Leg(vehicle.name, "drive", here, trip.pickup, t, t + d))
        t += d
        if vehicle.load_minutes:
            end = t + vehicle.load_minutes
            legs.append(Leg(vehicle.name, "load", trip.pickup, trip.pickup, t, end, trip.people))
            t = end
        d = problem.time(trip.pickup, trip.shelter)
        legs.append(Leg(vehicle.name, "carry", trip.pickup, trip.shelter, t, t + d, trip.people))
        t += d
        if vehicle.unload_minutes:
            end = t + vehicle.unload_minutes
            legs.append(
                Leg(vehicle.name, "unload", trip.shelter, trip.shelter, t, end, trip.people)
            )
            t = end
        here = trip.shelter
    return legs


def route_time(problem: Problem, route: Route) -> int:
    """Minutes from a vehicle's start to the end of its last leg (0 for an empty route)."""
    legs = route_legs(problem, route)
    return legs[-1].end if legs else 0


def vehicle_by_name(problem: Problem, name: str) -> Vehicle:
    """The problem's vehicle of that name.

    :raises ValidationError: no such vehicle.
    """
    for v in problem.vehicles:
        if v.name == name:
            return v
    raise ValidationError(f"unknown vehicle {name!r}", field="vehicle")


def _validate(problem: Problem) -> None:
    names = [p.name for p in problem.pickups] + [s.name for s in problem.shelters]
    if len(set(names)) != len(names):
        raise ValidationError("pickup and shelter names must be unique", field="sites")
    if len({v.name for v in problem.vehicles}) != len(problem.vehicles):
        raise ValidationError("vehicle names must be unique", field="vehicles")
    if not problem.vehicles:
        raise ValidationError("at least one vehicle is needed", field="vehicles")
    for p in problem.pickups:
        if p.waiting < 0 or not 0 <= p.wounded <= p.waiting:
            raise ValidationError(
                f"pickup {p.name!r}: need 0 <= wounded <= waiting", field="pickups"
            )
    for s in problem.shelters:
        if s.capacity < 0:
            raise ValidationError(f"shelter {s.name!r}: capacity must be >= 0", field="shelters")
    for v in problem.vehicles:
        if v.capacity < 1 or v.load_minutes < 0 or v.unload_minutes < 0:
            raise ValidationError(
                f"vehicle {v.name!r}: capacity >= 1 and handling times >= 0", field="vehicles"
            )
    for (a, b), t in problem.travel.items():
        if t < 0:
            raise ValidationError(f"travel time {a!r} -> {b!r} is negative", field="travel")
    if problem.demand > sum(s.capacity for s in problem.shelters):
        raise ValidationError("shelters cannot take everyone waiting", field="shelters")
    if any(p.wounded for p in problem.pickups) and not any(v.medical for v in problem.vehicles):
        raise ValidationError("wounded are waiting but no medical vehicle", field="vehicles")
    if problem.full_trips:
        caps = {v.capacity for v in problem.vehicles}
        if len(caps) > 1:
            raise ValidationError("full_trips needs one vehicle capacity", field="vehicles")
        if any(p.wounded for p in problem.pickups):
            raise ValidationError(
                "full_trips (the benchmark convention) has no wounded", field="pickups"
            )
        cap = caps.pop()
        loads = sum(-(-p.waiting // cap) for p in problem.pickups)
        if loads > sum(s.capacity // cap for s in problem.shelters):
            raise ValidationError("shelters cannot take the full loads needed", field="shelters")
