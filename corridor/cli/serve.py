"""`corridor serve`: the web interface, JSON API and sync routes over HTTP (uvicorn)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import click

from corridor.cli.common import WATCH_PARENT, Env, pass_env
from corridor.cli.sync import BackgroundSync, read_token, token_option
from corridor.cli.workers import die_with_parent
from corridor.clock import Clock
from corridor.errors import CorridorError
from corridor.services import transparency
from corridor.services.forecasting import WorkerSettings
from corridor.services.watch import lowest_priority, normal_priority
from corridor.storage import open_store
from corridor.storage.base import Store


@click.command()
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Port (default 8000).")
@click.option(
    "--sync-peer",
    envvar="CORRIDOR_SYNC_PEER",
    default=None,
    metavar="URL",
    help="Sync with this server in the background (http(s)://HOST:PORT).",
)
@click.option(
    "--sync-interval",
    type=click.FloatRange(0.1),
    default=30.0,
    show_default=True,
    help="Seconds between background sync rounds.",
)
@click.option(
    "--forecast/--no-forecast",
    default=True,
    show_default=True,
    help="Keep a completion forecast up to date in a background process.",
)
@click.option(
    "--forecast-every",
    type=click.FloatRange(0.1),
    default=WorkerSettings.every_seconds / 60,
    show_default=True,
    help="Minutes between forecasts (when facts were added).",
)
@click.option(
    "--forecast-after",
    type=click.IntRange(1),
    default=WorkerSettings.after_facts,
    show_default=True,
    help="Recompute as soon as this many facts were added.",
)
@click.option(
    "--forecast-gap",
    type=click.FloatRange(0),
    default=WorkerSettings.min_gap_seconds / 60,
    show_default=True,
    help="Minutes the worker rests after a forecast before the next (however many facts came).",
)
@click.option(
    "--forecast-limit",
    type=click.FloatRange(0.1),
    default=WorkerSettings.time_limit,
    show_default=True,
    help="Solver seconds per forecast.",
)
@click.option(
    "--checkpoint-interval",
    type=click.FloatRange(0),
    default=300.0,
    show_default=True,
    help="Seconds between signed checkpoints of the ledger, made when it has grown "
    "(0: none; needs a device key).",
)
@token_option
@pass_env
def serve(
    env: Env,
    host: str | None,
    port: int | None,
    sync_peer: str | None,
    sync_interval: float,
    forecast: bool,
    forecast_every: float,
    forecast_after: int,
    forecast_gap: float,
    forecast_limit: float,
    checkpoint_interval: float,
    token_file: Path | None,
) -> None:
    """Serve the web interface (/), the JSON API (/api/..., /openapi.json) and sync (/sync/...)."""
    import uvicorn

    from corridor.web.app import create_app
    from corridor.web.sync_api import thread_stores

    def open_local() -> Store:
        return open_store(
            env.settings.db, clock=env.clock, key_file=env.settings.device_key_file or None
        )

    store = env.store()
    app = create_app(env.settings, store, env.clock, store_factory=thread_stores(open_local))
    background = None
    if sync_peer:
        background = BackgroundSync(open_local, sync_peer, read_token(token_file), sync_interval)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host or env.settings.host, env.settings.port if port is None else port))
    bound_host, bound_port = sock.getsockname()[:2]
    op = app.state.deps.current_op()
    click.echo(
        f"Corridor serving {op or '(no operation yet)'} on http://{bound_host}:{bound_port}/ "
        f"(device {store.device}; Ctrl-C to stop)"
    )
    if background:
        background.start()
    worker = None
    if forecast and op:
        plan = WorkerSettings(
            every_seconds=forecast_every * 60,
            after_facts=forecast_after,
            time_limit=forecast_limit,
            min_gap_seconds=forecast_gap * 60,
        )
        worker = ForecastWorker(env.settings.db, op, plan)
        worker.start()
    protector = None
    if op:
        protector = ProtectWorker(env.settings.db, op)
        protector.start()
    checkpoints = None
    if checkpoint_interval and store.signer is not None:
        checkpoints = BackgroundCheckpoints(open_local, env.clock, checkpoint_interval)
        checkpoints.start()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    # uvicorn shuts down gracefully on SIGTERM, then puts back the handler it found and raises
    # the signal again: with the default handler the process ended there, before this
    # function's `finally`, and left its workers running as orphans. This handler turns it into
    # an exit that runs the `finally` (status 143, as a shell reports SIGTERM).
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        server.run(sockets=[sock])
    finally:
        if background:
            background.stop.set()
        stop_workers([w for w in (worker, protector) if w is not None])
        if checkpoints:
            checkpoints.stop.set()


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


class ForecastWorker:
    """The forecast loop in a process of its own (`corridor forecast --watch`): the solver never
    holds up a request, and if the process dies the server goes on serving the last stored
    forecast. The process ends by itself when the server is gone. It runs at the lowest CPU
    priority from its first instruction (its imports too), so it takes only a processor the
    requests leave idle."""

    def __init__(self, db: str, op: str, settings: WorkerSettings) -> None:
        self.command = [
            sys.executable,
            "-m",
            "corridor",
            "--db",
            db,
            "--op",
            op,
            "forecast",
            "--watch",
            "--every",
            str(settings.every_seconds / 60),
            "--after",
            str(settings.after_facts),
            "--limit",
            str(settings.time_limit),
            "--gap",
            str(settings.min_gap_seconds / 60),
        ]
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the process (its output goes nowhere: it writes only to the store)."""
        # Our own interpreter and arguments from the server's own settings, no shell.
        env = {**os.environ, WATCH_PARENT: str(os.getpid())}
        # Killed by the kernel if the server dies, from before its first instruction. A
        # preexec_fn may deadlock if it takes a lock another thread held at the fork:
        # die_with_parent takes none (one system call through a function looked up at import).
        self.process = subprocess.Popen(  # noqa: S603
            self.command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=env,
            preexec_fn=die_with_parent,  # noqa: PLW1509
        )
        # At once, before it has read its first module; the worker says so again itself.
        lowest_priority(self.process.pid)

    def kill(self) -> None:
        """Kill the process at once (SIGKILL) and give it back a normal priority to die on.

        It holds nothing that a kill could lose: each result is one write, in a transaction the
        database rolls back if it is cut. A SIGTERM would only ask it to stop between two
        computations, so a worker in the middle of a forecast (``--forecast-limit`` seconds of
        solver) kept the server's exit waiting; and at the lowest priority on a busy machine it
        got no processor even to read the request. Where this process may not raise a priority,
        the killed worker dies when it next runs, without running any more of its own code."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.kill()
        normal_priority(self.process.pid)

    def reap(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the killed process to end; say whether it did (if
        not, the kill is left pending rather than holding up the server's own exit)."""
        if self.process is None:
            return True
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return False
        return True


