"""The CLI shows the operation's local times and names the zone; `time-zone` changes it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from corridor.cli import main


def _run(db: str, *args: str, ok: bool = True) -> str:
    result = CliRunner().invoke(main, ["--db", db, "--op", "op1", *args])
    assert (result.exit_code == 0) == ok, result.output
    return result.output


def test_it_shows_local_times_with_the_zone_and_changes_the_zone(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    _run(db, "operation", "op1", "Test", "--time-zone", "Asia/Damascus")
    _run(db, "status", "active", "--at", "2016-12-15T23:30:00Z")
    assert _run(db, "time-zone").strip() == "Asia/Damascus"
    summary = _run(db, "summary")
    assert "since 2016-12-16 01:30 Asia/Damascus (UTC+02:00)" in summary
    assert "0 left · 0 waiting at pickup points (ledger)" in summary
    history = _run(db, "status")
    assert "Asia/Damascus" in history and "2016-12-16 01:30" in history
    assert json.loads(_run(db, "summary", "--json"))["time_zone"] == "Asia/Damascus"
    assert "not a time zone" in _run(db, "time-zone", "Mars/Olympus", ok=False)
    _run(db, "time-zone", "UTC", "--reason", "reports go to Geneva")
    assert "since 2016-12-15 23:30 UTC" in _run(db, "summary")
    assert json.loads(_run(db, "summary", "--json"))["status_at"] == "2016-12-15T23:30:00Z"
