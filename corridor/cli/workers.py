"""The background workers' commands: the forecast and the protected public figures."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import click

from corridor.cli.common import WATCH_PARENT, Env, emit, pass_env
from corridor.services import disclosure
from corridor.services.forecasting import WorkerSettings, compute_forecast, run_worker
from corridor.services.watch import lowest_priority

gap_option = click.option(
    "--gap",
    type=click.FloatRange(0),
    default=WorkerSettings.min_gap_seconds / 60,
    show_default=True,
    help="With --watch: minutes to rest after each result before the next, however many "
    "facts came.",
)

F = TypeVar("F", bound=Callable[..., Any])
# prctl(2): the signal a process gets when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1


def _watch_options(every: float, after: int, results: str) -> Callable[[F], F]:
    """A background worker's --watch, --every and --after options."""
    options = (
        click.option(
            "--watch", is_flag=True, help="Keep it up to date until stopped (what `serve` runs)."
        ),
        click.option(
            "--every",
            type=click.FloatRange(0.01),
            default=every,
            show_default=True,
            help=f"With --watch: minutes between {results} when facts were added.",
        ),
        click.option(
            "--after",
            type=click.IntRange(1),
            default=after,
            show_default=True,
            help="With --watch: recompute as soon as this many facts were added.",
        ),
    )

    def add(command: F) -> F:
        for option in reversed(options):
            command = option(command)
        return command

    return add


@click.command()
@click.option(
    "--limit",
    type=click.FloatRange(0.1),
    default=WorkerSettings.time_limit,
    show_default=True,
    help="Solver seconds.",
)
@click.option("--runs", type=click.IntRange(1), default=WorkerSettings.runs, show_default=True)
@_watch_options(WorkerSettings.every_seconds / 60, WorkerSettings.after_facts, "forecasts")
@gap_option
@pass_env
def forecast(
    env: Env, limit: float, runs: int, watch: bool, every: float, after: int, gap: float
) -> None:
    """Compute the completion forecast now and store it (`serve` does this in the background)."""
    if watch:
        settings = WorkerSettings(
            every_seconds=every * 60,
            after_facts=after,
            time_limit=limit,
            runs=runs,
            min_gap_seconds=gap * 60,
        )
        run_worker(
            open_store=env.store,
            clock=env.clock,
            op=env.op(),
            settings=settings,
            stop=background_stop(),
        )
        return
    body = compute_forecast(
        store=env.store(), clock=env.clock, op=env.op(), time_limit=limit, runs=runs
    )
    emit(body)


@click.command()
@_watch_options(5.0, 200, "snapshots")
@gap_option
@pass_env
def protect(env: Env, watch: bool, every: float, after: int, gap: float) -> None:
    """Protect the public figures now and store them (`serve` does this in the background)."""
    if watch:
        settings = WorkerSettings(
            every_seconds=every * 60, after_facts=after, min_gap_seconds=gap * 60
        )
        disclosure.run_worker(
            open_store=env.store,
            clock=env.clock,
            op=env.op(),
            settings=settings,
            stop=background_stop(),
        )
        return
    body = disclosure.compute_snapshot(store=env.store(), clock=env.clock, op=env.op())
    emit({k: v for k, v in body.items() if k != "cells"})


def background_stop() -> Stop:
    """Make this process a background worker: lowest CPU priority (``watch.lowest_priority``;
    `serve` has already set it on the workers it starts), killed by the kernel when its parent
    dies (:func:`die_with_parent`), then a :class:`Stop` (whose watchdog thread takes the
    priority it is started with)."""
    lowest_priority()
    die_with_parent()
    return Stop()


def _find_prctl() -> Callable[..., int] | None:
    """libc's prctl(2), looked up once at import: :func:`die_with_parent` also runs between a
    fork and an exec (`serve`'s workers), where nothing should be imported or loaded."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl: Callable[..., int] = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return prctl


_PRCTL = _find_prctl()


def die_with_parent() -> bool:
    """Ask Linux to kill this process (SIGKILL) when the process that started it dies; say
    whether it could (elsewhere the watchdog of :class:`Stop` is the only way).

    The watchdog's check needs processor time, which a lowest-priority worker on a busy machine
    may not get for minutes: its parent killed with ``kill -9``, it went on computing forecasts
    as an orphan. A kill from the kernel runs none of the worker's own code. `serve` calls it in
    each worker before the worker's first instruction (between fork and exec: its imports take
    long at the lowest priority); a ``--watch`` command calls it on itself before reading its
    parent, as :class:`Stop` does, so that a parent dead before the call is seen."""
    if _PRCTL is None:
        return False
    return int(_PRCTL(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0


class Stop:
    """Ends a watch on SIGTERM or SIGINT, or when the process that started it is gone.

    The server names itself in ``CORRIDOR_WATCH_PARENT``: a worker that starts after the server
    has already died (reparented before it could read its parent) stops at once instead of
    taking its new parent for the server. A watchdog thread ends the process when the server
    dies in the middle of a computation too: nothing is lost, since each result is one write."""

    def __init__(self) -> None:
        named = os.environ.get(WATCH_PARENT, "")
        self.parent = int(named) if named.isdigit() else os.getppid()
        self.asked = False
        signal.signal(signal.SIGTERM, self._ask)
        signal.signal(signal.SIGINT, self._ask)
        threading.Thread(target=self._watch, daemon=True, name="corridor-watchdog").start()

    def _watch(self) -> None:
        while os.getppid() == self.parent:
            time.sleep(1.0)
        os._exit(0)  # the server is gone: stop even in the middle of a forecast

    def _ask(self, *_: object) -> None:
        self.asked = True

    def is_set(self) -> bool:
        """Whether to stop now."""
        return self.asked or os.getppid() != self.parent

    def wait(self, timeout: float | None = None) -> bool:
        """Sleep up to ``timeout`` seconds, waking early to stop."""
        end = time.monotonic() + (timeout or 0)
        while not self.is_set() and time.monotonic() < end:
            time.sleep(min(0.2, max(0.0, end - time.monotonic())))
        return self.is_set()


COMMANDS = [forecast, protect]
