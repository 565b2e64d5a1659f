"""Corrections: a new fact that voids or replaces an earlier one; nothing is edited."""

from __future__ import annotations

from typing import Any

from corridor.clock import Clock
from corridor.domain.events import Draft
from corridor.errors import NotFound
from corridor.services.common import record_one
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
) -> Draft:
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
    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=target.op,
        type_="entry.corrected",
        payload=payload,
        at=at,
        fact_id=fact_id,
    )
