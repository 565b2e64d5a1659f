"""Exports in the formats partners use: aggregated counts (HXL, CSV, XLSX, JSON), and the
ledger as a row-level table for those allowed personal data.

The aggregated tables hold people per day, site, movement and category, read from the protected
snapshot (``services/disclosure.py``): withheld cells are blank, so they can be published, and so
is a category that was not recorded (never 0 for "not known"). The
ledger tables have one row per fact with the payload fields as columns and the personal fields
decrypted; they need a :class:`PersonalAccess` (a user allowed to see them who asked, with a
reason: the read of the encrypted details is logged). They keep every time in UTC as stored and
add each fact's time in its operation's zone (``occurred_local``, ``time_zone``). The sealed
backup formats (JSON Lines and CSV with hashes, for import and sync) stay in
``services/transfer.py``. Formats: docs/sitrep.md.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from openpyxl import Workbook

from corridor.domain import personal
from corridor.domain.disclosure import lookup
from corridor.domain.events import Fact
from corridor.domain.fact_types import FACT_TYPES
from corridor.domain.localtime import local_text
from corridor.errors import ConfigError, NotFound, ValidationError
from corridor.services.operation import time_zone
from corridor.storage.base import Store

# Payload fields that single out a person; removed unless personal access is granted.
PERSONAL_PAYLOAD = ("person_id", "household_id", "personal_digest", "vulnerabilities")
ENVELOPE_COLUMNS = ("id", "type", "op", "actor", "occurred_at", "recorded_at", "device", "seq")
LOCAL_COLUMNS = ("occurred_local", "time_zone")  # the time in the operation's zone, and the zone
HXL_STAGES = ("departed", "arrived", "died", "missing", "diverted")
# Tags from the HXL dictionary (hxlstandard.org, 1.1): why these, in docs/sitrep.md.
HXL_PLACE = (
    ("Date", "#date"),
    ("Operation", "#activity+code"),
    ("Site code", "#loc+code"),
    ("Site name", "#loc+name"),
    ("Site type", "#loc+type"),
)
HXL_MOVEMENT = ("Movement", "#x_movement+code")  # the dictionary has no hashtag for it
# (header, hashtag, (dimension, value)) of each count; 'unknown' is total minus the counted.
HXL_COUNTS: tuple[tuple[str, str, tuple[str, str]], ...] = (
    ("People", "#affected+ind+total", ("total", "all")),
    ("Women and girls", "#affected+ind+f", ("sex", "female")),
    ("Men and boys", "#affected+ind+m", ("sex", "male")),
    ("Sex not recorded", "#affected+ind+sex_unknown", ("sex", "unknown")),
    ("Children", "#affected+ind+children", ("age", "child")),
    ("Adults", "#affected+ind+adults", ("age", "adult")),
    ("Age not recorded", "#affected+ind+age_unknown", ("age", "unknown")),
    ("Civilians", "#affected+ind+civilians", ("group", "civilian")),
    ("Fighters", "#affected+ind+fighters", ("group", "fighter")),
    ("Group not recorded", "#affected+ind+group_unknown", ("group", "unknown")),
    ("Critical", "#affected+ind+triage_critical", ("triage", "critical")),
    ("Serious", "#affected+ind+triage_serious", ("triage", "serious")),
    ("Walking wounded", "#affected+ind+triage_walking", ("triage", "walking")),
    ("No medical need", "#affected+ind+triage_none", ("triage", "none")),
    ("Triage not recorded", "#affected+ind+triage_unknown", ("triage", "unknown")),
)


@dataclass(frozen=True)
class PersonalAccess:
    """Permission to include personal fields: who asks, why (logged), and the key to decrypt."""

    actor: str
    purpose: str
    key: bytes | None


def check_access(access: PersonalAccess | None) -> None:
    """Refuse a row-level table without personal access, and personal access without a reason
    or a key, before anything is written. A table of one row per fact singles people out even
    without their tokens (site, minute, group, age, sex and triage together), so partners get
    the protected aggregates and the row-level ledger is personal data.

    :raises ValidationError: no access, or no purpose.
    :raises ConfigError: no key.
    """
    if access is None:
        raise ValidationError(
            "a table of one row per fact is personal data: give personal access with a purpose "
            "(corridor export --personal --purpose ...), or export the aggregated table",
            field="personal",
        )
    if not access.purpose.strip():
        raise ValidationError("say why you need personal fields", field="purpose")
    if access.key is None:
        raise ConfigError("personal fields need the key: set CORRIDOR_KEY_FILE")


def hxl_rows(*, store: Store, op: str, snapshot: dict[str, Any]) -> list[list[str]]:
    """Daily counts per site and movement, with a header row and an HXL hashtag row.

    Every count is a cell of the protected ``snapshot`` (``services/disclosure.py``): blank
    where withheld (a small cell, or one that would reveal a small cell through another table).
    Site p-code and coordinate columns appear when some site of the operation has them.

    :raises NotFound: no such operation.
    """
    header, tags, rows = _table(store=store, op=op, snapshot=snapshot)
    return [header, tags, *rows]


def aggregate_rows(*, store: Store, op: str, snapshot: dict[str, Any]) -> list[list[str]]:
    """People per day, site, movement and category (the partners' default table), with a
    header row: the HXL table without its hashtag row.

    :raises NotFound: no such operation.
    """
    header, _tags, rows = _table(store=store, op=op, snapshot=snapshot)
    return [header, *rows]


def _table(
    *, store: Store, op: str, snapshot: dict[str, Any]
) -> tuple[list[str], list[str], list[list[str]]]:
    if not store.query("operations", op=op):
        raise NotFound(f"no operation '{op}'")
    sites = {s["site_id"]: s for s in store.query("sites", op=op)}
    cells = snapshot["cells"]
    places = _place_columns(list(sites.values()))
    head = [*HXL_PLACE, *places, HXL_MOVEMENT]
    header = [c[0] for c in head] + [c[0] for c in HXL_COUNTS]
    tags = [c[1] for c in head] + [c[1] for c in HXL_COUNTS]
    out = []
    for day in snapshot["days"]:
        for site_id in sorted(sites):
            for stage in HXL_STAGES:
                name = "arrived_any" if stage == "arrived" else stage
                counts = {
                    key: lookup(cells, "site", "day", day, site_id, name, *key)
                    for _, _, key in HXL_COUNTS
                }
                if counts[("total", "all")] == 0:
                    continue
                site = sites[site_id]
                row = [day, op, site_id, site.get("name", ""), site.get("kind", "")]
                row += [_place_value(site, tag) for _, tag in places]
                out.append([*row, stage, *(_count_cell(counts, key) for _, _, key in HXL_COUNTS)])
    return header, tags, out


def _place_columns(sites: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """P-code columns for each administrative level in use, then coordinates if any."""
    levels = sorted({int(s["adm_level"]) for s in sites if s.get("pcode") and s.get("adm_level")})
    columns = [(f"Admin {n} p-code", f"#adm{n}+code") for n in levels]
    if any(s.get("lat") for s in sites):
        columns += [("Latitude", "#geo+lat"), ("Longitude", "#geo+lon")]
    return columns


def _place_value(site: dict[str, Any], tag: str) -> str:
    if tag.startswith("#geo"):
        return str(site.get(tag.removeprefix("#geo+")) or "")
    level = int(tag.removeprefix("#adm").removesuffix("+code"))
    return str(site["pcode"]) if site.get("pcode") and site.get("adm_level") == level else ""


def _count_cell(counts: dict[tuple[str, str], int | None], key: tuple[str, str]) -> str:
    """One count: blank when withheld or not known.

    A category with no one counted is 0 only when everyone in the row is known to have a
    recorded value for that dimension (its "not recorded" count is a shown 0); otherwise nobody
    knows how many of the unrecorded belong to it.
    """
    dim, value = key
    n = counts.get(key, 0)
    if n is None:
        return ""
    if n == 0 and value != "unknown" and counts.get((dim, "unknown"), 0) != 0:
        return ""
    return str(n)


def write_hxl(*, store: Store, op: str, out: IO[str], snapshot: dict[str, Any]) -> int:
    """Write the HXL CSV; return the number of data rows."""
    rows = hxl_rows(store=store, op=op, snapshot=snapshot)
    csv.writer(out, lineterminator="\n").writerows(rows)
    return len(rows) - 2


def write_aggregate(
    *, store: Store, op: str, fmt: str, out: IO[Any], snapshot: dict[str, Any]
) -> int:
    """The aggregated table as CSV, JSON or XLSX (``out`` binary for xlsx); return data rows."""
    rows = aggregate_rows(store=store, op=op, snapshot=snapshot)
    if fmt == "xlsx":
        book = Workbook(write_only=True)
        sheet = book.create_sheet("people")
        for row in rows:
            sheet.append([_cell(v) for v in row])
        book.save(out)
    elif fmt == "json":
        records = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
        body = {"op": op, "protected_at": snapshot.get("computed_at"), "rows": records}
        json.dump(body, out, ensure_ascii=False, indent=1)
    else:
        csv.writer(out, lineterminator="\n").writerows([[_cell(v) for v in r] for r in rows])
    return len(rows) - 1


def ledger_columns(access: PersonalAccess | None) -> list[str]:
    """Columns of the ledger table: envelope, then every payload field once, in catalogue order."""
    fields: list[str] = []
    for spec in FACT_TYPES.values():
        fields += [f for f in spec.fields if f not in fields]
    if access is None:
        fields = [f for f in fields if f not in PERSONAL_PAYLOAD]
    else:
        fields += [f"personal_{name}" for name in personal.FIELDS]
    return [*ENVELOPE_COLUMNS, *LOCAL_COLUMNS, *fields]


def ledger_records(
    *, store: Store, access: PersonalAccess | None, batch: int = 2000
) -> Iterator[dict[str, Any]]:
    """Every fact in cursor order as one flat record (payload fields at the top level).

    :raises ConfigError: personal access without a key, or the wrong key.
    :raises ValidationError: no personal access, or personal access without a purpose.
    """
    check_access(access)
    zones: dict[str, str] = {}
    cursor = 0
    while facts := store.read(cursor, limit=batch):
        cursor = facts[-1][0]
        details = _details([f for _, f in facts], store, access)
        for _, fact in facts:
            zone = zones.get(fact.op) or zones.setdefault(fact.op, time_zone(store, fact.op))
            yield _record(fact, access, details.get(fact.id, {}), zone)


def _record(
    fact: Fact, access: PersonalAccess | None, details: dict[str, str], zone: str
) -> dict[str, Any]:
    row = fact.as_dict()
    out = {c: row[c] for c in ENVELOPE_COLUMNS}
    out["occurred_local"] = local_text(fact.occurred_at, zone, seconds=True)
    out["time_zone"] = zone
    for name, value in fact.payload.items():
        if access is None and name in PERSONAL_PAYLOAD:
            continue
        out[name] = value
    for name, value in details.items():
        out[f"personal_{name}"] = value
    return out


def _details(
    facts: list[Fact], store: Store, access: PersonalAccess | None
) -> dict[str, dict[str, str]]:
    """Decrypted personal details of the registrations in a batch (the read is logged)."""
    if access is None or access.key is None:
        return {}
    ids = [f.id for f in facts if f.payload.get("personal_digest")]
    if not ids:
        return {}
    blobs = store.read_personal(ids, actor=access.actor, purpose=access.purpose)
    return {i: personal.open_details(blob, key=access.key, fact_id=i) for i, blob in blobs.items()}


# A cell starting with one of these is read as a formula by Excel, LibreOffice and Sheets
# (OWASP "CSV injection"): such text gets a leading apostrophe and stays text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A spreadsheet cell: nested values as JSON text, text that would be a formula defused."""
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_ledger_csv(*, store: Store, out: IO[str], access: PersonalAccess | None) -> int:
    """The ledger as a flat CSV table; return the number of facts."""
    check_access(access)
    columns = ledger_columns(access)
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in ledger_records(store=store, access=access):
        writer.writerow({k: _cell(v) for k, v in record.items()})
        count += 1
    return count


def write_ledger_json(*, store: Store, out: IO[str], access: PersonalAccess | None) -> int:
    """The ledger as one JSON document ``{"personal": bool, "facts": [...]}``; return facts."""
    check_access(access)
    facts = list(ledger_records(store=store, access=access))
    json.dump(
        {"personal": access is not None, "columns": ledger_columns(access), "facts": facts},
        out,
        ensure_ascii=False,
        indent=1,
    )
    return len(facts)


def write_ledger_xlsx(*, store: Store, out: IO[bytes], access: PersonalAccess | None) -> int:
    """The ledger as an Excel workbook (sheet ``ledger``); return the number of facts."""
    check_access(access)
    columns = ledger_columns(access)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("ledger")
    sheet.append(columns)
    count = 0
    for record in ledger_records(store=store, access=access):
        sheet.append([_cell(record.get(c)) for c in columns])
        count += 1
    book.save(out)
    return count
