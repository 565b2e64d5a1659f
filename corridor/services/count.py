"""Unnamed tallies: a bus counted without names, walk-ins, private vehicles, people waiting."""

from __future__ import annotations

from corridor.clock import Clock
from corridor.domain.access import Principal
from corridor.services.common import Recorded, record_one, require_at, require_open
from corridor.services.operation import require_site
from corridor.storage.base import Store


def record_headcount(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    site_id: str,
    stage: str,
    total: int,
    trip_id: str | None = None,
    method: str | None = None,
    breakdown: dict[str, dict[str, int]] | None = None,
    at: str | None = None,
    fact_id: str | None = None,
    principal: Principal | None = None,
) -> Recorded:
    """Record a headcount; a count of a trip's vehicle adds only people not named on it.

    :raises NotFound: unknown site.
    :raises Forbidden: the user may not write for this site.
    :raises ConflictError: the operation is closed.
    """

    def check() -> None:
        require_open(store, op, "count")
        require_at(principal, "register", site_id)
        require_site(store, op, site_id)

    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="headcount.recorded",
        payload={
            "site_id": site_id,
            "stage": stage,
            "total": total,
            "trip_id": trip_id,
            "method": method,
            "breakdown": breakdown,
        },
        at=at,
        fact_id=fact_id,
        check=check,
    )
