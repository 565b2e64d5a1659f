"""Settings: each has a name, a default and help; read from CORRIDOR_* environment variables."""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from corridor.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    """Everything Corridor can be told from outside. Environment: ``CORRIDOR_<NAME>``."""

    db: str = field(
        default="corridor.db",
        metadata={
            "help": "Store URL: a SQLite file path, sqlite:///PATH, memory: or postgresql://..."
        },
    )
    op: str = field(
        default="",
        metadata={"help": "Operation id to work on (default: the only or first one in the store)."},
    )
    actor: str = field(
        default="", metadata={"help": "Who is recording facts (default: the login name)."}
    )
    device: str = field(
        default="",
        metadata={
            "help": "This node's device id, fixed when the store is created (default: random)."
        },
    )
    key_file: str = field(
        default="",
        metadata={
            "help": "File with the base64 key that encrypts personal details; keep it outside the "
            "database and off shared disks (`corridor keygen`)."
        },
    )
    device_key_file: str = field(
        default="",
        metadata={
            "help": "File (mode 600) with this device's Ed25519 signing key, made by `corridor "
            "init`; default: the SQLite file's path plus .key (none for PostgreSQL)."
        },
    )
    host: str = field(default="127.0.0.1", metadata={"help": "Address `corridor serve` binds."})
    port: int = field(default=8000, metadata={"help": "Port `corridor serve` listens on."})


def load_settings(env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
    """Build settings from the environment (a ``*_FILE`` variable reads a secret from a file),
    then explicit overrides (command-line options) that are not None.

    :raises ConfigError: a value of the wrong type.
    """
    env = os.environ if env is None else env
    values: dict[str, object] = {}
    for f in fields(Settings):
        key = f"CORRIDOR_{f.name.upper()}"
        raw = env.get(key)
        if raw is None and env.get(key + "_FILE"):
            with open(env[key + "_FILE"], encoding="utf-8") as handle:
                raw = handle.read().strip()
        if raw is not None:
            values[f.name] = _convert(f.name, raw, f.type)
    values.update({k: v for k, v in overrides.items() if v is not None})
    settings = Settings(**values)  # type: ignore[arg-type]
    if not settings.actor:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "unknown"
        settings = replace(settings, actor=user)
    return settings


def _convert(name: str, raw: str, kind: object) -> object:
    if kind in (int, "int"):
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"CORRIDOR_{name.upper()} must be a whole number") from None
    return raw
