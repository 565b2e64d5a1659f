"""Operations, their sites and fleet, and their status history."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from corridor.domain import lifecycle
from corridor.domain.access import Principal
from corridor.domain.events import Draft
from corridor.domain.localtime import DEFAULT_ZONE
from corridor.errors import Forbidden, NotFound
from corridor.services.common import Recorded, Recorder, payload_of
from corridor.storage.base import Store


@dataclass(frozen=True)
class NewOperation:
    """An operation's declaration.

    ``conditioned_on``: the operations it is linked to. ``name_ar``: its Arabic name, shown on
    Arabic pages and reports. ``months``: the Arabic month names of its pages and reports,
    ``msa`` (ديسمبر, default) or ``levantine`` (كانون الأول), as read in Syria, Lebanon, Jordan
    and Palestine. ``time_zone``: the IANA zone its times are shown in (default UTC); stored
    times stay UTC.
    """

    name: str
    conditioned_on: list[str] | None = None
    description: str | None = None
    time_zone: str | None = None
    name_ar: str | None = None
    months: str | None = None


def define_operation(rec: Recorder, operation: NewOperation, *, at: str | None = None) -> Draft:
    """Declare the recorder's operation, optionally conditioned on other operations.

    :raises ValidationError: e.g. an unknown time zone.
    """
    payload = payload_of(operation) | {"time_zone": operation.time_zone or None}
    return rec.record("operation.defined", payload, at=at)


def set_time_zone(
    rec: Recorder,
    *,
    time_zone: str,
    reason: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
) -> Recorded:
    """Show the operation's times in another zone (a fact: the change is on the record).

    :raises NotFound: the operation is not defined.
    :raises Forbidden: the user is not a coordinator or admin.
    :raises ValidationError: an unknown zone.
    """

    def check() -> None:
        if rec.principal is not None and not rec.principal.can("coordinate"):
            raise Forbidden("only a coordinator or an admin may change the time zone")
        current_status(rec.store, rec.op)  # raises NotFound

    payload = {"time_zone": time_zone, "reason": reason}
    return rec.record("operation.time_zone_set", payload, at=at, fact_id=fact_id, check=check)


def time_zone(store: Store, op: str) -> str:
    """The IANA zone the operation's times are shown in (UTC until one is set)."""
    rows = store.query("operations", op=op)
    return str(rows[0].get("time_zone") or DEFAULT_ZONE) if rows else DEFAULT_ZONE


def change_status(
    rec: Recorder,
    *,
    status: str,
    reason: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
) -> Recorded:
    """Move an operation to a new status, as the state machine in ``domain/lifecycle`` allows.

    :raises NotFound: the operation is not defined.
    :raises ConflictError: e.g. resuming an operation that is not suspended, or reopening a
        closed one without being an admin.
    :raises ValidationError: reopening without a reason.
    """

    def check() -> None:
        lifecycle.check_transition(
            current_status(rec.store, rec.op), status, admin=_is_admin(rec.principal), reason=reason
        )

    payload = {"status": status, "reason": reason}
    return rec.record("operation.status_changed", payload, at=at, fact_id=fact_id, check=check)


def _is_admin(principal: Principal | None) -> bool:
    """The local operator (CLI) and admins may reopen a closed operation."""
    return principal is None or principal.role == "admin"


def current_status(store: Store, op: str) -> str | None:
    """The operation's status, or None before its first status change.

    :raises NotFound: the operation is not defined.
    """
    ops = store.query("operations", op=op)
    if not ops:
        raise NotFound(f"no operation '{op}': define it first")
    return str(ops[0]["status"]) if store.query("status_history", op=op) else None


def next_statuses(*, store: Store, op: str, principal: Principal | None) -> tuple[str, ...]:
    """The statuses this user may move the operation to now (the status page offers these)."""
    return lifecycle.next_statuses(current_status(store, op), admin=_is_admin(principal))


def status_history(*, store: Store, op: str) -> list[dict[str, Any]]:
    """Every status change of an operation, oldest first."""
    return sorted(store.query("status_history", op=op), key=lambda r: (r["at"], r["fact_id"]))


@dataclass(frozen=True)
class SitePlace:
    """Where a site is, for partners: the p-code of its area (with its level) and coordinates."""

    pcode: str | None = None
    adm_level: int | None = None
    lat: str | None = None
    lon: str | None = None


@dataclass(frozen=True)
class NewSite:
    """A site: pickup district, crossing, gathering point, camp, hospital; ``place`` (its p-code
    and coordinates) is published in the HXL export."""

    site_id: str
    name: str
    kind: str
    name_ar: str | None = None
    place: SitePlace | None = None


def define_site(rec: Recorder, site: NewSite, *, at: str | None = None) -> Draft:
    """Declare a site.

    :raises ValidationError: a p-code without its level, or half a coordinate pair.
    """
    payload: dict[str, Any] = {"site_id": site.site_id, "name": site.name, "kind": site.kind}
    payload |= {"name_ar": site.name_ar, **asdict(site.place or SitePlace())}
    return rec.record("site.defined", payload, at=at)


@dataclass(frozen=True)
class NewVehicle:
    """A vehicle of the operation's fleet."""

    vehicle_id: str
    kind: str
    capacity: int
    agency: str | None = None


def register_vehicle(rec: Recorder, vehicle: NewVehicle, *, at: str | None = None) -> Draft:
    """Add a vehicle to the operation's fleet."""
    return rec.record("vehicle.registered", payload_of(vehicle), at=at)


def require_site(store: Store, op: str, site_id: str) -> None:
    """:raises NotFound: when the site is not defined in the operation."""
    if not store.query("sites", op=op, site_id=site_id):
        raise NotFound(f"no site '{site_id}' in operation '{op}'")
