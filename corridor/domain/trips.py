"""The trip fold: a trip's facts and manifest in, its row, missing people, cargo, contribution and
discrepancies out; and a trip's outcome (``TripOutcome``), which a person who boarded several trips
reads (``corridor.domain.people``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from corridor.domain.events import Fact
from corridor.domain.messages import Message, message
from corridor.domain.projections import (
    NO_SITE,
    TOTAL,
    Row,
    UnitState,
    add_total,
    hour_of,
    latest,
    person_profile,
    profiles,
)


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
    dispatches = latest(facts, "trip.dispatched")
    departs = latest(facts, "trip.departed")
    arrivals = latest(facts, "trip.arrived")
    counts = latest(facts, "headcount.recorded")
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
    _boarded_elsewhere(state, row, manifest)
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
    named = profiles(manifest)
    for stage in stages:
        for profile, n in named.items():
            contrib[(stage, row["origin"], hour, profile)] += n
        add_total(contrib, stage, row["origin"], hour, extra, remainder)
    if row["departed_at"]:
        for person in manifest:
            if person.get("registered_at"):
                kind = person_profile(person)
                contrib[("registered_departed", person["site_id"], hour, kind)] += 1


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
        for profile, n in profiles(manifest).items():  # everyone named arrived: keep categories
            contrib[("arrived", site, hour, profile)] += n
    elif p["arrived"] == row["boarded"]:
        # Everyone arrived: the same categories as departed, moved to the arrival site.
        for (stage, _site, _hour, profile), n in list(contrib.items()):
            if stage == "boarded":
                contrib[("arrived", site, hour, profile)] += n
    else:
        add_total(contrib, "arrived", site, hour, p["arrived"], None)
    for stage in ("diverted", "died", "missing"):
        if p.get(stage):
            contrib[(stage, site, hour, TOTAL)] += p[stage]
    if turned_back(row):
        # Back at the pickup site: the named people on board are waiting again (they may
        # board another trip), so they no longer count as registered and departed.
        for person in manifest:
            if person.get("registered_at"):
                kind = person_profile(person)
                contrib[("registered_departed", person["site_id"], hour, kind)] -= 1


def _boarded_elsewhere(state: UnitState, row: Row, manifest: Sequence[Mapping[str, Any]]) -> None:
    """People whose first trip loaded at another site than the one they registered at.

    A desk refuses such a boarding (``lifecycle.check_board``), but a fact from an offline node
    or an import is stored as it came: it is flagged here, on the trip, whatever order the
    person's and the trip's facts arrived in (each refolds the other). A later leg, after a
    turn-back, is boarded where the trip turned back to, which this fold does not see.
    """
    origin, tid = row["origin"], row["trip_id"]
    if origin == NO_SITE:
        return
    for person in manifest:
        site = person.get("site_id")
        legs = (person.get("legs") or "").split(",")
        if not site or site == origin or legs[0] != tid:
            continue
        at = person["boarded_at"] if person.get("trip_id") == tid else row["dispatched_at"]
        state.flag(
            "boarded_elsewhere",
            at or "",
            message(
                "boarded_elsewhere", person=person["person_id"], site=site, trip=tid, origin=origin
            ),
        )


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
