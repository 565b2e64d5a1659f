"""`corridor init` keys, `checkpoint`, `proof`, `observe` and `verify` on a SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from click.testing import CliRunner, Result

from corridor.cli import main


def run(db: str, *args: str, ok: bool = True) -> Result:
    result = CliRunner().invoke(main, ["--db", db, "--actor", "tester", *args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def _ledger(tmp_path: Path) -> str:
    db = str(tmp_path / "server.db")
    assert "registered" in run(db, "init", "--device", "server").output
    run(db, "operation", "ev1", "Test")
    run(db, "site", "a", "Site A", "--kind", "pickup")
    run(db, "count", "42", "--site", "a", "--stage", "departed")
    return db


def test_it_keeps_the_device_key_in_a_private_file(tmp_path: Path) -> None:
    db = _ledger(tmp_path)
    assert os.stat(db + ".key").st_mode & 0o777 == 0o600
    shown = json.loads(run(db, "key", "show").output)
    assert shown["public_key"] == shown["in_force"] and len(shown["ledger"]) == 1
    with sqlite3.connect(db) as conn:  # the private key is nowhere in the database
        dump = "\n".join(conn.iterdump())
    assert Path(db + ".key").read_text().strip() not in dump
    os.chmod(db + ".key", 0o644)
    loose = run(db, "facts", ok=False)
    assert loose.exit_code == 1 and "readable by others" in loose.output


def test_it_prints_a_signed_checkpoint_and_proofs(tmp_path: Path) -> None:
    db = _ledger(tmp_path)
    made = json.loads(run(db, "checkpoint").output)
    cp = made["checkpoint"]
    assert cp["tree_size"] == 4 and cp["origin"] == "corridor:server"
    assert made["totals"] == {"ev1": {"departed": 42}}
    assert json.loads(run(db, "checkpoint", "--latest").output) == made
    proof = json.loads(run(db, "proof", "consistency", "2", "4").output)
    assert proof["first"] == 2 and len(proof["proof"]) == 1
    fact_id = json.loads(run(db, "facts").output)[1]["id"]
    inclusion = json.loads(run(db, "proof", "inclusion", fact_id, "--size", "4").output)
    assert inclusion["leaf_index"] == 1 and len(inclusion["proof"]) == 2
    bad = run(db, "proof", "consistency", "3", "9", ok=False)
    assert bad.exit_code == 1 and "holds 4 facts" in bad.output


def test_it_observes_a_store_file_and_recounts_its_totals(tmp_path: Path) -> None:
    db = _ledger(tmp_path)
    run(db, "checkpoint")
    facts = str(tmp_path / "facts.jsonl")
    run(db, "export", facts)
    seen = str(tmp_path / "observer")
    first = run(db, "observe", seen, "--from", db, "--facts", facts)
    assert "totals recounted from the 4 facts match" in first.output
    assert "OK: checkpoint of 4 facts" in first.output
    # The insider deletes the newest fact, sets the head back and rebuilds: verify says OK.
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM ledger WHERE pos = 4")
        row = conn.execute("SELECT seq, hash FROM ledger WHERE pos = 3").fetchone()
        conn.execute("UPDATE devices SET seq = ?, hash = ? WHERE device = 'server'", row)
        conn.execute("DELETE FROM checkpoints")
    run(db, "rebuild")
    assert "OK" in run(db, "verify").output
    run(db, "count", "40", "--site", "a", "--stage", "departed")
    run(db, "checkpoint")
    caught = run(db, "observe", seen, "--from", db, ok=False)
    assert caught.exit_code == 1 and "FORK" in caught.output


def test_verify_reports_unsigned_facts_before_the_key(tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    run(db, "init", "--device", "old", "--no-sign")
    run(db, "operation", "ev1", "Test")
    assert "device key made" in run(db, "key", "init").output
    run(db, "site", "a", "Site A", "--kind", "pickup")
    out = run(db, "verify").output
    assert "unsigned: device old: seq 1..1, recorded before it had a key" in out
    assert "signed: 2 facts" in out and "OK: 3 facts" in out


def test_it_refuses_bidirectional_controls_from_the_cli(tmp_path: Path) -> None:
    db = _ledger(tmp_path)
    refused = run(db, "site", "b", "Site \u202eB", "--kind", "pickup", ok=False)
    assert refused.exit_code == 1 and "bidirectional" in refused.output
