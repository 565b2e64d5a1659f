"""Incidents on the way and figures reported by others."""

from __future__ import annotations

from corridor.clock import Clock
from corridor.domain.access import Principal
from corridor.services.common import Recorded, record_one, require_at
from corridor.storage.base import Store


def report_incident(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    kind: str,
    severity: str,
    description: str,
    site_id: str | None = None,
    trip_id: str | None = None,
    killed: int | None = None,
    wounded: int | None = None,
    at: str | None = None,
    fact_id: str | None = None,
    principal: Principal | None = None,
) -> Recorded:
    """Record an incident: an attack on a convoy, a blockade, a death.

    Incidents are reported in every status, a closed operation included (they happened).

    :raises Forbidden: a registrar names no site, or one that is not theirs.
    """

    def check() -> None:
        require_at(principal, "register", site_id)

    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="incident.reported",
        payload={
            "kind": kind,
            "severity": severity,
            "description": description,
            "site_id": site_id,
            "trip_id": trip_id,
            "killed": killed,
            "wounded": wounded,
        },
        at=at,
        fact_id=fact_id,
        check=check,
    )


def report_estimate(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    metric: str,
    value: int,
    source: str,
    low: int | None = None,
    high: int | None = None,
    qualifier: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    place: str | None = None,
    as_of: str | None = None,
    note: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
    principal: Principal | None = None,  # noqa: ARG001 - coordinators only, not site-scoped
) -> Recorded:
    """Record a figure someone else reported (with its source), to set beside our counts."""
    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="estimate.reported",
        payload={
            "metric": metric,
            "value": value,
            "source": source,
            "low": low,
            "high": high,
            "qualifier": qualifier,
            "outlet": outlet,
            "url": url,
            "place": place,
            "as_of": as_of,
            "note": note,
        },
        at=at,
        fact_id=fact_id,
    )
