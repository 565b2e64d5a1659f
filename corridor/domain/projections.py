"""Pure folds: a unit's effective facts in, its derived rows and headcount contribution out.

Every unit (a person, a trip, a standalone tally, a site's waiting count, an operation, ...) is
folded from its own facts only, using the total order of :func:`order_key` wherever "latest
wins". The result does not depend on the order facts arrived in, so incremental updates and a
rebuild from the log agree. Two inputs come from other units: a trip reads its manifest (the
people folded onto it), and a person who boarded several trips reads those trips' outcomes
(:class:`TripOutcome`, from trip facts only); the person fold is in ``corridor.domain.people``.

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


def _latest(facts: Iterable[Fact], type_name: str) -> list[Fact]:
    return sorted((f for f in facts if f.type == type_name), key=order_key)


def _profile(row: Mapping[str, Any]) -> tuple[str, ...]:
    """A stored person row's categories, in ``DIMENSIONS`` order (missing ones 'unknown')."""
    return (
        str(row["grp"] or "unknown"),
        str(row["age"] or "unknown"),
        str(row["sex"] or "unknown"),
        str(row["triage"] or "unknown"),
    )


def _profiles(manifest: Sequence[Mapping[str, Any]]) -> Counter[tuple[str, ...]]:
    """How many people of each profile are on a manifest."""
    return Counter(_profile(person) for person in manifest)


def expand(profile: tuple[str, ...]) -> list[tuple[str, str]]:
    """The (dimension, value) headcount rows one person of a profile counts in."""
    if len(profile) == 1:
        return [("total", "all")]
    if len(profile) == 2:
        return [(profile[0], profile[1])]
    return [("total", "all"), *zip(DIMENSIONS, profile, strict=True)]


