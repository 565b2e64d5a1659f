"""`corridor export` in the partner formats; personal access refused cleanly, no file written."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from corridor.cli import main
from corridor.storage import open_store
from tests.sitrep.scenario import two_days


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/ops.db"
    store = open_store(url)
    store.record(two_days())
    store.close()
    return url


def test_it_exports_hxl_xlsx_and_flat_csv(tmp_path: Path) -> None:
    db = _db(tmp_path)
    for fmt, name in (("hxl", "c.csv"), ("xlsx", "l.xlsx"), ("flat-csv", "l.csv")):
        result = CliRunner().invoke(
            main, ["--db", db, "export", str(tmp_path / name), "--format", fmt]
        )
        assert result.exit_code == 0, result.output
    assert (tmp_path / "c.csv").read_text().splitlines()[1].startswith("#date,")
    book = load_workbook(tmp_path / "l.xlsx", read_only=True)
    header = next(book["people"].values)
    book.close()
    # Without --personal, partners get people per day, site, movement and category.
    assert header[:3] == ("Date", "Operation", "Site code") and "person_id" not in header
    table = (tmp_path / "l.csv").read_text()
    assert "trip.arrived" not in table and ",departed," in table


def test_it_refuses_personal_fields_without_a_reason(tmp_path: Path) -> None:
    db, target = _db(tmp_path), tmp_path / "l.xlsx"
    result = CliRunner().invoke(
        main, ["--db", db, "export", str(target), "--format", "xlsx", "--personal"]
    )
    assert result.exit_code == 1 and "why" in result.output
    assert not target.exists()
