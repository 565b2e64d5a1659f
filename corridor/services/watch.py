"""The loop of a background worker (`corridor forecast --watch`, `corridor protect --watch`).

A worker recomputes one stored result at start, then when facts were added and either
``every_seconds`` have passed or ``after_facts`` facts came in, until it is told to stop. It
reads the ledger position once per ``poll_seconds`` and nothing else while idle.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from corridor.errors import NotFound
from corridor.storage.base import Store


class Stop(Protocol):
    """When to end the loop (``cli/workers.Stop``: a signal, or the server gone)."""

    def is_set(self) -> bool: ...

    def wait(self, timeout: float | None = None) -> bool: ...


class Schedule(Protocol):
    """When a worker recomputes (``forecasting.WorkerSettings``)."""

    @property
    def every_seconds(self) -> float: ...

    @property
    def after_facts(self) -> int: ...

    @property
    def poll_seconds(self) -> float: ...


def watch(
    *,
    open_store: Callable[[], Store],
    schedule: Schedule,
    stop: Stop,
    compute: Callable[[Store], object],
) -> None:
    """Run ``compute`` on a store of its own at start and whenever ``schedule`` says, until
    ``stop`` is set. An operation that has not arrived yet (a node before its first sync) is
    waited for."""
    store = open_store()
    try:
        done_at, done_pos = -1.0, -1
        while not stop.is_set():
            position = store.position()
            overdue = time.monotonic() - done_at >= schedule.every_seconds
            grown = position - done_pos >= schedule.after_facts
            if done_pos < 0 or (position != done_pos and (overdue or grown)):
                try:
                    compute(store)
                    done_at, done_pos = time.monotonic(), position
                except NotFound:
                    pass
            stop.wait(schedule.poll_seconds)
    finally:
        store.close()


def seconds_between(earlier: str, later: str) -> int:
    """Whole seconds from one ledger time to a later one (never negative): a result's age."""
    a = datetime.fromisoformat(earlier.replace("Z", "+00:00"))
    b = datetime.fromisoformat(later.replace("Z", "+00:00"))
    return max(0, int((b - a).total_seconds()))
