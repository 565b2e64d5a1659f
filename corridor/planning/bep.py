"""Parser of the published Bus Evacuation Problem instance format (text in, Problem out).

Layout (Loyola Vitali, Riff & Montero 2017, after Goerigk et al. 2013), all integers:
  line 1: buses, yards
  one line per yard: yard id, buses at that yard
  points line: point count, total demand, one demand per point (in bus loads)
  shelters line: shelter count, total capacity, one capacity per shelter (in bus loads)
  one line per yard: yard id, time to each point
  one line per point: point id, time to each shelter (shelter -> point takes the same time)
"""

from __future__ import annotations

from corridor.errors import ValidationError
from corridor.planning.problem import Pickup, Problem, Shelter, Vehicle

MAX_BUSES = 10_000  # the published instances have at most a few dozen


def parse_bep(text: str, name: str = "bep") -> Problem:
    try:
        rows = [[int(x) for x in line.split()] for line in text.splitlines() if line.strip()]
    except ValueError as exc:
        raise ValidationError(f"{name}: not a BEP instance ({exc})") from None
    try:
        buses, yards = rows[0][0], rows[0][1]
        at = 1
        fleet = []
        for _ in range(yards):
            fleet.append((rows[at][0], rows[at][1]))
            at += 1
        npoints, demand_total, *demands = rows[at]
        nshelters, capacity_total, *capacities = rows[at + 1]
        at += 2
        yard_rows = rows[at : at + yards]
        point_rows = rows[at + yards : at + yards + npoints]
    except (IndexError, ValueError):
        raise ValidationError(f"{name}: truncated BEP instance") from None
    if len(demands) != npoints or sum(demands) != demand_total:
        raise ValidationError(f"{name}: demands do not match their count or total")
    if len(capacities) != nshelters or sum(capacities) != capacity_total:
        raise ValidationError(f"{name}: capacities do not match their count or total")
    if sum(n for _, n in fleet) != buses or len(point_rows) != npoints:
        raise ValidationError(f"{name}: fleet or point rows do not match the header")
    if not all(0 <= n for _, n in fleet) or buses > MAX_BUSES:
        raise ValidationError(f"{name}: bus counts must be 0 to {MAX_BUSES} in all")
    travel: dict[tuple[str, str], int] = {}
    for row in yard_rows:
        if len(row) != npoints + 1:
            raise ValidationError(f"{name}: yard row {row[:1]} has the wrong length")
        for i, t in enumerate(row[1:], 1):
            travel[(f"Y{row[0]}", f"P{i}")] = t
    for row in point_rows:
        if len(row) != nshelters + 1:
            raise ValidationError(f"{name}: point row {row[:1]} has the wrong length")
        for j, t in enumerate(row[1:], 1):
            travel[(f"P{row[0]}", f"S{j}")] = t
            travel[(f"S{j}", f"P{row[0]}")] = t
    vehicles: list[Vehicle] = []
    for yard, count in fleet:
        for _ in range(count):
            vehicles.append(Vehicle(f"B{len(vehicles) + 1}", 1, f"Y{yard}"))
    return Problem(
        pickups=tuple(Pickup(f"P{i}", d) for i, d in enumerate(demands, 1)),
        shelters=tuple(Shelter(f"S{j}", c) for j, c in enumerate(capacities, 1)),
        vehicles=tuple(vehicles),
        travel=travel,
        full_trips=True,
        name=name,
    )
