"""What every command shares: the store, the clock, errors printed plainly, JSON output."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from corridor.clock import Clock, SystemClock
from corridor.config import Settings
from corridor.domain.operations import default_operation
from corridor.errors import ConfigError, CorridorError
from corridor.storage import Store, open_store

P = ParamSpec("P")
R = TypeVar("R")

# `serve` names itself to the background workers it starts, so they stop when it is gone.
WATCH_PARENT = "CORRIDOR_WATCH_PARENT"
console = Console(stderr=True)
# When a recorded fact happened: every recording command takes it.
AT = click.option("--at", default=None, help="When it happened (ISO 8601; default: now).")


class Env:
    """Per-invocation context: settings, a lazily opened store, the clock."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.clock: Clock = SystemClock()
        self._store: Store | None = None

    def store(self, device: str | None = None) -> Store:
        """Open (and migrate) the configured store once."""
        if self._store is None:
            self._store = open_store(
                self.settings.db,
                clock=self.clock,
                device=device or self.settings.device or None,
                key_file=self.settings.device_key_file or None,
            )
        return self._store

    def device_key_file(self) -> str:
        """Where this device's signing key lives ("" when nowhere is configured)."""
        from corridor.storage.keyfile import default_key_file

        return self.settings.device_key_file or default_key_file(self.settings.db)

    def key(self) -> bytes | None:
        """The personal-data key from CORRIDOR_KEY_FILE, or None when not configured."""
        if not self.settings.key_file:
            return None
        from corridor.domain.personal import parse_key

        try:
            with open(self.settings.key_file, encoding="ascii") as handle:
                return parse_key(handle.read())
        except OSError as exc:
            raise ConfigError(f"cannot read the key file: {exc}") from None

    def op(self) -> str:
        """The operation to work on: the setting, else the first operation id alphabetically."""
        op = default_operation(
            self.settings.op, lambda: (o["op"] for o in self.store().query("operations"))
        )
        if not op:
            raise click.UsageError(
                "no operation in the store: run `corridor demo` or `corridor operation` first"
            )
        return op


def pass_env(func: Callable[..., R]) -> Callable[..., R]:
    """Give a command the Env and turn Corridor errors into a clear message and exit code 1."""

    @click.pass_obj
    @functools.wraps(func)
    def wrapper(env: Env, *args: Any, **kwargs: Any) -> R:
        try:
            return func(env, *args, **kwargs)
        except CorridorError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    return wrapper


def context(env: Env) -> dict[str, Any]:
    """What every recording service takes: store, clock, actor and operation."""
    return {"store": env.store(), "clock": env.clock, "actor": env.settings.actor, "op": env.op()}


def done(kind: str, fact_id: str) -> None:
    """Say what was recorded, with the fact's id."""
    click.echo(f"Recorded {kind} ({fact_id}).")


def emit(data: Any) -> None:
    """Print JSON to stdout (for scripts and pipes)."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


@contextmanager
def progress(label: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr; yields an ``advance(n)`` callback."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
