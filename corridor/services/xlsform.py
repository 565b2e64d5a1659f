"""Registration on ODK Collect / KoboToolbox: the XLSForm, and import of its submissions.

``build_xlsform`` writes a form whose questions are the fields of ``person.registered`` (labels
in English and Arabic, the operation's sites as choices). ``import_submissions`` reads the
submissions exported from ODK Central or KoboToolbox (JSON or CSV) and records one
``person.registered`` fact per submission. The fact id is derived from the submission's
``meta/instanceID``, so importing the same export again adds nothing. The whole file is checked
first: any bad row is reported with its number and field, and nothing is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import IO, Any

from openpyxl import Workbook

from corridor.domain.events import (
    AGES,
    DESTINATIONS,
    GROUPS,
    SEXES,
    TRIAGE,
    Draft,
    validate_draft,
)
from corridor.domain.jsontext import load_json
from corridor.domain.legs import leg
from corridor.errors import NotFound, ValidationError
from corridor.services.common import require_open
from corridor.storage.base import AppendResult, Store

LANGS = (("English (en)", 0), ("Arabic (ar)", 1))
VULNERABILITIES = (
    ("unaccompanied", "Unaccompanied child", "طفل غير مصحوب"),
    ("disability", "Disability", "إعاقة"),
    ("pregnant", "Pregnant", "حامل"),
    ("elderly", "Elderly", "مسن"),
    ("chronic_illness", "Chronic illness", "مرض مزمن"),
)
CHOICES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "group": (
        ("civilian", "Civilian", "مدني"),
        ("fighter", "Fighter", "مقاتل"),
        ("unknown", "Unknown", "غير معروف"),
    ),
    "age": (
        ("adult", "Adult", "بالغ"),
        ("child", "Child (under 18)", "طفل (دون ١٨)"),
        ("unknown", "Unknown", "غير معروف"),
    ),
    "sex": (
        ("female", "Female", "أنثى"),
        ("male", "Male", "ذكر"),
        ("unknown", "Unknown", "غير معروف"),
    ),
    "triage": (
        ("none", "No medical need", "لا حاجة طبية"),
        ("walking", "Walking wounded", "جريح يستطيع المشي"),
        ("serious", "Serious", "خطيرة"),
        ("critical", "Critical", "حرجة"),
    ),
    "destination": (
        ("camp", "Camp", "مخيم"),
        ("relatives", "Relatives", "أقارب"),
        ("hospital", "Hospital", "مشفى"),
        ("other", "Other", "أخرى"),
        ("unknown", "Unknown", "غير معروف"),
    ),
    "vulnerability": VULNERABILITIES,
}
# (type, name, English label, Arabic label, required)
SURVEY: tuple[tuple[str, str, str, str, bool], ...] = (
    ("start", "start", "", "", False),
    ("end", "end", "", "", False),
    ("barcode", "person_id", "Wristband or QR token", "رمز السوار أو رمز QR", True),
    ("select_one site", "site_id", "Registration site", "موقع التسجيل", True),
    ("select_one group", "group", "Group", "الفئة", True),
    ("select_one age", "age", "Age", "العمر", True),
    ("select_one sex", "sex", "Sex", "الجنس", True),
    ("select_one triage", "triage", "Medical triage", "الفرز الطبي", True),
    ("text", "household_id", "Household token (if any)", "رمز الأسرة (إن وجد)", False),
    ("select_one destination", "destination", "Preferred destination", "الوجهة المفضلة", False),
    ("select_multiple vulnerability", "vulnerabilities", "Vulnerabilities", "نقاط الضعف", False),
)
# The ledger's own enumerations: a test checks the form never offers a value the ledger
# would refuse.
LEDGER_ENUMS = {
    "group": GROUPS,
    "age": AGES,
    "sex": SEXES,
    "triage": TRIAGE,
    "destination": DESTINATIONS,
}


def build_xlsform(*, store: Store, op: str, out: IO[bytes], version: str) -> int:
    """Write the registration XLSForm for an operation; return the number of questions.

    :param version: the form version ODK shows (e.g. the date it was made, ``2016121501``).
    :raises NotFound: no such operation, or it has no pickup or crossing site to register at.
    """
    ops = store.query("operations", op=op)
    if not ops:
        raise NotFound(f"no operation '{op}'")
    sites = [s for s in store.query("sites", op=op) if leg(s["kind"]) == "origin"]
    if not sites:
        raise NotFound(f"operation '{op}' has no pickup or crossing site to register at")
    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", *(f"label::{lang}" for lang, _ in LANGS), "required"])
    for type_, name, en, ar, required in SURVEY:
        survey.append([type_, name, en, ar, "yes" if required else ""])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", *(f"label::{lang}" for lang, _ in LANGS)])
    for site in sorted(sites, key=lambda s: s["site_id"]):
        choices.append(["site", site["site_id"], site["name"], site["name_ar"] or site["name"]])
    for list_name, items in CHOICES.items():
        for value, en, ar in items:
            choices.append([list_name, value, en, ar])
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    settings.append([f"Registration: {ops[0]['name']}", f"corridor_{op}", version, "English (en)"])
    book.save(out)
    return len(SURVEY)


def read_submissions(fmt: str, text: str) -> list[dict[str, Any]]:
    """Submissions from an ODK Central or KoboToolbox export, flattened to ``path/name`` keys.

    JSON: a list, ``{"value": [...]}`` (ODK Central OData) or ``{"results": [...]}`` (Kobo).
    CSV: a header row; group separators ``/``, ``-`` or ``.`` are all accepted.

    :raises ValidationError: not JSON/CSV, or no submissions in it.
    """
    if fmt == "json":
        data = load_json(text, field="file")
        if isinstance(data, Mapping):
            data = data.get("value", data.get("results"))
        if not isinstance(data, list) or not all(isinstance(r, Mapping) for r in data):
            raise ValidationError(
                "expected a list of submissions, or {'value': [...]} / {'results': [...]}",
                field="file",
            )
        rows = [_flatten(r) for r in data]
    elif fmt == "csv":
        try:
            rows = [_csv_row(n, r) for n, r in enumerate(csv.DictReader(io.StringIO(text)), 1)]
        except csv.Error as exc:  # e.g. a field longer than the csv module's limit
            raise ValidationError(f"not CSV ({exc})", field="file") from None
    else:
        raise ValidationError(f"unknown format '{fmt}': use json or csv", field="format")
    if not rows:
        raise ValidationError("no submissions in the file", field="file")
    return rows


def _csv_row(number: int, row: Mapping[str | None, Any]) -> dict[str, Any]:
    if None in row:  # csv.DictReader files extra cells under None
        raise ValidationError(f"submission {number}: more cells than header columns", field="file")
    return {str(k): v for k, v in row.items()}


def _flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, Mapping):
            out.update(_flatten(value, f"{prefix}{key}/"))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _fields(row: Mapping[str, Any]) -> dict[str, Any]:
    """Keys by their last path segment (``meta/instanceID``, ``meta-instanceID`` -> instanceID)."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = key.replace("-", "/").replace(".", "/").split("/")[-1]
        if value not in (None, ""):
            out.setdefault(name, value)
    return out


