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
