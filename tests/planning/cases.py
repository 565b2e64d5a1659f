"""Small planning problems built in the tests (no benchmark files)."""

from __future__ import annotations

from corridor.planning.problem import Pickup, Problem, Shelter, Vehicle


def detour_problem() -> Problem:
    """Pickup P2 is 10 from the yard but 8 via P1 -> S2 -> P2: optimum 13, two buses of one load.

    P1 has 3 loads, P2 one; S2 takes only 3 loads. Bus 1: Y-P1-S2-P2-S2 = 1+2+5+5 = 13.
    """
    t = {("Y", "P1"): 1, ("Y", "P2"): 10}
    for p, row in {"P1": (6, 2), "P2": (9, 5)}.items():
        for s, d in zip(("S1", "S2"), row, strict=True):
            t[(p, s)] = t[(s, p)] = d
    return Problem(
        pickups=(Pickup("P1", 3), Pickup("P2", 1)),
        shelters=(Shelter("S1", 8), Shelter("S2", 3)),
        vehicles=(Vehicle("B1", 1, "Y"), Vehicle("B2", 1, "Y")),
        travel=t,
        full_trips=True,
    )


def empty_trip_problem() -> Problem:
    """B can be reached cheaply only by an extra, empty trip C -> S2; optimum 6 for one bus.

    Y-A(1)-S1(1)-C(1)-S2(1)-B(1)-S2(1) = 6; any route without the C trip reaches B at >= 100.
    """
    far = 100
    t = {("Y", "A"): 1, ("Y", "B"): far, ("Y", "C"): far}
    arcs = {("A", "S1"): 1, ("A", "S2"): 50, ("B", "S1"): far, ("B", "S2"): 1}
    arcs |= {("C", "S1"): 1, ("C", "S2"): 1}
    for (p, s), d in arcs.items():
        t[(p, s)] = t[(s, p)] = d
    return Problem(
        pickups=(Pickup("A", 10), Pickup("B", 10), Pickup("C", 0)),
        shelters=(Shelter("S1", 50), Shelter("S2", 50)),
        vehicles=(Vehicle("bus", 10, "Y"),),
        travel=t,
    )


def mixed_fleet_problem() -> Problem:
    """A bus and an ambulance, wounded at one pickup, handling times, two shelters."""
    sites = ["depot", "camp", "school", "hospital", "hall"]
    t = {}
    for i, a in enumerate(sites):
        for j, b in enumerate(sites):
            if a != b:
                t[(a, b)] = 5 + 3 * abs(i - j)
    return Problem(
        pickups=(Pickup("camp", 70, wounded=6), Pickup("school", 30)),
        shelters=(Shelter("hospital", 40), Shelter("hall", 80)),
        vehicles=(
            Vehicle("bus-1", 50, "depot", load_minutes=10, unload_minutes=5),
            Vehicle("amb-1", 4, "depot", medical=True, load_minutes=5, unload_minutes=5),
        ),
        travel=t,
    )


def three_wounded_pickups() -> dict[str, object]:
    """A scenario file: wounded at W1, W2, W3; the ambulance must also take 4 people from G.

    The ambulance starts next to G, so its shortest route takes G first: D-G-H then the three
    wounded pickups, 16 + 3 x 20 = 76 minutes, the last wounded arriving at 76. Taking the wounded
    first ends their wait at 21 + 20 + 20 = 61 and the route at 81. The bus is too far away to
    make a second trip to G in time (60 + 15 = 75 for one, 95 for two).
    """
    travel = [
        {"from": "D", "to": "G", "minutes": 1},
        {"from": "G", "to": "H", "minutes": 5},
        {"from": "bus-yard", "to": "G", "minutes": 60},
    ]
    for w in ("W1", "W2", "W3"):
        travel += [
            {"from": "D", "to": w, "minutes": 6},
            {"from": w, "to": "H", "minutes": 5},
            {"from": "bus-yard", "to": w, "minutes": 60},
        ]
    return {
        "name": "three wounded pickups",
        "pickups": [{"name": "G", "waiting": 12}]
        + [{"name": w, "waiting": 2, "wounded": 2} for w in ("W1", "W2", "W3")],
        "shelters": [{"name": "H", "capacity": 100}],
        "vehicles": [
            {"name": "bus", "capacity": 8, "start": "bus-yard", "load_minutes": 10},
            {"name": "amb", "capacity": 4, "start": "D", "medical": True, "load_minutes": 10},
        ],
        "travel": travel,
    }
