"""Faults with real processes: kill -9, cut connections, a full disk, corrupted requests.

After each fault the invariants are checked: every acknowledged fact is present exactly once on
both sides, every hash chain verifies, and derived state equals a rebuild from the log. Each test
adds its figures (faults injected, facts acknowledged, lost, duplicates) to the session table
printed at the end and written to test-artifacts/sync-faults.json.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from corridor.demo.desk import desk_draft, desk_drafts
from corridor.errors import StorageError, SyncError
from corridor.services.sync import sync_once
from corridor.storage import SqlStore, open_store
from corridor.web.sync_client import HttpPeer
from tests.sync.conftest import ROOT, Server, finish, kill, record_figures, run, start
from tests.sync.proxy import Proxy

pytestmark = pytest.mark.postgres


def desk_ids(desk: str, count: int) -> set[str]:
    return {f"{desk}-{i:07d}" for i in range(count)}


def check(store: SqlStore, acked: set[str]) -> tuple[int, int]:
    """Lost and duplicated acknowledged facts; the chains and derived state must be sound."""
    rows = [f for _, f in _read_all(store)]
    held = [f.id for f in rows]
    duplicates = len(held) - len(set(held))
    # A fact recorded again under a new id would show as a second (desk, index) content.
    contents = [(f.type, f.op, f.occurred_at, f.payload_json, f.actor) for f in rows]
    duplicates += len(contents) - len(set(contents))
    report = store.verify()
    assert report.ok, report.problems
    assert store.derived_matches_log()
    return len(acked - set(held)), duplicates


def _read_all(store: SqlStore) -> list[tuple[int, object]]:
    out: list = []
    while batch := store.read(out[-1][0] if out else 0, limit=5000):
        out.extend(batch)
    return out


def check_both(node: SqlStore, server_db: str, acked: set[str]) -> tuple[int, int]:
    server = open_store(server_db)
    try:
        lost_node, dup_node = check(node, acked)
        lost_server, dup_server = check(server, acked)
        assert {f.id for _, f in _read_all(node)} == {f.id for _, f in _read_all(server)}
        assert node.snapshot() == server.snapshot()
    finally:
        server.close()
    return lost_node + lost_server, dup_node + dup_server


def settle(name: str, node: SqlStore, server_db: str, acked: set[str], *, faults: int) -> None:
    """Check every acknowledged fact is on both sides once, close the node, record the figures."""
    lost, dups = check_both(node, server_db, acked)
    node.close()
    assert (lost, dups) == (0, 0)
    record_figures(name, faults=faults, facts=len(acked), lost=lost, duplicates=dups)


def sync_cli(node_db: Path, server: Server, tmp_path: Path, *extra: str) -> None:
    run(
        "--db",
        str(node_db),
        "sync",
        "--peer",
        server.url,
        "--token-file",
        str(tmp_path / "desk1.token"),
        *extra,
    )


class Writer:
    """`python -m tests.sync.writer` in the background, remembering its last acknowledgement."""

    def __init__(self, url: str, desk: str, start_at: int, count: int, batch: int) -> None:
        self.acked = start_at
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.writer",
                url,
                desk,
                str(start_at),
                str(count),
                str(batch),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("ack "):
                self.acked = int(line.split()[1])

    def wait_for(self, acked: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while self.acked < acked and self.proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)

    def kill(self) -> int:
        os.kill(self.proc.pid, signal.SIGKILL)
        return self._reap()

    def finish(self) -> int:
        assert self.proc.wait(timeout=120) == 0
        return self._reap()

    def _reap(self) -> int:
        self.proc.wait(timeout=30)
        self._reader.join(timeout=10)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self.proc.stdout.close()
        self.proc.stderr.close()
        return self.acked


def write_with_kills(url: str, desk: str, total: int, kills: int, seed: int) -> int:
    """Write ``total`` facts, killing the writer ``kills`` times mid-write; return acked."""
    rng = random.Random(seed)
    acked = 0
    for _ in range(kills):
        writer = Writer(url, desk, acked, total - acked, 10)
        writer.wait_for(acked + rng.randint(20, 200))
        acked = writer.kill()
    return Writer(url, desk, acked, total - acked, 50).finish()


def test_node_and_server_store_killed_while_writing(server: Server, tmp_path: Path) -> None:
    node_db = tmp_path / "node.db"
    run("--db", str(node_db), "init", "--device", "desk1")
    node_acked = write_with_kills(f"sqlite:///{node_db}", "desk1", 1200, kills=4, seed=1)
    hq_acked = write_with_kills(server.db, "hq", 800, kills=4, seed=2)
    sync_cli(node_db, server, tmp_path)
    acked = desk_ids("desk1", node_acked) | desk_ids("hq", hq_acked)
    node = open_store(f"sqlite:///{node_db}")
    settle("kill -9 writer (node, server store)", node, server.db, acked, faults=8)


def _node_with_facts(tmp_path: Path, count: int) -> tuple[Path, SqlStore]:
    node_db = tmp_path / "node.db"
    node = open_store(f"sqlite:///{node_db}", device="desk1")
    for first in range(0, count, 500):
        node.record(desk_drafts("desk1", first, min(500, count - first)))
    return node_db, node


def _server_position(server: Server) -> int:
    import psycopg

    with psycopg.connect(server.db, autocommit=True) as conn:
        row = conn.execute("SELECT COALESCE(MAX(pos), 0) FROM ledger").fetchone()
    return int(row[0]) if row else 0


def _node_position(node_db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(node_db, timeout=30)
    try:
        return int(conn.execute("SELECT COALESCE(MAX(pos), 0) FROM ledger").fetchone()[0])
    finally:
        conn.close()


def _kill_sync_when(node_db: Path, tmp_path: Path, server: Server, reached: object) -> None:
    """Start `corridor sync`; kill -9 it once ``reached()`` is true, while it still runs."""
    sync = start(
        "--db",
        str(node_db),
        "sync",
        "--peer",
        server.url,
        "--batch",
        "100",
        "--token-file",
        str(tmp_path / "desk1.token"),
    )
    deadline = time.monotonic() + 60
    while not reached() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.02)
    assert sync.poll() is None, "the sync finished before it could be killed"
    kill(sync)


def test_server_killed_during_sync(server: Server, tmp_path: Path) -> None:
    node_db, node = _node_with_facts(tmp_path, 3000)
    hq = open_store(server.db, device="server")
    hq.record(desk_drafts("hq", 0, 1000))
    hq.close()
    faults = 0
    for target in (1300, 1900, 2500):  # the server holds 1001 of its own to begin with
        sync = start(
            "--db",
            str(node_db),
            "sync",
            "--peer",
            server.url,
            "--batch",
            "100",
            "--token-file",
            str(tmp_path / "desk1.token"),
        )
        deadline = time.monotonic() + 60
        while _server_position(server) < target + 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sync.poll() is None, "the sync finished before the server was killed"
        server.kill()
        faults += 1
        assert finish(sync)[0] != 0  # the sync saw the server die and said so
        server.start()
    sync_cli(node_db, server, tmp_path)
    acked = desk_ids("desk1", 3000) | desk_ids("hq", 1000)
    settle("kill -9 server during sync", node, server.db, acked, faults=faults)


def test_node_killed_during_sync(server: Server, tmp_path: Path) -> None:
    node_db, node = _node_with_facts(tmp_path, 3000)
    hq = open_store(server.db, device="server")
    hq.record(desk_drafts("hq", 0, 3000))
    hq.close()
    # Twice while pushing (the server holds 3001 of its own), twice while pulling (the node
    # holds 3000 of its own).
    for target in (3600, 4800):
        _kill_sync_when(node_db, tmp_path, server, lambda t=target: _server_position(server) > t)
    for target in (3600, 4800):
        _kill_sync_when(node_db, tmp_path, server, lambda t=target: _node_position(node_db) > t)
    sync_cli(node_db, server, tmp_path)
    acked = desk_ids("desk1", 3000) | desk_ids("hq", 3000)
    settle("kill -9 node during sync", node, server.db, acked, faults=4)


def test_connection_cut_mid_transfer(server: Server, tmp_path: Path) -> None:
    node_db, node = _node_with_facts(tmp_path, 2000)
    hq = open_store(server.db, device="server")
    hq.record(desk_drafts("hq", 0, 2000))
    hq.close()
    proxy = Proxy(server.port)
    peer = HttpPeer(f"http://127.0.0.1:{proxy.port}", (tmp_path / "desk1.token").read_text())
    faults = 0
    # Cut a push body half-way, a push's reply after the server committed it, and a pull reply
    # half-way; then cut everything while a round runs on another thread.
    hq = open_store(server.db, device="server")
    cuts = ((30_000, None), (None, 150), (None, 20_000), (90_000, None))
    for k, (up, down) in enumerate(cuts):
        # Both desks keep writing, so every round has something to push and to pull.
        node.record(desk_drafts("desk1", 2000 + 300 * k, 300))
        hq.record(desk_drafts("hq", 2000 + 300 * k, 300))
        proxy.cut_up, proxy.cut_down = up, down
        with pytest.raises(SyncError):
            sync_once(store=node, peer=peer, batch=200)
        faults += 1
        proxy.restore()
        peer.close()
        peer = HttpPeer(f"http://127.0.0.1:{proxy.port}", (tmp_path / "desk1.token").read_text())
    hq.close()
    failures: list[Exception] = []

    def round_() -> None:
        try:
            sync_once(store=node, peer=peer, batch=50)
        except SyncError as exc:
            failures.append(exc)

    worker = threading.Thread(target=round_)
    worker.start()
    time.sleep(0.3)
    proxy.cut()
    worker.join(timeout=120)
    faults += len(failures)
    proxy.restore()
    sync_once(store=node, peer=peer)
    peer.close()
    proxy.close()
    acked = desk_ids("desk1", 3200) | desk_ids("hq", 3200)
    settle("connection cut mid-transfer (proxy)", node, server.db, acked, faults=faults)


def test_full_disk_on_the_node(server: Server, tmp_path: Path) -> None:
    hq = open_store(server.db, device="server")
    hq.record(desk_drafts("hq", 0, 3000))
    hq.close()
    node = open_store(f"sqlite:///{tmp_path / 'node.db'}", device="desk1")
    node.record(desk_drafts("desk1", 0, 200))
    # SQLite's page limit gives a real SQLITE_FULL ("database or disk is full") on this
    # connection, exactly as a full disk would, without needing a small filesystem.
    pages = node._conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
    node._conn.execute(f"PRAGMA max_page_count={pages + 40}")  # type: ignore[attr-defined]
    peer = HttpPeer(server.url, (tmp_path / "desk1.token").read_text())
    faults = 0
    with pytest.raises(StorageError, match="full"):
        sync_once(store=node, peer=peer, batch=200)
    faults += 1
    acked = 200
    with pytest.raises(StorageError, match="full"):
        for i in range(200, 5000, 10):  # the desk keeps writing until the disk refuses
            node.record([desk_draft("desk1", j) for j in range(i, i + 10)])
            acked = i + 10
    faults += 1
    assert node.verify().ok and node.derived_matches_log()
    node._conn.execute("PRAGMA max_page_count=1073741823")  # type: ignore[attr-defined]
    sync_once(store=node, peer=peer)
    peer.close()
    ids = desk_ids("desk1", acked) | desk_ids("hq", 3000)
    settle("full disk on the node (SQLITE_FULL)", node, server.db, ids, faults=faults)


def test_corrupted_and_malicious_requests_change_nothing(server: Server, tmp_path: Path) -> None:
    token = (tmp_path / "desk1.token").read_text()
    auth = {"Authorization": f"Bearer {token}"}
    node = open_store(f"sqlite:///{tmp_path / 'node.db'}", device="desk1")
    node.record(desk_drafts("desk1", 0, 20))
    facts = [f.as_dict() for _, f in node.read(0)]
    good = {"protocol": 1, "facts": facts, "personal": {}}
    text = json.dumps(good)
    tampered = json.loads(text)
    tampered["facts"][5]["payload"]["site_id"] = "elsewhere"
    gap = {**good, "facts": facts[:3] + facts[4:]}
    cases = [
        ("garbage", b"\x00\xff not json", auth, 400),
        ("truncated", text[: len(text) // 2].encode(), auth, 400),
        ("not an object", b"[1, 2, 3]", auth, 400),
        ("other protocol", json.dumps({**good, "protocol": 99}).encode(), auth, 400),
        ("facts not a list", json.dumps({**good, "facts": "x"}).encode(), auth, 400),
        ("bad field", json.dumps({**good, "facts": [{**facts[0], "seq": -1}]}).encode(), auth, 400),
        ("altered content", json.dumps(tampered).encode(), auth, 409),
        ("chain gap", json.dumps(gap).encode(), auth, 409),
        ("stray personal", json.dumps({**good, "personal": {"nope": "QUJD"}}).encode(), auth, 400),
        (
            "sql in an id",
            json.dumps(
                {**good, "facts": [{**facts[0], "id": "x'; DROP TABLE ledger;--"}]}
            ).encode(),
            auth,
            400,
        ),
        ("no token", text.encode(), {}, 401),
        ("wrong token", text.encode(), {"Authorization": "Bearer crd_forged"}, 401),
        ("too large", b"{" + b" " * (33 * 1024 * 1024) + b"}", auth, 413),
    ]
    before = _server_position(server)
    for name, body, headers, expected in cases:
        response = httpx.post(
            server.url + "/sync/v1/push", content=body, headers=headers, timeout=60
        )
        assert response.status_code == expected, (name, response.text)
        assert "error" in response.json()
        assert _server_position(server) == before, name
    for query in ("since=-1", "since=abc", "limit=999999", "exclude=%27%3B"):
        response = httpx.get(server.url + f"/sync/v1/pull?{query}", headers=auth, timeout=30)
        assert response.status_code == 400, query
    # After all that, the real batch still goes through once.
    assert (
        httpx.post(server.url + "/sync/v1/push", content=text, headers=auth).json()["added"] == 20
    )
    assert httpx.post(server.url + "/sync/v1/push", content=text, headers=auth).json()["added"] == 0
    lost, dups = check_both_after_pull(node, server, tmp_path)
    node.close()
    assert (lost, dups) == (0, 0)
    record_figures(
        "corrupted or malicious requests",
        faults=len(cases) + 4,
        facts=20,
        lost=lost,
        duplicates=dups,
    )


def check_both_after_pull(node: SqlStore, server: Server, tmp_path: Path) -> tuple[int, int]:
    peer = HttpPeer(server.url, (tmp_path / "desk1.token").read_text())
    sync_once(store=node, peer=peer)
    peer.close()
    return check_both(node, server.db, desk_ids("desk1", 20))
