"""`corridor sitrep --live-forecast`: the planner's forecast for what is left, in the report."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from corridor.cli import main


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_it_puts_the_live_forecast_in_the_report(tmp_path: Path) -> None:
    """Should plan the demo's people still waiting and print P10/P50/P90 hours in the sitrep."""
    db = str(tmp_path / "demo.db")
    _run("--db", db, "demo")
    _run(
        "--db", db, "sitrep", "--date", "2016-12-16", "--no-pdf", "--out", str(tmp_path),
        "--live-forecast", "2",
    )  # fmt: skip
    page = next(tmp_path.glob("sitrep-*.html")).read_text(encoding="utf-8")
    found = re.search(
        r"Time to clear: ([\d,.]+) hours \(likely between ([\d,.]+) and ([\d,.]+)", page
    )
    assert found, "no forecast in the report"
    p50, p10, p90 = (float(x.replace(",", "")) for x in found.groups())
    assert 0 < p10 <= p50 <= p90
    assert "simulated runs of the plan" in page


def test_it_refuses_two_forecasts(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    _run("--db", db, "demo")
    (tmp_path / "f.json").write_text('{"p10_hours": 1, "p50_hours": 2, "p90_hours": 3}')
    result = CliRunner().invoke(
        main,
        ["--db", db, "sitrep", "--date", "2016-12-16", "--no-pdf", "--out", str(tmp_path),
         "--forecast", str(tmp_path / "f.json"), "--live-forecast", "2"],
    )  # fmt: skip
    assert result.exit_code == 2 and "not both" in result.output
