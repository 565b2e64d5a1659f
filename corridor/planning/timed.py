"""Exact search on a time-indexed network: "is there a plan that ends by T?", answered by CP-SAT.

Identical vehicles (same start, capacity, medical flag and handling time) form a class, and a
class's routes are one integer flow of its vehicle count through a network whose nodes are
(place, minute): a first drive start -> (pickup, t), carries (pickup, t) -> (shelter, t + drive +
handling), empty runs (shelter, t) -> (pickup, t + drive), and an end at any shelter by T. No
waiting arcs: waiting never helps when only the finish time counts. Every carry takes at least a
minute, so the network has no cycles and any decomposition of the flow into paths gives one
valid route per vehicle. Covering the pickups and keeping within shelter room are sums over the
carry arcs.

Why this instead of growing the compact model (`exact.py`): pooling identical vehicles removes
their symmetry, and the LP relaxation of a time-indexed flow is far tighter than the compact
model's, so CP-SAT proves "nothing ends by T" quickly where the compact model stalls. The price is
a model that grows with T, so it is used only when the grid is small (the benchmark's unit
times); scenario files in minutes over days keep the compact model.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ortools.sat.python import cp_model

from corridor.planning.model import Model, Structure

# Above this many arcs the model is too big to build and solve within a request's time.
MAX_ARCS = 60_000

Node = tuple[str, int, int]  # ("p" | "s", index, minute)


@dataclass(frozen=True)
class Decision:
    """`status` is "feasible" (with a structure ending by T), "infeasible" or "unknown"."""

    status: str
    structure: Structure | None = None


@dataclass
class _Network:
    """The reachable part of one class's time-expanded network for a given T."""

    first: dict[Node, Any]  # start -> node
    carry: dict[tuple[Node, Node], Any]
    empty: dict[tuple[Node, Node], Any]


def classes(m: Model) -> list[list[int]]:
    """Vehicle indices grouped into classes of interchangeable vehicles, in first-seen order."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for v in range(m.n_vehicles):
        key = (tuple(m.dstart[v]), m.cap[v], m.medical[v], m.handling[v])
        groups.setdefault(key, []).append(v)
    return list(groups.values())


def applicable(m: Model, horizon: int) -> bool:
    """Whether the network for T = `horizon` is small and acyclic enough to build."""
    if not m.problem.full_trips and any(m.wounded):
        return False  # the wounded-first objective needs trip times the flow does not keep
    if any(m.dps[p][s] + m.handling[v] < 1 for v in range(m.n_vehicles)
           for p in range(m.n_pickups) for s in range(m.n_shelters)):  # fmt: skip
        return False
    size = len(classes(m)) * 2 * m.n_pickups * m.n_shelters * (horizon + 1)
    return size <= MAX_ARCS


def decide(
    m: Model, T: int, time_limit: float, *, workers: int = 1, seed: int = 0, portfolio: bool = False
) -> Decision:
    """Whether some plan has every route end by minute T (a structure when it has).

    `portfolio` switches CP-SAT's single worker from its default search (better at proving "no")
    to a portfolio of branching strategies (better at finding a plan when one exists).
    """
    md = cp_model.CpModel()
    nets = []
    for group in classes(m):
        nets.append(_network(md, m, group, T))
    _cover(md, m, nets)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, time_limit)
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    solver.parameters.linearization_level = 2  # the flow's LP is what proves infeasibility
    if portfolio:
        solver.parameters.search_branching = cp_model.PORTFOLIO_SEARCH
    status = solver.solve(md)
    if status == cp_model.INFEASIBLE:
        return Decision("infeasible")
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return Decision("unknown")
    structure: Structure = [[] for _ in range(m.n_vehicles)]
    for group, net in zip(classes(m), nets, strict=True):
        for v, trips in zip(group, _paths(solver, net, len(group)), strict=True):
            structure[v] = trips
    return Decision("feasible", structure)


def _network(md: cp_model.CpModel, m: Model, group: list[int], T: int) -> _Network:
    v, n = group[0], len(group)
    h = m.handling[v]
    P, S = m.n_pickups, m.n_shelters
    # the soonest a carry from p can end, so arcs that cannot finish by T are left out
    finish = [min(m.dps[p][s] for s in range(S)) + h for p in range(P)]
    net = _Network({}, {}, {})
    at_pickup: dict[int, set[int]] = defaultdict(set)  # minute -> pickups reached
    at_shelter: dict[int, set[int]] = defaultdict(set)
    for p in range(P):
        t = m.dstart[v][p]
        if t + finish[p] <= T:
            net.first[("p", p, t)] = md.new_int_var(0, n, f"f{v}_{p}")
            at_pickup[t].add(p)
    for t in range(T + 1):
        # empty runs may take no time, so shelters at minute t are expanded before pickups
        for s in sorted(at_shelter.get(t, ())):
            for p in range(P):
                t2 = t + m.dsp[s][p]
                if t2 + finish[p] <= T:
                    net.empty[(("s", s, t), ("p", p, t2))] = md.new_int_var(0, n, "")
                    at_pickup[t2].add(p)
        for p in sorted(at_pickup.get(t, ())):
            for s in range(S):
                t2 = t + m.dps[p][s] + h
                if t2 <= T:
                    net.carry[(("p", p, t), ("s", s, t2))] = md.new_int_var(0, n, "")
                    at_shelter[t2].add(s)
    into: dict[Node, list[Any]] = defaultdict(list)
    out: dict[Node, list[Any]] = defaultdict(list)
    for node, var in net.first.items():
        into[node].append(var)
    for arcs in (net.carry, net.empty):
        for (a, b), var in arcs.items():
            out[a].append(var)
            into[b].append(var)
    md.add(sum(net.first.values()) <= n)  # the rest stay where they are
    for node in set(into) | set(out):
        if node[0] == "p":
            md.add(sum(into[node]) == sum(out[node]))
        else:
            md.add(sum(into[node]) >= sum(out[node]))  # the difference ends here
    return net


def _cover(md: cp_model.CpModel, m: Model, nets: list[_Network]) -> None:
    """Every pickup covered, every shelter within its room (loads as in `exact._loads`)."""
    P, S = m.n_pickups, m.n_shelters
    trips: dict[tuple[int, int, int], list[Any]] = defaultdict(list)  # (class, p, s)
    caps = [m.cap[group[0]] for group in classes(m)]
    for k, net in enumerate(nets):
        for (a, b), var in net.carry.items():
            trips[(k, a[1], b[1])].append(var)
    count = {key: sum(vs) for key, vs in trips.items()}
    if m.problem.full_trips:
        for p in range(P):
            md.add(sum(caps[k] * c for (k, q, _), c in count.items() if q == p) >= m.waiting[p])
        for s in range(S):
            md.add(sum(caps[k] * c for (k, _, r), c in count.items() if r == s) <= m.room[s])
        return
    total = sum(m.waiting)
    people: dict[tuple[int, int, int], Any] = {}
    for (k, p, s), c in count.items():
        people[(k, p, s)] = md.new_int_var(0, total, "")
        md.add(people[(k, p, s)] <= caps[k] * c)
    for p in range(P):
        md.add(sum(x for (_, q, _), x in people.items() if q == p) == m.waiting[p])
    for s in range(S):
        md.add(sum(x for (_, _, r), x in people.items() if r == s) <= m.room[s])


def _paths(solver: cp_model.CpSolver, net: _Network, n: int) -> list[list[tuple[int, int]]]:
    """Decompose the class's flow into `n` routes (idle vehicles get an empty route)."""
    left: dict[tuple[Node, Node], int] = {}
    for arcs in (net.carry, net.empty):
        for arc, var in arcs.items():
            if solver.value(var):
                left[arc] = int(solver.value(var))
    starts = [node for node, var in net.first.items() for _ in range(int(solver.value(var)))]
    nxt: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    for arc in left:
        nxt[arc[0]].append(arc)
    ends: dict[Node, int] = defaultdict(int)  # flow that stops at each shelter node
    for arc, f in left.items():
        if arc[1][0] == "s":
            ends[arc[1]] += f
    for arc, f in left.items():
        if arc[0][0] == "s":
            ends[arc[0]] -= f
    routes: list[list[tuple[int, int]]] = []
    for node in starts:
        trips: list[tuple[int, int]] = []
        while True:
            if node[0] == "s" and ends[node] > 0:
                ends[node] -= 1
                break
            arc = next(a for a in nxt[node] if left[a] > 0)
            left[arc] -= 1
            if node[0] == "p":
                trips.append((node[1], arc[1][1]))
            node = arc[1]
        routes.append(trips)
    return routes + [[] for _ in range(n - len(routes))]


