"""Import and export of facts as JSON Lines or CSV (formats in docs/formats.md).

A line with a ``hash`` is a sealed fact from some device's chain and is appended as is (its
chain is checked); a line without one is a draft and is recorded on this node. A draft without
an ``id`` gets one derived from its content, so importing the same file twice adds nothing.
The whole file is validated before anything is written.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from corridor.domain import lifecycle
from corridor.domain.events import ENVELOPE, Draft, Fact, validate_draft, validate_fact
from corridor.domain.jsontext import load_json
from corridor.domain.ledger import canonical_json
from corridor.errors import ConflictError, ValidationError
from corridor.services.common import require_open
from corridor.storage.base import Store

CSV_COLUMNS = (*ENVELOPE, "sig")  # sig is empty for facts recorded before signing began
BATCH = 500


def parse(fmt: str, lines: Iterable[str]) -> list[Draft | Fact]:
    """Parse a JSONL or CSV document into drafts and sealed facts.

    :raises ValidationError: naming the first bad line (line numbers start at 1).
    """
    items: list[Draft | Fact] = []
    number = 0
    try:
        for number, raw in _records(fmt, lines):
            try:
                items.append(_item(raw))
            except ValidationError as exc:
                raise ValidationError(f"line {number}: {exc}") from None
    except UnicodeDecodeError:  # a file opened as UTF-8 that is not
        where = f" (after line {number})" if number else ""
        raise ValidationError(f"not UTF-8 text{where}") from None
    return items


def _records(fmt: str, lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    if fmt == "jsonl":
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                value = load_json(line)
            except ValidationError as exc:
                raise ValidationError(f"line {number}: {exc}") from None
            if not isinstance(value, dict):
                raise ValidationError(f"line {number}: a fact must be a JSON object")
            yield number, value
    elif fmt == "csv":
        reader = csv.DictReader(lines)
        try:
            if reader.fieldnames is None or not {"type", "op", "payload"} <= set(reader.fieldnames):
                raise ValidationError("CSV needs a header with at least type, op, payload")
            for number, row in enumerate(reader, start=2):
                yield number, _from_csv(number, row)
        except csv.Error as exc:  # e.g. a field longer than the csv module's limit
            raise ValidationError(f"line {reader.line_num}: not CSV ({exc})") from None
    else:
        raise ValidationError(f"unknown format '{fmt}': use jsonl or csv", field="format")


def _from_csv(number: int, row: dict[str, str | None]) -> dict[str, Any]:
    out: dict[str, Any] = {k: v for k, v in row.items() if k and v not in (None, "")}
    try:
        out["payload"] = load_json(row.get("payload") or "{}")
    except ValidationError as exc:
        raise ValidationError(f"line {number}: payload is {exc}") from None
    if "seq" in out:
        try:
            out["seq"] = int(out["seq"])
        except ValueError:
            raise ValidationError(f"line {number}: seq must be a number") from None
    return out


def _item(raw: dict[str, Any]) -> Draft | Fact:
    if raw.get("hash"):
        return validate_fact(raw)
    if not raw.get("id"):
        digest = hashlib.sha256(
            canonical_json(
                {k: raw.get(k) for k in ("type", "op", "actor", "occurred_at", "payload")}
            ).encode("utf-8", "surrogatepass")  # lone surrogates are refused just below
        ).hexdigest()
        raw = {**raw, "id": "imp-" + digest[:28]}
    raw.setdefault("actor", "import")
    return validate_draft(raw)


def import_items(
    *, store: Store, items: list[Draft | Fact], progress: Callable[[int], None] | None = None
) -> tuple[int, int]:
    """Append parsed items in batches; return (added, skipped). Safe to re-run if interrupted.

    A batch is all or nothing: drafts reusing a held id for other content are refused before
    the batch's sealed facts are appended.

    :raises ConflictError: an id reused for other content, or a broken chain.
    """
    added = skipped = 0
    for start in range(0, len(items), BATCH):
        batch = items[start : start + BATCH]
        sealed = [i for i in batch if isinstance(i, Fact)]
        drafts = [i for i in batch if isinstance(i, Draft)]
        by_id = {f.id: f for f in sealed}
        for draft in drafts:
            _check_not_reused(store, draft, by_id)
        _check_open(store, drafts)
        for result in (
            store.append(sealed) if sealed else None,
            store.record(drafts) if drafts else None,
        ):
            if result is not None:
                added += len(result.added)
                skipped += len(result.skipped)
        if progress:
            progress(len(batch))
    return added, skipped


def _check_open(store: Store, drafts: list[Draft]) -> None:
    """New facts (drafts) in a batch must be allowed by their operation's status.

    Sealed facts are stored whatever the status: they happened on a device already; the
    derived state flags what does not fit.

    :raises ConflictError: e.g. a registration for a closed operation.
    """
    wanted = {
        (d.op, lifecycle.ACTION_OF_TYPE[d.type])
        for d in drafts
        if d.type in lifecycle.ACTION_OF_TYPE
    }
    for op, action in sorted(wanted):
        try:
            require_open(store, op, action)
        except ConflictError as exc:
            raise ConflictError(f"operation {op}: {exc}") from None


def _check_not_reused(store: Store, draft: Draft, sealed: dict[str, Fact]) -> None:
    held = sealed.get(draft.id) or store.get(draft.id)
    if held is not None and _content(held) != _content(draft):
        raise ConflictError(f"fact id {draft.id} is already used for different content")


def _content(item: Draft | Fact) -> tuple[str, str, str, str]:
    return (item.type, item.op, item.occurred_at, canonical_json(item.payload))


def export_facts(
    *, store: Store, fmt: str, out: IO[str], progress: Callable[[int], None] | None = None
) -> int:
    """Write every fact, sealed, in cursor order; return how many."""
    writer = csv.writer(out) if fmt == "csv" else None
    if writer:
        writer.writerow(CSV_COLUMNS)
    elif fmt != "jsonl":
        raise ValidationError(f"unknown format '{fmt}': use jsonl or csv", field="format")
    cursor = total = 0
    while batch := store.read(cursor, limit=5000):
        cursor = batch[-1][0]
        for _, fact in batch:
            row = fact.as_dict()
            if writer:
                writer.writerow(
                    [
                        canonical_json(row["payload"]) if c == "payload" else row.get(c, "")
                        for c in CSV_COLUMNS
                    ]
                )
            else:
                out.write(canonical_json(row) + "\n")
        total += len(batch)
        if progress:
            progress(len(batch))
    return total
