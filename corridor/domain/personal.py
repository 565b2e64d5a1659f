"""Personal details: sealed with AES-GCM under a key that never enters the database.

A registration may carry a name, phone number or notes for family tracing. They never enter the
ledger: the fact holds the SHA-256 of their ciphertext (``personal_digest``), and the ciphertext
sits beside the ledger. Purging a node's copy deletes the ciphertext only, so every hash chain
still verifies, and every count stays the same.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from corridor.errors import ConfigError, ValidationError

FIELDS = {"name": 200, "phone": 40, "birth_year": 4, "document": 80, "notes": 1000}


def check(details: dict[str, Any]) -> dict[str, str]:
    """Validate personal details: known fields, short text.

    :raises ValidationError: an unknown field or an over-long value.
    """
    clean: dict[str, str] = {}
    for key, value in details.items():
        if key not in FIELDS:
            raise ValidationError(f"unknown personal field (use {', '.join(FIELDS)})", field=key)
        if value in (None, ""):
            continue
        if not isinstance(value, str) or len(value) > FIELDS[key]:
            raise ValidationError(f"must be text of at most {FIELDS[key]} characters", field=key)
        clean[key] = value.strip()
    return clean


def parse_key(text: str) -> bytes:
    """A 256-bit key from its base64 text form.

    :raises ConfigError: not 32 bytes of base64.
    """
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except ValueError:
        raise ConfigError("the personal-data key is not base64") from None
    if len(key) != 32:
        raise ConfigError("the personal-data key must be 32 bytes (run `corridor keygen`)")
    return key


def new_key_text() -> str:
    """A fresh random key, base64-encoded."""
    return base64.b64encode(AESGCM.generate_key(bit_length=256)).decode()


def seal_details(details: dict[str, str], *, key: bytes, fact_id: str) -> tuple[str, str]:
    """Encrypt details bound to their fact id; return (ciphertext, digest)."""
    nonce = os.urandom(12)
    plain = json.dumps(details, sort_keys=True, ensure_ascii=False).encode()
    blob = nonce + AESGCM(key).encrypt(nonce, plain, fact_id.encode())
    text = base64.b64encode(blob).decode()
    return text, digest(text)


def digest(ciphertext: str) -> str:
    """The digest a fact stores for its ciphertext."""
    return hashlib.sha256(ciphertext.encode()).hexdigest()


def open_details(ciphertext: str, *, key: bytes, fact_id: str) -> dict[str, str]:
    """Decrypt details.

    :raises ConfigError: wrong key, or ciphertext not made for this fact.
    """
    blob = base64.b64decode(ciphertext)
    try:
        plain = AESGCM(key).decrypt(blob[:12], blob[12:], fact_id.encode())
    except InvalidTag:
        raise ConfigError("cannot decrypt personal details: wrong key or altered data") from None
    result: dict[str, str] = json.loads(plain)
    return result
