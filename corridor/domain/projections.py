"""Pure folds: a unit's effective facts in, its derived rows and headcount contribution out.

Every unit (a person, a trip, a standalone tally, a site's waiting count, an operation, ...) is
folded from its own facts only, using the total order of :func:`order_key` wherever "latest
wins". The result does not depend on the order facts arrived in, so incremental updates and a
rebuild from the log agree. Two inputs come from other units: a trip reads its manifest (the
people folded onto it), and a person who boarded several trips reads those trips' outcomes
(:class:`~corridor.domain.trips.TripOutcome`, from trip facts only). The trip fold is in
``corridor.domain.trips``, the person fold in ``corridor.domain.people``; both build on the state,
contributions and profiles here.

A *contribution* maps ``(stage, site, dimension, value, hour)`` to a number of people. The
headcount tables are the sum of every unit's contribution; an update applies new - old.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from corridor.domain.events import Fact
from corridor.domain.fact_types import FACT_TYPES
from corridor.domain.ledger import order_key
from corridor.domain.lifecycle import REOPEN, TRANSITIONS
from corridor.domain.localtime import DEFAULT_ZONE
from corridor.domain.messages import Message, message
from corridor.domain.vocabulary import DIMENSIONS

# (stage, site, hour, profile). A profile is ("total",) for a bare number, (dim, value) for one
# category of a tally, or (group, age, sex, triage) for people whose categories are all known:
# one key per kind of person rather than five per person keeps folds and deltas small.
Key = tuple[str, str, str, tuple[str, ...]]
Contribution = Counter[Key]
TOTAL: tuple[str, ...] = ("total",)
Row = dict[str, Any]

NO_SITE = "-"


@dataclass
class UnitState:
    """What a unit derives: rows per table, its contribution, and its discrepancies."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    contribution: Contribution = field(default_factory=Counter)
    discrepancies: list[Row] = field(default_factory=list)

    def add_row(self, table: str, row: Row) -> None:
        """Add a derived row to a table."""
        self.rows.setdefault(table, []).append(row)

    def flag(self, kind: str, at: str, detail: Message) -> None:
        """Record a discrepancy a person should resolve with a correction (one row per kind).

        The detail is a message (a code and its values), rendered in the reader's language
        at the edge; a second discrepancy of the same kind adds its message to the row's.
        """
        for existing in self.discrepancies:
            if existing["kind"] == kind:
                existing["detail"].append(detail)
                existing["at"] = max(existing["at"], at)
                return
        self.discrepancies.append({"kind": kind, "at": at, "detail": [detail]})


def hour_of(moment: str) -> str:
    """The hour bucket of a ledger time (``YYYY-MM-DDTHH``)."""
    return moment[:13]


def latest(facts: Iterable[Fact], type_name: str) -> list[Fact]:
    """The facts of one type, oldest first by :func:`order_key` (the last one is the latest)."""
    return sorted((f for f in facts if f.type == type_name), key=order_key)


def person_profile(row: Mapping[str, Any]) -> tuple[str, ...]:
    """A stored person row's categories, in ``DIMENSIONS`` order (missing ones 'unknown')."""
    return (
        str(row["grp"] or "unknown"),
        str(row["age"] or "unknown"),
        str(row["sex"] or "unknown"),
        str(row["triage"] or "unknown"),
    )


def profiles(manifest: Sequence[Mapping[str, Any]]) -> Counter[tuple[str, ...]]:
    """How many people of each profile are on a manifest."""
    return Counter(person_profile(person) for person in manifest)


def expand(profile: tuple[str, ...]) -> list[tuple[str, str]]:
    """The (dimension, value) headcount rows one person of a profile counts in."""
    if len(profile) == 1:
        return [("total", "all")]
    if len(profile) == 2:
        return [(profile[0], profile[1])]
    return [("total", "all"), *zip(DIMENSIONS, profile, strict=True)]


def add_total(
    contrib: Contribution,
    stage: str,
    site: str,
    hour: str,
    total: int,
    breakdown: Mapping[str, Mapping[str, int]] | None,
) -> None:
    """Add a tally; each dimension's uncounted remainder goes to 'unknown'."""
    if total <= 0:
        return
    contrib[(stage, site, hour, TOTAL)] += total
    for dim in DIMENSIONS:
        counted = 0
        for value, n in (breakdown or {}).get(dim, {}).items():
            take = min(n, total - counted)
            if take > 0:
                contrib[(stage, site, hour, (dim, value))] += take
                counted += take
        if total - counted:
            contrib[(stage, site, hour, (dim, "unknown"))] += total - counted


# --- people ---------------------------------------------------------------------------------


def person_contribution(
    row: Mapping[str, Any] | None, contrib: Contribution | None = None
) -> Contribution:
    """A stored person row's contribution: one registration at their site (added to contrib)."""
    if contrib is None:
        contrib = Counter()
    if row and row.get("registered_at"):
        hour = hour_of(row["registered_at"])
        contrib[("registered", row["site_id"], hour, person_profile(row))] = 1
    return contrib


# --- unnamed tallies ------------------------------------------------------------------------


def fold_tally(facts: Sequence[Fact]) -> UnitState:
    """A standalone headcount: people who left or arrived without a named trip."""
    state = UnitState()
    for fact in facts:
        p = fact.payload
        add_total(
            state.contribution,
            p["stage"],
            p["site_id"],
            hour_of(fact.occurred_at),
            p["total"],
            p.get("breakdown"),
        )
    return state


