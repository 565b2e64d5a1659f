"""A real full disk under the PostgreSQL server: its ledger on a tablespace on a small tmpfs.

The server store is created with ``default_tablespace`` set in its connection URL (a standard
libpq option, also what an operator would use to put the ledger on a given disk), so every table
and index of its schema lives on a tmpfs mounted for the test. The tmpfs is shrunk to just above
what the store uses, a node pushes until PostgreSQL fails with a real ENOSPC ("could not extend
file ...: No space left on device"), then the tmpfs is grown and the sync resumes.

Needs root (mount) and PostgreSQL on this machine. Outside CI it skips with the reason when that is
impossible; with CI=true it fails instead.

Clean-up order matters: PostgreSQL must forget the tablespace's files (drop schema, drop
tablespace, checkpoint) before the tmpfs is unmounted. Unmounting first makes the checkpointer
PANIC on its next fsync and restarts the whole shared server.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import httpx
import pytest

from corridor.demo.desk import desk_drafts
from corridor.storage import open_store
from tests.conftest import IN_CI, PG_URL, postgres_available
from tests.sync.conftest import Server, free_port, run
from tests.sync.test_faults import check, desk_ids, settle

# Alone: while its tmpfs is full the PostgreSQL server fails writes, which tests beside it would
# see as their own failures.
pytestmark = [pytest.mark.postgres, pytest.mark.serial]

TOTAL = 3000  # facts the node pushes
HQ = 300  # facts recorded on the server, pulled by the node
BATCH = 200
HEADROOM = 512 * 1024  # bytes left free on the tmpfs: a few hundred of the 3,000 facts fit
ROOMY = "64m"  # the tmpfs size once space is freed


def unavailable(reason: str) -> NoReturn:
    """Skip locally; in CI a full disk test that cannot run is a failure."""
    if IN_CI:
        pytest.fail(f"CI=true, but the PostgreSQL full-disk test cannot run: it needs {reason}")
    pytest.skip(f"the PostgreSQL full-disk test needs {reason}")


@dataclass
class SmallDisk:
    """A tmpfs holding a PostgreSQL tablespace, and a store URL whose tables go there."""

    path: Path
    tablespace: str
    schema: str
    url: str

    def used(self) -> int:
        stat = os.statvfs(self.path)
        return (stat.f_blocks - stat.f_bfree) * stat.f_frsize

    def resize(self, size: str) -> None:
        subprocess.run(
            ["mount", "-o", f"remount,size={size}", str(self.path)],
            check=True,
            capture_output=True,
        )


def _sh(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=60)


@pytest.fixture
def small_disk() -> Iterator[SmallDisk]:
    if not postgres_available():
        unavailable("PostgreSQL (set CORRIDOR_TEST_POSTGRES_URL)")
    if shutil.which("mount") is None or os.geteuid() != 0:
        unavailable("root and mount(8) to mount a tmpfs")
    try:
        owner = pwd.getpwnam("postgres")
    except KeyError:
        unavailable("a local 'postgres' user to own the tablespace directory")
    import psycopg

    path = Path(tempfile.mkdtemp(prefix="corridor-pgfull-"))
    mounted = _sh("mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(path))
    if mounted.returncode != 0:
        path.rmdir()
        unavailable(f"mount -t tmpfs to work; it said: {mounted.stderr.strip()}")
    tag = uuid.uuid4().hex[:10]
    disk = SmallDisk(path, f"corridor_full_{tag}", f"sync_full_{tag}", "")
    created = False
    try:
        os.chown(path, owner.pw_uid, owner.pw_gid)
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            try:
                conn.execute(f"CREATE TABLESPACE {disk.tablespace} LOCATION '{path}'")
            except psycopg.Error as exc:
                unavailable(
                    "PostgreSQL on this machine and a superuser URL, to create a tablespace "
                    f"on the tmpfs; it said: {exc}"
                )
            created = True
            conn.execute(f'CREATE SCHEMA "{disk.schema}"')
        sep = "&" if "?" in PG_URL else "?"
        disk.url = (
            f"{PG_URL}{sep}options=-csearch_path%3D{disk.schema}"
            f"%20-cdefault_tablespace%3D{disk.tablespace}"
        )
        yield disk
    finally:
        _clean_up(disk, created)


def _clean_up(disk: SmallDisk, created: bool) -> None:
    """Drop schema and tablespace, checkpoint, then unmount; never unmount what PG still uses."""
    import psycopg

    if created:
        disk.resize(ROOMY)  # dropping and checkpointing must not fail for want of space
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{disk.schema}" CASCADE')
            conn.execute(f"DROP TABLESPACE {disk.tablespace}")
            # Any fsync the checkpointer still owes for files there is done or forgotten now.
            conn.execute("CHECKPOINT")
    unmounted = _sh("umount", str(disk.path))
    if unmounted.returncode != 0:
        raise AssertionError(f"umount {disk.path} failed: {unmounted.stderr.strip()}")
    disk.path.rmdir()


def _tables_outside(disk: SmallDisk) -> list[str]:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_tablespace t ON t.oid = c.reltablespace "
            "WHERE n.nspname = %s AND c.relkind IN ('r', 'i') "
            "AND t.spcname IS DISTINCT FROM %s",
            (disk.schema, disk.tablespace),
        ).fetchall()
    return [r[0] for r in rows]


def _sync(node_db: Path, server: Server, token: Path) -> subprocess.CompletedProcess[str]:
    return run(
        "--db",
        str(node_db),
        "sync",
        "--peer",
        server.url,
        "--token-file",
        str(token),
        "--batch",
        str(BATCH),
        check=False,
    )


def test_full_disk_on_the_postgresql_server(small_disk: SmallDisk, tmp_path: Path) -> None:
    url = small_disk.url
    run("--db", url, "init", "--device", "server")
    run("--db", url, "operation", "drill", "Sync drill")
    token = tmp_path / "desk1.token"
    token.write_text(run("--db", url, "node", "add", "desk1").stdout.strip())
    assert _tables_outside(small_disk) == []  # the whole ledger lives on the small disk
    hq = open_store(url, device="server")
    hq.record(desk_drafts("hq", 0, HQ))
    hq.close()
    node_db = tmp_path / "node.db"
    node = open_store(f"sqlite:///{node_db}", device="desk1")
    for first in range(0, TOTAL, 500):
        node.record(desk_drafts("desk1", first, 500))
    node.close()

    small_disk.resize(str(small_disk.used() + HEADROOM))
    server = Server(url, free_port())
    server.start()
    try:
        # 1. The node pushes until PostgreSQL runs out of space; it says so and keeps its facts.
        failed = _sync(node_db, server, token)
        assert failed.returncode != 0, failed.stdout
        assert "disk is full" in failed.stderr and "No space left on device" in failed.stderr
        assert "Traceback" not in failed.stderr + failed.stdout
        node = open_store(f"sqlite:///{node_db}")
        state = node.sync_peer(server.url)
        acked = int(state["pushed"])
        assert 0 < acked < TOTAL, acked  # some batches were acknowledged before the disk filled
        assert acked % BATCH == 0
        assert "disk is full" in str(state["last_error"])
        assert check(node, desk_ids("desk1", TOTAL)) == (0, 0)  # the node keeps every fact

        # 2. Straight over HTTP, the next batch gets a clear 503, not a 500 with a stack trace.
        with closing(open_store(url)) as held:  # /healthz shows the position to accounts only
            before = held.position()
        batch = [f.as_dict() for _, f in node.read(acked, limit=BATCH)]
        reply = httpx.post(
            server.url + "/sync/v1/push",
            json={"protocol": 1, "facts": batch, "personal": {}},
            headers={"Authorization": f"Bearer {token.read_text().strip()}"},
            timeout=60,
        )
        assert reply.status_code == 503, reply.text
        assert "disk is full" in reply.json()["error"]
        assert "Traceback" not in reply.text
        assert "Traceback" not in server.log.read_text()

        # 3. Nothing partial: the server holds exactly the acknowledged batches.
        with closing(open_store(url)) as held:
            mine = [f.id for _, f in held.read(0, limit=10_000) if f.device == "desk1"]
            assert held.position() == before
        assert sorted(mine) == sorted(f.id for _, f in node.read(0, limit=acked))

        # 4. Space is freed. The server as the fault left it is sound: chains verify and derived
        # state equals a rebuild (checked only now, as the rebuild itself needs room to write).
        small_disk.resize(ROOMY)
        server_acked = desk_ids("desk1", acked) | desk_ids("hq", HQ)
        assert _check_server(url, server_acked) == (0, 0)

        # 5. The same sync, run again, resumes and completes.
        done = _sync(node_db, server, token)
        assert done.returncode == 0, done.stderr
    finally:
        server.kill()
    ids = desk_ids("desk1", TOTAL) | desk_ids("hq", HQ)
    settle("full disk on the server (PostgreSQL, tmpfs)", node, url, ids, faults=2)


def _check_server(url: str, acked: set[str]) -> tuple[int, int]:
    """Lost and duplicated facts on the server alone (the node does not hold them all yet)."""
    with closing(open_store(url)) as server:
        return check(server, acked)
