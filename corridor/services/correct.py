"""Corrections: a new fact that voids or replaces an earlier one; nothing is edited."""

from __future__ import annotations

from typing import Any

from corridor.clock import Clock
from corridor.domain.ledger import order_key
from corridor.domain.units import Kind, Unit
from corridor.errors import NotFound
from corridor.services.common import Recorded, record_one
from corridor.storage.base import Store


def correct_fact(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    target_id: str,
    reason: str,
    changes: dict[str, Any] | None = None,
    at: str | None = None,
    fact_id: str | None = None,
) -> Recorded:
    """Void a fact (no ``changes``) or replace it with its payload updated by ``changes``.

    :raises NotFound: no such fact.
    :raises ValidationError: the corrected payload is invalid or changes whom it is about.
    """
    target = store.get(target_id)
    if target is None:
        raise NotFound(f"no fact {target_id}")
    payload: dict[str, Any] = {
        "target": target.id,
        "target_type": target.type,
        "action": "void",
        "reason": reason,
    }
    if changes:
        payload.update(action="replace", replacement={**target.payload, **changes})
    done = record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=target.op,
        type_="entry.corrected",
        payload=payload,
        at=at,
        fact_id=fact_id,
    )
    if not done.duplicate:
        # History changed: the audit page shows who changed what, and why.
        store.log_access(
            actor=actor,
            action=f"corrected {target.type} {target.id} ({payload['action']})",
            purpose=reason[:500],
            at=clock.now(),
        )
    return done


def reconcile_trip(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    trip_id: str,
    arrived: int,
    reason: str,
    diverted: int = 0,
    died: int = 0,
    missing: int = 0,
    fact_id: str | None = None,
) -> Recorded:
    """Correct an ended trip's arrival figures so everyone boarded is accounted for.

    The trip's latest arrival is replaced by a correction that carries the reason; the
    arrival stays in the ledger.

    :raises NotFound: no such trip, or it has no arrival yet.
    """
    unit = Unit(Kind.TRIP, op, trip_id)
    facts = [store.get(i) for i in store.fact_ids_of_unit(unit)]
    arrivals = [f for f in facts if f is not None and f.type == "trip.arrived"]
    if not store.trips(op, trip_id=trip_id):
        raise NotFound(f"no trip {trip_id}")
    if not arrivals:
        raise NotFound(f"trip {trip_id} has no arrival to correct")
    latest = max(arrivals, key=order_key)
    changes = {"arrived": arrived, "diverted": diverted, "died": died, "missing": missing}
    return correct_fact(
        store=store,
        clock=clock,
        actor=actor,
        target_id=latest.id,
        reason=reason,
        changes=changes,
        fact_id=fact_id,
    )
