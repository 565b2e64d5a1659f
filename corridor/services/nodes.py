"""Node tokens (who may sync with this node) and wristband token ranges (per device).

A node token is shown once when it is made; only its SHA-256 is stored, so a stolen database
does not hand out working tokens. Token ranges are handed out by one allocator (the server)
under its write lock, so two devices never get overlapping numbers, and each device then
issues its own numbers offline.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from typing import Any

from corridor.domain.tokens import make_token
from corridor.errors import ValidationError
from corridor.services.sync_wire import parse_device
from corridor.storage.base import Store

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_PREFIX = re.compile(r"^[A-Z0-9]{1,8}$")
TOKEN_PREFIX = "crd_"  # noqa: S105 - marks a node token, not a secret


def token_hash(token: str) -> str:
    """What is stored of a node token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_node(*, store: Store, name: str) -> str:
    """Allow a node to sync with this one; return its token (shown once, never stored).

    :raises ValidationError: a bad name.
    :raises ConflictError: the name is taken.
    """
    if not _NAME.match(name):
        raise ValidationError("1-64 letters, digits, dots, dashes or underscores", field="name")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    store.add_sync_node(name, token_hash(token))
    return token


def authenticate(store: Store, header: str | None) -> str | None:
    """The node a ``Bearer`` authorization header belongs to, or None."""
    if not header or not header.startswith("Bearer "):
        return None
    token = header.removeprefix("Bearer ").strip()
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    return store.sync_node_by_hash(token_hash(token))


def check_prefix(prefix: str) -> str:
    """A token prefix: 1-8 capital letters or digits.

    :raises ValidationError: otherwise.
    """
    if not isinstance(prefix, str) or not _PREFIX.match(prefix):
        raise ValidationError("1-8 capital letters or digits, e.g. W", field="prefix")
    return prefix


def allocate_range(store: Store, raw: Any) -> dict[str, Any]:
    """Allocate a range from a request body ``{"prefix", "count", "device"}``.

    :raises ValidationError: a bad body.
    """
    if not isinstance(raw, dict):
        raise ValidationError("must be a JSON object", field="body")
    count = raw.get("count")
    if isinstance(count, bool) or not isinstance(count, int):
        raise ValidationError("must be a whole number", field="count")
    return store.reserve_token_range(
        check_prefix(raw.get("prefix", "")), count, parse_device(raw.get("device"))
    )


def format_token(prefix: str, number: int) -> str:
    """The printed form of a wristband token with its check character, e.g. ``W-000123-Q``."""
    return make_token(prefix, number)


def issue(*, store: Store, prefix: str, count: int) -> list[str]:
    """Hand out the next ``count`` tokens of this device's ranges (works offline).

    :raises ValidationError: a bad prefix or count.
    :raises NotFound: not enough numbers reserved.
    """
    if not 1 <= count <= 100_000:
        raise ValidationError("must be between 1 and 100000", field="count")
    return [format_token(prefix, n) for n in store.issue_tokens(check_prefix(prefix), count)]


def keep_range(*, store: Store, reserved: dict[str, Any]) -> dict[str, Any]:
    """Store a range the allocator gave this device.

    :raises ValidationError: the range is for another device or malformed.
    """
    if reserved.get("device") != store.device:
        raise ValidationError("the range was reserved for another device", field="device")
    first, last = reserved.get("first_number"), reserved.get("last_number")
    if not isinstance(first, int) or not isinstance(last, int) or not 0 < first <= last:
        raise ValidationError("malformed range", field="range")
    store.keep_token_range(check_prefix(reserved.get("prefix", "")), first, last, store.device)
    return reserved
