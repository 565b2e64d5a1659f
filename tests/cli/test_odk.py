"""`corridor xlsform` and `corridor odk-import` with exports as ODK Central and Kobo write them.

The files in ``odk_exports/`` follow the servers' formats: Central's OData JSON and CSV, Kobo's
REST JSON, its CSV with ``;`` (quoted cells, byte-order mark) and its "labels" CSV; the XLSX is
made here from the Kobo CSV, as Kobo's XLSX export holds the same table.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import Workbook
from pyxform.xls2xform import convert

from corridor.cli import main
from corridor.storage import open_store
from tests import factories as f
from tests.sitrep.scenario import two_days

EXPORTS = Path(__file__).parent / "odk_exports"


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/ops.db"
    store = open_store(url)
    store.record(two_days())
    store.close()
    return url


def _import(db: str, path: Path, *extra: str) -> Result:
    return CliRunner().invoke(main, ["--db", db, "odk-import", str(path), *extra])


def _people(db: str) -> dict[str, dict[str, object]]:
    store = open_store(db)
    try:
        return {str(p["person_id"]): p for p in store.query("persons", op=f.OP)}
    finally:
        store.close()


def _position(db: str) -> int:
    store = open_store(db)
    try:
        return store.position()
    finally:
        store.close()


def test_it_writes_the_form_that_pyxform_converts(db: str, tmp_path: Path) -> None:
    form = tmp_path / "registration.xlsx"
    result = CliRunner().invoke(main, ["--db", db, "xlsform", str(form)])
    assert result.exit_code == 0, result.output
    assert "<person_id/>" in convert(xlsform=str(form)).xform


def test_central_json_an_edit_is_a_correction_and_a_rejection_is_skipped(db: str) -> None:
    first = _import(db, EXPORTS / "central-before.json")
    assert "2 registered" in first.output, first.output
    result = _import(db, EXPORTS / "central.json")
    assert result.exit_code == 0, result.output
    assert (
        "4 submissions: 1 registered, 1 corrected (edits), 1 already present, "
        "1 skipped (rejected), 0 refused." in result.output
    )
    assert "submission 2 (uuid:8a1d5e2f-4c3b-4a7e-b6d9-2e4f1c8a9b02): rejected" in result.output
    people = _people(db)
    assert set(people) == {"W-101", "W-103", "W-104"}  # W-102 rejected; W-١٠٤ as W-104
    assert people["W-103"]["triage"] == "critical"  # the edit, not a second registration
    store = open_store(db)
    try:
        kinds = {d["kind"] for d in store.query("discrepancies", op=f.OP)}
        correction = store.get("odk-d4b6f8a1-3e2c-4d9b-8a7f-6c1e5b2d9f04")
    finally:
        store.close()
    assert "registered_twice" not in kinds
    assert correction is not None and correction.type == "entry.corrected"
    assert correction.payload["target"] == "odk-c7e9a4b2-1f6d-4b8a-9e3c-5d2a7f1b8e03"


@pytest.mark.parametrize(
    ("before", "after", "tokens", "edited"),
    [
        ("central-before.csv", "central.csv", {"W-201", "W-203"}, ("W-203", "triage", "walking")),
        ("kobo-before.json", "kobo.json", {"W-301", "W-303"}, ("W-303", "sex", "male")),
    ],
)
def test_central_csv_and_kobo_json_edits_and_rejections(
    db: str, before: str, after: str, tokens: set[str], edited: tuple[str, str, str]
) -> None:
    assert _import(db, EXPORTS / before).exit_code == 0
    result = _import(db, EXPORTS / after)
    assert result.exit_code == 0, result.output
    assert "1 corrected (edits)" in result.output and "1 skipped (rejected)" in result.output
    people = _people(db)
    assert set(people) == tokens
    token, name, value = edited
    assert people[token][name] == value
    position = _position(db)
    again = _import(db, EXPORTS / after)
    assert "0 registered, 0 corrected (edits), 2 already present" in again.output, again.output
    assert _position(db) == position


def _kobo_xlsx(path: Path) -> None:
    """Kobo's XLSX export: the CSV's table on the first sheet, times as Excel datetimes."""
    text = (EXPORTS / "kobo-semicolon.csv").read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(text), delimiter=";"))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Registration"
    sheet.append(table[0])
    at = table[0].index("_submission_time")
    for row in table[1:]:
        cells: list[object] = list(row)
        cells[at] = datetime.fromisoformat(row[at])
        sheet.append(cells)
    book.create_sheet("repeat_group")  # Kobo puts repeats on further sheets
    book.save(path)


@pytest.mark.parametrize("name", ["kobo-semicolon.csv", "kobo.xlsx", "kobo-labels.csv"])
def test_kobo_semicolon_csv_xlsx_and_label_exports_are_read(
    db: str, tmp_path: Path, name: str
) -> None:
    path = EXPORTS / name
    if name.endswith(".xlsx"):
        path = tmp_path / name
        _kobo_xlsx(path)
    result = _import(db, path)
    assert result.exit_code == 0, result.output
    people = _people(db)
    if name == "kobo-labels.csv":
        assert set(people) == {"W-501", "W-502"}
        assert (people["W-501"]["age"], people["W-502"]["grp"]) == ("child", "fighter")
        assert people["W-501"]["triage"] == "none"
    else:
        assert "1 skipped (rejected)" in result.output  # "Not Approved" in Kobo
        assert set(people) == {"W-401", "W-403"}
        assert people["W-401"]["sex"] == "female"
    position = _position(db)
    assert "0 registered" in _import(db, path).output
    assert _position(db) == position


def test_a_changed_resubmission_is_named_and_the_rest_still_imports(
    db: str, tmp_path: Path
) -> None:
    assert _import(db, EXPORTS / "central-before.csv").exit_code == 0
    lines = (EXPORTS / "central.csv").read_text().splitlines()
    changed = (EXPORTS / "central-before.csv").read_text().splitlines()[1]
    changed = changed.replace(",female,", ",male,").replace(",adult,", ",child,")
    path = tmp_path / "mixed.csv"
    path.write_text("\n".join([lines[0], lines[1], changed, lines[2]]) + "\n")
    result = _import(db, path)
    assert result.exit_code == 1
    assert (
        "submission 2 (uuid:2d9f4b6c-8e3a-4c5d-9f1b-4a7e9c3d6f08): changed since "
        "odk-2d9f4b6c-8e3a-4c5d-9f1b-4a7e9c3d6f08 was imported (age, sex)" in result.output
    )
    assert "1 registered, 0 corrected (edits), 0 already present, 1 skipped" in result.output
    assert "W-201" in _people(db)  # submission 1 is in despite submission 2


def test_a_bad_submission_is_refused_alone(db: str, tmp_path: Path) -> None:
    """Should name the submission and field, write nothing for it, and import the others."""
    lines = (EXPORTS / "central.csv").read_text().splitlines()
    male_pregnant = lines[3].replace(",female,", ",male,")  # the form would refuse it
    unknown_site = lines[1].replace(",ramouseh,", ",atlantis,").replace("uuid:0b", "uuid:ab")
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([lines[0], male_pregnant, unknown_site, lines[1]]) + "\n")
    result = _import(db, path)
    assert result.exit_code == 1
    assert "submission 1 (uuid:3e1a5c7d" in result.output
    assert "field 'vulnerabilities': 'pregnant' cannot go with sex 'male'" in result.output
    assert "submission 2 (uuid:ab7d2f4a" in result.output and "unknown site" in result.output
    assert "1 registered" in result.output and set(_people(db)) == {"W-201"}


def test_unreadable_downloads_are_refused_with_the_fix(db: str, tmp_path: Path) -> None:
    position = _position(db)
    bundle = tmp_path / "corridor_aleppo-2016.zip"
    with zipfile.ZipFile(bundle, "w") as z:
        z.writestr("corridor_aleppo-2016.csv", (EXPORTS / "central.csv").read_text())
    result = _import(db, bundle, "--format", "csv")
    assert result.exit_code != 0
    assert "unzip it and import corridor_aleppo-2016.csv" in result.output
    french = tmp_path / "labels-fr.csv"
    french.write_text("Jeton,Site\nW-9,Ramouseh\n", encoding="utf-8")
    result = _import(db, french)
    assert "no column for the token (person_id)" in result.output
    assert "XML values and headers" in result.output
    latin1 = tmp_path / "excel.csv"
    latin1.write_bytes("person_id;site_id\nW-9;Ramous\xe9h\n".encode("latin-1"))
    assert "CSV UTF-8" in _import(db, latin1).output
    assert _position(db) == position


def test_an_edit_without_its_old_id_is_refused_not_registered_twice(
    db: str, tmp_path: Path
) -> None:
    """Should refuse a Kobo CSV edit that lost deprecatedID: the token is already registered."""
    assert _import(db, EXPORTS / "kobo-semicolon.csv").exit_code == 0
    text = (EXPORTS / "kobo-semicolon.csv").read_text(encoding="utf-8-sig")
    old, new = "8d6f1b3c-5e7a-4c2d-9f9b-1a4e6c9d3f14", "0f1e2d3c-4b5a-4697-8877-665544332211"
    edited = text.replace(old, new)
    path = tmp_path / "edited.csv"
    path.write_text(edited.replace('"none";"";"";"unaccompanied', '"serious";"";"";"unaccompanied'))
    result = _import(db, path)
    assert result.exit_code == 1
    assert "submission 1 (uuid:0f1e2d3c" in result.output
    assert "token W-401 is already registered" in result.output
    assert _people(db)["W-401"]["triage"] == "none"
