"""Greedy construction and iterated local search over trip structures.

Construction: repeatedly give the next trip to the (vehicle, pickup, shelter) that finishes
earliest; medical vehicles serve the wounded first. Randomised variants pick among the few best
candidates (GRASP-style) for restarts.

Local search on the vehicles that set the makespan: move a trip (any vehicle, any position),
swap two trips, change a trip's shelter or pickup, swap pickups or shelters between two trips,
drop a trip that is not needed. A move is taken when it lowers (makespan, routes at the makespan,
total time); feasibility (demand covered, shelters not over capacity) is checked on every move.
An iterated local search perturbs the best structure and descends again until the deadline.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator

from corridor.planning.model import Model, Structure

Score = tuple[int, int, int]


def construct(m: Model, rng: random.Random | None = None, width: int = 1) -> Structure:
    """Earliest-finish greedy; with `rng`, choose among the `width` best candidates."""
    general = [m.waiting[p] - m.wounded[p] for p in range(m.n_pickups)]
    wounded = list(m.wounded)
    room = list(m.room)
    clock = [0] * m.n_vehicles
    where: list[int | None] = [None] * m.n_vehicles
    structure: Structure = [[] for _ in range(m.n_vehicles)]
    full = m.problem.full_trips
    while sum(general) + sum(wounded) > 0:
        cands: list[tuple[int, int, int, int, int]] = []
        for v in range(m.n_vehicles):
            cap = m.cap[v]
            serve_wounded = m.medical[v] and any(wounded)
            for p in range(m.n_pickups):
                left = wounded[p] if serve_wounded else general[p] + (wounded[p] if full else 0)
                if left <= 0:
                    continue
                s0 = where[v]
                reach = clock[v] + (m.dstart[v][p] if s0 is None else m.dsp[s0][p]) + m.handling[v]
                for s in range(m.n_shelters):
                    if room[s] <= 0 or (full and room[s] < cap):
                        continue
                    cands.append((reach + m.dps[p][s], -min(cap, left, room[s]), v, p, s))
        if not cands:
            raise ValueError("no vehicle can serve the remaining demand")
        cands.sort()
        pick = cands[rng.randrange(min(width, len(cands)))] if rng else cands[0]
        finish, _, v, p, s = pick
        cap = min(m.cap[v], room[s])
        take_w = min(wounded[p], cap) if m.medical[v] else 0
        take_g = min(general[p], cap - take_w)
        if full:
            take_w, take_g = 0, m.cap[v]
            general[p] -= min(general[p], take_g)
            room[s] -= m.cap[v]
        else:
            wounded[p] -= take_w
            general[p] -= take_g
            room[s] -= take_w + take_g
        structure[v].append((p, s))
        clock[v], where[v] = finish, s
    return structure


def score(m: Model, structure: Structure) -> Score:
    times = [m.route_time(v, r) for v, r in enumerate(structure)]
    top = max(times)
    return (top, times.count(top), sum(times))


class Search:
    """Iterated local search; `best` always holds a feasible structure."""

    def __init__(self, m: Model, structure: Structure, seed: int = 0) -> None:
        self.m = m
        self.rng = random.Random(seed)  # noqa: S311 - search randomness, not security
        self.feasible_cache: dict[object, bool] = {}
        if not self.feasible(structure):
            raise ValueError("start structure is infeasible")
        self.best = [list(r) for r in structure]
        self.best_score = score(m, structure)

    def feasible(self, structure: Structure) -> bool:
        key = self.m.key(structure)
        if key not in self.feasible_cache:
            self.feasible_cache[key] = self.m.flows(structure) is not None
        return self.feasible_cache[key]

    def descend(self, structure: Structure, deadline: float) -> tuple[Structure, Score]:
        current, cur = structure, score(self.m, structure)
        improved = True
        while improved and time.monotonic() < deadline:
            improved = False
            for cand in self._neighbours(current):
                if time.monotonic() >= deadline:
                    break
                sc = score(self.m, cand)
                if sc < cur and self.feasible(cand):
                    current, cur, improved = cand, sc, True
                    break
        return current, cur

    def _neighbours(self, st: Structure) -> Iterator[Structure]:
        m = self.m
        times = [m.route_time(v, r) for v, r in enumerate(st)]
        top = max(times)
        critical = [v for v in range(len(st)) if times[v] == top]
        others = sorted(range(len(st)), key=lambda v: times[v])
        rng = self.rng
        for v in critical:
            # an extra trip can shorten a route where travel times break the triangle inequality
            for j in range(len(st[v]) + 1):
                for p in range(m.n_pickups):
                    for s in range(m.n_shelters):
                        yield _with(st, {v: st[v][:j] + [(p, s)] + st[v][j:]})
            idx = list(range(len(st[v])))
            rng.shuffle(idx)
            for i in idx:
                trip = st[v][i]
                # drop a trip
                yield _with(st, {v: st[v][:i] + st[v][i + 1 :]})
                # move to another position / vehicle
                for w in others:
                    base = st[v][:i] + st[v][i + 1 :] if w == v else st[w]
                    for j in range(len(base) + 1):
                        if w == v and j == i:
                            continue
                        new = base[:j] + [trip] + base[j:]
                        if w == v:
                            yield _with(st, {v: new})
                        else:
                            yield _with(st, {v: st[v][:i] + st[v][i + 1 :], w: new})
                # change shelter / pickup
                p, s = trip
                for s2 in range(m.n_shelters):
                    if s2 != s:
                        yield _with(st, {v: _put(st[v], i, (p, s2))})
                for p2 in range(m.n_pickups):
                    if p2 != p:
                        yield _with(st, {v: _put(st[v], i, (p2, s))})
                # swap with / exchange parts with another trip
                for w in others:
                    for j, other in enumerate(st[w]):
                        if w == v and j == i:
                            continue
                        for mine, theirs in (
                            (other, trip),
                            ((other[0], s), (p, other[1])),
                            ((p, other[1]), (other[0], s)),
                        ):
                            if mine == trip:
                                continue
                            if w == v:
                                new = _put(_put(st[v], i, mine), j, theirs)
                                yield _with(st, {v: new})
                            else:
                                yield _with(
                                    st, {v: _put(st[v], i, mine), w: _put(st[w], j, theirs)}
                                )

    def perturb(self, st: Structure, strength: int) -> Structure:
        m, rng = self.m, self.rng
        out = [list(r) for r in st]
        for _ in range(50 * strength):
            if strength <= 0:
                break
            cand = [list(r) for r in out]
            v = rng.randrange(len(cand))
            if not cand[v]:
                continue
            i = rng.randrange(len(cand[v]))
            kind = rng.random()
            if kind < 0.5:
                trip = cand[v].pop(i)
                w = rng.randrange(len(cand))
                cand[w].insert(rng.randrange(len(cand[w]) + 1), trip)
            elif kind < 0.75:
                p, _ = cand[v][i]
                cand[v][i] = (p, rng.randrange(m.n_shelters))
            else:
                _, s = cand[v][i]
                cand[v][i] = (rng.randrange(m.n_pickups), s)
            if self.feasible(cand):
                out = cand
                strength -= 1
        return out

    def run(
        self,
        deadline: float,
        on_improve: Callable[[Structure, Score], None] | None = None,
        stop_at: int | None = None,
    ) -> tuple[Structure, Score]:
        current, cur = self.descend(self.best, deadline)
        self._offer(current, cur, on_improve)
        stall = 0
        while time.monotonic() < deadline:
            if stop_at is not None and self.best_score[0] <= stop_at:
                break
            stall += 1
            if stall % 25 == 0:
                start = construct(self.m, self.rng, width=3)
                if not self.feasible(start):
                    continue
            else:
                base = current if self.rng.random() < 0.7 else self.best
                start = self.perturb(base, 1 + self.rng.randrange(3))
            cand, sc = self.descend(start, deadline)
            if sc <= cur or self.rng.random() < 0.05:
                current, cur = cand, sc
            if self._offer(cand, sc, on_improve):
                stall = 0
        return self.best, self.best_score

    def _offer(
        self, st: Structure, sc: Score, on_improve: Callable[[Structure, Score], None] | None
    ) -> bool:
        if sc < self.best_score:
            self.best, self.best_score = [list(r) for r in st], sc
            if on_improve:
                on_improve(self.best, sc)
            return True
        return False


def _with(st: Structure, changes: dict[int, list[tuple[int, int]]]) -> Structure:
    return [changes.get(v, r) for v, r in enumerate(st)]


def _put(trips: list[tuple[int, int]], i: int, trip: tuple[int, int]) -> list[tuple[int, int]]:
    out = list(trips)
    out[i] = trip
    return out
