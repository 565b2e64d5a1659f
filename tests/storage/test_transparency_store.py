"""The Merkle tree over a real ledger: roots, proofs and cached chunks on every adapter."""

from __future__ import annotations

import pytest

from corridor.clock import FrozenClock
from corridor.domain import merkle
from corridor.domain.signing import Signer, checkpoint_from_dict, checkpoint_signed
from corridor.services import keys, transparency
from corridor.storage import SqlStore
from corridor.storage import transparency as tree_store
from tests.factories import site


def _leaves(store: SqlStore) -> list[bytes]:
    return [merkle.leaf_hash(merkle.leaf_data(f.hash, f.sig)) for _, f in store.read(0, 100_000)]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 4 leaves, so a test ledger of a few dozen facts spans many cached chunks."""
    monkeypatch.setattr(tree_store, "CHUNK", 4)


def test_it_serves_roots_and_proofs_that_match_the_facts(
    store: SqlStore, clock: FrozenClock, small_chunks: None
) -> None:
    store.record([site(f"s{i}") for i in range(37)])
    leaves = _leaves(store)
    assert store.fill_merkle_chunks() == 9
    for size in (1, 4, 5, 16, 23, 37):
        root = store.tree_root(size)
        assert root == merkle.root_of(leaves[:size]).hex()
        for first in (1, 3, 4, size):
            if first <= size:
                proof = [bytes.fromhex(p) for p in store.consistency(first, size)]
                old = merkle.root_of(leaves[:first])
                assert merkle.verify_consistency(first, size, old, bytes.fromhex(root), proof)
    fact_id = store.read(10, 1)[0][1].id
    found = store.inclusion(fact_id, 37)
    assert found["leaf_index"] == 10
    assert merkle.verify_inclusion(
        10,
        37,
        bytes.fromhex(found["leaf_hash"]),
        [bytes.fromhex(p) for p in found["proof"]],
        bytes.fromhex(store.tree_root(37)),
    )


def test_it_signs_checkpoints_with_the_totals_of_the_same_facts(
    store: SqlStore, clock: FrozenClock
) -> None:
    store.signer = Signer.generate()
    keys.register_own_key(store=store, clock=clock, actor="t")
    store.record([site("a")])
    made = transparency.make_checkpoint(store=store, clock=clock)
    cp = checkpoint_from_dict(made["checkpoint"])
    assert checkpoint_signed(cp, store.signer.public_key)
    assert cp.size == 2 and cp.origin == "corridor:desk-1"
    assert cp.totals_digest == merkle.totals_digest(made["totals"])
    assert transparency.latest_checkpoint(store=store) == made
    assert transparency.checkpoint_if_grown(store=store, clock=clock) is None


def test_it_finds_a_fact_changed_under_the_cache(
    sqlite_store: SqlStore, clock: FrozenClock, small_chunks: None
) -> None:
    """Should report cached chunks and checkpoints that no longer match the ledger."""
    import sqlite3

    store = sqlite_store
    store.record([site(f"s{i}") for i in range(9)])
    store.signer = Signer.generate()  # signs the checkpoint only
    transparency.make_checkpoint(store=store, clock=clock)
    with sqlite3.connect(store.url.removeprefix("sqlite:///")) as conn:
        conn.execute("UPDATE ledger SET sig = 'x' WHERE pos = 2")
    problems = store.verify().problems
    assert any("facts 1..4 differ" in p for p in problems), problems
    assert any("no longer match the checkpoint" in p for p in problems), problems
