"""The protected snapshot of `corridor serve`, made by a background process (issue 13).

Observers read the stored snapshot with its ledger position: a fact added later shows as a fact
since, not as a recomputation inside the request.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import httpx
from click.testing import CliRunner

from corridor.cli import main
from corridor.storage import open_store
from tests.cli.test_forecast_worker import _until
from tests.web.harness import free_port


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_serve_protects_in_the_background_and_observers_read_the_stored_snapshot(
    tmp_path: Any,
) -> None:
    db = str(tmp_path / "ops.db")
    _run(db, "demo", "--until", "2016-12-16T12:00+02:00")
    _run(db, "user", "add", "olga", "--role", "observer")
    token = _run(db, "token", "add", "olga").strip()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "corridor", "--db", db, "serve", "--port", str(port)]
        + ["--no-forecast"],
        env={**os.environ, "CORRIDOR_OP": ""},
        stdout=subprocess.PIPE,
        text=True,
    )
    base, auth = f"http://127.0.0.1:{port}", {"Authorization": f"Bearer {token}"}
    store = open_store(db)

    def protected() -> dict[str, Any] | None:
        try:
            body = httpx.get(base + "/api/summary", headers=auth, timeout=10).json()
        except (httpx.HTTPError, ValueError):
            return None
        return body if "position" in body.get("protected", {}) else None

    try:
        first = _until(protected)
        assert first["protected"]["position"] == store.position()
        assert first["protected"]["facts_since"] == 0 and isinstance(first["left"], int)
        _run(db, "register", "LATE-1", "--site", "ansari")
        later = protected()
        assert (
            later is not None and later["protected"]["position"] == first["protected"]["position"]
        )
        assert later["protected"]["facts_since"] == 1  # served as stored, not recomputed
    finally:
        store.close()
        server.terminate()
        server.communicate(timeout=15)