def _add_total(
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
        contrib[("registered", row["site_id"], hour_of(row["registered_at"]), _profile(row))] = 1
    return contrib


# --- trips ----------------------------------------------------------------------------------


def fold_trip(
    op: str,
    trip_id: str,
    facts: Sequence[Fact],
    manifest: Sequence[Mapping[str, Any]],
    capacity: int | None,
) -> UnitState:
    """A trip: dispatch, counts, departure, arrival, and its reconciliation.

    Boarded = max(named manifest, latest headcount of the vehicle), so a bus counted without
    names adds only the people not already named on it.
    """
    state = UnitState()
    dispatches = _latest(facts, "trip.dispatched")
    departs = _latest(facts, "trip.departed")
    arrivals = _latest(facts, "trip.arrived")
    counts = _latest(facts, "headcount.recorded")
    if not (dispatches or departs or arrivals or counts or manifest):
        return state
    dispatch = dispatches[-1].payload if dispatches else {}
    count = counts[-1] if counts else None
    origin = dispatch.get("origin") or (count.payload["site_id"] if count else None) or NO_SITE
    named = len(manifest)
    counted = count.payload["total"] if count else 0
    boarded = max(named, counted)
    arrival = arrivals[-1] if arrivals else None
    depart_at = departs[0].occurred_at if departs else (arrival.occurred_at if arrival else None)
    first_seen = min(f.occurred_at for f in facts) if facts else None
    row: Row = {
        "op": op,
        "trip_id": trip_id,
        "vehicle_id": dispatch.get("vehicle_id"),
        "origin": origin,
        "destination": dispatch.get("destination"),
        "convoy": dispatch.get("convoy"),
        "named": named,
        "counted": counted,
        "boarded": boarded,
        "status": "loading",
        "dispatched_at": dispatches[-1].occurred_at if dispatches else first_seen,
        "departed_at": depart_at,
        "arrived_at": None,
        "arrival_site": None,
        "arrived": 0,
        "diverted": 0,
        "died": 0,
        "missing": 0,
        "marked": sum(1 for p in manifest if p.get("arrival_trip") == trip_id),
        "unaccounted": 0,
    }
    if depart_at is not None:
        row["status"] = "en_route"
    _trip_load(state, row, manifest, count, depart_at or row["dispatched_at"] or "")
    if arrival is not None:
        _trip_arrival(state, row, arrival, manifest)
        _trip_missing(state, row, manifest)
    state.add_row("trips", row)
    _trip_checks(state, row, dispatches, departs, arrivals, capacity)
    _trip_cargo(
        state, row, dispatch.get("cargo"), arrival.payload.get("cargo") if arrival else None
    )
    return state


def _trip_cargo(
    state: UnitState,
    row: Row,
    sent: Sequence[Mapping[str, Any]] | None,
    received: Sequence[Mapping[str, Any]] | None,
) -> None:
    """An aid trip's cargo, item by item, reconciled on arrival like its people:
    sent = delivered + lost + diverted."""
    if not sent and not received:
        return
    loaded = {c["item"]: int(c["quantity"]) for c in sent or ()}
    got = {c["item"]: c for c in received or ()}
    arrived = row["arrived_at"] is not None
    problems = []
    for item in sorted(set(loaded) | set(got)):
        c = got.get(item, {})
        parts = (int(c.get("delivered", 0)), int(c.get("lost", 0)), int(c.get("diverted", 0)))
        state.add_row(
            "cargo",
            {
                "op": row["op"],
                "trip_id": row["trip_id"],
                "item": item,
                "sent": loaded.get(item, 0),
                "delivered": parts[0] if arrived else 0,
                "lost": parts[1] if arrived else 0,
                "diverted": parts[2] if arrived else 0,
                "site": row["arrival_site"] if arrived else row["destination"],
                "arrived": 1 if arrived else 0,
            },
        )
        if arrived and sum(parts) != loaded.get(item, 0):
            problems.append(
                message(
                    "cargo_item",
                    item=item,
                    sent=loaded.get(item, 0),
                    delivered=parts[0],
                    lost=parts[1],
                    diverted=parts[2],
                    total=sum(parts),
                )
            )
    if problems:
        state.flag(
            "cargo_unreconciled",
            row["arrived_at"] or "",
            message("cargo_unreconciled", trip=row["trip_id"], items=problems),
        )


@dataclass(frozen=True)
class TripOutcome:
    """What a boarding decision needs to know of a trip: where it is in its own life cycle."""

    origin: str | None = None
    departed_at: str | None = None
    arrived_at: str | None = None
    arrival_site: str | None = None

    @property
    def turned_back(self) -> bool:
        """Whether it arrived back at its origin: the people on it are waiting again."""
        return self.arrived_at is not None and self.arrival_site == self.origin

    def state(self) -> Message:
        """The trip's state as a message, for a discrepancy's detail."""
        if self.arrived_at is not None:
            code = "trip_turned_back" if self.turned_back else "trip_arrived"
            return message(code, site=self.arrival_site, at=self.arrived_at)
        if self.departed_at:
            return message("trip_en_route", at=self.departed_at)
        return message("trip_loading")


def turned_back(row: Mapping[str, Any]) -> bool:
    """Whether a trip's derived row says it arrived back at its origin."""
    return outcome_of(row).turned_back


NOT_SEEN = TripOutcome()
TRIP_OUTCOME_COLUMNS = ("trip_id", "origin", "departed_at", "arrived_at", "arrival_site")


def outcome_of(row: Mapping[str, Any]) -> TripOutcome:
    """A trip's outcome from its derived row (columns ``TRIP_OUTCOME_COLUMNS``)."""
    return TripOutcome(row["origin"], row["departed_at"], row["arrived_at"], row["arrival_site"])


def _trip_missing(state: UnitState, row: Row, manifest: Sequence[Mapping[str, Any]]) -> None:
    """Once a trip whose arrivals reception marks by token has arrived, name who is not marked.

    A later mark, or a correction of the boarding or the arrival, takes them off the list.
    """
    if not row["marked"] or turned_back(row):
        return
    for person in manifest:
        if person.get("arrival_trip") != row["trip_id"]:
            state.add_row(
                "missing",
                {
                    "op": row["op"],
                    "trip_id": row["trip_id"],
                    "person_id": person["person_id"],
                    "since": row["arrived_at"],
                },
            )


def _trip_load(
    state: UnitState, row: Row, manifest: Sequence[Mapping[str, Any]], count: Fact | None, at: str
) -> None:
    contrib = state.contribution
    hour = hour_of(at)
    stages = ["boarded"] + (["departed"] if row["departed_at"] else [])
    extra = row["boarded"] - row["named"]
    remainder = _unnamed_breakdown(manifest, count.payload.get("breakdown") if count else None)
    named = _profiles(manifest)
    for stage in stages:
        for profile, n in named.items():
            contrib[(stage, row["origin"], hour, profile)] += n
        _add_total(contrib, stage, row["origin"], hour, extra, remainder)
    if row["departed_at"]:
        for person in manifest:
            if person.get("registered_at"):
                contrib[("registered_departed", person["site_id"], hour, _profile(person))] += 1


def _unnamed_breakdown(
    manifest: Sequence[Mapping[str, Any]], breakdown: Mapping[str, Mapping[str, int]] | None
) -> dict[str, dict[str, int]]:
    """The part of a vehicle count's breakdown not already explained by its named manifest."""
    result: dict[str, dict[str, int]] = {}
    columns = {"group": "grp", "age": "age", "sex": "sex", "triage": "triage"}
    for dim, counts in (breakdown or {}).items():
        named = Counter(str(p[columns[dim]]) for p in manifest)
        result[dim] = {v: n - named[v] for v, n in counts.items() if n - named[v] > 0}
    return result


def _trip_arrival(
    state: UnitState, row: Row, arrival: Fact, manifest: Sequence[Mapping[str, Any]]
) -> None:
    p = arrival.payload
    site = p["site_id"]
    row.update(
        arrived_at=arrival.occurred_at,
        arrival_site=site,
        arrived=p["arrived"],
        diverted=p.get("diverted", 0),
        died=p.get("died", 0),
        missing=p.get("missing", 0),
    )
    planned = row["destination"]
    row["status"] = "diverted" if planned and planned != site else "arrived"
    accounted = row["arrived"] + row["diverted"] + row["died"] + row["missing"]
    # Never negative: more people accounted for than boarded is an `unreconciled` discrepancy.
    row["unaccounted"] = max(0, row["boarded"] - accounted)
    hour = hour_of(arrival.occurred_at)
    contrib = state.contribution
    if p["arrived"] == row["boarded"] and row["named"] == row["boarded"]:
        for profile, n in _profiles(manifest).items():  # everyone named arrived: keep categories
            contrib[("arrived", site, hour, profile)] += n
    elif p["arrived"] == row["boarded"]:
        # Everyone arrived: the same categories as departed, moved to the arrival site.
        for (stage, _site, _hour, profile), n in list(contrib.items()):
            if stage == "boarded":
                contrib[("arrived", site, hour, profile)] += n
    else:
        _add_total(contrib, "arrived", site, hour, p["arrived"], None)
    for stage in ("diverted", "died", "missing"):
        if p.get(stage):
            contrib[(stage, site, hour, TOTAL)] += p[stage]
    if turned_back(row):
        # Back at the pickup site: the named people on board are waiting again (they may
        # board another trip), so they no longer count as registered and departed.
        for person in manifest:
            if person.get("registered_at"):
                contrib[("registered_departed", person["site_id"], hour, _profile(person))] -= 1


def _trip_checks(
    state: UnitState,
    row: Row,
    dispatches: list[Fact],
    departs: list[Fact],
    arrivals: list[Fact],
    capacity: int | None,
) -> None:
    tid, at = row["trip_id"], row["arrived_at"] or row["departed_at"] or row["dispatched_at"] or ""
    if not dispatches:
        state.flag("not_dispatched", at, message("not_dispatched", trip=tid))
    if len(departs) > 1:
        state.flag(
            "departed_twice",
            departs[-1].occurred_at,
            message("departed_twice", trip=tid, n=len(departs)),
        )
    if len(arrivals) > 1:
        state.flag(
            "arrived_twice",
            arrivals[-1].occurred_at,
            message("arrived_twice", trip=tid, n=len(arrivals)),
        )
    if arrivals and not departs:
        state.flag("arrived_without_departure", at, message("arrived_without_departure", trip=tid))
    if arrivals:
        accounted = row["arrived"] + row["diverted"] + row["died"] + row["missing"]
        if row["marked"] > row["arrived"]:
            state.flag(
                "marks_exceed_arrivals",
                at,
                message("marks_exceed_arrivals", trip=tid, n=row["marked"], arrived=row["arrived"]),
            )
        if accounted != row["boarded"]:
            state.flag(
                "unreconciled",
                at,
                message(
                    "unreconciled",
                    trip=tid,
                    **{k: row[k] for k in ("boarded", "arrived", "diverted", "died", "missing")},
                    accounted=accounted,
                ),
            )
    if capacity is not None and row["boarded"] > capacity:
        state.flag(
            "over_capacity",
            at,
            message("over_capacity", trip=tid, boarded=row["boarded"], capacity=capacity),
        )
    if row["named"] and row["counted"] and row["counted"] < row["named"]:
        state.flag(
            "count_below_manifest",
            at,
            message("count_below_manifest", trip=tid, counted=row["counted"], named=row["named"]),
        )


# --- unnamed tallies ------------------------------------------------------------------------


def fold_tally(facts: Sequence[Fact]) -> UnitState:
    """A standalone headcount: people who left or arrived without a named trip."""
    state = UnitState()
    for fact in facts:
        p = fact.payload
        _add_total(
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
    counts = _latest(facts, "headcount.recorded")
    if counts:
        p = counts[-1].payload
        _add_total(
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
    defs = _latest(facts, "operation.defined")
    changes = _latest(facts, "operation.status_changed")
    figures = _latest(facts, "operation.figures_set")
    zones = _latest(facts, "operation.time_zone_set")
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
    defs = _latest(facts, "site.defined")
    caps = _latest(facts, "site.capacity_declared")
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
