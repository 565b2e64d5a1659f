"""Device keys: register this device's key, rotate it, revoke another's, bind a node's key.

Key registrations and revocations are facts in the ledger (``device.key_registered``,
``device.key_revoked``), so every node and every verifier learns them the way it learns any fact.
They are recorded under the pseudo-operation ``devices``.
"""

from __future__ import annotations

from collections.abc import Sequence

from corridor.clock import Clock
from corridor.domain.events import Fact
from corridor.domain.keys import KEY_TYPES, KeyBook, SignatureRefused
from corridor.domain.signing import Signer, parse_public_key
from corridor.errors import ConfigError, ValidationError
from corridor.services.common import make_draft
from corridor.storage.base import Store

KEY_OP = "devices"


def current_key(store: Store, device: str) -> str | None:
    """The key the device signs its next fact with (None: unsigned so far, or revoked)."""
    seq = store.device_heads().get(device, 0) + 1
    key = KeyBook.of(store.key_events()).key_for(device, seq)
    return key if key not in (None, "revoked") else None


def register_own_key(*, store: Store, clock: Clock, actor: str) -> bool:
    """Register this device's key in its own chain (a fact signed by that key).

    Facts recorded from now on are signed; earlier ones stay unsigned. Returns False when the
    key is already the one in force.

    :raises ConfigError: the store has no key loaded, or the device already signs with another
        key (rotate it instead).
    """
    if store.signer is None:
        raise ConfigError("this node has no device key file (corridor init makes one)")
    book = KeyBook.of(store.key_events())
    seq = store.device_heads().get(store.device, 0) + 1
    in_force = book.key_for(store.device, seq)
    if in_force == store.signer.public_key:
        return False
    if in_force is not None:
        raise ConfigError(f"device {store.device} already signs with another key: rotate it")
    draft = make_draft(
        clock=clock,
        actor=actor,
        op=KEY_OP,
        type_="device.key_registered",
        payload={
            "device": store.device,
            "public_key": store.signer.public_key,
            "from_seq": seq,
        },
    )
    store.record([draft])
    return True


def rotate_key(*, store: Store, clock: Clock, actor: str, new: Signer) -> None:
    """Sign a registration of ``new`` with the current key; later facts are signed by ``new``.

    :raises ConfigError: no current key to rotate from.
    """
    if store.signer is None or current_key(store, store.device) != store.signer.public_key:
        raise ConfigError("rotation needs the key in force (register one first)")
    seq = store.device_heads().get(store.device, 0) + 1
    draft = make_draft(
        clock=clock,
        actor=actor,
        op=KEY_OP,
        type_="device.key_registered",
        payload={"device": store.device, "public_key": new.public_key, "from_seq": seq + 1},
    )
    store.record([draft])
    store.signer = new


def revoke_key(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    device: str,
    public_key: str,
    from_seq: int,
    reason: str,
) -> None:
    """Record that a device's key may no longer sign from ``from_seq`` on (a lost laptop).

    :raises ValidationError: a malformed key or sequence number.
    """
    draft = make_draft(
        clock=clock,
        actor=actor,
        op=KEY_OP,
        type_="device.key_revoked",
        payload={
            "device": device,
            "public_key": parse_public_key(public_key),
            "from_seq": from_seq,
            "reason": reason,
        },
    )
    store.record([draft])


def admit_key_facts(store: Store, facts: Sequence[Fact]) -> None:
    """Refuse pushed key facts a peer may not make (checked before the batch is appended).

    A peer may push a key fact about device D only if D recorded it (so D's own key signed
    it, or, for D's first key, the new key did); and D's first key must be the one bound to
    D's node token when one is bound (``corridor node add NAME --public-key KEY``).

    :raises SignatureRefused: a key fact about another device, or a first key that is not the
        one bound.
    """
    book = KeyBook.of(store.key_events())
    for fact in facts:
        if fact.type not in KEY_TYPES:
            continue
        about = fact.payload["device"]
        if fact.device != about:
            raise SignatureRefused(
                f"fact {fact.id}: device {fact.device} may not register or revoke the key of "
                f"device {about} (only {about} itself, or this server)"
            )
        if fact.type == "device.key_registered" and book.signed_from(about) is None:
            bound = store.bound_key(about)
            if bound is not None and bound != fact.payload["public_key"]:
                raise SignatureRefused(
                    f"fact {fact.id}: device {about}'s first key is not the one registered "
                    "with its node token"
                )


def check_public_key(text: str) -> str:
    """A public key typed by an operator.

    :raises ValidationError: not base64 of 32 bytes.
    """
    try:
        return parse_public_key(text)
    except ValueError:
        raise ValidationError("not an Ed25519 public key", field="public_key") from None
