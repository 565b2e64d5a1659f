"""Greedy construction and iterated local search over trip structures.

Construction: repeatedly give the next trip to the (vehicle, pickup, shelter) that finishes
earliest; medical vehicles serve the wounded first. Randomised variants pick among the few best
candidates (GRASP-style) for restarts.

Local search on the vehicles that set the makespan: move a trip (any vehicle, any position),
swap two trips, change a trip's shelter or pickup, swap pickups or shelters between two trips,
drop a trip that is not needed. A move is taken when it lowers (makespan, routes at the makespan,
total time), or with `wounded_first` (the time the last wounded person reaches a shelter,
makespan, ...); feasibility (demand covered, shelters not over capacity) is checked on every move.
An iterated local search perturbs the best structure and descends again until the deadline.
"""

from __future__ import annotations

import heapq
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator

from corridor.planning.model import Model, Structure

Score = tuple[int, ...]


def construct(m: Model, rng: random.Random | None = None, width: int = 1) -> Structure:
    """Earliest-finish greedy; with `rng`, choose among the `width` best candidates."""
    general = [m.waiting[p] - m.wounded[p] for p in range(m.n_pickups)]
    wounded = list(m.wounded)
    room = list(m.room)
    clock = [0] * m.n_vehicles
    where: list[int | None] = [None] * m.n_vehicles
    structure: Structure = [[] for _ in range(m.n_vehicles)]
    full = m.problem.full_trips
    # shelters nearest first from each pickup: only the first few with room can be among the
    # `width` best candidates of a (vehicle, pickup), which keeps big instances fast
    nearest = [sorted(range(m.n_shelters), key=lambda s: m.dps[p][s]) for p in range(m.n_pickups)]
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
                taken, last = 0, -1
                for s in nearest[p]:
                    if taken >= width and m.dps[p][s] > last:
                        break  # the rest finish later than `width` candidates already here
                    if room[s] <= 0 or (full and room[s] < cap):
                        continue
                    cands.append((reach + m.dps[p][s], -min(cap, left, room[s]), v, p, s))
                    taken, last = taken + 1, m.dps[p][s]
        if not cands:
            raise ValueError("no vehicle can serve the remaining demand")
        best = heapq.nsmallest(width if rng else 1, cands)
        pick = best[rng.randrange(len(best))] if rng else best[0]
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


def score(m: Model, structure: Structure, wounded_first: bool = False) -> Score:
    """A structure's score, lower is better: see the module for the order of the terms."""
    times = [m.route_time(v, r) for v, r in enumerate(structure)]
    return _score(times, m.last_wounded(structure) if wounded_first else None)


Changes = dict[int, list[tuple[int, int]]]

# Above this many trips in a route, moves try a sample of insertion positions, not all.
POSITIONS = 12


