"""The loop of a background worker (`corridor forecast --watch`, `corridor protect --watch`).

A worker recomputes one stored result at start, then when facts were added and either
``every_seconds`` have passed or ``after_facts`` facts came in, until it is told to stop; never
sooner than ``min_gap_seconds`` after its last computation ended, so a busy ledger cannot keep
it computing back to back. It reads the ledger position once per ``poll_seconds`` and nothing
else while idle.

Workers are background work: :func:`lowest_priority` puts a worker process at the lowest CPU
priority the system has, so requests get the processor first (`corridor serve` applies it to
each worker it starts, and a ``--watch`` command to itself).
"""

from __future__ import annotations

import os
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

    @property
    def min_gap_seconds(self) -> float: ...


def watch(
    *,
    open_store: Callable[[], Store],
    schedule: Schedule,
    stop: Stop,
    compute: Callable[[Store], object],
    now: Callable[[], float] = time.monotonic,
) -> None:
    """Run ``compute`` on a store of its own at start and whenever ``schedule`` says, until
    ``stop`` is set. An operation that has not arrived yet (a node before its first sync) is
    waited for.

    :param now: a monotonic clock in seconds (tests pass their own).
    """
    store = open_store()
    try:
        done_at, done_pos = -1.0, -1
        while not stop.is_set():
            if done_pos < 0 or now() - done_at >= schedule.min_gap_seconds:
                position = store.position()
                overdue = now() - done_at >= schedule.every_seconds
                grown = position - done_pos >= schedule.after_facts
                if done_pos < 0 or (position != done_pos and (overdue or grown)):
                    try:
                        compute(store)
                        done_at, done_pos = now(), position
                    except NotFound:
                        pass
            stop.wait(schedule.poll_seconds)
    finally:
        store.close()


def lowest_priority(pid: int = 0) -> str:
    """Put a process (0: this one) at the lowest CPU priority: Linux's ``SCHED_IDLE`` class,
    which runs only on a processor nothing else wants, else ``nice`` 19. Say which one was set
    ("idle", "nice 19"), or "unchanged" where neither exists (Windows).

    Call it before the process starts any thread: a thread takes its creator's priority.
    """
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
            return "idle"
        except OSError:
            pass  # a kernel without the class, or not allowed: fall back to nice
    if hasattr(os, "setpriority"):
        try:
            os.setpriority(os.PRIO_PROCESS, pid, 19)
            return "nice 19"
        except OSError:
            pass
    return "unchanged"


def normal_priority(pid: int) -> bool:
    """Put a process back at the normal priority (``SCHED_OTHER``, nice 0), where this process is
    allowed to (root or CAP_SYS_NICE; an ordinary user may not raise a priority): say whether it
    was. `serve` does it to a worker it has just killed, since an idle-class process on a busy
    machine gets no processor even to die on, and a kill would then wait for the machine to idle.
    """
    try:
        if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_OTHER"):
            os.sched_setscheduler(pid, os.SCHED_OTHER, os.sched_param(0))
        if hasattr(os, "setpriority"):
            os.setpriority(os.PRIO_PROCESS, pid, 0)
    except OSError:
        return False  # not allowed, or already gone: the kill stands either way
    return True


def seconds_between(earlier: str, later: str) -> int:
    """Whole seconds from one ledger time to a later one (never negative): a result's age."""
    a = datetime.fromisoformat(earlier.replace("Z", "+00:00"))
    b = datetime.fromisoformat(later.replace("Z", "+00:00"))
    return max(0, int((b - a).total_seconds()))
