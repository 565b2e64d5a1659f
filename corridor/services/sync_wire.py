"""The sync wire format: JSON bodies in and out, checked strictly before anything is stored.

Everything a peer sends is untrusted: a body that is not exactly the expected shape is refused
with a :class:`~corridor.errors.ValidationError` naming what is wrong, and nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from corridor.domain.checks import ID_PATTERN
from corridor.domain.events import Fact, validate_fact
from corridor.errors import ValidationError

PROTOCOL = 1
MAX_BATCH = 2000  # facts per push or pull
MAX_CIPHERTEXT = 16_384  # characters of one encrypted personal record
_BASE64 = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")


@dataclass
class PeerInfo:
    """What a peer holds: its device id, its cursor and every device's chain head."""

    device: str
    position: int
    heads: dict[str, int] = field(default_factory=dict)


@dataclass
class PushAck:
    """A peer's reply to a push: what it stored, skipped as held, and its heads afterwards."""

    added: int
    skipped: int
    personal: int
    heads: dict[str, int] = field(default_factory=dict)


@dataclass
class PullBatch:
    """Facts after a cursor, the cursor to resume from, and the peer's position."""

    facts: list[Fact]
    personal: dict[str, str]
    next: int
    position: int


def facts_to_wire(facts: Sequence[Fact]) -> list[dict[str, Any]]:
    """Facts as JSON-ready mappings."""
    return [f.as_dict() for f in facts]


def push_body(facts: Sequence[Fact], personal: Mapping[str, str]) -> dict[str, Any]:
    """The body of a push."""
    return {"protocol": PROTOCOL, "facts": facts_to_wire(facts), "personal": dict(personal)}


def parse_push(raw: Any) -> tuple[list[Fact], dict[str, str]]:
    """Facts and personal ciphertexts from a push body.

    :raises ValidationError: any deviation from the format, naming the first bad item.
    """
    body = _object(raw, "body")
    if body.get("protocol") != PROTOCOL:
        raise ValidationError(f"unsupported sync protocol (this node speaks {PROTOCOL})")
    facts = parse_facts(body.get("facts"))
    return facts, parse_personal(body.get("personal", {}), {f.id for f in facts})


def parse_facts(raw: Any) -> list[Fact]:
    """A list of sealed facts.

    :raises ValidationError: not a list, too long, or a bad fact (its index named).
    """
    if not isinstance(raw, list):
        raise ValidationError("must be a list of facts", field="facts")
    if len(raw) > MAX_BATCH:
        raise ValidationError(f"at most {MAX_BATCH} facts per batch", field="facts")
    facts = []
    for index, item in enumerate(raw):
        try:
            facts.append(validate_fact(_object(item, "fact")))
        except ValidationError as exc:
            raise ValidationError(exc.message, field=exc.field, index=index) from None
    return facts


def parse_personal(raw: Any, fact_ids: set[str]) -> dict[str, str]:
    """Personal ciphertexts by fact id; each must belong to a fact of the same batch.

    :raises ValidationError: a bad shape, an unknown fact id or text that is not base64.
    """
    blobs = _object(raw, "personal")
    for fact_id, text in blobs.items():
        if fact_id not in fact_ids:
            raise ValidationError(f"personal details for {fact_id!r}, not in this batch")
        if not isinstance(text, str) or not 0 < len(text) <= MAX_CIPHERTEXT:
            raise ValidationError(f"personal details of {fact_id} must be ciphertext text")
        if not _BASE64.match(text):
            raise ValidationError(f"personal details of {fact_id} are not base64 ciphertext")
    return {str(k): str(v) for k, v in blobs.items()}


def ack_to_wire(ack: PushAck) -> dict[str, Any]:
    """A push acknowledgement as JSON."""
    return {
        "added": ack.added,
        "skipped": ack.skipped,
        "personal": ack.personal,
        "heads": ack.heads,
    }


def parse_ack(raw: Any) -> PushAck:
    """A push acknowledgement from JSON.

    :raises ValidationError: a bad shape.
    """
    body = _object(raw, "ack")
    return PushAck(
        added=_int(body.get("added"), "added"),
        skipped=_int(body.get("skipped"), "skipped"),
        personal=_int(body.get("personal"), "personal"),
        heads=parse_heads(body.get("heads")),
    )


def batch_to_wire(batch: PullBatch) -> dict[str, Any]:
    """A pull reply as JSON."""
    return {
        "protocol": PROTOCOL,
        "facts": facts_to_wire(batch.facts),
        "personal": batch.personal,
        "next": batch.next,
        "position": batch.position,
    }


def parse_batch(raw: Any) -> PullBatch:
    """A pull reply from JSON.

    :raises ValidationError: a bad shape or a bad fact.
    """
    body = _object(raw, "batch")
    facts = parse_facts(body.get("facts"))
    return PullBatch(
        facts=facts,
        personal=parse_personal(body.get("personal", {}), {f.id for f in facts}),
        next=_int(body.get("next"), "next"),
        position=_int(body.get("position"), "position"),
    )


def info_to_wire(info: PeerInfo) -> dict[str, Any]:
    """A peer description as JSON."""
    return {
        "protocol": PROTOCOL,
        "device": info.device,
        "position": info.position,
        "heads": info.heads,
    }


def parse_info(raw: Any) -> PeerInfo:
    """A peer description from JSON.

    :raises ValidationError: a bad shape or another protocol.
    """
    body = _object(raw, "info")
    if body.get("protocol") != PROTOCOL:
        raise ValidationError(f"the peer speaks another sync protocol than {PROTOCOL}")
    return PeerInfo(
        device=parse_device(body.get("device")),
        position=_int(body.get("position"), "position"),
        heads=parse_heads(body.get("heads")),
    )


def parse_heads(raw: Any) -> dict[str, int]:
    """Device chain heads: device id -> last sequence number."""
    heads = _object(raw, "heads")
    return {parse_device(d): _int(s, "heads") for d, s in heads.items()}


def parse_device(raw: Any) -> str:
    """A device id.

    :raises ValidationError: not an identifier.
    """
    if not isinstance(raw, str) or not ID_PATTERN.match(raw):
        raise ValidationError("must be a device id", field="device")
    return raw


def _object(raw: Any, name: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ValidationError("must be a JSON object", field=name)
    return raw


def _int(raw: Any, name: str) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        raise ValidationError("must be a whole number of at least 0", field=name)
    return raw
