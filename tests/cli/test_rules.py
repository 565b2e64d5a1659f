"""The life-cycle rules from the command line (issue 11's scenario, step by step)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_commands import _setup, run


def test_it_refuses_to_board_an_arrived_person_and_to_register_once_closed(
    tmp_path: Path,
) -> None:
    """Should exit non-zero with a clear message, leave the figures as they were, and refuse
    registration in a closed operation."""
    db = str(tmp_path / "ops.db")
    _setup(db)
    run(db, "register", "P1", "--site", "ameriyah")
    run(db, "dispatch", "T1", "--vehicle", "bus-1", "--from", "ameriyah", "--to", "khan")
    run(db, "board", "P1", "T1")
    run(db, "depart", "T1")
    run(db, "arrive", "T1", "--site", "khan", "--arrived", "1")
    run(db, "dispatch", "T2", "--vehicle", "bus-1", "--from", "ameriyah", "--to", "khan")
    refused = run(db, "board", "P1", "T2", ok=False)
    assert refused.exit_code != 0
    assert "P1 arrived at khan on trip T1 at" in refused.output
    summary = json.loads(run(db, "summary", "--json").output)
    assert (summary["left"], summary["arrived"]) == (1, 1)
    run(db, "status", "closed", "--reason", "done")
    closed = run(db, "register", "P2", "--site", "ameriyah", ok=False)
    assert closed.exit_code != 0
    assert "operation is closed: registrations are refused" in closed.output
    run(db, "status", "active", "--reason", "a late convoy")  # the local operator may reopen
    run(db, "register", "P2", "--site", "ameriyah")
