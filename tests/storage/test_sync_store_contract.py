"""The sync-state contract (``SyncStore``), run against every storage adapter.

Only methods of the interface are called: a node's chain heads, node tokens and their keys,
peers' cursors, and wristband token ranges.
"""

from __future__ import annotations

import pytest

from corridor.errors import ConflictError, NotFound, ValidationError
from corridor.storage import SqlStore
from tests import factories as f

KEY = "A" * 43 + "="


def test_it_keeps_each_devices_chain_head(store: SqlStore) -> None:
    assert store.device_heads() == {}
    store.record([f.person("p1"), f.person("p2")])
    assert store.device_heads() == {store.device: 2}


def test_a_node_token_works_until_revoked(store: SqlStore) -> None:
    store.add_sync_node("desk-2", "h" * 64)
    assert store.sync_node_by_hash("h" * 64) == "desk-2"
    assert store.sync_node_by_hash("x" * 64) is None
    with pytest.raises(ConflictError):
        store.add_sync_node("desk-2", "i" * 64)
    store.note_sync_node("desk-2", position=12, pushed=3)
    store.note_sync_node("desk-2", position=None, pushed=None)  # keeps what it knew
    (node,) = store.sync_nodes()
    assert (node["name"], node["reported_position"], node["reported_pushed"]) == ("desk-2", 12, 3)
    assert "token_hash" not in node and node["last_seen_at"]
    store.revoke_sync_node("desk-2")
    assert store.sync_node_by_hash("h" * 64) is None
    with pytest.raises(NotFound):
        store.revoke_sync_node("nobody")


def test_a_node_binds_its_device_key_while_its_token_lives(store: SqlStore) -> None:
    store.add_sync_node("desk-2", "h" * 64)
    assert store.bound_key("dev-2") is None
    store.bind_node_key("desk-2", device="dev-2", public_key=KEY)
    assert store.bound_key("dev-2") == KEY
    with pytest.raises(NotFound):
        store.bind_node_key("nobody", device="dev-3", public_key=KEY)
    store.revoke_sync_node("desk-2")
    assert store.bound_key("dev-2") is None


def test_a_peers_cursors_only_move_forward(store: SqlStore) -> None:
    fresh = store.sync_peer("hub")
    assert (fresh["pushed"], fresh["pulled"], fresh["peer_position"], fresh["heads"]) == (
        0,
        0,
        0,
        {},
    )
    store.save_sync_peer("hub", pushed=10, pulled=7, peer_position=20, heads={"a": 4})
    store.save_sync_peer("hub", pushed=3, heads={"a": 2, "b": 1}, error="timed out")
    hub = store.sync_peer("hub")
    assert (hub["pushed"], hub["pulled"], hub["peer_position"]) == (10, 7, 20)
    assert hub["heads"] == {"a": 4, "b": 1}
    assert hub["last_error"] == "timed out" and hub["last_ok_at"]
    assert [p["peer"] for p in store.sync_peers()] == ["hub"]


def test_token_ranges_are_disjoint_and_issued_in_order(store: SqlStore) -> None:
    a = store.reserve_token_range("W", 5, store.device)
    b = store.reserve_token_range("W", 5, "dev-9")
    assert (a["first_number"], a["last_number"], b["first_number"]) == (1, 5, 6)
    with pytest.raises(ValidationError):
        store.reserve_token_range("W", 0, store.device)
    store.keep_token_range("W", 1, 5, store.device)
    store.keep_token_range("W", 1, 5, store.device)  # a repeat changes nothing
    with pytest.raises(ConflictError):
        store.keep_token_range("W", 3, 8, store.device)
    assert store.issue_tokens("W", 3) == [1, 2, 3]
    assert store.issue_tokens("W", 2) == [4, 5]
    with pytest.raises(NotFound):
        store.issue_tokens("W", 1)
    assert [(r["prefix"], r["first_number"], r["last_number"]) for r in store.token_ranges()][
        :1
    ] == [("W", 1, 5)]


def test_personal_details_are_copied_for_a_peer_and_logged(store: SqlStore) -> None:
    assert store.copy_personal(["nope"], actor="sync", peer="hub") == {}
    assert store.personal_log() == []
