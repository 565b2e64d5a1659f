"""Statistical disclosure control for everything published: one model, one rule, one audit.

Every public figure (observer dashboard and ``/api/summary``, public sitreps of every day, HXL,
aggregated exports) is a *cell* of one model: a sum, with signs, of *atoms*, the people counted
on one day at one site at one stage in one category (the derived ``tally_hourly`` rows summed by
UTC day). The published tables are:

- ``site|day|D|<site>|<name>|<dim>|<value>``: one site on one day, by category (HXL);
- ``site|upto|D|<site>|<name>|total|all``: one site from the start to the end of day D (the
  dashboard's site tables, as they stood each day);
- ``leg|upto|D|<leg>|<name>|total|all``: the total row of each per-leg site table;
- ``all|day|D|<name>|<dim>|<value>`` and ``all|upto|D|...``: all sites, on the day and since the
  start, by category (the sitrep's figures and categories, the dashboard's headlines and its
  categories by stage).

``<name>`` is a raw stage (departed, arrived, registered, ...) or a figure of the summary's legs
(left = departed - turned back at pickup sites and crossings, arrived at reception, onward ...).
A cell that is the same sum as another (one site alone in its leg) is the same cell: it is
shown or hidden in every table at once.

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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ortools.linear_solver import pywraplp

from corridor.domain.localtime import local_day

SMALL_CELL = 5  # 1-4 people are never shown
PROTECTION = 5.0  # a hidden cell must stay consistent with values at least this far apart
DIMS: dict[str, tuple[str, ...]] = {
    "group": ("civilian", "fighter", "unknown"),
    "age": ("adult", "child", "unknown"),
    "sex": ("female", "male", "unknown"),
    "triage": ("critical", "serious", "walking", "none", "unknown"),
}
STAGES = (
    "registered",
    "registered_departed",
    "departed",
    "arrived",
    "died",
    "missing",
    "diverted",
    "waiting_counted",
)
LEGS = ("origin", "reception", "onward")
# Figures of the summary's legs, from raw stages at a site of a leg, with their signs.
FIGURES: dict[str, dict[str, tuple[tuple[str, int], ...]]] = {
    "left": {"origin": (("departed", 1), ("arrived", -1))},
    "departed_origin": {"origin": (("departed", 1),)},
    "returned": {"origin": (("arrived", 1),)},
    "arrived": {"reception": (("arrived", 1),)},
    "onward": {"onward": (("arrived", 1),)},
    "waiting_named": dict.fromkeys(LEGS, (("registered", 1), ("registered_departed", -1))),
    "waiting": dict.fromkeys(
        LEGS, (("registered", 1), ("registered_departed", -1), ("waiting_counted", 1))
    ),
}
# Published by category (all sites): the sitrep's figures, the dashboard's stages and departures.
HXL_NAMES = ("departed", "arrived_any", "died", "missing", "diverted")  # also by site and day
CATEGORY_NAMES = (*HXL_NAMES, "left", "departed_origin", "returned", "arrived", "onward")
# Everything else (registered, waiting ...) is published as totals only.
TOTAL = ("total", "all")
CAP = 10_000_000.0  # the ledger's largest count: the attacker's bound where nothing binds

AtomKey = tuple[str, str, str, str, str]  # (day, site, stage, dim, value)
Form = tuple[tuple[int, int], ...]  # (atom index, coefficient), sorted


def leg_of(kind: str) -> str:
    """The leg a site's kind stands for (the summary's rule)."""
    if kind in ("pickup", "crossing"):
        return "origin"
    if kind in ("camp", "relatives"):
        return "onward"
    return "reception"


@dataclass
class Model:
    """The atoms, how they hang together, and every published cell (deduplicated by sum)."""

    atoms: list[AtomKey]
    counts: list[int]
    groups: list[tuple[int, list[int]]]  # (total atom, atoms of one dimension's values)
    forms: list[Form]  # one per distinct cell
    values: list[int]
    labels: dict[str, int]  # published key -> cell index
    days: list[str]

    def cell(self, key: str) -> int | None:
        """The cell a key names, or None when it is 0 for want of any atom."""
        return self.labels.get(key)


def atoms_from_rows(
    rows: Iterable[Mapping[str, Any]], time_zone: str | None = None
) -> dict[AtomKey, int]:
    """Sum ``tally_hourly`` rows into atoms by the operation's local day (the day its full
    reports cut; UTC when it has no zone); stages outside :data:`STAGES` are dropped."""
    out: dict[AtomKey, int] = defaultdict(int)
    days: dict[str, str] = {}
    for r in rows:
        if r["stage"] in STAGES:
            hour = str(r["hour"])
            day = days.get(hour)
            if day is None:
                day = days[hour] = local_day(hour, time_zone)
            out[(day, r["site"], r["stage"], r["dim"], r["value"])] += int(r["n"])
    return dict(out)


def _names(leg: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """Every name published for a site of a leg: raw stages and the leg's figures."""
    names: dict[str, tuple[tuple[str, int], ...]] = {
        ("arrived_any" if s == "arrived" else s): ((s, 1),) for s in STAGES
    }
    for fig, by_leg in FIGURES.items():
        if leg in by_leg:
            names[fig] = by_leg[leg]
    return names


