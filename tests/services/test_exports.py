"""Exports: HXL counts valid under libhxl with small cells blank; ledger tables without
personal fields unless access is granted (and then the read is logged)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import hxl
import pytest
from openpyxl import load_workbook

from corridor.clock import FrozenClock
from corridor.demo import scenario
from corridor.domain.personal import new_key_text, parse_key
from corridor.errors import ConfigError, NotFound, ValidationError
from corridor.services import exports
from corridor.services.demo import load_demo
from corridor.services.disclosure import compute_snapshot
from corridor.services.register import register_person
from corridor.storage import SqlStore
from tests import factories as f
from tests.sitrep.scenario import D1, D2, two_days

KEY = parse_key(new_key_text())


def _sheet_rows(path: Path) -> list[tuple[object, ...]]:
    """Every row of the ledger sheet (the read-only workbook is closed again)."""
    book = load_workbook(path, read_only=True)
    try:
        return list(book["ledger"].values)
    finally:
        book.close()


HXL_SCHEMA = Path(__file__).parents[2] / "docs" / "hxl-schema.csv"


def _hxl(path: Path) -> hxl.model.Dataset:
    """The file as libhxl reads it (rows handed over in memory: libhxl leaves files open)."""
    with path.open(encoding="utf-8") as handle:
        return hxl.data(list(csv.reader(handle)))


def _hxl_errors(path: Path) -> list[str]:
    """What libhxl finds wrong with the file under the schema published for partners."""
    errors: list[str] = []
    schema = hxl.schema(_hxl(HXL_SCHEMA), callback=lambda e: errors.append(f"{e.message}: {e}"))
    schema.validate(_hxl(path))
    return errors


def _write_hxl(store: SqlStore, path: Path) -> int:
    with path.open("w", encoding="utf-8") as out:
        snap = compute_snapshot(store=store, clock=FrozenClock(), op=f.OP)
        return exports.write_hxl(store=store, op=f.OP, out=out, snapshot=snap)


def test_it_writes_hxl_counts_that_libhxl_reads_and_validates(
    store: SqlStore, tmp_path: Path
) -> None:
    store.record(two_days())
    path = tmp_path / "counts.csv"
    rows = _write_hxl(store, path)
    assert _hxl_errors(path) == []
    data = list(_hxl(path))
    assert len(data) == rows
    by_key = {(r.get("#date"), r.get("#loc+code"), r.get("#x_movement+code")): r for r in data}
    day1 = by_key[(D1, "ramouseh", "departed")]
    assert day1.get("#affected+ind+total") == "50" and day1.get("#affected+children") == "20"
    assert day1.get("#affected+adults") == "30" and day1.get("#affected+age_unknown") == "0"
    assert by_key[(D2, "ramouseh", "departed")].get("#affected+total") == "43"
    died = by_key[(D1, "khan-al-aasal", "died")]
    assert died.get("#affected+total") in (None, "")  # 2 people: suppressed, always


def test_hxl_leaves_a_category_blank_when_it_was_not_recorded(
    sqlite_store: SqlStore, tmp_path: Path
) -> None:
    """Should write blank, never 0, for children/adults of a count without a breakdown."""
    sqlite_store.record(two_days())
    path = tmp_path / "counts.csv"
    _write_hxl(sqlite_store, path)
    data = {(r.get("#date"), r.get("#x_movement+code"), r.get("#loc+code")): r for r in _hxl(path)}
    day2 = data[(D2, "departed", "ramouseh")]  # 40 + 3 counted, no breakdown
    assert [day2.get(f"#affected+{a}") for a in ("children", "adults", "f", "m")] == [None] * 4
    assert day2.get("#affected+age_unknown") == "43" and day2.get("#affected+sex_unknown") == "43"
    day1 = data[(D1, "departed", "ramouseh")]  # ages known for all 50, sex for none
    assert day1.get("#affected+f") is None and day1.get("#affected+sex_unknown") == "50"
    # Every age recorded and no fighter among them: a known 0 is written as 0.
    sqlite_store.record(
        [
            f.count(
                "ramouseh",
                30,
                breakdown={"group": {"civilian": 30}, "age": {"adult": 30}},
                at=f"{D2}T15:00:00Z",
            )
        ]
    )
    _write_hxl(sqlite_store, path)
    row = next(r for r in _hxl(path) if r.get("#date") == D2 and r.get("#affected+total") == "73")
    assert row.get("#affected+adults") == "30" and row.get("#affected+children") is None
    assert row.get("#affected+age_unknown") == "43"
    assert row.get("#affected+civilians") == "30" and row.get("#affected+fighters") is None


def test_hxl_has_site_pcodes_and_coordinates_when_configured(
    sqlite_store: SqlStore, tmp_path: Path
) -> None:
    sqlite_store.record(two_days())
    path = tmp_path / "counts.csv"
    _write_hxl(sqlite_store, path)
    assert not [c for c in _hxl(path).tags if c in ("adm2", "geo")]
    place = {"pcode": "SY0200", "adm_level": 2, "lat": "36.16", "lon": "37.14"}
    sqlite_store.record([f.site("ramouseh", kind="crossing", at=f"{D2}T20:00:00Z", **place)])
    _write_hxl(sqlite_store, path)
    assert _hxl_errors(path) == []
    rows = list(_hxl(path))
    crossing = next(r for r in rows if r.get("#loc+code") == "ramouseh")
    assert crossing.get("#adm2+code") == "SY0200"
    assert (crossing.get("#geo+lat"), crossing.get("#geo+lon")) == ("36.16", "37.14")
    gathering = next(r for r in rows if r.get("#loc+code") == "khan-al-aasal")
    assert gathering.get("#adm2+code") is None and gathering.get("#geo+lat") is None


def test_a_site_refuses_half_a_place(sqlite_store: SqlStore) -> None:
    """Should refuse a p-code without its level and a latitude without a longitude."""
    with pytest.raises(ValidationError, match="level"):
        f.site("x", pcode="SY02")
    with pytest.raises(ValidationError, match="longitude"):
        f.site("x", lat="36.1")
    with pytest.raises(ValidationError, match="between -90 and 90"):
        f.site("x", lat="91", lon="37")


def test_the_demo_hxl_is_valid_and_places_every_site(
    sqlite_store: SqlStore, tmp_path: Path
) -> None:
    load_demo(store=sqlite_store)
    path = tmp_path / "demo.csv"
    snap = compute_snapshot(store=sqlite_store, clock=FrozenClock(), op=scenario.OP)
    with path.open("w", encoding="utf-8") as out:
        assert exports.write_hxl(store=sqlite_store, op=scenario.OP, out=out, snapshot=snap) > 10
    assert _hxl_errors(path) == []
    rows = list(_hxl(path))
    assert all(r.get("#adm1+code") or r.get("#adm2+code") for r in rows)
    assert {r.get("#geo+lat") for r in rows if r.get("#loc+code") == "ramouseh"} == {"36.1600"}


def test_libhxl_catches_a_broken_file(tmp_path: Path) -> None:
    """Should show the validation is real: a bad date, a word, a small cell, a bad movement."""
    path = tmp_path / "bad.csv"
    path.write_text(
        "Date,Op,Site,Type,Movement,People\n"
        "#date,#activity+code,#loc+code,#loc+type,#x_movement+code,#affected+ind+total\n"
        "2016-13-45,op,x,pickup,departed,many\n"
        "2016-12-15,op,x,pickup,left,3\n",
        encoding="utf-8",
    )
    errors = _hxl_errors(path)
    assert len(errors) >= 4, errors
    assert any("left" in e for e in errors) and any("3" in e for e in errors)


def test_it_refuses_hxl_for_an_unknown_operation(sqlite_store: SqlStore) -> None:
    with pytest.raises(NotFound):
        exports.hxl_rows(store=sqlite_store, op="nowhere", snapshot={"days": [], "cells": {}})


def _with_person(store: SqlStore) -> None:
    store.record(two_days())
    register_person(
        store=store,
        clock=FrozenClock(prefix="reg"),
        actor="desk",
        op=f.OP,
        person_id="W-000123",
        site_id="ramouseh",
        household_id="H-77",
        details={"name": "Rania Haddad", "phone": "+963 900 000"},
        key=KEY,
    )


def test_it_refuses_a_row_level_table_without_personal_access(
    store: SqlStore, tmp_path: Path
) -> None:
    """One row per fact singles people out even without tokens (site, minute, group, age, sex,
    triage together): without personal access the service refuses and writes nothing."""
    _with_person(store)
    out = io.StringIO()
    with pytest.raises(ValidationError, match="personal data"):
        exports.write_ledger_csv(store=store, out=out, access=None)
    with pytest.raises(ValidationError, match="personal data"):
        exports.write_ledger_json(store=store, out=out, access=None)
    assert out.getvalue() == ""
    with (tmp_path / "l.xlsx").open("wb") as binary, pytest.raises(ValidationError):
        exports.write_ledger_xlsx(store=store, out=binary, access=None)
    assert (tmp_path / "l.xlsx").stat().st_size == 0
    with pytest.raises(ValidationError):
        list(exports.ledger_records(store=store, access=None))
    assert store.personal_log() == []


def test_it_includes_personal_fields_when_allowed_and_logs_the_read(
    store: SqlStore, tmp_path: Path
) -> None:
    _with_person(store)
    access = exports.PersonalAccess(actor="tracer", purpose="tracing request 4", key=KEY)
    with (tmp_path / "l.xlsx").open("wb") as binary:
        exports.write_ledger_xlsx(store=store, out=binary, access=access)
    rows = _sheet_rows(tmp_path / "l.xlsx")
    header, body = list(rows[0]), rows[1:]
    registration = next(r for r in body if r[header.index("type")] == "person.registered")
    assert registration[header.index("person_id")] == "W-000123"
    assert registration[header.index("personal_name")] == "Rania Haddad"
    (entry,) = store.personal_log()
    assert (entry["actor"], entry["purpose"]) == ("tracer", "tracing request 4")


def test_it_refuses_personal_access_without_a_reason_or_key(sqlite_store: SqlStore) -> None:
    _with_person(sqlite_store)
    with pytest.raises(ValidationError, match="why"):
        exports.check_access(exports.PersonalAccess(actor="x", purpose=" ", key=KEY))
    with pytest.raises(ConfigError):
        list(
            exports.ledger_records(
                store=sqlite_store, access=exports.PersonalAccess(actor="x", purpose="p", key=None)
            )
        )
    assert sqlite_store.personal_log() == []


FORMULAS = ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0")


def test_it_defuses_text_that_a_spreadsheet_would_run(
    sqlite_store: SqlStore, tmp_path: Path
) -> None:
    """Should keep text starting with = + - @ as text in CSV and XLSX (no live formula)."""
    sqlite_store.record(two_days())
    sqlite_store.record(
        [f.status("suspended", text, at=f"{D2}T1{i}:00:00Z") for i, text in enumerate(FORMULAS)]
    )
    access = exports.PersonalAccess(actor="x", purpose="formula check", key=KEY)
    out = io.StringIO()
    exports.write_ledger_csv(store=sqlite_store, out=out, access=access)
    reasons = [r["reason"] for r in csv.DictReader(io.StringIO(out.getvalue())) if r["reason"]]
    assert set(FORMULAS) <= {r.removeprefix("'") for r in reasons}
    assert not [r for r in reasons if r.startswith(("=", "+", "-", "@"))]
    path = tmp_path / "l.xlsx"
    with path.open("wb") as binary:
        exports.write_ledger_xlsx(store=sqlite_store, out=binary, access=access)
    book = load_workbook(path)  # not read-only: data_type tells formulas ("f") from text
    cells = [c for row in book["ledger"].iter_rows() for c in row]
    assert not [c.value for c in cells if c.data_type == "f"]
    assert {f"'{t}" for t in FORMULAS} <= {c.value for c in cells}
