"""Sync between stores by the protocol in corridor.services.sync (peer opened in-process)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from corridor.clock import FrozenClock
from corridor.demo.desk import desk_drafts
from corridor.domain.personal import new_key_text, parse_key
from corridor.domain.tokens import token_problem
from corridor.errors import ConflictError, NotFound, ValidationError
from corridor.services import nodes
from corridor.services.common import Recorder
from corridor.services.personal import reveal
from corridor.services.register import NewPerson, register_person
from corridor.services.sync import pending, purge_synced, sync_once
from corridor.services.sync_local import LocalPeer
from corridor.storage import SqlStore, open_store
from tests.conftest import make_store

SERVERS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=SERVERS)
def server(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[SqlStore]:
    """The shared server's store (SQLite file or PostgreSQL schema)."""
    yield from make_store(request.param, tmp_path, device="server")


@pytest.fixture
def desk(tmp_path: object) -> Iterator[SqlStore]:
    """A field node on SQLite."""
    yield from make_store("sqlite", tmp_path, device="desk1")


@pytest.fixture
def desk2(tmp_path: object) -> Iterator[SqlStore]:
    """A second field node on SQLite."""
    yield from make_store("sqlite", tmp_path, device="desk2")


def ids(store: SqlStore) -> list[str]:
    return sorted(f.id for _, f in store.read(0, limit=1_000_000))


def assert_sound(store: SqlStore) -> None:
    assert store.verify().ok
    assert store.derived_matches_log()


def test_it_exchanges_facts_both_ways_and_then_moves_nothing(
    server: SqlStore, desk: SqlStore
) -> None:
    server.record(desk_drafts("hq", 0, 40))
    desk.record(desk_drafts("desk1", 0, 130))
    report = sync_once(store=desk, peer=LocalPeer(server, node="desk1"), batch=50)
    assert (report.stored_there, report.stored_here) == (130, 40)
    assert ids(server) == ids(desk) and len(ids(desk)) == 170
    assert server.snapshot() == desk.snapshot()
    assert_sound(server)
    assert_sound(desk)
    again = sync_once(store=desk, peer=LocalPeer(server, node="desk1"))
    assert (again.sent, again.received) == (0, 0)
    assert pending(desk)[0]["to_push"] == 0


def test_it_relays_facts_between_nodes_through_the_server(
    server: SqlStore, desk: SqlStore, desk2: SqlStore
) -> None:
    desk.record(desk_drafts("desk1", 0, 60))
    desk2.record(desk_drafts("desk2", 0, 70))
    for node in (desk, desk2, desk):
        sync_once(store=node, peer=LocalPeer(server, node=node.device), batch=25)
    assert ids(desk) == ids(desk2) == ids(server)
    assert desk.snapshot() == desk2.snapshot() == server.snapshot()
    # Node to node directly (a USB disk): nothing new, nothing counted twice.
    report = sync_once(store=desk, peer=LocalPeer(desk2, node="desk1"))
    assert (report.stored_there, report.stored_here) == (0, 0)
    assert_sound(desk2)


def test_it_counts_pending_facts_until_the_peer_acknowledges_them(
    server: SqlStore, desk: SqlStore
) -> None:
    peer = LocalPeer(server, node="desk1")
    sync_once(store=desk, peer=peer)
    desk.record(desk_drafts("desk1", 0, 12))
    assert pending(desk)[0]["to_push"] == 12
    sync_once(store=desk, peer=peer)
    assert pending(desk)[0]["to_push"] == 0


def test_it_refuses_a_tampered_or_gapped_batch_and_stores_nothing(
    server: SqlStore, desk: SqlStore
) -> None:
    from dataclasses import replace

    from corridor.services.sync import accept_push

    desk.record(desk_drafts("desk1", 0, 5))
    facts = [f for _, f in desk.read(0)]
    tampered = [*facts[:2], replace(facts[2], actor="someone else"), *facts[3:]]
    with pytest.raises(ConflictError, match="hash"):
        accept_push(server, tampered, {}, node="desk1")
    with pytest.raises(ConflictError, match="chain"):
        accept_push(server, facts[1:], {}, node="desk1")
    assert server.position() == 0