def fold_waiting(facts: Sequence[Fact]) -> UnitState:
    """The latest snapshot count of people waiting at a site."""
    state = UnitState()
    counts = latest(facts, "headcount.recorded")
    if counts:
        p = counts[-1].payload
        add_total(
            state.contribution,
            "waiting_counted",
            p["site_id"],
            hour_of(counts[-1].occurred_at),
            p["total"],
            p.get("breakdown"),
        )
    return state


# --- operations, sites, vehicles, incidents, estimates -------------------------------------


def fold_operation(op: str, facts: Sequence[Fact]) -> UnitState:
    """An operation's definition, status and status history; illegal transitions flagged."""
    state = UnitState()
    defs = latest(facts, "operation.defined")
    changes = latest(facts, "operation.status_changed")
    figures = latest(facts, "operation.figures_set")
    zones = latest(facts, "operation.time_zone_set")
    if not defs and not changes and not zones and not figures:
        return state
    definition = defs[-1].payload if defs else {}
    # The zone named last (at creation or by a change) wins; a redefinition that names no
    # zone does not undo one.
    named = sorted((f for f in [*defs, *zones] if f.payload.get("time_zone")), key=order_key)
    time_zone = named[-1].payload["time_zone"] if named else DEFAULT_ZONE
    status: str | None = None
    for change in changes:
        new = change.payload["status"]
        reopened_silently = (status, new) == REOPEN and not change.payload.get("reason")
        if new not in TRANSITIONS[status] or reopened_silently:
            state.flag(
                "illegal_status_change",
                change.occurred_at,
                message("illegal_status_change", op=op, status=status or "undefined", new=new),
            )
        status = new
        state.add_row(
            "status_history",
            {
                "op": op,
                "fact_id": change.id,
                "at": change.occurred_at,
                "status": new,
                "reason": change.payload.get("reason"),
                "actor": change.actor,
            },
        )
    state.add_row(
        "operations",
        {
            "op": op,
            "name": definition.get("name", op),
            "conditioned_on": ",".join(definition.get("conditioned_on", [])),
            "description": definition.get("description"),
            "status": status or "planned",
            "status_at": changes[-1].occurred_at if changes else None,
            "name_ar": definition.get("name_ar"),
            "months": definition.get("months"),
            "time_zone": time_zone,
            # The operation's own planning figures (JSON), merged over the defaults by time.
            "figures": json.dumps(_merged_figures(figures), sort_keys=True) if figures else None,
        },
    )
    if not defs:
        state.flag(
            "operation_undefined",
            min(f.occurred_at for f in [*changes, *zones, *figures]),
            message("operation_undefined", op=op),
        )
    return state


def _merged_figures(facts: Sequence[Fact]) -> dict[str, str]:
    """Each figure as its latest setting gave it (facts in ``order_key`` order)."""
    merged: dict[str, str] = {}
    for fact in facts:
        merged.update(fact.payload["figures"])
    return merged


def fold_latest(table: str, op: str, facts: Sequence[Fact]) -> UnitState:
    """Sites and vehicles: the latest definition wins (a site's latest capacity, too)."""
    state = UnitState()
    if table == "sites":
        return fold_site(op, facts)
    if facts:
        latest = max(facts, key=order_key)
        row = {"op": op, **latest.payload}
        row.setdefault("agency", None)
        state.add_row(table, row)
    return state


SITE_OPTIONAL = ("name_ar", "pcode", "adm_level", "lat", "lon")  # site.defined's optional fields


def fold_site(op: str, facts: Sequence[Fact]) -> UnitState:
    """A site: its latest definition and its latest declared capacity."""
    state = UnitState()
    defs = latest(facts, "site.defined")
    caps = latest(facts, "site.capacity_declared")
    if not defs and not caps:
        return state
    site_id = (defs or caps)[-1].payload["site_id"]
    row: Row = {"op": op, "site_id": site_id, "name": site_id, "kind": "other"}
    row.update(dict.fromkeys(SITE_OPTIONAL))
    if defs:
        row.update(defs[-1].payload)
    else:
        state.flag(
            "site_undefined",
            caps[0].occurred_at,
            message("site_capacity_undefined", site=site_id),
        )
    cap = caps[-1].payload if caps else {}
    row.update(
        places=cap.get("places"),
        tents=cap.get("tents"),
        beds=cap.get("beds"),
        capacity_at=caps[-1].occurred_at if caps else None,
    )
    state.add_row("sites", row)
    return state


def fold_distribution(op: str, facts: Sequence[Fact]) -> UnitState:
    """Aid handed out at a site: one fact, one row (gone if voided)."""
    state = UnitState()
    for fact in facts:
        p = fact.payload
        state.add_row(
            "distributions",
            {
                "op": op,
                "fact_id": fact.id,
                "at": fact.occurred_at,
                "site_id": p["site_id"],
                "item": p["item"],
                "quantity": p["quantity"],
            },
        )
    return state


def fold_record(table: str, op: str, facts: Sequence[Fact]) -> UnitState:
    """Incidents and estimates: one fact, one row (gone if voided)."""
    state = UnitState()
    for fact in facts:
        row: Row = {
            "op": op,
            "fact_id": fact.id,
            "at": fact.occurred_at,
            "source_device": fact.device,
        }
        kind = "incident.reported" if table == "incidents" else "estimate.reported"
        names = FACT_TYPES[kind].fields
        row.update({n: fact.payload.get(n) for n in names})
        state.add_row(table, row)
    return state
