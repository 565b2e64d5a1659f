"""`corridor serve`: the web interface and API from the command, as a real process on loopback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner, Result

from corridor.cli import main
from corridor.cli.serve import ForecastWorker, stop_workers
from corridor.services.forecasting import WorkerSettings
from tests.cli.test_forecast_worker import _children, _running
from tests.web.harness import free_port


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result


def test_it_serves_the_web_interface_from_the_command(tmp_path: Path) -> None:
    db = str(tmp_path / "ops.db")
    run(db, "operation", "ev1", "Test evacuation")
    run(db, "user", "add", "ada", "--role", "admin")
    token = run(db, "token", "add", "ada").output.strip()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "corridor", "--db", db, "serve", "--port", str(port)],
        env={**os.environ, "CORRIDOR_OP": ""},
        stdout=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        summary = httpx.get(base + "/api/summary", headers={"Authorization": f"Bearer {token}"})
        anonymous = httpx.get(base + "/api/summary")
        workers = _children(server.pid)  # started before it answers
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=10)
    assert summary.status_code == 200 and summary.json()["name"] == "Test evacuation"
    assert anonymous.status_code == 401
    assert f"http://127.0.0.1:{port}/" in out
    # SIGTERM ends it through its own shutdown, which stops its workers before it exits.
    assert len(workers) == 2 and server.returncode == 128 + signal.SIGTERM
    assert not [pid for pid in workers if _running(pid)], "workers outlived the server"


def test_stopping_does_not_wait_for_a_worker_to_heed_a_polite_request(tmp_path: Path) -> None:
    """Should end a worker that would not stop by itself (one in the middle of a forecast reads
    SIGTERM only between two) without the polite request's 5-s wait, and reap it."""
    ready = tmp_path / "ready"
    worker = ForecastWorker("unused.db", "ev1", WorkerSettings())
    worker.command = [
        sys.executable,
        "-c",
        "import pathlib, signal, sys, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        f"pathlib.Path({str(ready)!r}).touch()\n"
        "time.sleep(120)\n",
    ]
    worker.start()  # at the lowest priority, as serve starts its workers
    assert worker.process is not None
    deadline = time.monotonic() + 120
    while not ready.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ready.exists(), "the stand-in worker did not start"
    started = time.monotonic()
    stop_workers([worker])
    took = time.monotonic() - started
    assert worker.process.poll() == -signal.SIGKILL
    assert took < 5.0, f"stopping took {took:.1f} s"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's parent-death signal")
def test_a_worker_started_by_a_server_dies_with_it_before_running_any_of_its_own_code(
    tmp_path: Path,
) -> None:
    """Should have the kernel kill a worker when its server is killed -9, even a worker that
    never asks for it itself (one still importing its modules at the lowest priority)."""
    pid_file = tmp_path / "worker.pid"
    server_code = (
        "import pathlib, sys, time\n"
        "from corridor.cli.serve import ForecastWorker\n"
        "from corridor.services.forecasting import WorkerSettings\n"
        "w = ForecastWorker('unused.db', 'ev1', WorkerSettings())\n"
        "w.command = [sys.executable, '-c', 'import time; time.sleep(300)']\n"
        "w.start()\n"
        f"pathlib.Path({str(pid_file)!r}).write_text(str(w.process.pid))\n"
        "time.sleep(300)\n"
    )
    server = subprocess.Popen([sys.executable, "-c", server_code])
    pid = 0
    try:
        deadline = time.monotonic() + 120
        while not (pid_file.exists() and pid_file.read_text().strip()):
            assert time.monotonic() < deadline, "the stand-in server did not start its worker"
            time.sleep(0.05)
        pid = int(pid_file.read_text())
        server.kill()
        server.wait()
        deadline = time.monotonic() + 60
        while _running(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _running(pid), "the worker outlived its server"
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        if pid and _running(pid):
            os.kill(pid, signal.SIGKILL)
