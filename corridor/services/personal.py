"""Personal details for family tracing: sealed at the desk, revealed only with a logged reason.

The key lives in a file outside the database (``CORRIDOR_KEY_FILE``); a node without it records
and counts as usual but cannot read or write personal details.
"""

from __future__ import annotations

from typing import Any

from corridor.domain import personal
from corridor.domain.events import Draft, Fact, validate_draft
from corridor.domain.ledger import order_key
from corridor.domain.units import Kind, Unit
from corridor.errors import ConfigError, NotFound, ValidationError
from corridor.storage.base import Store


def protect(draft: Draft, details: dict[str, Any], key: bytes | None) -> tuple[Draft, str]:
    """Encrypt a registration's details; return the draft carrying their digest, and the blob.

    :raises ConfigError: no key configured.
    :raises ValidationError: unknown or over-long personal fields.
    """
    clean = personal.check(details)
    if key is None:
        raise ConfigError("personal details need a key: set CORRIDOR_KEY_FILE (corridor keygen)")
    blob, digest = personal.seal_details(clean, key=key, fact_id=draft.id)
    raw = {
        "id": draft.id,
        "type": draft.type,
        "op": draft.op,
        "actor": draft.actor,
        "occurred_at": draft.occurred_at,
        "payload": {**draft.payload, "personal_digest": digest},
    }
    return validate_draft(raw), blob


def reveal(
    *, store: Store, key: bytes | None, actor: str, op: str, person_id: str, purpose: str
) -> dict[str, str]:
    """Decrypt a person's details from their latest registration; the read is logged first.

    :raises ValidationError: no purpose given.
    :raises NotFound: no details held on this node (never recorded, or purged).
    :raises ConfigError: no key, or the wrong key.
    """
    if not purpose.strip():
        raise ValidationError("say why you need to see personal details", field="purpose")
    if key is None:
        raise ConfigError("no personal-data key: set CORRIDOR_KEY_FILE")
    regs = _registrations(store, op, person_id)
    ids = [f.id for f in regs if f.payload.get("personal_digest")]
    blobs = store.read_personal(ids, actor=actor, purpose=purpose) if ids else {}
    for fact in reversed(regs):
        if fact.id in blobs:
            return personal.open_details(blobs[fact.id], key=key, fact_id=fact.id)
    raise NotFound(f"no personal details for {person_id} on this node")


def _registrations(store: Store, op: str, person_id: str) -> list[Fact]:
    facts = [store.get(i) for i in store.fact_ids_of_unit(Unit(Kind.PERSON, op, person_id))]
    regs = [f for f in facts if f is not None and f.type == "person.registered"]
    return sorted(regs, key=order_key)
