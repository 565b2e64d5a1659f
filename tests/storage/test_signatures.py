"""Device signatures on every adapter: signed facts, forgeries refused, rotation, revocation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corridor.clock import FrozenClock
from corridor.domain.events import Fact
from corridor.domain.keys import SignatureRefused
from corridor.domain.ledger import Head, seal
from corridor.domain.signing import Signer
from corridor.errors import ConfigError
from corridor.services import keys
from corridor.storage import SqlStore
from tests.factories import site


def _signed_store(store: SqlStore, clock: FrozenClock) -> Signer:
    store.record([site("before-signing")])  # an older, unsigned fact
    store.signer = Signer.generate()
    assert keys.register_own_key(store=store, clock=clock, actor="t")
    return store.signer


def _forge(store: SqlStore, device: str, signer: Signer | None, name: str) -> Fact:
    """A fact that extends ``device``'s chain correctly, signed by ``signer`` (or not at all)."""
    seq = store.device_heads()[device]
    head = Head(seq, _head_hash(store, device))
    sign = signer.sign_fact if signer else None
    return seal(
        [site(name)], device=device, head=head, recorded_at="2016-12-15T09:00:00Z", sign=sign
    )[0]


def _head_hash(store: SqlStore, device: str) -> str:
    facts = [f for _, f in store.read(0, 100_000) if f.device == device]
    return max(facts, key=lambda f: f.seq).hash


def test_it_signs_facts_from_the_key_registration_on(store: SqlStore, clock: FrozenClock) -> None:
    signer = _signed_store(store, clock)
    store.record([site("after-signing")])
    facts = [f for _, f in store.read()]
    assert [bool(f.sig) for f in facts] == [False, True, True]
    report = store.verify()
    assert report.ok, report.problems
    assert report.signed == 2 and report.unsigned == {"desk-1": 1}
    assert facts[1].payload["public_key"] == signer.public_key
    assert facts[1].payload["from_seq"] == 2


def test_it_refuses_a_fact_forged_under_a_keyed_device(store: SqlStore, clock: FrozenClock) -> None:
    _signed_store(store, clock)
    before = store.position()
    for forger in (Signer.generate(), None):
        with pytest.raises(SignatureRefused, match="desk-1"):
            store.append([_forge(store, "desk-1", forger, "forged")])
    assert store.position() == before


def test_it_refuses_to_record_without_the_device_key(store: SqlStore, clock: FrozenClock) -> None:
    _signed_store(store, clock)
    store.signer = None
    with pytest.raises(ConfigError, match="key file is missing"):
        store.record([site("x")])
    store.signer = Signer.generate()
    with pytest.raises(ConfigError, match="another key"):
        store.record([site("x")])


def test_it_rotates_and_revokes_keys(store: SqlStore, clock: FrozenClock) -> None:
    old = _signed_store(store, clock)
    new = Signer.generate()
    keys.rotate_key(store=store, clock=clock, actor="t", new=new)
    store.record([site("with-new-key")])
    assert store.verify().ok
    # The old key no longer signs for this device.
    with pytest.raises(SignatureRefused):
        store.append([_forge(store, "desk-1", old, "old-key")])
    # Revoked (a stolen laptop): nothing more is accepted from the new key either.
    seq = store.device_heads()["desk-1"]
    keys.revoke_key(
        store=store,
        clock=clock,
        actor="t",
        device="desk-1",
        public_key=new.public_key,
        from_seq=seq + 2,
        reason="laptop stolen",
    )  # recorded by this same device here, so it is its own seq + 1
    with pytest.raises((ConfigError, SignatureRefused)):
        store.append([_forge(store, "desk-1", new, "after-revocation")])
    assert store.verify().ok


def test_it_reports_a_rewritten_signed_fact_even_with_its_hashes_redone(
    sqlite_store: SqlStore, clock: FrozenClock
) -> None:
    """Should catch an insider who edits a fact and recomputes its hash and the head."""
    import sqlite3

    from corridor.domain.ledger import hash_of

    store = sqlite_store
    _signed_store(store, clock)
    store.record([site("victim")])
    fact = store.read()[-1][1]
    payload = '{"kind":"pickup","name":"EDITED","site_id":"victim"}'
    edited = replace(fact, payload={}, payload_json=payload)
    new_hash = hash_of(edited)
    path = store.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE ledger SET payload = ?, hash = ? WHERE id = ?", (payload, new_hash, fact.id)
        )
        conn.execute("UPDATE devices SET hash = ? WHERE device = 'desk-1'", (new_hash,))
    problems = store.verify().problems
    assert any("not signed by device desk-1's key" in p for p in problems), problems
