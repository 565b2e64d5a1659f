"""Fuzzing the ledger import (JSON Lines and CSV): any file gives items or a clear error, and a
refused file changes nothing in the store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from corridor.domain.ledger import canonical_json
from corridor.errors import ConflictError, CorridorError, ValidationError
from corridor.services.transfer import export_facts, import_items, parse
from corridor.storage import SqlStore
from tests import factories as f
from tests.conftest import make_store
from tests.fuzzing import damaged_text, json_objects, mutated, nasty_text
from tests.sitrep.scenario import two_days

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
VALID = {
    "type": "person.registered",
    "op": f.OP,
    "actor": "registrar-1",
    "occurred_at": "2016-12-15T09:00:00Z",
    "payload": f.person("p-1").payload,
}


def _seed(store: SqlStore) -> None:
    if not store.position():  # once per test: hypothesis reuses the store across examples
        store.record(two_days())


def _csv_line(raw: dict[str, Any], with_id: bool = False) -> str:
    """A CSV document of one row; with_id: the row only, under an export's header."""
    out = io.StringIO()
    writer = csv.writer(out)
    if not with_id:
        writer.writerow(["type", "op", "actor", "occurred_at", "payload"])
    writer.writerow(
        ([raw.get("id")] if with_id else [])
        + [
            raw.get("type"),
            raw.get("op"),
            raw.get("actor"),
            raw.get("occurred_at"),
            json.dumps(raw.get("payload")),
        ]
        + (["", "", "", "", "", ""] if with_id else [])
    )
    return out.getvalue()


def _import(store: SqlStore, fmt: str, text: str) -> None:
    """Parse and import like `corridor import`; a refusal must be ours and change nothing."""
    before = (store.position(), store.snapshot())
    try:
        import_items(store=store, items=parse(fmt, io.StringIO(text)))
    except CorridorError as exc:
        event(f"refused: {type(exc).__name__}")
        assert str(exc)
        assert (store.position(), store.snapshot()) == before
    else:
        event("imported")


jsonl_documents = st.one_of(
    st.text(max_size=200),
    nasty_text,
    st.builds(json.dumps, json_objects),
    st.builds(json.dumps, mutated(VALID)),
    damaged_text(json.dumps(VALID)),
    st.lists(st.builds(json.dumps, mutated(VALID)), max_size=3).map("\n".join),
)
csv_documents = st.one_of(
    st.text(max_size=200),
    nasty_text.map(lambda t: "type,op,payload\n" + t),
    mutated(VALID).map(_csv_line),
    damaged_text(_csv_line(VALID)),
)


@FUZZ
@given(text=jsonl_documents)
@example(text='{"type": 1' + "9" * 5000 + "}")  # int() refuses > 4300 digits: was ValueError
@example(text="[" * 5000)  # was RecursionError
@example(  # a lone surrogate in a draft without id: was UnicodeEncodeError
    text=json.dumps({**VALID, "payload": {**VALID["payload"], "person_id": "\ud800"}})
)
@example(text=json.dumps({**VALID, "actor": "\udfff"}))  # was UnicodeEncodeError in the store
def test_jsonl_import_gives_items_or_a_clear_error(sqlite_store: SqlStore, text: str) -> None:
    _seed(sqlite_store)
    _import(sqlite_store, "jsonl", text)


@FUZZ
@given(text=csv_documents)
@example(text="type,op,payload\na,b," + "x" * 200_000 + "\n")  # was _csv.Error (field limit)
@example(text='type,op,payload\nstatus.changed,x,"[[[[' + "[" * 3000 + '"\n')
def test_csv_import_gives_items_or_a_clear_error(sqlite_store: SqlStore, text: str) -> None:
    _seed(sqlite_store)
    _import(sqlite_store, "csv", text)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_file_refused_by_the_store_changes_nothing(
    store: SqlStore, tmp_path: Path, fmt: str
) -> None:
    """A sealed fact from another device, then a draft reusing a held id: all or nothing."""
    _seed(store)
    other = make_store("sqlite", tmp_path, device="tablet-9")
    elsewhere = next(other)
    elsewhere.record([f.person("p-77", id="from-tablet")])
    out = io.StringIO()
    export_facts(store=elsewhere, fmt=fmt, out=out)
    held = store.read(0, limit=1)[0][1]
    clash = {**VALID, "id": held.id}
    text = out.getvalue() + (
        json.dumps(clash) + "\n" if fmt == "jsonl" else _csv_line(clash, with_id=True)
    )
    items = parse(fmt, io.StringIO(text))
    assert len(items) == 2
    before = (store.position(), store.snapshot())
    with pytest.raises(ConflictError, match=held.id):
        import_items(store=store, items=items)
    assert (store.position(), store.snapshot()) == before
    assert store.get("from-tablet") is None
    other.close()


@given(data=st.binary(max_size=200))
@settings(max_examples=60, deadline=None)
@example(data=b'{"type": "a"}\n\xff\xfe\n')
def test_bytes_that_are_not_utf8_give_a_clear_error(data: bytes) -> None:
    for fmt in ("jsonl", "csv"):
        stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        try:
            parse(fmt, stream)
        except ValidationError as exc:
            assert str(exc)


def test_an_export_parses_back_to_the_same_facts(sqlite_store: SqlStore) -> None:
    _seed(sqlite_store)
    for fmt in ("jsonl", "csv"):
        out = io.StringIO()
        export_facts(store=sqlite_store, fmt=fmt, out=out)
        items = parse(fmt, io.StringIO(out.getvalue()))
        assert [canonical_json(i.payload) for i in items] == [
            canonical_json(fact.payload) for _, fact in sqlite_store.read(0, limit=1000)
        ]
