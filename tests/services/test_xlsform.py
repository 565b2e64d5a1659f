"""The registration XLSForm converts with pyxform, with its constraints and choice filters."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook
from pyxform.errors import PyXFormError
from pyxform.xls2xform import convert

from corridor.errors import NotFound, ValidationError
from corridor.services.xlsform import (
    CHOICES,
    LEDGER_ENUMS,
    VULNERABILITY_RULES,
    build_xlsform,
    check_vulnerabilities,
)
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


def test_the_form_offers_only_values_the_ledger_accepts() -> None:
    for name, allowed in LEDGER_ENUMS.items():
        assert {value for value, _, _ in CHOICES[name]} <= set(allowed), name


def test_the_form_filters_and_refuses_vulnerabilities_that_cannot_be(
    sqlite_store: SqlStore,
) -> None:
    """Should hide and refuse "pregnant" for a male (and the other rules) in the XForm."""
    sqlite_store.record(two_days())
    xform = convert(xlsform=io.BytesIO(_form(sqlite_store))).xform
    binds = re.findall(r'<bind [^>]*nodeset="/[^"]*/vulnerabilities"[^>]*/>', xform)
    assert len(binds) == 1
    assert "not(selected(., 'pregnant') and  /" in binds[0] and "/sex  = 'male')" in binds[0]
    assert "jr:constraintMsg" in binds[0]
    # The choice filter becomes an itemset predicate over the vulnerability list.
    assert "not(name = 'pregnant' and  /" in xform
    token = re.search(r'<bind [^>]*nodeset="/[^"]*/person_id"[^>]*/>', xform)
    assert token is not None and "regex(." in token.group(0)


def test_pyxform_rejects_a_constraint_on_an_unknown_question(sqlite_store: SqlStore) -> None:
    """Should show pyxform checks the references in constraints: a broken copy fails."""
    sqlite_store.record(two_days())
    book = load_workbook(io.BytesIO(_form(sqlite_store)))
    sheet = book["survey"]
    column = [c.value for c in sheet[1]].index("constraint") + 1
    for row in sheet.iter_rows(min_row=2):
        if row[1].value == "vulnerabilities":
            sheet.cell(row=row[0].row, column=column, value="${nowhere} = 'x'")
    broken = io.BytesIO()
    book.save(broken)
    with pytest.raises(PyXFormError, match="nowhere"):
        convert(xlsform=io.BytesIO(broken.getvalue()))


@pytest.mark.parametrize(("vulnerability", "dim", "value"), VULNERABILITY_RULES)
def test_the_import_checks_the_forms_rules(vulnerability: str, dim: str, value: str) -> None:
    with pytest.raises(ValidationError, match=vulnerability):
        check_vulnerabilities({"vulnerabilities": [vulnerability], dim: value})
    check_vulnerabilities({"vulnerabilities": [vulnerability], dim: "unknown"})
