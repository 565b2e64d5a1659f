"""Trip board: dispatch a vehicle, record departure and arrival, each once, in order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from corridor.domain import lifecycle
from corridor.domain.access import Principal
from corridor.domain.rows import Trip
from corridor.errors import Forbidden, ValidationError
from corridor.services.common import Recorded, Recorder, one, one_trip, payload_of, require_at
from corridor.services.operation import require_site
from corridor.storage.base import Store


@dataclass(frozen=True)
class NewTrip:
    """A vehicle's trip from a pickup site to another site; an aid convoy's carries ``cargo``
    (``[{"item", "quantity"}]``) instead of people."""

    trip_id: str
    vehicle_id: str
    origin: str
    destination: str
    convoy: str | None = None
    cargo: list[dict[str, Any]] | None = None


def dispatch_trip(
    rec: Recorder, trip: NewTrip, *, at: str | None = None, fact_id: str | None = None
) -> Recorded:
    """Assign a vehicle a trip from a pickup site to another site.

    :raises NotFound: unknown vehicle or site.
    :raises Forbidden: the user may not write for the origin.
    :raises ConflictError: the trip id is taken, the vehicle is on another open trip, or the
        operation refuses dispatches.
    :raises ValidationError: origin and destination are the same.
    """

    store, op = rec.store, rec.op

    def check() -> None:
        rec.require_open("dispatch")
        one(
            store,
            "vehicles",
            f"no vehicle {trip.vehicle_id} in operation {op}",
            op=op,
            vehicle_id=trip.vehicle_id,
        )
        rec.require_at("register", trip.origin)
        require_site(store, op, trip.origin)
        require_site(store, op, trip.destination)
        existing = store.trips(op, trip_id=trip.trip_id)
        lifecycle.check_dispatch(
            trip_id=trip.trip_id,
            existing=existing[0] if existing else None,
            origin=trip.origin,
            destination=trip.destination,
            vehicle_trips=store.trips(op, vehicle_id=trip.vehicle_id),
        )

    return rec.record("trip.dispatched", payload_of(trip), at=at, fact_id=fact_id, check=check)


def trip_row(store: Store, op: str, trip_id: str) -> Trip:
    """A trip as derived now.

    :raises NotFound: no such trip.
    """
    return one_trip(store, op, trip_id, f"no trip {trip_id} in operation {op}")


def depart_trip(
    rec: Recorder, *, trip_id: str, at: str | None = None, fact_id: str | None = None
) -> Recorded:
    """Record that a loading trip left its pickup site.

    :raises ConflictError: the trip already left, or the operation refuses departures.
    :raises Forbidden: the user may not write for the trip's origin.
    """

    def check() -> None:
        rec.require_open("depart")
        trip = trip_row(rec.store, rec.op, trip_id)
        rec.require_at("register", trip.origin)
        lifecycle.check_depart(trip)

    return rec.record("trip.departed", {"trip_id": trip_id}, at=at, fact_id=fact_id, check=check)


def require_receiver(principal: Principal | None, trip: Trip, site_id: str) -> None:
    """Arrivals are recorded by reception at the trip's destination (or, for a trip that turned
    back, at its origin), or by a coordinator anywhere.

    :raises Forbidden: otherwise.
    """
    if principal is None or principal.role != "registrar":
        require_at(principal, "register", site_id)
        return
    if site_id not in (trip.destination, trip.origin):
        raise Forbidden(
            f"trip {trip.trip_id} goes to {trip.destination}: an arrival elsewhere is "
            "recorded by a coordinator"
        )
    require_at(principal, "register", site_id)


@dataclass(frozen=True)
class Arrival:
    """A trip's end and how everyone on board is accounted for; an aid trip's ``cargo``
    (``[{"item", "delivered", "lost", "diverted"}]``) likewise."""

    trip_id: str
    site_id: str
    arrived: int
    diverted: int = 0
    died: int = 0
    missing: int = 0
    cargo: list[dict[str, Any]] | None = None


def arrive_trip(
    rec: Recorder, end: Arrival, *, at: str | None = None, fact_id: str | None = None
) -> Recorded:
    """Record a trip's end and how everyone on board is accounted for.

    An aid trip's ``cargo`` (``[{"item", "delivered", "lost", "diverted"}]``) is reconciled
    like its people: sent = delivered + lost + diverted, or a ``cargo_unreconciled``
    discrepancy. An item the trip did not carry is refused.

    A mismatch with the boarded count is recorded anyway and listed as a discrepancy: the
    ledger keeps what was reported, and a coordinator resolves it with a correction.

    :raises ConflictError: the trip is not on the road, or the operation is closed.
    :raises Forbidden: the user is not reception at the trip's destination nor a coordinator.
    """

    store, op, trip_id = rec.store, rec.op, end.trip_id

    def check() -> None:
        rec.require_open("arrive")
        trip = trip_row(store, op, trip_id)
        require_site(store, op, end.site_id)
        require_receiver(rec.principal, trip, end.site_id)
        lifecycle.check_arrive(trip)
        if end.cargo:
            loaded = {str(c["item"]) for c in store.query("cargo", op=op, trip_id=trip_id)}
            for entry in end.cargo:
                if entry.get("item") not in loaded:
                    raise ValidationError(
                        f"trip {trip_id} carried no {entry.get('item')} (it carried: "
                        f"{', '.join(sorted(loaded)) or 'no cargo'})",
                        field="cargo",
                    )

    return rec.record("trip.arrived", payload_of(end), at=at, fact_id=fact_id, check=check)
