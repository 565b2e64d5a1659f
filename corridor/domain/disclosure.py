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

Which cells are hidden is worked out in ``domain/suppression.py``.

Pure: no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from corridor.domain.legs import LEGS
from corridor.domain.localtime import local_day

SMALL_CELL = 5  # 1-4 people are never shown
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

AtomKey = tuple[str, str, str, str, str]  # (day, site, stage, dim, value)
Form = tuple[tuple[int, int], ...]  # (atom index, coefficient), sorted


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


def checkpoint_keys(days: Sequence[str]) -> dict[str, str]:
    """The cells the transparency log publishes with every checkpoint, by raw stage, in a model
    of these days: people per stage, all sites, since the start (none when nothing was
    counted). Protected like every other cell (``services/disclosure.py``)."""
    if not days:
        return {}
    last = days[-1]
    return {
        s: key("all", "upto", last, "arrived_any" if s == "arrived" else s, *TOTAL) for s in STAGES
    }


def released(model: Model, earlier: Mapping[str, int | None]) -> list[str]:
    """Keys an earlier release showed whose value is still the same: they are out, and the
    attacker holds them beside any later release, so a later protection keeps them shown
    (and never counts on hiding them). A key whose value changed since is a new cell."""
    return [
        k
        for k, v in earlier.items()
        if v is not None and k in model.labels and model.values[model.labels[k]] == v
    ]


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
