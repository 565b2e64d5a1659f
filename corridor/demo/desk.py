"""A registration desk's day as facts: for sync tests, fault tests and the sync benchmark.

Pure and deterministic: fact ``i`` of a desk always has the same id and content, so a writer
that is killed and restarted resends exactly what it may already have recorded, and a
duplicate can only be a bug. Each desk has its own site and bus; every 50 facts form one bus:
a dispatch, registrations with boarding, a vehicle headcount and a departure.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from corridor.domain.events import Draft, validate_draft

PER_BUS = 50
START = datetime(2016, 12, 15, 6, 0, tzinfo=UTC)


def desk_draft(desk: str, i: int, *, op: str = "drill") -> Draft:
    """Fact number ``i`` (from 0) of desk ``desk``."""
    site, bus = f"site-{desk}", f"bus-{desk}"
    trip = f"trip-{desk}-{i // PER_BUS}"
    step = i % PER_BUS
    at = (START + timedelta(seconds=20 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
    person = f"{desk.upper()}-{i:07d}"
    type_: str
    payload: dict[str, Any]
    if i == 0:
        type_, payload = "site.defined", {"site_id": site, "name": site, "kind": "pickup"}
    elif i == 1:
        type_, payload = "vehicle.registered", {"vehicle_id": bus, "kind": "bus", "capacity": 60}
    elif step == 0:
        type_, payload = "headcount.recorded", {"site_id": site, "stage": "waiting", "total": 100}
    elif step == 2:
        type_ = "trip.dispatched"
        payload = {"trip_id": trip, "vehicle_id": bus, "origin": site, "destination": "reception"}
    elif step == PER_BUS - 2:
        type_, payload = "headcount.recorded", {"site_id": site, "stage": "departed", "total": 30}
        payload["trip_id"] = trip
    elif step == PER_BUS - 1:
        type_, payload = "trip.departed", {"trip_id": trip}
    elif step % 2 == 1:
        type_ = "person.registered"
        payload = {"person_id": person, "site_id": site, "group": "civilian", "age": "adult"}
        payload.update(sex="female" if i % 4 == 1 else "male", triage="none")
    else:
        type_, payload = "person.boarded", {"person_id": f"{desk.upper()}-{i - 1:07d}"}
        payload["trip_id"] = trip
    return validate_draft(
        {
            "id": f"{desk}-{i:07d}",
            "type": type_,
            "op": op,
            "actor": f"registrar-{desk}",
            "occurred_at": at,
            "payload": payload,
        }
    )


def desk_drafts(desk: str, start: int, count: int, *, op: str = "drill") -> list[Draft]:
    """Facts ``start`` .. ``start + count - 1`` of a desk."""
    return [desk_draft(desk, i, op=op) for i in range(start, start + count)]
