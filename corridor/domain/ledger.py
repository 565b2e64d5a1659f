"""Ledger rules: canonical form, hash chains, sealing, and which state a fact touches.

Pure functions: the storage adapters call them inside their write transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from hashlib import sha256
from typing import Any

from corridor.domain.events import Draft, Fact
from corridor.domain.units import Kind, Unit
from corridor.errors import ConflictError, ValidationError

GENESIS = "0" * 64


def _json_dumps(payload: Any) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _c_encoder() -> Any:
    """The standard library's own C encoder with the canonical options, built once.

    ``json.dumps`` builds a JSONEncoder and a C encoder on every call; building them once
    halves the cost of sealing. The arguments are exactly those ``JSONEncoder.iterencode``
    passes for these options (without circular-reference markers: payloads are parsed JSON),
    so the text is the same; it is checked against ``json.dumps`` here, and ``json.dumps`` is
    used instead when the C encoder is missing or differs.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return None
    options = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        encoder = make(
            None,
            options.default,
            json.encoder.encode_basestring,
            None,
            options.key_separator,
            options.item_separator,
            True,
            False,
            True,
        )
        sample = {"b": ["حلب", 'q"\\\n\x01\u2028'], "a": {"z": 1, "y": -2}, "c": None, "d": True}
        same = "".join(encoder(sample, 0)) == _json_dumps(sample)
    except (TypeError, ValueError):  # another Python's private signature
        return None
    return encoder if same else None


_ENCODE = _c_encoder()


def canonical_json(payload: Any) -> str:
    """The one text form of a payload that is hashed and stored (sorted keys, no spaces)."""
    if _ENCODE is not None and type(payload) is dict:
        return "".join(_ENCODE(payload, 0))
    return _json_dumps(payload)


