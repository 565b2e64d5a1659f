"""`corridor user add`, `corridor token add` and `corridor serve` (a real process on loopback)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner, Result

from corridor.cli import main
from tests.web.harness import free_port


def run(db: str, *args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == code, result.output
    return result


def test_it_creates_accounts_and_prints_a_generated_password_once(tmp_path: Path) -> None:
    db = str(tmp_path / "ops.db")
    first = run(db, "user", "add", "ada", "--role", "admin", "--if-missing")
    again = run(db, "user", "add", "ada", "--role", "admin", "--if-missing")
    assert "Password (shown once): " in first.output
    assert "exists" in again.output and "Password" not in again.output
    bad = run(db, "user", "add", "rami", "--role", "registrar", code=1)
    assert "needs at least one site" in bad.output
    secret = tmp_path / "pw"
    secret.write_text("short\n")
    short = run(
        db, "user", "add", "olga", "--role", "observer", "--password-file", str(secret), code=1
    )
    assert "at least 10" in short.output
    token = run(db, "token", "add", "ada").output.strip()
    assert token.startswith("cor_")
    assert "no account" in run(db, "token", "add", "nobody", code=1).output
    assert run(db, "user", "list").output.split() == ["ada", "admin"]
    assert "removed" in run(db, "user", "remove", "ada").output
    assert run(db, "user", "list").output == ""


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
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=10)
    assert summary.status_code == 200 and summary.json()["name"] == "Test evacuation"
    assert anonymous.status_code == 401
    assert f"http://127.0.0.1:{port}/" in out
