"""Personal details: encrypted outside the ledger, every read logged, purge keeps counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from corridor.clock import FrozenClock
from corridor.domain.personal import new_key_text, parse_key
from corridor.errors import ConfigError, ConflictError, NotFound, ValidationError
from corridor.services.common import Recorder
from corridor.services.personal import reveal
from corridor.services.register import NewPerson, register_person
from corridor.storage import SqlStore
from tests import factories as f

KEY = parse_key(new_key_text())
OTHER_KEY = parse_key(new_key_text())


def _register(store: SqlStore, token: str = "W-1") -> str:
    store.record([f.site("ramouseh")])
    draft = register_person(
        Recorder(store=store, clock=FrozenClock(prefix=token), actor="desk", op=f.OP),
        NewPerson(person_id=token, site_id="ramouseh", age="child"),
        details={"name": "Rania Haddad", "phone": "+963 900 000"},
        key=KEY,
    )
    return draft.id


def test_it_keeps_names_out_of_the_ledger_and_reveals_them_with_a_logged_reason(
    store: SqlStore,
) -> None:
    fact_id = _register(store)
    fact = store.get(fact_id)
    assert fact is not None and "Rania" not in fact.payload_json
    assert len(fact.payload["personal_digest"]) == 64
    details = reveal(
        store=store,
        key=KEY,
        actor="tracer",
        op=f.OP,
        person_id="W-1",
        purpose="family tracing request 17",
    )
    assert details == {"name": "Rania Haddad", "phone": "+963 900 000"}
    (entry,) = store.personal_log()
    assert (entry["actor"], entry["action"], entry["fact_id"]) == ("tracer", "read", fact_id)
    assert entry["purpose"] == "family tracing request 17"
    assert store.verify().ok


def test_it_never_writes_a_name_to_the_sqlite_file(tmp_path: Path) -> None:
    from corridor.storage import open_store

    path = tmp_path / "node.db"
    store = open_store(str(path), clock=FrozenClock(), device="desk")
    _register(store)
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"Rania" not in raw and b"963 900" not in raw


def test_it_refuses_the_wrong_key_a_missing_key_and_no_reason(store: SqlStore) -> None:
    _register(store)
    with pytest.raises(ConfigError):
        reveal(store=store, key=OTHER_KEY, actor="x", op=f.OP, person_id="W-1", purpose="p")
    with pytest.raises(ConfigError):
        reveal(store=store, key=None, actor="x", op=f.OP, person_id="W-1", purpose="p")
    with pytest.raises(ValidationError):
        reveal(store=store, key=KEY, actor="x", op=f.OP, person_id="W-1", purpose=" ")


def test_it_writes_nothing_when_details_come_without_a_key(store: SqlStore) -> None:
    store.record([f.site("ramouseh")])
    with pytest.raises(ConfigError):
        register_person(
            Recorder(store=store, clock=FrozenClock(), actor="desk", op=f.OP),
            NewPerson(person_id="W-2", site_id="ramouseh"),
            details={"name": "A"},
            key=None,
        )
    assert store.query("persons") == [] and store.position() == 1


def test_it_refuses_details_that_do_not_match_the_digest(store: SqlStore) -> None:
    draft = f.draft(
        "person.registered",
        {
            "person_id": "W-3",
            "site_id": "ramouseh",
            "group": "civilian",
            "age": "adult",
            "sex": "male",
            "triage": "none",
            "personal_digest": "0" * 64,
        },
    )
    with pytest.raises(ConflictError):
        store.record([draft], personal={draft.id: "c29tZXRoaW5n"})
    assert store.position() == 0


def test_it_purges_details_but_keeps_counts_and_chains(store: SqlStore) -> None:
    _register(store, "W-4")
    before = store.headcounts(f.OP)
    assert store.purge_personal(actor="coordinator") == 1
    assert store.headcounts(f.OP) == before
    assert store.verify().ok and store.derived_matches_log()
    with pytest.raises(NotFound):
        reveal(store=store, key=KEY, actor="x", op=f.OP, person_id="W-4", purpose="check")
    assert sorted(e["action"] for e in store.personal_log()) == ["purge", "read"]