def _instance_id(row: Mapping[str, Any]) -> str:
    raw = row.get("instanceID") or row.get("_uuid") or row.get("__id") or row.get("KEY")
    if not raw:
        raise ValidationError("no meta/instanceID", field="instanceID")
    return str(raw).removeprefix("uuid:")


def _occurred_at(row: Mapping[str, Any]) -> str:
    for name in ("end", "start", "_submission_time", "submissionDate", "SubmissionDate"):
        if row.get(name):
            return str(row[name])
    raise ValidationError("no time: the form's end/start or the submission date", field="end")


def to_drafts(rows: Iterable[Mapping[str, Any]], *, op: str, sites: set[str]) -> list[Draft]:
    """One ``person.registered`` draft per submission.

    :raises ValidationError: naming the row (1 = first submission) and the field.
    """
    drafts = []
    for number, raw in enumerate(rows, start=1):
        try:
            drafts.append(_draft(_fields(raw), op=op, sites=sites))
        except ValidationError as exc:
            raise ValidationError(f"submission {number}: {exc}") from None
    return drafts


def _draft(row: Mapping[str, Any], *, op: str, sites: set[str]) -> Draft:
    site = row.get("site_id")
    if site is not None and (not isinstance(site, str) or site not in sites):
        raise ValidationError(f"unknown site '{site}'", field="site_id")
    vulnerabilities = row.get("vulnerabilities")
    if isinstance(vulnerabilities, str):
        vulnerabilities = vulnerabilities.split()
    payload = {
        "person_id": row.get("person_id"),
        "site_id": site,
        "group": row.get("group"),
        "age": row.get("age"),
        "sex": row.get("sex"),
        "triage": row.get("triage"),
        "household_id": row.get("household_id"),
        "destination": row.get("destination"),
        "vulnerabilities": vulnerabilities or None,
    }
    submitter = row.get("_submitted_by") or row.get("submitterName") or row.get("SubmitterName")
    return validate_draft(
        {
            "id": f"odk-{_instance_id(row)}",
            "type": "person.registered",
            "op": op,
            "actor": f"odk:{submitter}" if submitter else "odk",
            "occurred_at": _occurred_at(row),
            "payload": {k: v for k, v in payload.items() if v is not None},
        }
    )


def import_submissions(*, store: Store, op: str, fmt: str, text: str) -> AppendResult:
    """Record the submissions of an export as registrations (all or nothing, idempotent).

    :raises NotFound: no such operation.
    :raises ValidationError: a bad file or row; nothing is written.
    :raises ConflictError: a submission already imported with different answers.
    """
    if not store.query("operations", op=op):
        raise NotFound(f"no operation '{op}'")
    require_open(store, op, "register")
    sites = {s["site_id"] for s in store.query("sites", op=op)}
    drafts = to_drafts(read_submissions(fmt, text), op=op, sites=sites)
    return store.record(drafts)