@dataclass(frozen=True)
class Tightened:
    """What the time-indexed phase leaves: the best structure, its makespan and a proven bound."""

    structure: Structure
    makespan: int
    bound: int

    @property
    def optimal(self) -> bool:
        return self.makespan <= self.bound


def tighten(
    m: Model,
    structure: Structure,
    makespan: int,
    bound: int,
    deadline: float,
    *,
    workers: int = 1,
    seed: int = 0,
    on_plan: Callable[[Structure, int], None] | None = None,
) -> Tightened:
    """Close the gap between `bound` and `makespan` by deciding T = makespan - 1, then upwards.

    "No plan ends by makespan - 1" proves the plan optimal in one step; a plan found ending by
    then replaces it and the step repeats. If that question is not settled within half the time
    left, cheaper questions from the bound upwards raise the bound one minute at a time.

    CP-SAT's default search is better at proving "no", its portfolio search at finding a plan.
    Above the bound the answer is more likely "yes", so the portfolio search asks; at the bound
    the default search gets two thirds of the time and the portfolio search the rest.
    """
    best = Tightened(structure, makespan, bound)
    while not best.optimal and time.monotonic() < deadline:
        left = deadline - time.monotonic()
        T = best.makespan - 1
        if T > best.bound:  # more likely "yes": look for the plan with the portfolio search
            d = decide(m, T, left / 2, workers=workers, seed=seed, portfolio=True)
        else:
            d = decide(m, T, left * 2 / 3, workers=workers, seed=seed)
        if d.status == "unknown" and T == best.bound:
            # asking upwards from the bound would ask the same: search differently instead
            d = decide(m, T, deadline - time.monotonic(), workers=workers, portfolio=True)
        if d.status == "infeasible":
            return Tightened(best.structure, best.makespan, best.makespan)
        if d.status == "unknown" or d.structure is None:
            break
        found = max(m.route_time(v, r) for v, r in enumerate(d.structure))
        best = Tightened(d.structure, found, best.bound)
        if on_plan is not None:
            on_plan(d.structure, found)
    while not best.optimal and time.monotonic() < deadline:
        d = decide(m, best.bound, deadline - time.monotonic(), workers=workers, seed=seed)
        if d.status == "infeasible":
            best = Tightened(best.structure, best.makespan, best.bound + 1)
            continue
        if d.status == "feasible" and d.structure is not None:  # ends by the bound: optimal
            found = max(m.route_time(v, r) for v, r in enumerate(d.structure))
            best = Tightened(d.structure, found, best.bound)
            if on_plan is not None:
                on_plan(d.structure, found)
        break
    return best
