"""The background forecast of `corridor serve`, with real processes (issue 12, item 2).

The stored forecast follows the ledger as facts are appended; killing the worker process leaves
the server serving the last forecast with its age.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from corridor.cli import main
from corridor.storage import open_store
from tests.web.harness import free_port


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def _until(what: Callable[[], Any], seconds: float = 90) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        got = what()
        if got:
            return got
        time.sleep(0.5)
    raise AssertionError("timed out")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def test_the_forecast_follows_the_ledger_and_outlives_its_worker(tmp_path: Path) -> None:
    """Should store a forecast at start, recompute after new facts (no rest between forecasts
    asked for here), run its workers at the lowest CPU priority, and keep serving the last one
    (with its age) after the worker process is killed."""
    db = str(tmp_path / "ops.db")
    _run(db, "demo", "--until", "2016-12-16T12:00+02:00")
    _run(db, "user", "add", "ada", "--role", "admin")
    token = _run(db, "token", "add", "ada").strip()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "corridor", "--db", db, "serve", "--port", str(port)]
        + ["--forecast-after", "1", "--forecast-limit", "1", "--forecast-gap", "0"],
        env={**os.environ, "CORRIDOR_OP": ""},
        stdout=subprocess.PIPE,
        text=True,
    )
    base, auth = f"http://127.0.0.1:{port}", {"Authorization": f"Bearer {token}"}
    store = open_store(db)

    def forecast_at(position: int) -> dict[str, Any] | None:
        try:
            body = httpx.get(base + "/api/summary", headers=auth, timeout=5).json()
        except (httpx.HTTPError, ValueError):
            return None
        fc = body.get("forecast", {})
        return fc if fc.get("position") == position else None

    try:
        first = _until(lambda: forecast_at(store.position()))
        assert first["p10_hours"] <= first["p50_hours"] <= first["p90_hours"]
        assert first["facts_since"] == 0 and first["assumptions"]
        _run(db, "register", "LATE-1", "--site", "ansari")
        second = _until(lambda: forecast_at(store.position()))
        assert second["position"] == first["position"] + 1
        workers = _children(server.pid)
        assert workers, "no worker process"
        if hasattr(os, "SCHED_IDLE"):  # background work: only a processor requests leave idle
            assert {os.sched_getscheduler(pid) for pid in workers} == {os.SCHED_IDLE}
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
        _run(db, "register", "LATE-2", "--site", "ansari")
        time.sleep(3)
        after = httpx.get(base + "/api/summary", headers=auth, timeout=5)
        assert after.status_code == 200
        kept = after.json()["forecast"]
        assert kept["position"] == second["position"] and kept["facts_since"] == 1
        assert kept["age_seconds"] >= 0 and kept["p50"] == second["p50"]
    finally:
        store.close()
        server.terminate()
        server.communicate(timeout=15)


def test_a_worker_whose_server_died_before_it_started_stops(tmp_path: Path) -> None:
    """A worker started for a server that is already gone (so it was reparented before it could
    read its parent) ends by itself instead of watching forever as an orphan."""
    db = str(tmp_path / "ops.db")
    _run(db, "operation", "ev1", "Test evacuation")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])  # a server that has already exited
    gone.wait()
    worker = subprocess.Popen(
        [sys.executable, "-m", "corridor", "--db", db, "--op", "ev1", "forecast", "--watch"],
        env={**os.environ, "CORRIDOR_WATCH_PARENT": str(gone.pid)},
        stdout=subprocess.DEVNULL,
    )
    try:
        assert _until(lambda: worker.poll() is not None), "the orphaned worker kept running"
        assert worker.returncode == 0
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its parent has not read its status yet


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's parent-death signal")
def test_a_worker_dies_with_the_server_that_started_it_even_when_it_never_runs_again(
    tmp_path: Path,
) -> None:
    """Should be killed by the kernel when its server is killed -9: a worker that never gets a
    processor (its watchdog never checks) and sleeps through its own loop still goes."""
    pid_file = tmp_path / "worker.pid"
    worker_code = (
        "import os, pathlib, signal, time\n"
        "from corridor.cli.workers import die_with_parent\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "assert die_with_parent()\n"
        f"pathlib.Path({str(pid_file)!r}).write_text(str(os.getpid()))\n"
        "time.sleep(300)\n"
    )
    server_code = (
        "import subprocess, sys, time\n"
        f"subprocess.Popen([sys.executable, '-c', {worker_code!r}])\n"
        "time.sleep(300)\n"
    )
    server = subprocess.Popen([sys.executable, "-c", server_code])
    try:
        pid = int(_until(lambda: pid_file.exists() and pid_file.read_text().strip()))
        server.kill()
        server.wait()
        assert _until(lambda: not _running(pid), seconds=60), "the worker outlived its server"
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        if pid_file.exists() and _running(int(pid_file.read_text())):
            os.kill(int(pid_file.read_text()), signal.SIGKILL)