class Search:
    """Iterated local search; `best` always holds a feasible structure.

    Moves are evaluated incrementally: only the routes a move changes are re-timed, and the
    feasibility check runs only when the move changes how many trips of each vehicle class run
    each (pickup, shelter) pair (results are cached by that count).
    """

    def __init__(
        self, m: Model, structure: Structure, seed: int = 0, wounded_first: bool = False
    ) -> None:
        self.m = m
        self.wounded_first = wounded_first and any(m.wounded)
        self.rng = random.Random(seed)  # noqa: S311 - search randomness, not security
        self.feasible_cache: dict[object, bool] = {}
        if not self.feasible(structure):
            raise ValueError("start structure is infeasible")
        self.best = [list(r) for r in structure]
        self.best_score = self.score(structure)

    def score(self, structure: Structure) -> Score:
        return score(self.m, structure, self.wounded_first)

    def feasible(self, structure: Structure) -> bool:
        return self._feasible_key(Counter(dict(self.m.key(structure))))

    def _feasible_key(self, counts: Counter[tuple[int, int, int, bool]]) -> bool:
        key = tuple(sorted((k, n) for k, n in counts.items() if n))
        if key not in self.feasible_cache:
            self.feasible_cache[key] = self.m.flows_of_key(key) is not None
        return self.feasible_cache[key]

    def _classes(self, v: int, trips: list[tuple[int, int]]) -> Counter[tuple[int, int, int, bool]]:
        c, med = self.m.cap[v], self.m.medical[v]
        return Counter((p, s, c, med) for p, s in trips)

    def descend(self, structure: Structure, deadline: float) -> tuple[Structure, Score]:
        m = self.m
        current = [list(r) for r in structure]
        times = [m.route_time(v, r) for v, r in enumerate(current)]
        counts = Counter(dict(m.key(current)))
        lw = m.last_wounded(current) if self.wounded_first else None
        cur = _score(times, lw)
        improved = True
        while improved and time.monotonic() < deadline:
            improved = False
            late = [] if lw is None else self._late_wounded(current, lw)
            for n, changes in enumerate(self._neighbours(current, times, late)):
                if n % 256 == 0 and time.monotonic() >= deadline:
                    break
                new_times = list(times)
                for v, r in changes.items():
                    new_times[v] = m.route_time(v, r)
                new_lw = lw
                if lw is not None and any(m.medical[v] for v in changes):
                    trial = list(current)
                    for v, r in changes.items():
                        trial[v] = r
                    new_lw = m.last_wounded(trial)
                sc = _score(new_times, new_lw)
                if sc >= cur:
                    continue
                delta: Counter[tuple[int, int, int, bool]] = Counter()
                for v, r in changes.items():
                    delta.update(self._classes(v, r))
                    delta.subtract(self._classes(v, current[v]))
                if any(delta.values()):
                    after = Counter(counts)
                    after.update(delta)
                    if not self._feasible_key(after):
                        continue
                    counts = after
                for v, r in changes.items():
                    current[v] = r
                times, lw, cur, improved = new_times, new_lw, sc, True
                break
        return current, cur

    def _positions(self, n: int) -> list[int]:
        if n + 1 <= POSITIONS:
            return list(range(n + 1))
        return sorted(self.rng.sample(range(n + 1), POSITIONS))

    def _late_wounded(self, st: Structure, lw: int) -> list[int]:
        """The medical vehicles with a trip arriving when the last wounded person does."""
        m = self.m
        return [v for v in range(len(st)) if m.medical[v] and lw in m.arrivals(v, st[v])]

    def _neighbours(self, st: Structure, times: list[int], late: list[int]) -> Iterator[Changes]:
        m, rng = self.m, self.rng
        top = max(times)
        critical = late + [v for v in range(len(st)) if times[v] == top and v not in late]
        others = sorted(range(len(st)), key=lambda v: times[v])
        for v in critical:
            # an extra trip can shorten a route where travel times break the triangle inequality
            for j in self._positions(len(st[v])):
                for p in range(m.n_pickups):
                    for s in range(m.n_shelters):
                        yield {v: st[v][:j] + [(p, s)] + st[v][j:]}
            idx = list(range(len(st[v])))
            rng.shuffle(idx)
            for i in idx:
                trip = st[v][i]
                rest = st[v][:i] + st[v][i + 1 :]
                yield {v: rest}  # drop a trip
                for w in others:  # move it to another position or vehicle
                    base = rest if w == v else st[w]
                    for j in self._positions(len(base)):
                        if w == v and j == i:
                            continue
                        new = base[:j] + [trip] + base[j:]
                        yield {v: new} if w == v else {v: rest, w: new}
                p, s = trip
                for s2 in range(m.n_shelters):  # change shelter / pickup
                    if s2 != s:
                        yield {v: _put(st[v], i, (p, s2))}
                for p2 in range(m.n_pickups):
                    if p2 != p:
                        yield {v: _put(st[v], i, (p2, s))}
                for w in others:  # swap with, or exchange a part with, another trip
                    js = range(len(st[w]))
                    if len(st[w]) > POSITIONS:
                        js = rng.sample(range(len(st[w])), POSITIONS)  # type: ignore[assignment]
                    for j in js:
                        other = st[w][j]
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
                                yield {v: _put(_put(st[v], i, mine), j, theirs)}
                            else:
                                yield {v: _put(st[v], i, mine), w: _put(st[w], j, theirs)}

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
        stop_at: Score | None = None,
    ) -> tuple[Structure, Score]:
        """Search until `deadline` or until the best score is at most `stop_at` (a bound)."""
        current, cur = self.descend(self.best, deadline)
        self._offer(current, cur, on_improve)
        stall = 0
        while time.monotonic() < deadline:
            if stop_at is not None and self.best_score[: len(stop_at)] <= stop_at:
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


def _score(times: list[int], last_wounded: int | None = None) -> Score:
    top = max(times)
    base = (top, times.count(top), sum(times))
    return base if last_wounded is None else (last_wounded, *base)


def _put(trips: list[tuple[int, int]], i: int, trip: tuple[int, int]) -> list[tuple[int, int]]:
    out = list(trips)
    out[i] = trip
    return out
