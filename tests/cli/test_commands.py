"""The CLI against a temporary SQLite file, as a registrar or coordinator would use it."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from corridor.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "ops.db")


def run(db: str, *args: str, ok: bool = True) -> Result:
    result = CliRunner().invoke(main, ["--db", db, "--actor", "tester", *args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def _setup(db: str) -> None:
    run(db, "init", "--device", "desk-ramouseh")
    run(db, "operation", "ev1", "Test evacuation")
    run(db, "site", "ameriyah", "al-Ameriyah", "--kind", "pickup")
    run(db, "site", "khan", "Khan al-Aasal", "--kind", "gathering")
    run(db, "vehicle", "bus-1", "--kind", "bus", "--capacity", "50")


def test_it_runs_a_trip_from_registration_to_arrival(db: str) -> None:
    _setup(db)
    run(db, "status", "active", "--reason", "ceasefire holds")
    run(db, "register", "W-0001", "--site", "ameriyah", "--age", "child", "--triage", "serious")
    run(db, "dispatch", "T1", "--vehicle", "bus-1", "--from", "ameriyah", "--to", "khan")
    run(db, "board", "W-0001", "T1")
    run(
        db,
        "count",
        "30",
        "--site",
        "ameriyah",
        "--stage",
        "departed",
        "--trip",
        "T1",
        "--by",
        "age.child=10",
    )
    run(db, "depart", "T1")
    run(db, "arrive", "T1", "--site", "khan", "--arrived", "29", "--died", "1")
    summary = json.loads(run(db, "summary", "--json").output)
    assert summary["left"] == 30 and summary["arrived"] == 29 and summary["died"] == 1
    assert summary["by_category"]["departed"]["age"]["child"] == 10
    assert json.loads(run(db, "discrepancies").output) == []
    assert "OK: 12 facts" in run(db, "verify").output  # 11 and the key registration


def test_it_refuses_bad_input_with_a_clear_message_and_writes_nothing(db: str) -> None:
    _setup(db)
    before = run(db, "verify").output
    bad = run(db, "register", "W-1", "--site", "nowhere", ok=False)
    assert bad.exit_code == 1 and "no site 'nowhere'" in bad.output
    bad = run(
        db, "count", "5", "--site", "ameriyah", "--stage", "departed", "--by", "age=3", ok=False
    )
    assert bad.exit_code == 1 and "age.child=12" in bad.output
    bad = run(db, "status", "resumed", ok=False)
    assert bad.exit_code == 1 and "can become" in bad.output
    assert run(db, "verify").output == before


def test_it_corrects_a_registration_with_a_new_fact(db: str) -> None:
    _setup(db)
    run(db, "register", "W-2", "--site", "ameriyah", "--age", "adult")
    fact_id = json.loads(run(db, "facts").output)[-1]["id"]
    run(db, "correct", fact_id, "--reason", "age misread", "--set", "age=child")
    summary = json.loads(run(db, "summary", "--json").output)
    assert summary["by_category"]["registered"]["age"] == {"child": 1}


def test_it_exports_and_imports_without_duplicates(db: str, tmp_path: Path) -> None:
    _setup(db)
    run(db, "register", "W-3", "--site", "ameriyah")
    for fmt in ("jsonl", "csv"):
        path = str(tmp_path / f"facts.{fmt}")
        run(db, "export", path, "--format", fmt)
        other = str(tmp_path / f"other-{fmt}.db")
        # 5 facts and the key registration; the signatures travel with them (csv too).
        assert "Imported 6 facts, 0 already" in run(other, "import", path).output
        assert "Imported 0 facts, 6 already" in run(other, "import", path).output
        verified = run(other, "verify").output
        assert "OK: 6 facts" in verified and "signed: 6 facts" in verified


def test_it_imports_drafts_and_names_the_bad_line(db: str, tmp_path: Path) -> None:
    _setup(db)
    good = {
        "type": "headcount.recorded",
        "op": "ev1",
        "occurred_at": "2016-12-15T10:00:00Z",
        "payload": {"site_id": "ameriyah", "stage": "departed", "total": 12},
    }
    bad = {**good, "payload": {"site_id": "ameriyah", "stage": "departed", "total": -1}}
    path = tmp_path / "drafts.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    result = run(db, "import", str(path), ok=False)
    assert result.exit_code == 1 and "line 2" in result.output and "total" in result.output
    path.write_text(json.dumps(good) + "\n")
    assert "Imported 1 facts" in run(db, "import", str(path)).output
    assert "Imported 0 facts, 1 already" in run(db, "import", str(path)).output


def test_it_loads_the_demo_once_and_verify_catches_tampering(db: str) -> None:
    first = run(db, "demo").output
    assert "0 already present" in first
    assert "0 facts added" in run(db, "demo").output
    summary = json.loads(run(db, "summary", "--json").output)
    assert 25_000 < summary["left"] < 40_000
    assert {e["source"] for e in summary["estimates"]} >= {"SOHR", "ICRC", "Syrian state media"}
    assert summary["linked"] == [
        {
            "op": "foua-kefraya-2016",
            "name": "Foua and Kefraya evacuation",
            "name_ar": "إخلاء الفوعة وكفريا",
            "status": "closed",
        }
    ]
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE ledger SET payload = replace(payload, '\"total\":', '\"total\":1')"
            " WHERE type = 'headcount.recorded' AND pos = (SELECT MIN(pos) FROM ledger"
            " WHERE type = 'headcount.recorded')"
        )
    result = run(db, "verify", ok=False)
    assert result.exit_code == 1 and "content altered" in result.output


@pytest.mark.parametrize(
    "command",
    [
        "init",
        "demo",
        "register",
        "depart",
        "arrive",
        "count",
        "incident",
        "estimate",
        "correct",
        "status",
        "verify",
        "import",
        "export",
        "serve",
        "summary",
        "dispatch",
        "board",
        "trips",
        "discrepancies",
    ],
)
def test_it_documents_every_command(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_it_encrypts_names_reveals_them_with_a_reason_and_purges(db: str, tmp_path: Path) -> None:
    _setup(db)
    key = tmp_path / "key"
    assert CliRunner().invoke(main, ["keygen", str(key)]).exit_code == 0
    assert oct(key.stat().st_mode)[-3:] == "600"
    env = {"CORRIDOR_KEY_FILE": str(key)}
    runner = CliRunner(env=env)
    args = ["--db", db, "--actor", "desk"]
    ok = runner.invoke(main, [*args, "register", "W-9", "--site", "ameriyah", "--name", "Omar K"])
    assert ok.exit_code == 0, ok.output
    shown = runner.invoke(main, [*args, "reveal", "W-9", "--purpose", "reunification"])
    assert json.loads(shown.output) == {"name": "Omar K"}
    assert (
        "purged personal details of 1"
        in runner.invoke(main, [*args, "purge", "--yes"]).output.lower()
    )
    log = json.loads(runner.invoke(main, [*args, "access-log"]).output)
    assert sorted(e["action"] for e in log) == ["purge", "read"]
    assert "OK:" in run(db, "verify").output


def test_it_makes_free_text_public_in_reviewed_words_and_withdraws_it(
    db: str, tmp_path: Path
) -> None:
    _setup(db)
    today = datetime.now(UTC).date().isoformat()  # facts recorded now: today's report
    run(db, "count", "20", "--site", "ameriyah", "--stage", "departed")
    said = run(db, "incident", "Omar K hurt, call 0944123456", "--kind", "gunfire",
               "--severity", "low").output  # fmt: skip
    fact = said.split("(")[-1].split(")")[0]

    def public_report() -> str:
        run(db, "sitrep", "--date", today, "--public", "--no-pdf", "--out", str(tmp_path))
        return (tmp_path / f"sitrep-ev1-{today}-en-public.html").read_text(encoding="utf-8")

    first = public_report()
    assert "Incidents" in first and "Omar K" not in first and "0944123456" not in first
    done = run(db, "publish-text", fact, "description", "--wording", "Gunfire near the bridge")
    assert "Gunfire near the bridge" in done.output
    report = public_report()
    assert "Gunfire near the bridge" in report and "0944123456" not in report
    run(db, "publish-text", fact, "description", "--withdraw")
    assert "Gunfire near the bridge" not in public_report()
    wrong = run(db, "publish-text", "no-such-fact", "description", ok=False)
    assert wrong.exit_code != 0 and "no fact 'no-such-fact'" in wrong.output
    not_text = run(db, "publish-text", fact, "source", ok=False)
    assert not_text.exit_code != 0 and "not a free-text field" in not_text.output
