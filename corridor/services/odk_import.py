"""Import ODK Central / KoboToolbox submissions as registrations, one submission at a time.

Each submission is all or nothing, and a bad one does not stop the others; the answer lists what
happened to every submission, by its number in the file (1 = first):

- a new submission becomes a ``person.registered`` fact with id ``odk-<instanceID>``, through
  :func:`~corridor.services.register.register_person` (the desk's rules: status, site, token);
- an edit made in Central or Kobo (a new instanceID, ``meta/deprecatedID`` naming the one it
  replaces) becomes a correction of the earlier registration, through
  :func:`~corridor.services.correct.correct_fact`, with id ``odk-<new instanceID>``;
- a submission rejected in review (Central ``reviewState`` "rejected", Kobo validation status
  "Not approved") is skipped and reported;
- one already imported with the same answers adds nothing, so re-importing a file is safe; one
  whose answers changed under the same instanceID is refused, naming the fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from corridor.clock import Clock
from corridor.domain.events import Fact
from corridor.domain.fact_types import FACT_TYPES, validate_payload
from corridor.errors import CorridorError, NotFound, ValidationError
from corridor.services.common import require_open
from corridor.services.correct import correct_fact
from corridor.services.odk_read import FIX, Row, last_segment, read_submissions
from corridor.services.register import register_person
from corridor.services.xlsform import CHOICES, SURVEY, check_vulnerabilities
from corridor.storage.base import Store

ANSWERS = ("person_id", "site_id", "group", "age", "sex", "triage")  # required by the form
OPTIONAL = ("household_id", "destination", "vulnerabilities")
REJECTED = {"rejected", "validation_status_not_approved", "not approved"}
_VOLATILE = ("personal_digest",)  # kept by a correction, never in a submission


@dataclass(frozen=True)
class Outcome:
    """What happened to one submission: its number, instanceID, kind and a message."""

    number: int
    instance: str
    kind: str  # registered, corrected, present, rejected or refused
    message: str = ""

    def line(self) -> str:
        """The outcome as one report line."""
        return f"submission {self.number} (uuid:{self.instance}): {self.message}"


@dataclass
class ImportReport:
    """Every submission's outcome, in file order."""

    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, kind: str) -> int:
        """How many submissions had this outcome."""
        return sum(1 for o in self.outcomes if o.kind == kind)

    def summary(self) -> str:
        """One line: how many were registered, corrected, present, rejected, refused."""
        kinds = ("registered", "corrected", "present", "rejected", "refused")
        names = ("registered", "corrected (edits)", "already present", "skipped (rejected)")
        parts = [f"{self.count(k)} {n}" for k, n in zip(kinds, (*names, "refused"), strict=True)]
        return f"{len(self.outcomes)} submissions: " + ", ".join(parts) + "."

    def problems(self) -> list[Outcome]:
        """Submissions skipped or refused, to report."""
        return [o for o in self.outcomes if o.kind in ("rejected", "refused")]


@dataclass(frozen=True)
class Submission:
    """One submission's identity and answers, however the export spelt them."""

    instance: str
    deprecated: str | None
    root: str | None
    rejected: bool
    answers: dict[str, Any]
    at: str | None
    actor: str


def import_submissions(
    *, store: Store, clock: Clock, op: str, fmt: str, data: bytes, source: str = "ODK"
) -> ImportReport:
    """Record the submissions of an export, each on its own (see the module docstring).

    :raises NotFound: no such operation.
    :raises ConflictError: the operation's status refuses registrations.
    :raises ValidationError: the file cannot be read, or has no token column; nothing written.
    """
    if not store.query("operations", op=op):
        raise NotFound(f"no operation '{op}'")
    require_open(store, op, "register")
    rows = read_submissions(fmt, data)
    sites = store.query("sites", op=op)
    rows = by_name(rows, sites)
    if not any("person_id" in _fields(r) for r in rows):
        raise ValidationError("no column for the token (person_id): " + FIX, field="file")
    report = ImportReport()
    for number, raw in enumerate(rows, start=1):
        report.outcomes.append(_one(store, clock, op, number, raw, source))
    return report


