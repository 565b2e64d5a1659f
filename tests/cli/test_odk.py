"""`corridor xlsform` writes a form pyxform converts; `corridor odk-import` imports once."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from pyxform.xls2xform import convert

from corridor.cli import main
from corridor.storage import open_store
from tests.sitrep.scenario import two_days


def test_it_writes_the_form_and_imports_submissions_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/ops.db"
    store = open_store(db)
    store.record(two_days())
    store.close()
    form = tmp_path / "registration.xlsx"
    result = CliRunner().invoke(main, ["--db", db, "xlsform", str(form)])
    assert result.exit_code == 0, result.output
    assert "<person_id/>" in convert(xlsform=str(form)).xform
    export = tmp_path / "submissions.json"
    export.write_text(
        json.dumps(
            [
                {
                    "meta": {"instanceID": "uuid:5e1d7f3a-0000-4000-8000-000000000001"},
                    "end": "2016-12-15T07:00:00Z",
                    "person_id": "W-42",
                    "site_id": "ramouseh",
                    "group": "civilian",
                    "age": "adult",
                    "sex": "male",
                    "triage": "walking",
                }
            ]
        )
    )
    first = CliRunner().invoke(main, ["--db", db, "odk-import", str(export)])
    again = CliRunner().invoke(main, ["--db", db, "odk-import", str(export)])
    assert "Imported 1 registrations, 0 already present" in first.output
    assert "Imported 0 registrations, 1 already present" in again.output
