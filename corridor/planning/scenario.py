"""Scenario files (already-parsed JSON) -> a planning Problem and forecast settings.

Format (docs/plan.md): pickups [{name, waiting, wounded?}], shelters [{name, capacity}],
vehicles [{name, count?, capacity, start, medical?, load_minutes?, unload_minutes?}],
travel [{from, to, minutes, both_ways? (default true)}], optional uncertainty
{travel_cv, handling_cv, pause_rate_per_day, pause_minutes: [min, max], pauses: [[start, end]]}.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from corridor.errors import ValidationError
from corridor.planning.forecast import Uncertainty
from corridor.planning.problem import Pickup, Problem, Shelter, Vehicle

MAX_VEHICLES = 10_000  # more is not a scenario but a typo, and would take long to expand


@dataclass(frozen=True)
class Scenario:
    """A scenario file read: the problem to plan and the uncertainty to forecast it under."""

    problem: Problem
    uncertainty: Uncertainty


def parse_scenario(data: Any) -> Scenario:
    """Read a scenario from parsed JSON (the format is in docs/plan.md).

    :raises ValidationError: naming the field that is missing or wrong.
    """
    if not isinstance(data, dict):
        raise ValidationError("a scenario is a JSON object")
    name = str(data.get("name", "scenario"))
    pickups = tuple(
        Pickup(
            _str(p, "name", "pickups"),
            _int(p, "waiting", "pickups"),
            _int(p, "wounded", "pickups", 0),
        )
        for p in _list(data, "pickups")
    )
    shelters = tuple(
        Shelter(_str(s, "name", "shelters"), _int(s, "capacity", "shelters"))
        for s in _list(data, "shelters")
    )
    vehicles: list[Vehicle] = []
    for v in _list(data, "vehicles"):
        count = _int(v, "count", "vehicles", 1)
        base = _str(v, "name", "vehicles")
        if not 1 <= count <= MAX_VEHICLES - len(vehicles):
            raise ValidationError(
                f"vehicle {base!r}: count must be 1 to {MAX_VEHICLES} in all", field="vehicles"
            )
        for k in range(count):
            vehicles.append(
                Vehicle(
                    f"{base}-{k + 1:02d}" if count > 1 else base,
                    _int(v, "capacity", "vehicles"),
                    _str(v, "start", "vehicles"),
                    medical=bool(v.get("medical", False)),
                    load_minutes=_int(v, "load_minutes", "vehicles", 0),
                    unload_minutes=_int(v, "unload_minutes", "vehicles", 0),
                )
            )
    travel: dict[tuple[str, str], int] = {}
    for t in _list(data, "travel"):
        a, b, minutes = (
            _str(t, "from", "travel"),
            _str(t, "to", "travel"),
            _int(t, "minutes", "travel"),
        )
        travel[(a, b)] = minutes
        if t.get("both_ways", True):
            travel.setdefault((b, a), minutes)
    problem = Problem(pickups, shelters, tuple(vehicles), travel, name=name)
    _check_travel(problem)
    return Scenario(problem, _uncertainty(data.get("uncertainty", {})))


def _check_travel(problem: Problem) -> None:
    """Every arc a route may use must have a time: start->pickup, pickup->shelter, back."""
    for v in problem.vehicles:
        for p in problem.pickups:
            if v.start != p.name and (v.start, p.name) not in problem.travel:
                raise ValidationError(
                    f"no travel time from {v.start!r} to {p.name!r}", field="travel"
                )
    for p in problem.pickups:
        for s in problem.shelters:
            for a, b in ((p.name, s.name), (s.name, p.name)):
                if (a, b) not in problem.travel:
                    raise ValidationError(f"no travel time from {a!r} to {b!r}", field="travel")


def _uncertainty(raw: Any) -> Uncertainty:
    if not isinstance(raw, dict):
        raise ValidationError("uncertainty must be an object", field="uncertainty")
    try:
        lo, hi = raw.get("pause_minutes", (30.0, 120.0))
        pauses = tuple((float(a), float(b)) for a, b in raw.get("pauses", ()))
        return Uncertainty(
            travel_cv=float(raw.get("travel_cv", 0.2)),
            handling_cv=float(raw.get("handling_cv", 0.3)),
            pause_rate_per_day=float(raw.get("pause_rate_per_day", 0.0)),
            pause_minutes=(float(lo), float(hi)),
            pauses=pauses,
        )
    except (TypeError, ValueError, OverflowError) as exc:
        raise ValidationError(f"bad uncertainty settings: {exc}", field="uncertainty") from None


def _list(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise ValidationError(f"{key} must be a list of objects", field=key)
    return value


def _str(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise ValidationError(f"each entry needs a text {key!r}", field=where)
    return value


def _int(item: dict[str, Any], key: str, where: str, default: int | None = None) -> int:
    value = item.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{key!r} must be a whole number", field=where)
    return value