def _one(store: Store, clock: Clock, op: str, number: int, raw: Row, source: str) -> Outcome:
    instance = "?"
    try:
        sub = parse_submission(raw)
        instance = sub.instance
        if sub.rejected:
            done = store.get(_fact_id(sub.instance))
            note = f"; already imported as {done.id}: void it if it is wrong" if done else ""
            return Outcome(number, instance, "rejected", f"rejected in review, skipped{note}")
        return _record(store, clock, op, number, sub, source)
    except CorridorError as exc:
        return Outcome(number, instance, "refused", str(exc))


def _record(
    store: Store, clock: Clock, op: str, number: int, sub: Submission, source: str
) -> Outcome:
    payload = _payload(sub.answers, {s["site_id"] for s in store.query("sites", op=op)})
    known = store.get(_fact_id(sub.instance))
    if known is not None:
        return _again(number, sub, known, payload)
    target = _edited(store, sub)
    if target is not None:
        old = sub.deprecated or sub.root
        changes = {k: payload.get(k) for k in FACT_TYPES["person.registered"].fields}
        for name in _VOLATILE:
            changes.pop(name)
        correct_fact(
            store=store,
            clock=clock,
            actor=sub.actor,
            target_id=target.id,
            reason=f"edited in {source}: instance uuid:{sub.instance} replaces uuid:{old}",
            changes=changes,
            at=sub.at,
            fact_id=_fact_id(sub.instance),
        )
        return Outcome(number, sub.instance, "corrected", f"corrects {target.id}")
    register_person(
        store=store,
        clock=clock,
        actor=sub.actor,
        op=op,
        at=sub.at,
        fact_id=_fact_id(sub.instance),
        **payload,
    )
    return Outcome(number, sub.instance, "registered")


def _fact_id(instance: str) -> str:
    return f"odk-{instance}"


def _again(number: int, sub: Submission, known: Fact, payload: dict[str, Any]) -> Outcome:
    """A submission already imported: the same answers add nothing; changed ones are named."""
    stored = known.payload.get("replacement", known.payload)
    stored = {k: v for k, v in stored.items() if k not in _VOLATILE}
    new = validate_payload("person.registered", payload)  # tokens with ASCII digits, as stored
    changed = sorted(k for k in set(stored) | set(new) if stored.get(k) != new.get(k))
    if not changed:
        return Outcome(number, sub.instance, "present")
    return Outcome(
        number,
        sub.instance,
        "refused",
        f"changed since {known.id} was imported ({', '.join(changed)}) under the same "
        "instanceID; an edit in ODK Central or Kobo gets a new instanceID. Correct the "
        f"registration with `corridor correct {known.id}` if the new answers are right",
    )


def _edited(store: Store, sub: Submission) -> Fact | None:
    """The registration an edit corrects: by deprecatedID, else by the original instanceID."""
    for old in (sub.deprecated, sub.root):
        if not old or old == sub.instance:
            continue
        fact = store.get(_fact_id(old))
        if fact is not None and fact.type == "entry.corrected":
            fact = store.get(str(fact.payload["target"]))
        if fact is not None and fact.type == "person.registered":
            return fact
    return None


# --- one submission's fields ------------------------------------------------------------------


