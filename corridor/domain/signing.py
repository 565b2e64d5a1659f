"""Device keys (Ed25519), fact signatures and signed checkpoints. Pure: bytes in, bytes out.

A fact's hash already covers every field and its place in the device's chain, so a device
signs the hash; the signature sits beside the fact (outside the hash), so facts recorded before
signing began keep their hashes and still verify, reported as unsigned.

A checkpoint commits the server to the ledger's first ``size`` facts (their Merkle root), at a
time, and to the totals it published from exactly those facts. Its signed text, one field a
line, follows the shape of C2SP signed-note checkpoints (origin, size, root first).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from corridor.errors import ValidationError

FACT_CONTEXT = b"corridor-fact-v1\n"
CHECKPOINT_CONTEXT = "corridor-checkpoint-v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, what: str, length: int | None = None) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError):
        raise ValidationError(f"{what} is not base64", field=what) from None
    if length is not None and len(data) != length:
        raise ValidationError(f"{what} must be {length} bytes", field=what)
    return data


class Signer:
    """A device's private key, loaded once (signing is per fact)."""

    def __init__(self, private: bytes) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(private)
        self.public_key = _b64(
            self._key.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
        )

    @classmethod
    def generate(cls) -> Signer:
        """A new random key."""
        return cls(new_private_key())

    def sign(self, message: bytes) -> str:
        """Base64 Ed25519 signature of a message."""
        return _b64(self._key.sign(message))

    def sign_fact(self, fact_hash: str) -> str:
        """The signature a fact carries."""
        return self.sign(FACT_CONTEXT + fact_hash.encode("ascii"))

    def private_bytes(self) -> bytes:
        """The raw 32-byte private key (to write to the key file)."""
        return self._key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )


def new_private_key() -> bytes:
    """32 random bytes of a new Ed25519 private key."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def parse_public_key(text: str) -> str:
    """A public key as given by an operator: base64 of 32 raw bytes.

    :raises ValidationError: anything else.
    """
    raw = _unb64(text.strip(), "public_key", 32)
    Ed25519PublicKey.from_public_bytes(raw)
    return _b64(raw)


class Verifier:
    """Public keys, loaded once each (verification is per fact)."""

    def __init__(self) -> None:
        self._keys: dict[str, Ed25519PublicKey] = {}

    def verify(self, public_key: str, message: bytes, signature: str) -> bool:
        """True when ``signature`` is ``public_key``'s signature of ``message``."""
        key = self._keys.get(public_key)
        if key is None:
            try:
                key = Ed25519PublicKey.from_public_bytes(_unb64(public_key, "public_key", 32))
            except (ValidationError, ValueError):
                return False
            self._keys[public_key] = key
        try:
            key.verify(_unb64(signature, "signature", 64), message)
        except (InvalidSignature, ValidationError):
            return False
        return True

    def verify_fact(self, public_key: str, fact_hash: str, signature: str) -> bool:
        """True when a fact's signature is by ``public_key``."""
        return self.verify(public_key, FACT_CONTEXT + fact_hash.encode("ascii"), signature)


def key_id(public_key: str) -> str:
    """A short name of a public key for messages and files (first 16 hex of its SHA-256)."""
    return hashlib.sha256(public_key.encode("ascii")).hexdigest()[:16]


@dataclass(frozen=True)
class Checkpoint:
    """A signed statement: the first ``size`` facts of ``origin``'s ledger have this root."""

    origin: str
    size: int
    root: str  # hex
    timestamp: str
    totals_digest: str  # hex SHA-256 of the canonical totals published with it
    public_key: str
    signature: str

    def body(self) -> bytes:
        """The signed text."""
        return checkpoint_body(
            self.origin, self.size, self.root, self.timestamp, self.totals_digest
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "origin": self.origin,
            "tree_size": self.size,
            "root_hash": self.root,
            "timestamp": self.timestamp,
            "totals_digest": self.totals_digest,
            "public_key": self.public_key,
            "signature": self.signature,
        }


def checkpoint_body(origin: str, size: int, root: str, timestamp: str, totals: str) -> bytes:
    """The text a checkpoint's signature covers, one field a line."""
    lines = (CHECKPOINT_CONTEXT, origin, str(size), root, timestamp, totals)
    return ("\n".join(lines) + "\n").encode("utf-8")


def sign_checkpoint(
    signer: Signer, *, origin: str, size: int, root: str, timestamp: str, totals_digest: str
) -> Checkpoint:
    """Make a checkpoint signed by ``signer``."""
    body = checkpoint_body(origin, size, root, timestamp, totals_digest)
    return Checkpoint(
        origin, size, root, timestamp, totals_digest, signer.public_key, signer.sign(body)
    )


def checkpoint_from_dict(raw: Any) -> Checkpoint:
    """Parse a checkpoint's JSON form (its signature is not checked here).

    :raises ValidationError: a missing or malformed field.
    """
    if not isinstance(raw, dict):
        raise ValidationError("a checkpoint must be a JSON object", field="checkpoint")
    text = {}
    for name in ("origin", "root_hash", "timestamp", "totals_digest", "public_key", "signature"):
        value = raw.get(name)
        if not isinstance(value, str) or not value or len(value) > 200:
            raise ValidationError(f"checkpoint field {name} is missing or malformed", field=name)
        text[name] = value
    size = raw.get("tree_size")
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ValidationError("checkpoint tree_size must be a whole number", field="tree_size")
    for name in ("root_hash", "totals_digest"):
        if len(text[name]) != 64 or any(c not in "0123456789abcdef" for c in text[name]):
            raise ValidationError(f"checkpoint {name} must be 64 hex digits", field=name)
    return Checkpoint(
        text["origin"],
        size,
        text["root_hash"],
        text["timestamp"],
        text["totals_digest"],
        text["public_key"],
        text["signature"],
    )


def checkpoint_signed(checkpoint: Checkpoint, public_key: str | None = None) -> bool:
    """True when the checkpoint's signature is good (by ``public_key`` when given)."""
    if public_key is not None and checkpoint.public_key != public_key:
        return False
    return Verifier().verify(checkpoint.public_key, checkpoint.body(), checkpoint.signature)
