"""Corrections: a new fact that voids or replaces an earlier one; nothing is edited."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from corridor.domain.ledger import order_key
from corridor.domain.units import Kind, Unit
from corridor.errors import NotFound
from corridor.services.common import Recorded, Recorder


def correct_fact(
    rec: Recorder,
    *,
    target_id: str,
    reason: str,
    changes: dict[str, Any] | None = None,
    at: str | None = None,
    fact_id: str | None = None,
) -> Recorded:
    """Void a fact (no ``changes``) or replace it with its payload updated by ``changes``.

    The correction is recorded in the target's operation, whatever the recorder's.

    :raises NotFound: no such fact.
    :raises ValidationError: the corrected payload is invalid or changes whom it is about.
    """
    target = rec.store.get(target_id)
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
    done = rec.in_op(target.op).record("entry.corrected", payload, at=at, fact_id=fact_id)
    if not done.duplicate:
        # History changed: the audit page shows who changed what, and why.
        rec.store.log_access(
            actor=rec.actor,
            action=f"corrected {target.type} {target.id} ({payload['action']})",
            purpose=reason[:500],
            at=rec.clock.now(),
        )
    return done


@dataclass(frozen=True)
class Accounted:
    """How everyone boarded on a trip is accounted for."""

    arrived: int
    diverted: int = 0
    died: int = 0
    missing: int = 0


def reconcile_trip(
    rec: Recorder,
    *,
    trip_id: str,
    accounted: Accounted,
    reason: str,
    fact_id: str | None = None,
) -> Recorded:
    """Correct an ended trip's arrival figures so everyone boarded is accounted for.

    The trip's latest arrival is replaced by a correction that carries the reason; the
    arrival stays in the ledger.

    :raises NotFound: no such trip, or it has no arrival yet.
    """
    store, op = rec.store, rec.op
    unit = Unit(Kind.TRIP, op, trip_id)
    facts = [store.get(i) for i in store.fact_ids_of_unit(unit)]
    arrivals = [f for f in facts if f is not None and f.type == "trip.arrived"]
    if not store.trips(op, trip_id=trip_id):
        raise NotFound(f"no trip {trip_id}")
    if not arrivals:
        raise NotFound(f"trip {trip_id} has no arrival to correct")
    latest = max(arrivals, key=order_key)
    return correct_fact(
        rec, target_id=latest.id, reason=reason, changes=asdict(accounted), fact_id=fact_id
    )