def _fields(row: Mapping[str, Any]) -> dict[str, Any]:
    """Answers by field name (``reg/person_id``, ``reg-person_id`` -> person_id); empty left out."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if value not in (None, ""):
            out.setdefault(last_segment(key), value)
    return out


def _uuid(value: Any) -> str | None:
    return str(value).strip().removeprefix("uuid:") if value not in (None, "") else None


def parse_submission(row: Mapping[str, Any]) -> Submission:
    """Identity, review state, time, submitter and answers of one flattened submission.

    :raises ValidationError: no instanceID, or no time.
    """
    fields = _fields(row)
    instance = _uuid(fields.get("instanceID") or fields.get("_uuid") or fields.get("KEY"))
    # The first version's id: Central's OData ``__id`` and CSV ``KEY``, Kobo's ``meta/rootUuid``.
    root = _uuid(row.get("__id") or fields.get("rootUuid") or fields.get("KEY"))
    instance = instance or root
    if not instance:
        raise ValidationError("no meta/instanceID", field="instanceID")
    submitter = (
        fields.get("_submitted_by") or fields.get("submitterName") or fields.get("SubmitterName")
    )
    return Submission(
        instance=instance,
        deprecated=_uuid(fields.get("deprecatedID")),
        root=root,
        rejected=_review(row) in REJECTED,
        answers=fields,
        at=_occurred_at(fields),
        actor=f"odk:{submitter}" if submitter else "odk",
    )


def _review(row: Mapping[str, Any]) -> str:
    """Central's review state or Kobo's validation status, lower case ('' when none)."""
    for key, value in row.items():
        if key in ("_validation_status", "_validation_status/uid") or last_segment(key) in (
            "reviewState",
            "ReviewState",
        ):
            if isinstance(value, str) and value.strip():
                return value.strip().lower()
    return ""


def _occurred_at(fields: Mapping[str, Any]) -> str:
    for name in ("end", "start", "_submission_time", "submissionDate", "SubmissionDate"):
        if fields.get(name):
            return str(fields[name])
    raise ValidationError("no time: the form's end/start or the submission date", field="end")


def _payload(answers: Mapping[str, Any], sites: set[str]) -> dict[str, Any]:
    """The registration's fields from the answers; the form's required ones must be there.

    :raises ValidationError: a missing answer, an unknown site, or a vulnerability that cannot
        go with the person's sex or age.
    """
    for name in ANSWERS:
        if name not in answers:
            raise ValidationError("missing", field=name)
    site = answers["site_id"]
    if not isinstance(site, str) or site not in sites:
        raise ValidationError(f"unknown site '{site}'", field="site_id")
    payload = {name: answers.get(name) for name in (*ANSWERS, *OPTIONAL)}
    if isinstance(payload["vulnerabilities"], str):
        payload["vulnerabilities"] = payload["vulnerabilities"].split() or None
    check_vulnerabilities(payload)
    return payload


# --- Kobo "labels" exports ----------------------------------------------------------------------


def by_name(rows: list[Row], sites: list[dict[str, Any]]) -> list[Row]:
    """Rows of a label-header export rewritten with the form's names (headers and choices).

    Rows that already use names are returned as they are. Labels are those of the form Corridor
    writes, in English or Arabic; a header that matches none is kept as it is.
    """
    if any(last_segment(k) in ANSWERS for row in rows[:1] for k in row):
        return rows
    headers = {label.casefold(): name for _, name, en, ar, _ in SURVEY for label in (en, ar) if en}
    choices = _choice_labels(sites)
    lists = {name: type_.split()[-1] for type_, name, *_ in SURVEY if type_.startswith("select")}
    out = []
    for row in rows:
        named: Row = {}
        for key, value in row.items():
            name = headers.get(key.rsplit("/", 1)[-1].strip().casefold(), key)
            if name in lists and isinstance(value, str):
                value = _choice_value(value, choices[lists[name]], name == "vulnerabilities")
            named.setdefault(name, value)
        out.append(named)
    return out


def _choice_labels(sites: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for list_name, items in CHOICES.items():
        table[list_name] = {lbl.casefold(): v for v, en, ar in items for lbl in (en, ar)}
    table["site"] = {
        str(lbl).casefold(): s["site_id"]
        for s in sites
        for lbl in (s["name"], s["name_ar"], s["site_id"])
        if lbl
    }
    return table


def _choice_value(text: str, labels: dict[str, str], multiple: bool) -> str:
    """A choice label as its name; several labels (select_multiple) matched longest first."""
    text = text.strip()
    if not multiple or text.casefold() in labels:
        return labels.get(text.casefold(), text)
    chosen, rest = [], text.casefold()
    for label in sorted(labels, key=len, reverse=True):
        if label in rest:
            chosen.append(labels[label])
            rest = rest.replace(label, " ")
    return " ".join(chosen) if not rest.strip() else text
