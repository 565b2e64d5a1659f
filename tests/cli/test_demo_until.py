"""`corridor demo --until`: the operation as it stood at a moment, and how many remain then."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from corridor.cli import main


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_it_loads_the_demo_up_to_a_moment_and_gives_remaining(tmp_path: Path) -> None:
    """Should keep only facts up to the moment (offset respected) and report the range."""
    mid, full = str(tmp_path / "mid.db"), str(tmp_path / "full.db")
    said = _run(mid, "demo", "--until", "2016-12-16T12:00+02:00")
    assert "up to 2016-12-16T10:00:00Z" in said
    _run(full, "demo")
    now = json.loads(_run(mid, "summary", "--json"))
    end = json.loads(_run(full, "summary", "--json"))
    assert 0 < now["left"] < end["left"]
    assert now["status"] == "suspended" and end["status"] == "closed"
    rem = now["remaining"]
    assert rem["low"] <= rem["high"] and rem["sources"]
    assert all(s["as_of"] <= "2016-12-16" for s in rem["sources"])
    assert CliRunner().invoke(main, ["--db", mid, "demo", "--until", "soon"]).exit_code != 0