def build_model(atoms: Mapping[AtomKey, int], legs: Mapping[str, str]) -> Model:
    """The model of everything published from these atoms (``legs``: site -> leg)."""
    keys = sorted(atoms)
    index = {k: i for i, k in enumerate(keys)}
    days = sorted({k[0] for k in keys})
    groups = []
    by_cell: dict[tuple[str, str, str], dict[str, list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for k, i in index.items():
        by_cell[k[:3]][k[3]].append(i)
    for head, dims in by_cell.items():
        total = index.get((*head, *TOTAL))
        if total is None:
            continue
        groups += [(total, members) for dim, members in sorted(dims.items()) if dim in DIMS]
    # Accumulate every published key's form: key -> atom -> coefficient.
    forms: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for (day, site, stage, dim, value), i in index.items():
        leg = legs.get(site, "reception")
        for name, flows in _names(leg).items():
            for raw, sign in flows:
                if raw != stage:
                    continue
                _add(forms, i, sign, day, days, site, leg, name, dim, value)
    labels: dict[str, int] = {}
    distinct: dict[Form, int] = {}
    out_forms: list[Form] = []
    values: list[int] = []
    counts = [atoms[k] for k in keys]
    for key in sorted(forms):
        form = tuple(sorted((a, c) for a, c in forms[key].items() if c))
        if not form:
            continue
        if form not in distinct:
            distinct[form] = len(out_forms)
            out_forms.append(form)
            values.append(sum(counts[a] * c for a, c in form))
        labels[key] = distinct[form]
    return Model(keys, counts, groups, out_forms, values, labels, days)


def _add(
    forms: dict[str, dict[int, int]],
    atom: int,
    sign: int,
    day: str,
    days: Sequence[str],
    site: str,
    leg: str,
    name: str,
    dim: str,
    value: str,
) -> None:
    """Add one atom to every published cell it counts in."""
    cat = f"{dim}|{value}"
    by_category = name in CATEGORY_NAMES
    if not by_category and (dim, value) != TOTAL:
        return
    if name in HXL_NAMES:
        forms[f"site|day|{day}|{site}|{name}|{cat}"][atom] += sign
    forms[f"all|day|{day}|{name}|{cat}"][atom] += sign
    for later in days:
        if later < day:
            continue
        forms[f"all|upto|{later}|{name}|{cat}"][atom] += sign
        if (dim, value) == TOTAL:
            forms[f"site|upto|{later}|{site}|{name}|{cat}"][atom] += sign
            forms[f"leg|upto|{later}|{leg}|{name}|{cat}"][atom] += sign


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


def checkpoint_keys(model: Model) -> list[str]:
    """The cells the transparency log publishes with every checkpoint (``domain/merkle.py``):
    people per raw stage, all sites, since the start. They are signed with primary suppression
    only, so the repair loop may not hide them."""
    if not model.days:
        return []
    names = ("arrived_any" if s == "arrived" else s for s in STAGES)
    return [key("all", "upto", model.days[-1], n, *TOTAL) for n in names]


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


def published(model: Model, hidden: set[int]) -> dict[str, int | None]:
    """Every published key with its value, None where hidden."""
    return {k: (None if c in hidden else model.values[c]) for k, c in model.labels.items()}


def key(*parts: str) -> str:
    """A published key from its parts (``key("all", "upto", day, "left", "total", "all")``)."""
    return "|".join(parts)


def lookup(cells: Mapping[str, int | None], *parts: str) -> int | None:
    """A published value: a key the model never made is 0 (no one was counted there)."""
    return cells.get(key(*parts), 0)


# Words that may stand before a reported figure in public: a fixed vocabulary, so a qualifier
# field cannot carry free text (a name, a phone number) into a public output.
QUALIFIERS = frozenset(
    {
        "about", "almost", "an estimated", "approximately", "around", "as many as", "at least",
        "estimated", "fewer than", "less than", "maybe", "more than", "nearly", "over",
        "perhaps", "roughly", "some", "thousands", "under", "up to", "upwards of",
    }
)  # fmt: skip


def public_qualifier(text: str | None) -> str | None:
    """A reported figure's qualifier if it is one of :data:`QUALIFIERS`, else None."""
    return text if text is not None and text.strip().lower() in QUALIFIERS else None


def small(n: int) -> int | None:
    """Primary suppression alone, for counts outside the model (trips, incident casualties)."""
    return None if 0 < abs(n) < SMALL_CELL else n
