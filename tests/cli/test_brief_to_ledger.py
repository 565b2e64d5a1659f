"""`corridor brief --to-ledger` records extracted figures as estimates, once."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from corridor.cli import main

ARTICLE = """Convoys leave the old city

Aid workers said on Tuesday that about 2,300 people had been evacuated from the old city so far.
A local monitoring group estimated that at least 40 buses had crossed the checkpoint.
"""


def test_it_adds_the_figures_to_the_ledger_once(tmp_path: Path) -> None:
    db = str(tmp_path / "ops.db")
    article = tmp_path / "report.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "operation", "ev1", "Test"]).exit_code == 0
    args = [
        "--db",
        db,
        "brief",
        str(article),
        "--out",
        str(tmp_path / "out"),
        "--outlet",
        "Test Wire",
        "--date",
        "2016-12-20",
        "--to-ledger",
    ]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "estimates added, 0 already there" in first.output
    second = runner.invoke(main, args)
    assert "Ledger: 0 estimates added" in second.output
    summary = json.loads(runner.invoke(main, ["--db", db, "summary", "--json"]).output)
    evacuated = [e for e in summary["estimates"] if e["metric"] == "evacuated"]
    assert [e["value"] for e in evacuated] == [2300]
    assert evacuated[0]["outlet"] == "Test Wire"
    assert (tmp_path / "out" / "brief.md").exists()
