"""Lower bounds on the makespan: reach (the farthest pickup must be served by someone) and a
fleet-workload LP (all the driving divided over the vehicles), solved with GLOP (OR-Tools)."""

from __future__ import annotations

import heapq
import math
from typing import Any

from ortools.linear_solver import pywraplp

from corridor.planning.model import Model


def reach_bound(m: Model) -> int:
    """Each pickup with people needs one vehicle to get there, load and reach a shelter.

    Getting there may pass other pickups and shelters (travel times need not obey the
    triangle inequality), so the approach is a shortest path in the route graph.
    """
    best = 0
    reach = [_shortest(m, v) for v in range(m.n_vehicles)]
    for p in range(m.n_pickups):
        if m.waiting[p] == 0:
            continue
        vehicles = [v for v in range(m.n_vehicles) if m.medical[v] or m.wounded[p] == 0]
        first = min(
            reach[v][p] + m.handling[v] + min(m.dps[p][s] for s in range(m.n_shelters))
            for v in vehicles or range(m.n_vehicles)
        )
        best = max(best, first)
    return best


def _shortest(m: Model, v: int) -> list[int]:
    """Earliest arrival of vehicle v at each pickup (Dijkstra over pickups and shelters)."""
    P, S = m.n_pickups, m.n_shelters
    dist = {("p", p): m.dstart[v][p] for p in range(P)}
    heap = [(d, node) for node, d in dist.items()]
    heapq.heapify(heap)
    done: set[tuple[str, int]] = set()
    while heap:
        d, (kind, i) = heapq.heappop(heap)
        if (kind, i) in done:
            continue
        done.add((kind, i))
        if kind == "p":
            nxt = [(("s", s), d + m.dps[i][s] + m.handling[v]) for s in range(S)]
        else:
            nxt = [(("p", p), d + m.dsp[i][p]) for p in range(P)]
        for node, nd in nxt:
            if nd < dist.get(node, nd + 1):
                dist[node] = nd
                heapq.heappush(heap, (nd, node))
    return [dist[("p", p)] for p in range(P)]


def workload_bound(m: Model) -> int:
    """LP relaxation of the exact model with identical vehicles pooled into classes.

    Each class (same capacity, medical flag, handling time and start) drives at most its
    number of vehicles times T in total; trips of all classes together must carry everyone,
    the wounded in medical trips only, within shelter capacities.
    """
    P, S = m.n_pickups, m.n_shelters
    if sum(m.waiting) == 0:
        return 0
    lp = pywraplp.Solver.CreateSolver("GLOP")
    if lp is None:  # pragma: no cover - GLOP ships with every OR-Tools wheel
        return 0
    inf = lp.infinity()
    classes: dict[tuple[int, bool, int, tuple[int, ...]], int] = {}
    for v in range(m.n_vehicles):
        key = (m.cap[v], m.medical[v], m.handling[v], tuple(m.dstart[v]))
        classes[key] = classes.get(key, 0) + 1
    T = lp.NumVar(0, inf, "T")
    carried: list[list[list[Any]]] = [[[] for _ in range(S)] for _ in range(P)]
    wounded: list[list[Any]] = [[] for _ in range(P)]
    used: list[Any] = []
    for (cap, medical, h, dstart), count in classes.items():
        x = [[lp.NumVar(0, inf, "") for _ in range(S)] for _ in range(P)]
        y = [[lp.NumVar(0, inf, "") for _ in range(P)] for _ in range(S)]
        z = [lp.NumVar(0, inf, "") for _ in range(P)]
        e = [lp.NumVar(0, inf, "") for _ in range(S)]
        lp.Add(sum(z) <= count)
        used.append(sum(z))
        for p in range(P):
            lp.Add(z[p] + sum(y[s][p] for s in range(S)) == sum(x[p]))
        for s in range(S):
            lp.Add(sum(x[p][s] for p in range(P)) == sum(y[s]) + e[s])
        for p in range(P):
            for s in range(S):
                q = lp.NumVar(0, inf, "")
                if m.problem.full_trips:
                    lp.Add(q == cap * x[p][s])
                else:
                    lp.Add(q <= cap * x[p][s])
                carried[p][s].append(q)
                if medical:
                    wounded[p].append(q)
        work = (
            sum(dstart[p] * z[p] for p in range(P))
            + sum((m.dps[p][s] + h) * x[p][s] for p in range(P) for s in range(S))
            + sum(m.dsp[s][p] * y[s][p] for p in range(P) for s in range(S))
        )
        lp.Add(count * T >= work)
    lp.Add(sum(used) >= 1)
    for p in range(P):
        lp.Add(sum(q for s in range(S) for q in carried[p][s]) >= m.waiting[p])
        if m.wounded[p]:
            lp.Add(sum(wounded[p]) >= m.wounded[p])
    for s in range(S):
        lp.Add(sum(q for p in range(P) for q in carried[p][s]) <= m.room[s])
    lp.Minimize(T)
    if lp.Solve() != pywraplp.Solver.OPTIMAL:
        return 0
    return math.ceil(float(T.solution_value()) - 1e-6)


def lower_bound(m: Model) -> int:
    """A makespan no plan can beat: the larger of the reach and workload bounds."""
    return max(reach_bound(m), workload_bound(m))


def wounded_bound(m: Model) -> int:
    """The soonest the last wounded person can reach a shelter (0 when nobody is wounded).

    The larger of two: for each pickup with wounded, the earliest a medical vehicle arrives (a
    shortest path, as in `reach_bound`), loads and drives to the nearest shelter; and the fleet
    workload LP for the medical vehicles alone carrying only the wounded. The part of each route
    up to its last wounded trip carries every wounded person and ends one unloading after that
    arrival, so the LP's T less the longest unloading is a bound.
    """
    medical = [v for v in range(m.n_vehicles) if m.medical[v]]
    if not any(m.wounded) or not medical:
        return 0
    reach = {v: _shortest(m, v) for v in medical}
    best = 0
    for p in range(m.n_pickups):
        if m.wounded[p]:
            carry = min(m.dps[p][s] for s in range(m.n_shelters))
            best = max(
                best, min(reach[v][p] + m.handling[v] - m.unload[v] + carry for v in medical)
            )
    only = Model(
        problem=m.problem,
        dstart=[m.dstart[v] for v in medical],
        dps=m.dps,
        dsp=m.dsp,
        handling=[m.handling[v] for v in medical],
        unload=[m.unload[v] for v in medical],
        cap=[m.cap[v] for v in medical],
        medical=[True] * len(medical),
        waiting=list(m.wounded),
        wounded=[0] * m.n_pickups,
        room=m.room,
    )
    return max(best, workload_bound(only) - max(only.unload))
