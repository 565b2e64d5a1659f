"""Protecting the published cells of the disclosure model (``domain/disclosure.py``).

Protection (docs/observers.md): *primary* suppression hides every cell of 1-4 people;
*secondary* suppression is an audit-and-repair loop in the manner of tau-Argus's "modular"
checks. For each primary cell the attacker's linear programme (every atom >= 0, each category
dimension adds up to the total, every published cell equal to its value) is solved for the
cell's minimum and maximum; while the interval is narrower than :data:`PROTECTION`, the
cheapest published cell that binds the bound (a non-zero dual value) is hidden too. Hiding a
cell only removes a constraint, so an interval never narrows again: one pass suffices.

Pure: no I/O. The LP solver is OR-Tools GLOP (already used by the planner's bounds).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ortools.linear_solver import pywraplp

from corridor.domain.disclosure import SMALL_CELL, Model

PROTECTION = 5.0  # a hidden cell must stay consistent with values at least this far apart
CAP = 10_000_000.0  # the ledger's largest count: the attacker's bound where nothing binds


def primary(model: Model) -> set[int]:
    """Cells of 1-4 people (either sign): hidden whatever else is shown."""
    return {i for i, v in enumerate(model.values) if 0 < abs(v) < SMALL_CELL}


@dataclass
class Protection:
    """Which cells are hidden, and how the loop went."""

    hidden: set[int]
    primary: set[int]
    rounds: int = 0  # linear programmes solved
    unsafe: list[int] = field(default_factory=list)  # primary cells left too narrow (none)
    fixed: set[int] = field(default_factory=set)  # shown elsewhere: never complementary


class Attacker:
    """The attacker's linear programme over one model: min and max of any cell given the rest."""

    def __init__(
        self, model: Model, hidden: Iterable[int], cells: Iterable[int] | None = None
    ) -> None:
        """The programme over some cells (default all) and the atoms they and their groups use."""
        self.model = model
        self.solver = pywraplp.Solver.CreateSolver("GLOP")
        inf = self.solver.infinity()
        mine = range(len(model.forms)) if cells is None else sorted(set(cells))
        atoms = sorted({a for c in mine for a, _ in model.forms[c]})
        # Atoms are capped (no count exceeds the ledger's limit) so no programme is unbounded.
        self.x = {a: self.solver.NumVar(0.0, CAP, f"a{a}") for a in atoms}
        for total, members in model.groups:
            if total not in self.x and not any(m in self.x for m in members):
                continue
            for a in (total, *members):  # atoms no published cell names: still >= 0
                if a not in self.x:
                    self.x[a] = self.solver.NumVar(0.0, CAP, f"a{a}")
            ct = self.solver.Constraint(0.0, 0.0)
            ct.SetCoefficient(self.x[total], -1.0)
            for m in members:
                ct.SetCoefficient(self.x[m], 1.0)
        self.cts: dict[int, Any] = {}
        hidden = set(hidden)
        for i in mine:
            v = float(model.values[i])
            ct = self.solver.Constraint(-inf, inf) if i in hidden else self.solver.Constraint(v, v)
            for a, c in model.forms[i]:
                ct.SetCoefficient(self.x[a], float(c))
            self.cts[i] = ct
        self.solves = 0

    def hide(self, cell: int) -> None:
        """Take a cell's value away from the attacker."""
        inf = self.solver.infinity()
        self.cts[cell].SetBounds(-inf, inf)

    def bound(self, cell: int, maximise: bool) -> tuple[float, list[int]]:
        """The cell's max (or min), and the published cells that bind it (non-zero duals)."""
        objective = self.solver.Objective()
        objective.Clear()
        for a, c in self.model.forms[cell]:
            objective.SetCoefficient(self.x[a], float(c))
        objective.SetOptimizationDirection(maximise)
        status = self.solver.Solve()
        self.solves += 1
        if status != pywraplp.Solver.OPTIMAL:  # the published values are always feasible
            raise RuntimeError(f"the attacker's programme failed (status {status})")
        duals = [i for i, ct in self.cts.items() if abs(ct.dual_value()) > 1e-9]
        return objective.Value(), duals

    def interval(self, cell: int) -> tuple[float, float]:
        """What the attacker can say about a cell: its min and max."""
        return self.bound(cell, False)[0], self.bound(cell, True)[0]


def protect(model: Model, *, secondary: bool = True, fixed: Iterable[str] = ()) -> Protection:
    """Primary suppression, then (unless ``secondary`` is off) the audit-and-repair loop.

    :param fixed: keys of cells published elsewhere whatever this returns (small cells aside):
        never chosen as complementary cells.
    """
    first = primary(model)
    result = Protection(hidden=set(first), primary=first)
    result.fixed = {model.labels[k] for k in fixed if k in model.labels}
    if not secondary or not first:
        return result
    solves = 0
    for part in components(model):
        targets = sorted(first & set(part), key=lambda c: (model.values[c], c))
        if targets:
            solves += _repair(model, Attacker(model, first, part), targets, result)
    result.rounds = solves
    return result


def _repair(model: Model, attacker: Attacker, targets: list[int], result: Protection) -> int:
    """Hide complementary cells until each target's interval is wide enough; return solves."""
    for cell in targets:
        while True:
            lo, lo_binding = attacker.bound(cell, False)
            hi, hi_binding = attacker.bound(cell, True)
            if hi - lo >= PROTECTION - 1e-6:
                break
            shown = [
                c
                for c in {*lo_binding, *hi_binding}
                if c not in result.hidden and c not in result.fixed
            ]
            if not shown:
                result.unsafe.append(cell)
                break
            pick = min(shown, key=lambda c: _cost(model.values[c], c))
            result.hidden.add(pick)
            attacker.hide(pick)
    return attacker.solves


def components(model: Model) -> list[list[int]]:
    """Cells in groups that share no atom, directly or through a dimension's total."""
    parent = list(range(len(model.atoms)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def join(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    for total, members in model.groups:
        for m in members:
            join(m, total)
    for form in model.forms:
        for a, _ in form[1:]:
            join(a, form[0][0])
    parts: dict[int, list[int]] = defaultdict(list)
    for i, form in enumerate(model.forms):
        parts[find(form[0][0])].append(i)
    return list(parts.values())


def _cost(value: int, cell: int) -> tuple[int, int, int]:
    """Hide the smallest cell that alone gives enough room, else the smallest one."""
    return (0 if abs(value) >= PROTECTION else 1, abs(value), cell)


def audit(
    model: Model, hidden: Iterable[int], cells: Iterable[int]
) -> dict[int, tuple[float, float]]:
    """The attacker's interval for each cell (run on the hidden primary cells)."""
    wanted = set(cells)
    out = {}
    for part in components(model):
        mine = [c for c in part if c in wanted]
        if mine:
            attacker = Attacker(model, hidden, part)
            out.update({c: attacker.interval(c) for c in mine})
    return out
