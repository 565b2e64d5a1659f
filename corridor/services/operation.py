"""Operations, their sites and fleet, and their status history."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from corridor.clock import Clock
from corridor.domain import lifecycle
from corridor.domain.access import Principal
from corridor.domain.events import Draft
from corridor.domain.localtime import DEFAULT_ZONE
from corridor.errors import Forbidden, NotFound
from corridor.services.common import Recorded, record_one
from corridor.storage.base import Store


def define_operation(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    name: str,
    conditioned_on: list[str] | None = None,
    description: str | None = None,
    time_zone: str | None = None,
    at: str | None = None,
    name_ar: str | None = None,
    months: str | None = None,
) -> Draft:
    """Declare an operation, optionally conditioned on (linked to) other operations.

    :param name_ar: its Arabic name, shown on Arabic pages and reports.
    :param months: the Arabic month names of its pages and reports: ``msa`` (ديسمبر, default)
        or ``levantine`` (كانون الأول), as read in Syria, Lebanon, Jordan and Palestine.
    :param time_zone: IANA zone its times are shown in (default UTC); stored times stay UTC.
    :raises ValidationError: e.g. an unknown time zone.
    """
    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="operation.defined",
        payload={
            "name": name,
            "conditioned_on": conditioned_on,
            "description": description,
            "name_ar": name_ar,
            "months": months,
            "time_zone": time_zone or None,
        },
        at=at,
    )


def set_time_zone(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    time_zone: str,
    reason: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
    principal: Principal | None = None,
) -> Recorded:
    """Show the operation's times in another zone (a fact: the change is on the record).

    :raises NotFound: the operation is not defined.
    :raises Forbidden: the user is not a coordinator or admin.
    :raises ValidationError: an unknown zone.
    """

    def check() -> None:
        if principal is not None and not principal.can("coordinate"):
            raise Forbidden("only a coordinator or an admin may change the time zone")
        current_status(store, op)  # raises NotFound

    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="operation.time_zone_set",
        payload={"time_zone": time_zone, "reason": reason},
        at=at,
        fact_id=fact_id,
        check=check,
    )


def time_zone(store: Store, op: str) -> str:
    """The IANA zone the operation's times are shown in (UTC until one is set)."""
    rows = store.query("operations", op=op)
    return str(rows[0].get("time_zone") or DEFAULT_ZONE) if rows else DEFAULT_ZONE


def change_status(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    status: str,
    reason: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
    principal: Principal | None = None,
) -> Recorded:
    """Move an operation to a new status, as the state machine in ``domain/lifecycle`` allows.

    :raises NotFound: the operation is not defined.
    :raises ConflictError: e.g. resuming an operation that is not suspended, or reopening a
        closed one without being an admin.
    :raises ValidationError: reopening without a reason.
    """

    def check() -> None:
        lifecycle.check_transition(
            current_status(store, op), status, admin=_is_admin(principal), reason=reason
        )

    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="operation.status_changed",
        payload={"status": status, "reason": reason},
        at=at,
        fact_id=fact_id,
        check=check,
    )


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


def define_site(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    site_id: str,
    name: str,
    kind: str,
    name_ar: str | None = None,
    place: SitePlace | None = None,
    at: str | None = None,
) -> Draft:
    """Declare a site: pickup district, crossing, gathering point, camp, hospital.

    :param place: the site's p-code and coordinates, published in the HXL export.
    :raises ValidationError: a p-code without its level, or half a coordinate pair.
    """
    payload: dict[str, Any] = {"site_id": site_id, "name": name, "kind": kind}
    payload |= {"name_ar": name_ar, **asdict(place or SitePlace())}
    return record_one(
        store=store, clock=clock, actor=actor, op=op, type_="site.defined", payload=payload, at=at
    )


def register_vehicle(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    vehicle_id: str,
    kind: str,
    capacity: int,
    agency: str | None = None,
    at: str | None = None,
) -> Draft:
    """Add a vehicle to the operation's fleet."""
    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="vehicle.registered",
        payload={"vehicle_id": vehicle_id, "kind": kind, "capacity": capacity, "agency": agency},
        at=at,
    )


def require_site(store: Store, op: str, site_id: str) -> None:
    """:raises NotFound: when the site is not defined in the operation."""
    if not store.query("sites", op=op, site_id=site_id):
        raise NotFound(f"no site '{site_id}' in operation '{op}'")