def test_it_carries_personal_ciphertext_and_purges_only_what_the_peer_holds(
    server: SqlStore, desk: SqlStore
) -> None:
    key = parse_key(new_key_text())
    clock = FrozenClock(prefix="p")
    desk.record(desk_drafts("desk1", 0, 3))
    rec = Recorder(store=desk, clock=clock, actor="reg", op="drill")
    register_person(
        rec,
        NewPerson(person_id="W-000001", site_id="site-desk1"),
        details={"name": "Amal"},
        key=key,
    )
    sync_once(store=desk, peer=LocalPeer(server, node="desk1"))
    register_person(
        rec,
        NewPerson(person_id="W-000002", site_id="site-desk1"),
        details={"name": "Omar"},
        key=key,
    )
    before = desk.snapshot()
    purged, up_to = purge_synced(store=desk, actor="reg")
    assert (purged, up_to) == (1, 4)
    assert desk.snapshot() == before and desk.verify().ok
    assert reveal(**_reveal(server, key, "W-000001")) == {"name": "Amal"}
    assert reveal(**_reveal(desk, key, "W-000002")) == {"name": "Omar"}
    with pytest.raises(NotFound):
        reveal(**_reveal(desk, key, "W-000001"))
    assert any(e["action"] == "copy" for e in desk.personal_log())


def _reveal(store: SqlStore, key: bytes, person: str) -> dict[str, object]:
    return {
        "store": store,
        "key": key,
        "actor": "tracer",
        "op": "drill",
        "person_id": person,
        "purpose": "family tracing",
    }


def test_it_refuses_to_purge_before_any_sync(desk: SqlStore) -> None:
    with pytest.raises(NotFound, match="never synced"):
        purge_synced(store=desk, actor="reg")


def test_it_reserves_disjoint_token_ranges_even_when_asked_at_once(
    server: SqlStore, tmp_path: object
) -> None:
    got: list[dict[str, object]] = []

    def ask(device: str) -> None:
        for _ in range(5):
            got.append(server.reserve_token_range("W", 100, device))

    threads = [threading.Thread(target=ask, args=(f"d{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    numbers = [n for r in got for n in range(int(r["first_number"]), int(r["last_number"]) + 1)]
    assert len(numbers) == len(set(numbers)) == 2000


def test_it_issues_tokens_offline_from_this_devices_ranges_only(
    server: SqlStore, desk: SqlStore, desk2: SqlStore
) -> None:
    for node in (desk, desk2):
        reserved = LocalPeer(server, node=node.device).reserve_tokens("W", 3, node.device)
        nodes.keep_range(store=node, reserved=reserved)
    first = nodes.issue(store=desk, prefix="W", count=2)
    second = nodes.issue(store=desk2, prefix="W", count=3)
    assert [t[:-2] for t in first] == ["W-000001", "W-000002"]
    assert [t[:-2] for t in second] == ["W-000004", "W-000005", "W-000006"]
    assert all(token_problem(t) is None for t in first + second)
    with pytest.raises(NotFound, match="only 1 W tokens left"):
        nodes.issue(store=desk, prefix="W", count=2)
    other = server.reserve_token_range("W", 5, "desk2")
    with pytest.raises(ValidationError, match="another device"):
        nodes.keep_range(store=desk, reserved=other)
    with pytest.raises(ValidationError, match="capital"):
        nodes.issue(store=desk, prefix="w;drop", count=1)


def test_it_keeps_only_a_hash_of_node_tokens(server: SqlStore) -> None:
    token = nodes.add_node(store=server, name="desk1")
    assert nodes.authenticate(server, f"Bearer {token}") == "desk1"
    assert nodes.authenticate(server, f"Bearer {token}x") is None
    assert nodes.authenticate(server, token) is None
    assert token not in repr(server.sync_nodes())
    with pytest.raises(ConflictError):
        nodes.add_node(store=server, name="desk1")
    server.revoke_sync_node("desk1")
    assert nodes.authenticate(server, f"Bearer {token}") is None


def test_it_brings_personal_ciphertext_to_a_node_only_when_asked(
    server: SqlStore, desk: SqlStore, desk2: SqlStore, tmp_path: object
) -> None:
    key = parse_key(new_key_text())
    desk.record(desk_drafts("desk1", 0, 3))
    register_person(
        Recorder(store=desk, clock=FrozenClock(prefix="p"), actor="reg", op="drill"),
        NewPerson(person_id="W-000001", site_id="site-desk1"),
        key=key,
        details={"name": "Amal"},
    )
    sync_once(store=desk, peer=LocalPeer(server, node="desk1"))
    sync_once(store=desk2, peer=LocalPeer(server, node="desk2"))
    with pytest.raises(NotFound):
        reveal(**_reveal(desk2, key, "W-000001"))
    report = sync_once(store=desk2, peer=LocalPeer(server, node="desk2"), pull_personal=True)
    assert report.received == 0  # nothing new: ciphertexts come with facts not yet pulled
    fresh = open_store(f"sqlite:///{tmp_path}/d3.db", device="d3")
    sync_once(store=fresh, peer=LocalPeer(server, node="d3"), pull_personal=True)
    assert reveal(**_reveal(fresh, key, "W-000001")) == {"name": "Amal"}
    assert fresh.snapshot() == server.snapshot()
    fresh.close()
