"""What every use case shares: turning arguments into validated drafts and recording them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from corridor.clock import Clock
from corridor.domain.events import Draft, check_no_bidi, validate_draft
from corridor.storage.base import AppendResult, Store


def make_draft(
    *,
    clock: Clock,
    actor: str,
    op: str,
    type_: str,
    payload: dict[str, Any],
    at: str | None = None,
    fact_id: str | None = None,
) -> Draft:
    """Validate one fact; the id is made here, on the recording device, unless given.

    :raises ValidationError: a bad field, named in the message.
    """
    clean = {k: v for k, v in payload.items() if v is not None}
    check_no_bidi(clean)  # a new fact's free text: old facts holding them still sync
    check_no_bidi(actor, "actor")
    return validate_draft(
        {
            "id": fact_id or clock.new_id(),
            "type": type_,
            "op": op,
            "actor": actor,
            "occurred_at": at or clock.now(),
            "payload": clean,
        }
    )


def record(store: Store, drafts: Sequence[Draft]) -> AppendResult:
    """Append drafts to this node's ledger (idempotent by id)."""
    return store.record(list(drafts))


def record_one(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    type_: str,
    payload: dict[str, Any],
    at: str | None = None,
    fact_id: str | None = None,
) -> Draft:
    """Validate and record one fact; return its draft (resending the same id is a no-op)."""
    draft = make_draft(
        clock=clock, actor=actor, op=op, type_=type_, payload=payload, at=at, fact_id=fact_id
    )
    store.record([draft])
    return draft
