"""Registration on ODK Collect / KoboToolbox: the XLSForm.

``build_xlsform`` writes a form whose questions are the fields of ``person.registered`` (labels
in English and Arabic, the operation's sites as choices), with the constraints and choice
filters of :data:`VULNERABILITY_RULES` (no "pregnant" for a male, ...). Submissions come back
through ``services/odk_import.py``, which checks the same rules.
"""

from __future__ import annotations

from typing import IO

from openpyxl import Workbook

from corridor.domain.legs import leg
from corridor.domain.vocabulary import AGES, DESTINATIONS, GROUPS, SEXES, TRIAGE
from corridor.errors import NotFound, ValidationError
from corridor.storage.base import Store

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
# Vulnerabilities that cannot go with a category: (vulnerability, dimension, value). The form
# hides such a choice (choice_filter) and refuses it (constraint); the import checks it again,
# since an export may hold submissions made with an older form.
VULNERABILITY_RULES: tuple[tuple[str, str, str], ...] = (
    ("pregnant", "sex", "male"),
    ("unaccompanied", "age", "adult"),
    ("elderly", "age", "child"),
)
RULES_MESSAGE = (
    "Pregnant is for women and girls, unaccompanied for children, elderly for adults.",
    "الحمل للنساء والفتيات فقط، وغير المصحوب للأطفال فقط، والمسن للبالغين فقط.",
)
# Tokens as the ledger takes them (``events._ident``), Arabic-Indic and Persian digits included.
ID_CONSTRAINT = "regex(., '^[A-Za-z0-9٠-٩۰-۹][A-Za-z0-9٠-٩۰-۹._:@-]{0,79}$')"
ID_MESSAGE = (
    "1-80 letters, digits or . _ : @ - (no spaces).",
    "من ١ إلى ٨٠ حرفاً أو رقماً أو . _ : @ - (دون مسافات).",
)


def _vulnerability_constraint() -> str:
    return " and ".join(
        f"not(selected(., '{v}') and ${{{dim}}} = '{value}')"
        for v, dim, value in VULNERABILITY_RULES
    )


def _vulnerability_filter() -> str:
    return " and ".join(
        f"not(name = '{v}' and ${{{dim}}} = '{value}')" for v, dim, value in VULNERABILITY_RULES
    )


def _checks(name: str) -> list[str]:
    """constraint, its messages (en, ar) and choice_filter of a question."""
    if name in ("person_id", "household_id"):
        return [ID_CONSTRAINT, *ID_MESSAGE, ""]
    if name == "vulnerabilities":
        return [_vulnerability_constraint(), *RULES_MESSAGE, _vulnerability_filter()]
    return ["", "", "", ""]


def check_vulnerabilities(payload: dict[str, object]) -> None:
    """The form's rule, for submissions made with a form that lacked it.

    :raises ValidationError: a vulnerability that cannot go with the person's sex or age.
    """
    chosen = payload.get("vulnerabilities") or []
    for v, dim, value in VULNERABILITY_RULES:
        if isinstance(chosen, list) and v in chosen and payload.get(dim) == value:
            raise ValidationError(f"'{v}' cannot go with {dim} '{value}'", field="vulnerabilities")


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
    survey.append(
        [
            "type",
            "name",
            *(f"label::{lang}" for lang, _ in LANGS),
            "required",
            "constraint",
            *(f"constraint_message::{lang}" for lang, _ in LANGS),
            "choice_filter",
        ]
    )
    for type_, name, en, ar, required in SURVEY:
        survey.append([type_, name, en, ar, "yes" if required else "", *_checks(name)])
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
