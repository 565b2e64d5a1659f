"""Index form of a problem shared by the solvers, and the step from trip structure to a Plan.

A structure is, per vehicle, the ordered list of (pickup index, shelter index) trips. Loads are
chosen afterwards by a max-flow (wounded may only enter medical trips), so solvers search over
structures only. The wounded get the medical trips that reach a shelter soonest: the time the last
of them arrives is the first objective of the wounded-first plans (`last_wounded`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass

from corridor.planning.problem import Plan, Problem, Route, Trip

Structure = list[list[tuple[int, int]]]

INFEASIBLE = 10**12  # last_wounded when the medical trips have too few seats


@dataclass
class Model:
    """A problem in index form: travel and handling times as tables, capacities and demand."""

    problem: Problem
    dstart: list[list[int]]  # [vehicle][pickup]
    dps: list[list[int]]  # [pickup][shelter]
    dsp: list[list[int]]  # [shelter][pickup]
    handling: list[int]
    unload: list[int]
    cap: list[int]
    medical: list[bool]
    waiting: list[int]
    wounded: list[int]
    room: list[int]

    @classmethod
    def of(cls, problem: Problem) -> Model:
        ps, ss = problem.pickups, problem.shelters
        return cls(
            problem=problem,
            dstart=[[problem.time(v.start, p.name) for p in ps] for v in problem.vehicles],
            dps=[[problem.time(p.name, s.name) for s in ss] for p in ps],
            dsp=[[problem.time(s.name, p.name) for p in ps] for s in ss],
            handling=[v.handling for v in problem.vehicles],
            unload=[v.unload_minutes for v in problem.vehicles],
            cap=[v.capacity for v in problem.vehicles],
            medical=[v.medical for v in problem.vehicles],
            waiting=[p.waiting for p in ps],
            wounded=[p.wounded for p in ps],
            room=[s.capacity for s in ss],
        )

    @property
    def n_pickups(self) -> int:
        return len(self.waiting)

    @property
    def n_shelters(self) -> int:
        return len(self.room)

    @property
    def n_vehicles(self) -> int:
        return len(self.cap)

    def route_time(self, v: int, trips: list[tuple[int, int]]) -> int:
        if not trips:
            return 0
        h = self.handling[v]
        dps, dsp = self.dps, self.dsp
        p0, s = trips[0]
        t = self.dstart[v][p0] + dps[p0][s] + h
        for p, s2 in trips[1:]:
            t += dsp[s][p] + dps[p][s2] + h
            s = s2
        return t

    def arrivals(self, v: int, trips: list[tuple[int, int]]) -> list[int]:
        """When each trip of vehicle v reaches its shelter (before unloading)."""
        out, t, here = [], 0, None
        for p, s in trips:
            t += self.dstart[v][p] if here is None else self.dsp[here][p]
            t += self.handling[v] - self.unload[v] + self.dps[p][s]
            out.append(t)
            t += self.unload[v]
            here = s
        return out

    def last_wounded(self, structure: Structure) -> int:
        """The soonest the last wounded person can reach a shelter with these trips (0: none).

        Each pickup's wounded take its earliest-arriving medical trips; shelter room is not
        considered here, so this is exact unless room for the wounded runs short (`to_plan`
        then moves to later trips and the plan states the true time).
        """
        if not any(self.wounded):
            return 0
        seats: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for v, trips in enumerate(structure):
            if self.medical[v]:
                for (p, _), t in zip(trips, self.arrivals(v, trips), strict=True):
                    seats[p].append((t, self.cap[v]))
        last = 0
        for p, need in enumerate(self.wounded):
            for t, cap in sorted(seats[p]):
                if need <= 0:
                    break
                need -= cap
                last = max(last, t)
            if need > 0:
                return INFEASIBLE
        return last

    def key(self, structure: Structure) -> tuple[tuple[tuple[int, int, int, bool], int], ...]:
        """What feasibility depends on: how many trips of each class run each (pickup, shelter)."""
        return self._key(structure, lambda v, t: self.medical[v])

    def _key(
        self, structure: Structure, may_carry_wounded: Callable[[int, int], bool]
    ) -> tuple[tuple[tuple[int, int, int, bool], int], ...]:
        c: Counter[tuple[int, int, int, bool]] = Counter()
        for v, trips in enumerate(structure):
            for (p, s), t in zip(trips, self.arrivals(v, trips), strict=True):
                c[(p, s, self.cap[v], may_carry_wounded(v, t))] += 1
        return tuple(sorted(c.items()))

    def flows(self, structure: Structure) -> dict[tuple[int, int, bool], tuple[int, int]] | None:
        """(wounded, general) people per (pickup, shelter, medical) or None if infeasible."""
        return self.flows_of_key(self.key(structure))

    def flows_of_key(
        self, key: tuple[tuple[tuple[int, int, int, bool], int], ...]
    ) -> dict[tuple[int, int, bool], tuple[int, int]] | None:
        if self.problem.full_trips:
            return self._full_flows(key)
        return _max_flow_loads(self, key)

    def _full_flows(
        self, key: tuple[tuple[tuple[int, int, int, bool], int], ...]
    ) -> dict[tuple[int, int, bool], tuple[int, int]] | None:
        into: Counter[int] = Counter()
        out: Counter[int] = Counter()
        med: Counter[int] = Counter()
        for (p, s, cap, medical), n in key:
            into[s] += cap * n
            out[p] += cap * n
            if medical:
                med[p] += cap * n
        if any(into[s] > self.room[s] for s in into):
            return None
        if any(out[p] < self.waiting[p] or med[p] < self.wounded[p] for p in range(self.n_pickups)):
            return None
        return {}

    def _wounded_flows(
        self, structure: Structure
    ) -> tuple[dict[tuple[int, int, bool], tuple[int, int]] | None, float]:
        """Loads per (pickup, shelter, may carry wounded) and the arrival time that flag uses.

        Only medical trips arriving by tau may carry wounded; tau starts at `last_wounded` and
        moves to later arrivals until the loads fit (with no tau, any medical trip may).
        """
        if self.problem.full_trips or not any(self.wounded):
            return self.flows(structure), math.inf
        times = {
            t
            for v, trips in enumerate(structure)
            if self.medical[v]
            for t in self.arrivals(v, trips)
        }
        first = self.last_wounded(structure)
        for tau in sorted(t for t in times if t >= first):
            flows = self.flows_of_key(self._key(structure, self._arriving_by(tau)))
            if flows is not None:
                return flows, tau
        return self.flows(structure), math.inf

    def _arriving_by(self, tau: float) -> Callable[[int, int], bool]:
        return lambda v, t: self.medical[v] and t <= tau

    def to_plan(self, structure: Structure, notes: tuple[str, ...] = ()) -> Plan:
        """Routes with loads; wounded ride the earliest-arriving medical trips."""
        flows, tau = self._wounded_flows(structure)
        if flows is None:
            raise ValueError("structure does not cover demand within shelter capacity")
        problem = self.problem
        # every trip with its arrival time, grouped by (pickup, shelter, may carry wounded)
        groups: dict[tuple[int, int, bool], list[tuple[int, int, int]]] = defaultdict(list)
        for v, trips in enumerate(structure):
            for k, ((p, s), t) in enumerate(zip(trips, self.arrivals(v, trips), strict=True)):
                groups[(p, s, self.medical[v] and t <= tau)].append((t, v, k))
        loads: dict[tuple[int, int], tuple[int, int]] = {}
        last_wounded = 0
        for g, members in groups.items():
            wounded, general = flows.get(g, (0, 0))
            for t, v, k in sorted(members):
                if problem.full_trips:
                    loads[(v, k)] = (self.cap[v], 0)
                    continue
                w = min(wounded, self.cap[v])
                n = min(general, self.cap[v] - w)
                wounded -= w
                general -= n
                loads[(v, k)] = (n, w)
                if w:
                    last_wounded = max(last_wounded, t)
        routes = []
        for v, trips in enumerate(structure):
            routes.append(
                Route(
                    problem.vehicles[v].name,
                    tuple(
                        Trip(
                            problem.pickups[p].name,
                            problem.shelters[s].name,
                            loads[(v, k)][0],
                            loads[(v, k)][1],
                        )
                        for k, (p, s) in enumerate(trips)
                    ),
                )
            )
        makespan = max((self.route_time(v, r) for v, r in enumerate(structure)), default=0)
        wounded_at = last_wounded if any(self.wounded) else None
        return Plan(tuple(routes), makespan, notes, last_wounded=wounded_at)


def _max_flow_loads(
    m: Model, key: tuple[tuple[tuple[int, int, int, bool], int], ...]
) -> dict[tuple[int, int, bool], tuple[int, int]] | None:
    """Source -> pickup(wounded|general) -> trip class (p, s, medical) -> shelter -> sink."""
    trip_cap: Counter[tuple[int, int, bool]] = Counter()
    for (p, s, cap, medical), n in key:
        trip_cap[(p, s, medical)] += cap * n
    graph: dict[object, dict[object, int]] = defaultdict(dict)

    def edge(a: object, b: object, c: int) -> None:
        graph[a][b] = graph[a].get(b, 0) + c
        graph[b].setdefault(a, 0)

    big = sum(m.waiting) + 1
    for p in range(m.n_pickups):
        edge("src", ("w", p), m.wounded[p])
        edge("src", ("g", p), m.waiting[p] - m.wounded[p])
    for (p, s, medical), c in trip_cap.items():
        node = ("t", p, s, medical)
        if medical:
            edge(("w", p), node, big)
        edge(("g", p), node, big)
        edge(node, ("s", s), c)
    for s in range(m.n_shelters):
        edge(("s", s), "sink", m.room[s])
    flow = _edmonds_karp(graph, "src", "sink")
    if flow < sum(m.waiting):
        return None
    out: dict[tuple[int, int, bool], tuple[int, int]] = {}
    for p, s, medical in trip_cap:
        node = ("t", p, s, medical)
        w = graph[node].get(("w", p), 0) if medical else 0  # residual back-edge = flow
        g = graph[node].get(("g", p), 0)
        out[(p, s, medical)] = (w, g)
    return out


def _edmonds_karp(graph: dict[object, dict[object, int]], src: object, sink: object) -> int:
    total = 0
    while True:
        parent: dict[object, object] = {src: src}
        queue = deque([src])
        while queue and sink not in parent:
            a = queue.popleft()
            for b, c in graph[a].items():
                if c > 0 and b not in parent:
                    parent[b] = a
                    queue.append(b)
        if sink not in parent:
            return total
        path = []
        b = sink
        while b != src:
            path.append((parent[b], b))
            b = parent[b]
        push = min(graph[a][b] for a, b in path)
        for a, b in path:
            graph[a][b] -= push
            graph[b][a] += push
        total += push
