"""Exact solver: a compact integer flow model per vehicle, solved with CP-SAT (OR-Tools).

Why CP-SAT rather than HiGHS: the model is pure integer with a min-max objective and weak LP
relaxation (the published CPLEX runs prove optimality only up to 4 points); CP-SAT combines
the LP bound with clause learning and its own large-neighbourhood search, accepts our heuristic
plan as a hint, and reports both an incumbent and a proven bound at any time limit.

Per vehicle v: z[p] first leg start->p, x[p,s] trips p->s, y[s,p] empty runs s->p, e[s] end.
Flow conservation makes the arcs an open walk from the start to one shelter; a single-commodity
flow from the start to every visited node rules out loops cut off from that walk. The route
time is linear in the arc counts, so the makespan is min T with time_v <= T.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ortools.sat.python import cp_model

from corridor.planning.model import Model, Structure

Vars = list[Any]  # nested lists of CP-SAT variables


@dataclass(frozen=True)
class ExactResult:
    """The best structure CP-SAT found (if any), its makespan, the proven bound, and whether
    that makespan is proven optimal."""

    structure: Structure | None
    makespan: int | None
    bound: int
    optimal: bool


def trip_limit(m: Model) -> int:
    """Most trips one vehicle may make in the model.

    With full loads every trip counts against a shelter, so the total shelter room bounds the
    trips and a proven optimum is exact. Otherwise empty trips are free, and the model allows
    the loads plus one spare trip per pickup: its proofs hold for plans within that limit.
    """
    cap = min(m.cap)
    if m.problem.full_trips:
        return max(1, sum(m.room) // cap)
    return sum(math.ceil(w / cap) for w in m.waiting) + m.n_pickups


def solve_exact(
    m: Model,
    time_limit: float,
    hint: Structure | None = None,
    lower: int = 0,
    workers: int = 1,
    on_solution: Callable[[Structure, int], None] | None = None,
    seed: int = 0,
) -> ExactResult:
    """Minimise the makespan with CP-SAT within ``time_limit`` seconds (see the module).

    ``hint`` is a structure to start from, ``lower`` a bound already known, and
    ``on_solution`` is called with each better structure found and its makespan.
    """
    P, S, V = m.n_pickups, m.n_shelters, m.n_vehicles
    U = trip_limit(m)
    N = P + S
    md = cp_model.CpModel()
    horizon = _horizon(m, hint)
    T = md.new_int_var(lower, horizon, "T")
    z = [[md.new_bool_var(f"z{v}_{p}") for p in range(P)] for v in range(V)]
    e = [[md.new_bool_var(f"e{v}_{s}") for s in range(S)] for v in range(V)]
    x = [[[md.new_int_var(0, U, f"x{v}_{p}_{s}") for s in range(S)] for p in range(P)]
         for v in range(V)]  # fmt: skip
    y = [[[md.new_int_var(0, U, f"y{v}_{s}_{p}") for p in range(P)] for s in range(S)]
         for v in range(V)]  # fmt: skip
    used = [md.new_bool_var(f"used{v}") for v in range(V)]
    cost = []
    for v in range(V):
        md.add(sum(z[v]) == used[v])
        md.add(sum(e[v]) == used[v])
        for p in range(P):
            md.add(z[v][p] + sum(y[v][s][p] for s in range(S)) == sum(x[v][p]))
        for s in range(S):
            md.add(sum(x[v][p][s] for p in range(P)) == sum(y[v][s]) + e[v][s])
        _connect(md, v, z[v], x[v], y[v], P, S, U, N)
        c = md.new_int_var(0, horizon, f"time{v}")
        md.add(
            c
            == sum(m.dstart[v][p] * z[v][p] for p in range(P))
            + sum((m.dps[p][s] + m.handling[v]) * x[v][p][s] for p in range(P) for s in range(S))
            + sum(m.dsp[s][p] * y[v][s][p] for p in range(P) for s in range(S))
        )
        md.add(c <= T)
        cost.append(c)
    _loads(md, m, x)
    for v in range(V - 1):
        if _twin(m, v, v + 1):
            md.add(cost[v] >= cost[v + 1])
    if hint is not None:
        _hint(md, m, hint, z, x, y, e, used, cost, T)
    md.minimize(T)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, time_limit)
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    cb = _Callback(m, z, x, y, e, T, on_solution)
    status = solver.solve(md, cb)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        # UNKNOWN still carries a valid bound; INFEASIBLE or MODEL_INVALID within the horizon
        # says nothing about plans outside the model's trip cap, so claim nothing.
        known = status == cp_model.UNKNOWN
        bound = max(lower, math.ceil(solver.best_objective_bound - 1e-6)) if known else lower
        return ExactResult(None, None, bound, False)
    bound = max(lower, math.ceil(solver.best_objective_bound - 1e-6))
    structure = _extract(m, solver, z, x, y, e)
    best = int(solver.objective_value)
    return ExactResult(structure, best, bound, status == cp_model.OPTIMAL)


def _horizon(m: Model, hint: Structure | None) -> int:
    if hint is not None:
        return max(m.route_time(v, r) for v, r in enumerate(hint))
    worst = max(max(r) for r in m.dps) + max(max(r) for r in m.dsp) + max(m.handling)
    return max(max(r) for r in m.dstart) + trip_limit(m) * worst


def _twin(m: Model, a: int, b: int) -> bool:
    return (
        m.dstart[a] == m.dstart[b]
        and m.cap[a] == m.cap[b]
        and m.medical[a] == m.medical[b]
        and m.handling[a] == m.handling[b]
    )


def _connect(md: cp_model.CpModel, v: int, z: Vars, x: Vars, y: Vars, P: int, S: int, U: int,
             N: int) -> None:  # fmt: skip
    """Every node with a trip gets one unit of flow from the start along used arcs."""
    fz = [md.new_int_var(0, N, f"fz{v}_{p}") for p in range(P)]
    fx = [[md.new_int_var(0, N, f"fx{v}_{p}_{s}") for s in range(S)] for p in range(P)]
    fy = [[md.new_int_var(0, N, f"fy{v}_{s}_{p}") for p in range(P)] for s in range(S)]
    for p in range(P):
        md.add(fz[p] <= N * z[p])
        for s in range(S):
            md.add(fx[p][s] <= N * x[p][s])
            md.add(fy[s][p] <= N * y[s][p])
    for p in range(P):
        visited = md.new_bool_var(f"a{v}_{p}")
        md.add(sum(x[p]) <= U * visited)
        md.add(sum(x[p]) >= visited)
        md.add(fz[p] + sum(fy[s][p] for s in range(S)) - sum(fx[p]) == visited)
    for s in range(S):
        visited = md.new_bool_var(f"b{v}_{s}")
        into = sum(x[p][s] for p in range(P))
        md.add(into <= U * visited)
        md.add(into >= visited)
        md.add(sum(fx[p][s] for p in range(P)) - sum(fy[s]) == visited)


def _loads(md: cp_model.CpModel, m: Model, x: Vars) -> None:
    P, S, V = m.n_pickups, m.n_shelters, m.n_vehicles
    if m.problem.full_trips:
        for p in range(P):
            md.add(sum(m.cap[v] * x[v][p][s] for v in range(V) for s in range(S)) >= m.waiting[p])
            md.add(
                sum(m.cap[v] * x[v][p][s] for v in range(V) if m.medical[v] for s in range(S))
                >= m.wounded[p]
            )
        for s in range(S):
            md.add(sum(m.cap[v] * x[v][p][s] for v in range(V) for p in range(P)) <= m.room[s])
        return
    total = sum(m.waiting)
    g = [[[md.new_int_var(0, total, f"g{v}_{p}_{s}") for s in range(S)] for p in range(P)]
         for v in range(V)]  # fmt: skip
    w = [[[md.new_int_var(0, total if m.medical[v] else 0, f"w{v}_{p}_{s}") for s in range(S)]
          for p in range(P)] for v in range(V)]  # fmt: skip
    for v in range(V):
        for p in range(P):
            for s in range(S):
                md.add(g[v][p][s] + w[v][p][s] <= m.cap[v] * x[v][p][s])
    for p in range(P):
        md.add(sum(w[v][p][s] for v in range(V) for s in range(S)) == m.wounded[p])
        md.add(sum(g[v][p][s] for v in range(V) for s in range(S)) == m.waiting[p] - m.wounded[p])
    for s in range(S):
        md.add(sum(g[v][p][s] + w[v][p][s] for v in range(V) for p in range(P)) <= m.room[s])


def _hint(md: cp_model.CpModel, m: Model, hint: Structure, z: Vars, x: Vars, y: Vars, e: Vars,
          used: Vars, cost: Vars, T: cp_model.IntVar) -> None:  # fmt: skip
    for v, trips in enumerate(hint):
        zc: dict[int, int] = defaultdict(int)
        xc: dict[tuple[int, int], int] = defaultdict(int)
        yc: dict[tuple[int, int], int] = defaultdict(int)
        ec: dict[int, int] = defaultdict(int)
        if trips:
            zc[trips[0][0]] = 1
            ec[trips[-1][1]] = 1
            for k, (p, s) in enumerate(trips):
                xc[(p, s)] += 1
                if k:
                    yc[(trips[k - 1][1], p)] += 1
        md.add_hint(used[v], bool(trips))
        for p in range(m.n_pickups):
            md.add_hint(z[v][p], bool(zc[p]))
            for s in range(m.n_shelters):
                md.add_hint(x[v][p][s], xc[(p, s)])
                md.add_hint(y[v][s][p], yc[(s, p)])
        for s in range(m.n_shelters):
            md.add_hint(e[v][s], bool(ec[s]))


class _Callback(cp_model.CpSolverSolutionCallback):
    def __init__(self, m: Model, z: Vars, x: Vars, y: Vars, e: Vars, T: cp_model.IntVar,
                 on_solution: Callable[[Structure, int], None] | None) -> None:  # fmt: skip
        super().__init__()
        self.m, self.z, self.x, self.y, self.e, self.T = m, z, x, y, e, T
        self.on_solution = on_solution
        self.started = time.monotonic()

    def on_solution_callback(self) -> None:
        if self.on_solution is not None:
            structure = _extract(self.m, self, self.z, self.x, self.y, self.e)
            self.on_solution(structure, int(self.value(self.T)))


def _extract(m: Model, src: object, z: Vars, x: Vars, y: Vars, e: Vars) -> Structure:
    """Arc counts -> an Euler walk start -> p -> s -> ... -> end shelter, per vehicle."""
    value = src.value  # type: ignore[attr-defined]
    out: Structure = []
    for v in range(m.n_vehicles):
        arcs: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
        for p in range(m.n_pickups):
            if value(z[v][p]):
                arcs[("o", 0)].append(("p", p))
            for s in range(m.n_shelters):
                arcs[("p", p)].extend([("s", s)] * int(value(x[v][p][s])))
                arcs[("s", s)].extend([("p", p)] * int(value(y[v][s][p])))
        if not arcs[("o", 0)]:
            out.append([])
            continue
        walk = _euler(arcs, ("o", 0))
        nodes = walk[1:]
        out.append([(nodes[i][1], nodes[i + 1][1]) for i in range(0, len(nodes) - 1, 2)])
    return out


def _euler(arcs: dict[tuple[str, int], list[tuple[str, int]]], start: tuple[str, int]
           ) -> list[tuple[str, int]]:  # fmt: skip
    stack, walk = [start], []
    while stack:
        node = stack[-1]
        if arcs[node]:
            stack.append(arcs[node].pop())
        else:
            walk.append(stack.pop())
    return walk[::-1]