def fact_hash(
    *,
    id: str,
    type: str,
    op: str,
    actor: str,
    occurred_at: str,
    payload_json: str,
    device: str,
    seq: int,
    recorded_at: str,
    prev_hash: str,
) -> str:
    """SHA-256 over every field of a fact and the previous fact's hash on the same device."""
    text = "\x1f".join(
        (id, type, op, actor, occurred_at, payload_json, device, str(seq), recorded_at, prev_hash)
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hash_of(fact: Fact) -> str:
    """Recompute a sealed fact's hash from its fields."""
    return fact_hash(
        id=fact.id,
        type=fact.type,
        op=fact.op,
        actor=fact.actor,
        occurred_at=fact.occurred_at,
        payload_json=fact.payload_json or canonical_json(fact.payload),
        device=fact.device,
        seq=fact.seq,
        recorded_at=fact.recorded_at,
        prev_hash=fact.prev_hash,
    )


@dataclass(frozen=True)
class Head:
    """The last sealed fact of a device: its sequence number and hash."""

    seq: int = 0
    hash: str = GENESIS


def seal(
    drafts: Sequence[Draft],
    *,
    device: str,
    head: Head,
    recorded_at: str,
    sign: Callable[[str], str] | None = None,
) -> list[Fact]:
    """Chain drafts onto a device's head, in order; ``sign`` makes each fact's signature."""
    sealed: list[Fact] = []
    seq, prev = head.seq, head.hash
    for draft in drafts:
        seq += 1
        text = canonical_json(draft.payload)
        # fact_hash, inlined: this loop runs once per fact appended.
        digest = sha256(
            "\x1f".join(
                (
                    draft.id,
                    draft.type,
                    draft.op,
                    draft.actor,
                    draft.occurred_at,
                    text,
                    device,
                    str(seq),
                    recorded_at,
                    prev,
                )
            ).encode("utf-8")
        ).hexdigest()
        sealed.append(
            _new_fact(
                id=draft.id,
                type=draft.type,
                op=draft.op,
                actor=draft.actor,
                occurred_at=draft.occurred_at,
                payload=draft.payload,
                device=device,
                seq=seq,
                recorded_at=recorded_at,
                prev_hash=prev,
                hash=digest,
                payload_json=text,
                sig=sign(digest) if sign else "",
            )
        )
        prev = digest
    return sealed


def draft_of(fact: Fact) -> Draft:
    """The draft a sealed fact was made from: its content without its place in a chain."""
    return Draft(fact.id, fact.type, fact.op, fact.actor, fact.occurred_at, fact.payload)


def _new_fact(**fields: Any) -> Fact:
    """``Fact(**fields)`` in one step: sealing builds one per fact appended.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; ``Fact``
    has no ``__post_init__`` or slots, so filling its ``__dict__`` gives an equal object
    (tests/domain/test_canonical_json.py checks both).
    """
    fact = object.__new__(Fact)
    fact.__dict__.update(fields)
    return fact


def check_chain(facts: Sequence[Fact], heads: dict[str, Head]) -> dict[str, Head]:
    """Check sealed facts extend their devices' chains; return the new heads.

    ``facts`` must already be free of facts the ledger holds. Facts of one device must come in
    sequence order (as a sync by cursor delivers them).

    :raises ConflictError: a hash that does not match its content, or a gap or fork in a chain.
    """
    new_heads = dict(heads)
    for fact in facts:
        if hash_of(fact) != fact.hash:
            raise ConflictError(f"fact {fact.id}: hash does not match its content")
        head = new_heads.get(fact.device, Head())
        if fact.seq != head.seq + 1 or fact.prev_hash != head.hash:
            raise ConflictError(
                f"fact {fact.id}: device {fact.device} chain expects seq {head.seq + 1} after "
                f"{head.hash[:12]}, got seq {fact.seq} after {fact.prev_hash[:12]}"
            )
        new_heads[fact.device] = Head(fact.seq, fact.hash)
    return new_heads


def unit_of(fact_id: str, type_name: str, op: str, payload: dict[str, Any]) -> Unit | None:
    """The piece of derived state a fact belongs to (corrections belong to their target's).

    Each unit's state is a fold of its own facts only, so it can be recomputed from the log
    whatever order the facts arrived in.
    """
    if type_name.startswith("person."):
        return Unit(Kind.PERSON, op, payload["person_id"])
    if type_name.startswith("trip."):
        return Unit(Kind.TRIP, op, payload["trip_id"])
    if type_name == "headcount.recorded":
        if payload.get("trip_id"):
            return Unit(Kind.TRIP, op, payload["trip_id"])
        if payload["stage"] == "waiting":
            return Unit(Kind.WAITING, op, payload["site_id"])
        return Unit(Kind.TALLY, op, fact_id)
    if type_name.startswith("operation."):
        return Unit(Kind.OPERATION, op)
    if type_name in ("site.defined", "site.capacity_declared"):
        return Unit(Kind.SITE, op, payload["site_id"])
    if type_name == "vehicle.registered":
        return Unit(Kind.VEHICLE, op, payload["vehicle_id"])
    if type_name == "incident.reported":
        return Unit(Kind.INCIDENT, op, fact_id)
    if type_name == "estimate.reported":
        return Unit(Kind.ESTIMATE, op, fact_id)
    if type_name == "stock.distributed":
        return Unit(Kind.DISTRIBUTION, op, fact_id)
    if type_name.startswith("text.made_"):
        return Unit(Kind.TEXT, op)  # no derived table: read when a public output is made
    return None


def check_correction(correction: Fact | Draft, target: Fact) -> None:
    """A correction must name its target's type and keep it in the same unit.

    :raises ValidationError: otherwise.
    """
    payload = correction.payload
    if payload["target_type"] != target.type:
        raise ValidationError(
            f"target {target.id} is a {target.type}, not a {payload['target_type']}",
            field="target_type",
        )
    if target.op != correction.op:
        raise ValidationError("a correction must belong to its target's operation", field="op")
    if payload["action"] == "replace":
        before = unit_of(target.id, target.type, target.op, target.payload)
        after = unit_of(target.id, target.type, target.op, payload["replacement"])
        if before != after:
            raise ValidationError(
                "a replacement may not change who or what the fact is about "
                "(void it and record a new fact instead)",
                field="replacement",
            )


def order_key(fact: Fact) -> tuple[str, str, int, str]:
    """Total order used wherever 'the latest' fact wins.

    Time it happened (to the second), then, within one second, the recording device's own
    order: a device's sequence numbers follow the order it recorded its facts in, whatever
    ids a client chose. Facts of different devices in one second fall back to a fixed order
    (device, then id), the same on every node.
    """
    return (fact.occurred_at, fact.device, fact.seq, fact.id)


def effective(facts: Iterable[Fact], corrections: Iterable[Fact]) -> tuple[list[Fact], list[str]]:
    """Apply corrections: the latest valid correction of each fact voids or replaces it.

    ``corrections`` are those of the facts, and those of the corrections (a correction is
    withdrawn when the latest correction of it that fits voids it). Returns the surviving facts
    (with replaced payloads) and the ids of corrections that could not apply (wrong type or
    unit), for the discrepancy list: a rejected correction is no longer listed once a later
    correction of the same fact applies (it was superseded) or once it is withdrawn.
    """
    by_target: dict[str, list[Fact]] = {}
    for corr in corrections:
        by_target.setdefault(corr.payload["target"], []).append(corr)
    result: list[Fact] = []
    rejected: list[str] = []
    for fact in facts:
        current: Fact | None = fact
        pending: list[str] = []  # rejected, and not superseded yet
        for corr in sorted(by_target.get(fact.id, []), key=order_key):
            if withdrawn(corr, by_target.get(corr.id, [])):
                continue
            try:
                check_correction(corr, fact)
            except ValidationError:
                pending.append(corr.id)
                continue
            pending = []
            if corr.payload["action"] == "void":
                current = None
            else:
                current = _replace_payload(fact, corr.payload["replacement"])
        rejected += pending
        if current is not None:
            result.append(current)
    return result, rejected


def withdrawn(correction: Fact, its_corrections: Iterable[Fact]) -> bool:
    """Whether a correction was withdrawn: the latest correction of it that fits voids it."""
    out = False
    for corr in sorted(its_corrections, key=order_key):
        try:
            check_correction(corr, correction)
        except ValidationError:
            continue
        out = corr.payload["action"] == "void"
    return out


def _replace_payload(fact: Fact, payload: dict[str, Any]) -> Fact:
    """The same sealed fact (hash, signature) with a correction's payload."""
    return replace(fact, payload=payload)
