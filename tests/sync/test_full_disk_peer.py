"""A full disk on the receiving side: a peer node served over real HTTP (uvicorn) on SQLite."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from corridor.demo.desk import desk_drafts
from corridor.errors import SyncError
from corridor.services import nodes
from corridor.services.sync import sync_once
from corridor.storage import SqlStore, open_store
from corridor.web.sync_api import make_sync_app, thread_stores
from corridor.web.sync_client import HttpPeer
from tests.sync.conftest import free_port, record_figures
from tests.sync.test_faults import check


class FullDiskPeer:
    """A peer whose every connection is held to a page limit until ``free`` is called."""

    def __init__(self, path: Path, pages: int) -> None:
        self.path = path
        self.pages = pages
        self.opened: list[SqlStore] = []

    def open(self) -> SqlStore:
        store = open_store(f"sqlite:///{self.path}")
        store._conn.execute(f"PRAGMA max_page_count={self.pages}")  # type: ignore[attr-defined]
        self.opened.append(store)
        return store

    def free(self) -> None:
        self.pages = 1_073_741_823
        for store in self.opened:
            store._conn.execute(f"PRAGMA max_page_count={self.pages}")  # type: ignore[attr-defined]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, FullDiskPeer]]:
    path = tmp_path / "peer.db"
    setup = open_store(f"sqlite:///{path}", device="peer")
    token = nodes.add_node(store=setup, name="desk1")
    pages = setup._conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
    setup.close()
    peer = FullDiskPeer(path, pages + 120)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(make_sync_app(thread_stores(peer.open)), port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", token, peer
    server.should_exit = True
    thread.join(timeout=10)
    for store in peer.opened:
        store.close()


def test_full_disk_on_the_receiving_peer(
    served: tuple[str, str, FullDiskPeer], tmp_path: Path
) -> None:
    url, token, disk = served
    node = open_store(f"sqlite:///{tmp_path / 'node.db'}", device="desk1")
    node.record(desk_drafts("desk1", 0, 3000))
    peer = HttpPeer(url, token)
    with pytest.raises(SyncError, match="full"):
        sync_once(store=node, peer=peer, batch=200)
    acked = int(node.sync_peer(peer.name)["pushed"])
    assert 0 < acked < 3000  # some batches went through before the disk filled
    receiving = open_store(f"sqlite:///{disk.path}")
    held = {f.id for _, f in receiving.read(0, limit=10_000)}
    assert {f.id for _, f in node.read(0, limit=acked)} <= held  # every acknowledged fact
    assert check(receiving, set()) == (0, 0)
    disk.free()
    sync_once(store=node, peer=peer)
    peer.close()
    every = {f"desk1-{i:07d}" for i in range(3000)}
    lost, dups = check(receiving, every)
    lost_node, dups_node = check(node, every)
    assert (lost + lost_node, dups + dups_node) == (0, 0)
    assert node.snapshot() == receiving.snapshot()
    receiving.close()
    node.close()
    record_figures(
        "full disk on the receiving peer (SQLITE_FULL)",
        faults=1,
        facts=3000,
        lost=lost + lost_node,
        duplicates=dups + dups_node,
    )
