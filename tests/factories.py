"""Readable builders for drafts: one function per fact type, sensible Aleppo defaults (and a
derived trip row for rules that read one)."""

from __future__ import annotations

from typing import Any

from corridor.domain.events import Draft, validate_draft
from corridor.domain.rows import Trip

OP = "aleppo-2016"
_counter = {"n": 0}


def draft(
    type_: str,
    payload: dict[str, Any],
    *,
    at: str = "2016-12-15T09:00:00Z",
    id: str | None = None,
    op: str = OP,
    actor: str = "registrar-1",
) -> Draft:
    """A validated draft; ids are sequential unless given."""
    if id is None:
        _counter["n"] += 1
        id = f"x{_counter['n']:06d}"
    return validate_draft(
        {"id": id, "type": type_, "op": op, "actor": actor, "occurred_at": at, "payload": payload}
    )


SITE_PLACE = ("pcode", "adm_level", "lat", "lon")


def site(site_id: str, kind: str = "pickup", **kw: Any) -> Draft:
    """site.defined (``pcode``, ``adm_level``, ``lat``, ``lon`` go into the payload)"""
    place = {k: kw.pop(k) for k in SITE_PLACE if k in kw}
    payload = {"site_id": site_id, "name": site_id.title(), "kind": kind, **place}
    return draft("site.defined", payload, **kw)


def vehicle(vehicle_id: str, kind: str = "bus", capacity: int = 50, **kw: Any) -> Draft:
    """vehicle.registered"""
    return draft(
        "vehicle.registered", {"vehicle_id": vehicle_id, "kind": kind, "capacity": capacity}, **kw
    )


def person(
    pid: str,
    site_id: str = "ramouseh",
    *,
    group: str = "civilian",
    age: str = "adult",
    sex: str = "female",
    triage: str = "none",
    **kw: Any,
) -> Draft:
    """person.registered"""
    return draft(
        "person.registered",
        {
            "person_id": pid,
            "site_id": site_id,
            "group": group,
            "age": age,
            "sex": sex,
            "triage": triage,
        },
        **kw,
    )


def board(pid: str, trip: str, **kw: Any) -> Draft:
    """person.boarded"""
    return draft("person.boarded", {"person_id": pid, "trip_id": trip}, **kw)


def mark(pid: str, trip: str, site_id: str = "khan-al-aasal", **kw: Any) -> Draft:
    """person.arrived: reception marks one person of a trip arrived."""
    return draft("person.arrived", {"person_id": pid, "trip_id": trip, "site_id": site_id}, **kw)


def dispatch(
    trip: str,
    vehicle_id: str = "bus-1",
    origin: str = "ramouseh",
    destination: str = "khan-al-aasal",
    **kw: Any,
) -> Draft:
    """trip.dispatched"""
    return draft(
        "trip.dispatched",
        {"trip_id": trip, "vehicle_id": vehicle_id, "origin": origin, "destination": destination},
        **kw,
    )


def depart(trip: str, **kw: Any) -> Draft:
    """trip.departed"""
    return draft("trip.departed", {"trip_id": trip}, **kw)


def arrive(trip: str, arrived: int, site_id: str = "khan-al-aasal", **counts: Any) -> Draft:
    """trip.arrived"""
    kw = {k: counts.pop(k) for k in ("at", "id", "op", "actor") if k in counts}
    return draft(
        "trip.arrived", {"trip_id": trip, "site_id": site_id, "arrived": arrived, **counts}, **kw
    )


def count(
    site_id: str,
    total: int,
    stage: str = "departed",
    trip: str | None = None,
    breakdown: dict[str, dict[str, int]] | None = None,
    **kw: Any,
) -> Draft:
    """headcount.recorded"""
    payload: dict[str, Any] = {"site_id": site_id, "stage": stage, "total": total}
    if trip:
        payload["trip_id"] = trip
    if breakdown:
        payload["breakdown"] = breakdown
    return draft("headcount.recorded", payload, **kw)


def status(value: str, reason: str | None = None, **kw: Any) -> Draft:
    """operation.status_changed"""
    payload = {"status": value} | ({"reason": reason} if reason else {})
    return draft("operation.status_changed", payload, **kw)


def correct(
    target: Draft, action: str = "void", replacement: dict[str, Any] | None = None, **kw: Any
) -> Draft:
    """entry.corrected"""
    payload: dict[str, Any] = {
        "target": target.id,
        "target_type": target.type,
        "action": action,
        "reason": "registrar typo",
    }
    if replacement is not None:
        payload["replacement"] = replacement
    return draft("entry.corrected", payload, **kw)


def trip_row(trip_id: str = "T1", **kw: Any) -> Trip:
    """A derived trip row (a loading bus from ramouseh unless told otherwise)."""
    fields: dict[str, Any] = {
        "op": OP,
        "trip_id": trip_id,
        "vehicle_id": "bus-1",
        "origin": "ramouseh",
        "destination": "khan-al-aasal",
        "convoy": None,
        "named": 0,
        "counted": 0,
        "boarded": 0,
        "status": "loading",
        "dispatched_at": None,
        "departed_at": None,
        "arrived_at": None,
        "arrival_site": None,
        "arrived": 0,
        "diverted": 0,
        "died": 0,
        "missing": 0,
        "marked": 0,
        "unaccounted": 0,
    }
    return Trip(**{**fields, **kw})
