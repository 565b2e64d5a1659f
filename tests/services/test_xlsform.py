"""The registration XLSForm converts with pyxform; ODK/Kobo submissions import once."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from pyxform.errors import PyXFormError
from pyxform.xls2xform import convert

from corridor.errors import ConflictError, NotFound, ValidationError
from corridor.services.xlsform import CHOICES, LEDGER_ENUMS, build_xlsform, import_submissions
from corridor.storage import SqlStore
from tests import factories as f
from tests.sitrep.scenario import two_days


def _form(store: SqlStore) -> bytes:
    out = io.BytesIO()
    build_xlsform(store=store, op=f.OP, out=out, version="2016121501")
    return out.getvalue()


def test_it_writes_a_form_pyxform_converts(sqlite_store: SqlStore) -> None:
    sqlite_store.record(two_days())
    warnings: list[str] = []
    xform = convert(xlsform=io.BytesIO(_form(sqlite_store)), warnings=warnings).xform
    assert warnings == []
    assert "<instanceID/>" in xform and 'lang="Arabic (ar)"' in xform
    assert "رمز السوار أو رمز QR" in xform
    assert "ramouseh" in xform and "khan-al-aasal" not in xform  # pickups and crossings only
    for name in ("person_id", "site_id", "group", "age", "sex", "triage", "vulnerabilities"):
        assert f"<{name}/>" in xform


def test_pyxform_rejects_a_form_with_a_missing_choice_list(sqlite_store: SqlStore) -> None:
    """Should show the conversion really checks the form: a broken copy fails."""
    sqlite_store.record(two_days())
    book = load_workbook(io.BytesIO(_form(sqlite_store)))
    book["survey"].append(["select_one nowhere", "broken", "Broken", "معطل", ""])
    broken = io.BytesIO()
    book.save(broken)
    with pytest.raises(PyXFormError):
        convert(xlsform=io.BytesIO(broken.getvalue()))


def test_it_refuses_a_form_for_an_unknown_operation(sqlite_store: SqlStore) -> None:
    with pytest.raises(NotFound):
        build_xlsform(store=sqlite_store, op="nowhere", out=io.BytesIO(), version="1")


def _central(*rows: tuple[str, str, str]) -> str:
    """An ODK Central OData export: nested groups, instance ids under meta."""
    return json.dumps(
        {
            "value": [
                {
                    "__id": f"uuid:{uuid}",
                    "meta": {"instanceID": f"uuid:{uuid}"},
                    "end": "2016-12-15T07:10:00.000+02:00",
                    "person_id": token,
                    "site_id": site,
                    "group": "civilian",
                    "age": "child",
                    "sex": "female",
                    "triage": "none",
                    "vulnerabilities": "unaccompanied disability",
                    "__system": {"submitterName": "enumerator-3"},
                }
                for uuid, token, site in rows
            ]
        }
    )


U1, U2 = "8b6c2b1e-3f5a-4d4e-9a59-0d2f9b7c1a11", "1f0e3a52-9c8d-4b7a-8e6f-5d4c3b2a1f22"


def test_it_imports_central_json_once(store: SqlStore) -> None:
    store.record(two_days())
    text = _central((U1, "W-1", "ramouseh"), (U2, "W-2", "ramouseh"))
    first = import_submissions(store=store, op=f.OP, fmt="json", text=text)
    assert len(first.added) == 2
    again = import_submissions(store=store, op=f.OP, fmt="json", text=text)
    assert (len(again.added), len(again.skipped)) == (0, 2)
    people = {p["person_id"]: p for p in store.query("persons", op=f.OP)}
    assert set(people) == {"W-1", "W-2"} and people["W-1"]["age"] == "child"
    fact = store.get(f"odk-{U1}")
    assert fact is not None and fact.actor == "odk:enumerator-3"
    assert fact.occurred_at == "2016-12-15T05:10:00Z"
    assert fact.payload["vulnerabilities"] == ["unaccompanied", "disability"]


def test_it_imports_kobo_json_and_central_csv(sqlite_store: SqlStore) -> None:
    sqlite_store.record(two_days())
    kobo = {
        "count": 1,
        "results": [
            {
                "_uuid": U1,
                "meta/instanceID": f"uuid:{U1}",
                "_submission_time": "2016-12-15T08:00:00",
                "_submitted_by": "kobo-user",
                "reg/person_id": "W-7",
                "reg/site_id": "ramouseh",
                "reg/group": "fighter",
                "reg/age": "adult",
                "reg/sex": "male",
                "reg/triage": "serious",
            }
        ],
    }
    result = import_submissions(store=sqlite_store, op=f.OP, fmt="json", text=json.dumps(kobo))
    assert len(result.added) == 1
    csv_text = (
        "SubmissionDate,end,person_id,site_id,group,age,sex,triage,meta-instanceID\n"
        f"2016-12-16T09:00:00Z,2016-12-16T08:55:00Z,W-8,ramouseh,civilian,adult,female,none,"
        f"uuid:{U2}\n"
    )
    assert len(import_submissions(store=sqlite_store, op=f.OP, fmt="csv", text=csv_text).added)
    tokens = {p["person_id"] for p in sqlite_store.query("persons", op=f.OP)}
    assert tokens == {"W-7", "W-8"}


def test_a_bad_row_writes_nothing(store: SqlStore) -> None:
    store.record(two_days())
    before = store.position()
    text = _central((U1, "W-1", "ramouseh"), (U2, "W-2", "atlantis"))
    with pytest.raises(ValidationError, match="submission 2.*unknown site 'atlantis'"):
        import_submissions(store=store, op=f.OP, fmt="json", text=text)
    missing_id = json.dumps([{"person_id": "W-3", "site_id": "ramouseh", "end": "2016-12-15"}])
    with pytest.raises(ValidationError, match="submission 1.*instanceID"):
        import_submissions(store=store, op=f.OP, fmt="json", text=missing_id)
    with pytest.raises(ValidationError, match="not JSON"):
        import_submissions(store=store, op=f.OP, fmt="json", text="{oops")
    assert store.position() == before


def test_a_changed_resubmission_is_a_conflict(sqlite_store: SqlStore) -> None:
    sqlite_store.record(two_days())
    import_submissions(
        store=sqlite_store, op=f.OP, fmt="json", text=_central((U1, "W-1", "ramouseh"))
    )
    with pytest.raises(ConflictError):
        import_submissions(
            store=sqlite_store, op=f.OP, fmt="json", text=_central((U1, "W-9", "ramouseh"))
        )


def test_the_form_offers_only_values_the_ledger_accepts() -> None:
    for name, allowed in LEDGER_ENUMS.items():
        assert {value for value, _, _ in CHOICES[name]} <= set(allowed), name
