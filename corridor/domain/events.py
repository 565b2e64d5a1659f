"""A ledger fact's envelope: the draft a device records and the sealed fact, and their validation.

A fact is a draft (what a device recorded) plus its seal (device, sequence, hashes). Payloads are
plain JSON objects of strings, integers, lists and objects: no floats, so their canonical text is
stable and the hash chain can be rechecked from the stored text alone. The payload of each type is
in :mod:`corridor.domain.fact_types`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from corridor.domain.checks import (
    Checker,
    free_text,
    hex64,
    ident,
    one_of,
    parse_time,
    positive,
    signature,
)
from corridor.domain.fact_types import FACT_TYPES, validate_payload
from corridor.errors import ValidationError

# Field order of a sealed fact on the wire and in exports.
ENVELOPE = (
    "id",
    "type",
    "op",
    "actor",
    "occurred_at",
    "payload",
    "device",
    "seq",
    "recorded_at",
    "prev_hash",
    "hash",
)


@dataclass(frozen=True)
class Draft:
    """A fact as recorded on a device, before it is sealed into the device's chain."""

    id: str
    type: str
    op: str
    actor: str
    occurred_at: str
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Fact:
    """A sealed fact: a draft plus its place in its device's hash chain."""

    id: str
    type: str
    op: str
    actor: str
    occurred_at: str
    payload: dict[str, Any]
    device: str
    seq: int
    recorded_at: str
    prev_hash: str
    hash: str
    payload_json: str = ""
    sig: str = ""  # the device's Ed25519 signature of ``hash`` (base64); "" before signing began

    def as_dict(self) -> dict[str, Any]:
        """The fact as a JSON-ready mapping (the export and sync wire format)."""
        return {
            "id": self.id,
            "type": self.type,
            "op": self.op,
            "actor": self.actor,
            "occurred_at": self.occurred_at,
            "payload": self.payload,
            "device": self.device,
            "seq": self.seq,
            "recorded_at": self.recorded_at,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
            **({"sig": self.sig} if self.sig else {}),
        }


def _field(raw: Mapping[str, Any], name: str, check: Checker) -> Any:
    if name not in raw:
        raise ValidationError("is required", field=name)
    try:
        return check(raw[name])
    except ValueError as exc:
        raise ValidationError(str(exc), field=name) from None


def validate_draft(raw: Mapping[str, Any]) -> Draft:
    """Build a validated draft from a mapping (API body, CSV row, JSON line).

    :raises ValidationError: with the offending field named.
    """
    if not isinstance(raw, Mapping):
        raise ValidationError("a fact must be an object")
    type_name = _field(raw, "type", one_of(tuple(FACT_TYPES)))
    return Draft(
        id=_field(raw, "id", ident),
        type=type_name,
        op=_field(raw, "op", ident),
        actor=_field(raw, "actor", free_text(120)),
        occurred_at=_field(raw, "occurred_at", parse_time),
        payload=validate_payload(type_name, raw.get("payload")),
    )


def validate_fact(raw: Mapping[str, Any]) -> Fact:
    """Build a sealed fact from a mapping (import or sync); the hash is checked by the ledger.

    :raises ValidationError: with the offending field named.
    """
    draft = validate_draft(raw)
    return Fact(
        id=draft.id,
        type=draft.type,
        op=draft.op,
        actor=draft.actor,
        occurred_at=draft.occurred_at,
        payload=draft.payload,
        device=_field(raw, "device", ident),
        seq=_field(raw, "seq", positive),
        recorded_at=_field(raw, "recorded_at", parse_time),
        prev_hash=_field(raw, "prev_hash", hex64),
        hash=_field(raw, "hash", hex64),
        sig=_field(raw, "sig", signature) if raw.get("sig") else "",
    )