def stop_workers(workers: list[ForecastWorker], timeout: float = 5.0) -> None:
    """Kill every worker first, then wait for them together, ``timeout`` seconds in all."""
    for worker in workers:
        worker.kill()
    deadline = time.monotonic() + timeout
    for worker in workers:
        worker.reap(max(0.0, deadline - time.monotonic()))


class ProtectWorker(ForecastWorker):
    """The protected public snapshot in a process of its own (`corridor protect --watch`):
    observers and public reports read the last one stored, never a computation of their own."""

    def __init__(self, db: str, op: str) -> None:
        super().__init__(db, op, WorkerSettings())
        self.command = [sys.executable, "-m", "corridor", "--db", db, "--op", op]
        self.command += ["protect", "--watch"]


class BackgroundCheckpoints(threading.Thread):
    """Signs a checkpoint every ``interval`` seconds when the ledger has grown."""

    def __init__(self, open_local: Callable[[], Store], clock: Clock, interval: float) -> None:
        super().__init__(daemon=True, name="corridor-checkpoints")
        self.open_local, self.clock, self.interval = open_local, clock, interval
        self.stop = threading.Event()

    def run(self) -> None:
        """Checkpoint, then wait; a failure is printed and retried at the next interval."""
        store = self.open_local()
        try:
            while not self.stop.is_set():
                try:
                    transparency.checkpoint_if_grown(store=store, clock=self.clock)
                except CorridorError as exc:
                    click.echo(f"checkpoint failed: {exc}", err=True)
                self.stop.wait(self.interval)
        finally:
            store.close()


COMMANDS = [serve]
