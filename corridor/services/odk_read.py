"""Read submissions as ODK Central and KoboToolbox export them, into flat ``path/name`` rows.

Formats, as the servers write them (fixtures in ``tests/cli/odk_exports/``):

- ODK Central OData JSON (``{"@odata.context": ..., "value": [...]}``, groups nested, metadata
  under ``__system``) and Central's CSV (``meta-instanceID``, ``KEY``, ``ReviewState``...);
- KoboToolbox REST JSON (``{"count": n, "results": [...]}``, ``group/field`` keys, ``_uuid``,
  ``_validation_status``), its CSV with ``,`` or ``;`` between cells and its XLSX (first sheet);
- Kobo exports with labels instead of names as headers and values ("Labels" export), when the
  labels are those of the form Corridor made (English or Arabic).

A file in another shape is refused with a message that says which download to use instead.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from openpyxl import load_workbook

from corridor.domain.jsontext import load_json
from corridor.errors import ValidationError

FORMATS = ("json", "csv", "xlsx")
# The download that works, named in refusals.
FIX = (
    "download the submissions again as JSON (ODK Central: OData feed; Kobo: API), as CSV "
    "(ODK Central: 'Download' > CSV; Kobo: 'XML values and headers') or as Kobo XLS(X)"
)
Row = dict[str, Any]


def read_submissions(fmt: str, data: bytes) -> list[Row]:
    """Submissions of an export, flattened to ``path/name`` keys, in file order.

    :raises ValidationError: not a readable export of that format, or no submissions in it.
    """
    if fmt not in FORMATS:
        raise ValidationError(f"unknown format '{fmt}': use json, csv or xlsx", field="format")
    if fmt == "xlsx":
        rows = _xlsx_rows(data)
    else:
        if data[:2] == b"PK":
            raise ValidationError(_zip_hint(data), field="file")
        text = _text(data)
        rows = _json_rows(text) if fmt == "json" else _csv_rows(text)
    if not rows:
        raise ValidationError("no submissions in the file", field="file")
    return rows


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")  # Kobo's CSV starts with a byte-order mark
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"not UTF-8 text (byte {exc.start}): export again as UTF-8 (Excel: 'CSV UTF-8')",
            field="file",
        ) from None


def _zip_hint(data: bytes) -> str:
    """What to do with a zip: ODK Central's 'all submissions' download, or an xlsx misnamed."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return "a damaged zip file: " + FIX
    if "xl/workbook.xml" in names:
        return "this is an Excel workbook: import it with --format xlsx"
    csvs = [n for n in names if n.endswith(".csv")]
    main = min(csvs, key=len) if csvs else "the .csv file"
    return f"an ODK Central .zip download: unzip it and import {main}"


def _json_rows(text: str) -> list[Row]:
    data = load_json(text, field="file")
    if isinstance(data, Mapping):
        data = data.get("value", data.get("results"))
    if not isinstance(data, list) or not all(isinstance(r, Mapping) for r in data):
        raise ValidationError(
            "expected a list of submissions, {'value': [...]} (ODK Central) or "
            "{'results': [...]} (Kobo): " + FIX,
            field="file",
        )
    return [_flatten(r) for r in data]


def _flatten(row: Mapping[str, Any], prefix: str = "") -> Row:
    out: Row = {}
    for key, value in row.items():
        if isinstance(value, Mapping):
            out.update(_flatten(value, f"{prefix}{key}/"))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _csv_rows(text: str) -> list[Row]:
    """CSV with ``,``, ``;`` or tab between cells (Kobo lets the user choose; Excel in Arabic
    and European locales saves with ``;``)."""
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=lambda d: _count_outside_quotes(first, d))
    try:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        table = [r for r in reader if any(cell.strip() for cell in r)]
    except csv.Error as exc:  # e.g. a field longer than the csv module's limit
        raise ValidationError(f"not CSV ({exc})", field="file") from None
    return _table_rows(table)


def _count_outside_quotes(line: str, char: str) -> int:
    count, quoted = 0, False
    for c in line:
        if c == '"':
            quoted = not quoted
        elif c == char and not quoted:
            count += 1
    return count


def _xlsx_rows(data: bytes) -> list[Row]:
    """The first sheet of a Kobo XLSX export (the others hold repeat groups)."""
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a file that is not xlsx
        raise ValidationError(
            "not an Excel .xlsx workbook (an old .xls: open it and save it as .xlsx): " + FIX,
            field="file",
        ) from None
    try:
        sheet = book.worksheets[0]
        table = [[_cell_text(c) for c in r] for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table_rows([r for r in table if any(c.strip() for c in r)])


def _cell_text(value: Any) -> str:
    """A cell as the text a CSV export would hold (times in ISO 8601)."""
    if value is None:
        return ""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _table_rows(table: list[list[str]]) -> list[Row]:
    if not table:
        return []
    header, body = table[0], table[1:]
    rows = []
    for number, cells in enumerate(body, 1):
        if len(cells) > len(header):
            raise ValidationError(
                f"submission {number}: more cells than header columns", field="file"
            )
        rows.append({h: c for h, c in zip(header, cells, strict=False) if h})
    return rows


def last_segment(key: str) -> str:
    """A column's field name: ``meta/instanceID``, ``meta-instanceID``, ``g.f`` -> last part."""
    return key.replace("-", "/").replace(".", "/").split("/")[-1]
