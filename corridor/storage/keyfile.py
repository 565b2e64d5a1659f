"""A device's private key in a file of its own (mode 0600), never in the database.

The file holds the base64 of the 32-byte Ed25519 private key and a newline. Whoever can read it
can sign as the device: keep it on the laptop's own disk, out of backups of the database.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from corridor.domain.signing import Signer
from corridor.errors import ConfigError


def default_key_file(url: str) -> str:
    """Where a store's device key lives unless told: beside a SQLite file, else nowhere."""
    if url.startswith(("postgresql://", "postgres://")) or url == "memory:":
        return ""
    return url.removeprefix("sqlite:///") + ".key"


def load_signer(path: str) -> Signer | None:
    """The key in ``path``, or None when the file does not exist.

    :raises ConfigError: the file cannot be read, is readable by others, or is not a key.
    """
    file = Path(path)
    if not file.exists():
        return None
    try:
        mode = file.stat().st_mode & 0o777
        text = file.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the device key file {path}: {exc}") from None
    if mode & 0o077:
        raise ConfigError(f"the device key file {path} is readable by others: chmod 600 {path}")
    try:
        raw = base64.b64decode(text, validate=True)
        return Signer(raw)
    except (binascii.Error, ValueError):
        raise ConfigError(f"the device key file {path} does not hold an Ed25519 key") from None


def create_key_file(path: str) -> Signer:
    """Make a new key and write it to ``path`` (mode 0600; never overwrites).

    :raises ConfigError: the file exists or cannot be written.
    """
    signer = Signer.generate()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ConfigError(f"the device key file {path} already exists") from None
    except OSError as exc:
        raise ConfigError(f"cannot create the device key file {path}: {exc}") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(base64.b64encode(signer.private_bytes()).decode("ascii") + "\n")
    return signer
