"""Trip board: dispatch a vehicle, record departure and arrival."""

from __future__ import annotations

from typing import Any

from corridor.clock import Clock
from corridor.domain.events import Draft
from corridor.errors import NotFound, ValidationError
from corridor.services.common import record_one
from corridor.services.operation import require_site
from corridor.storage.base import Store


def dispatch_trip(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    trip_id: str,
    vehicle_id: str,
    origin: str,
    destination: str,
    convoy: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
) -> Draft:
    """Assign a vehicle a trip from a pickup site to a destination.

    :raises NotFound: unknown vehicle or site.
    :raises ValidationError: the trip id is taken.
    """
    if not store.query("vehicles", op=op, vehicle_id=vehicle_id):
        raise NotFound(f"no vehicle {vehicle_id} in operation {op}")
    require_site(store, op, origin)
    require_site(store, op, destination)
    if fact_id is None and store.query("trips", op=op, trip_id=trip_id):
        raise ValidationError(f"trip {trip_id} already exists", field="trip_id")
    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="trip.dispatched",
        payload={
            "trip_id": trip_id,
            "vehicle_id": vehicle_id,
            "origin": origin,
            "destination": destination,
            "convoy": convoy,
        },
        at=at,
        fact_id=fact_id,
    )


def _trip(store: Store, op: str, trip_id: str) -> dict[str, Any]:
    trips = store.query("trips", op=op, trip_id=trip_id)
    if not trips:
        raise NotFound(f"no trip {trip_id} in operation {op}")
    return trips[0]


def depart_trip(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    trip_id: str,
    at: str | None = None,
    fact_id: str | None = None,
) -> Draft:
    """Record that a loading trip left its pickup site.

    :raises ValidationError: the trip already left.
    """
    trip = _trip(store, op, trip_id)
    if trip["status"] != "loading" and fact_id is None:
        raise ValidationError(f"trip {trip_id} is {trip['status']}", field="trip_id")
    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="trip.departed",
        payload={"trip_id": trip_id},
        at=at,
        fact_id=fact_id,
    )


def arrive_trip(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    trip_id: str,
    site_id: str,
    arrived: int,
    diverted: int = 0,
    died: int = 0,
    missing: int = 0,
    at: str | None = None,
    fact_id: str | None = None,
) -> Draft:
    """Record a trip's end and how everyone on board is accounted for.

    A mismatch with the boarded count is recorded anyway and listed as a discrepancy: the
    ledger keeps what was reported, and a coordinator resolves it with a correction.
    """
    trip = _trip(store, op, trip_id)
    if trip["status"] != "en_route" and fact_id is None:
        raise ValidationError(f"trip {trip_id} is {trip['status']}, not en route", field="trip_id")
    require_site(store, op, site_id)
    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="trip.arrived",
        payload={
            "trip_id": trip_id,
            "site_id": site_id,
            "arrived": arrived,
            "diverted": diverted,
            "died": died,
            "missing": missing,
        },
        at=at,
        fact_id=fact_id,
    )
