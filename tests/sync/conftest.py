"""Real processes for the fault tests: a `corridor serve` on PostgreSQL, SQLite nodes, figures."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.conftest import PG_URL, postgres_available

ROOT = Path(__file__).resolve().parents[2]
CORRIDOR = str(Path(sys.executable).with_name("corridor"))
FIGURES: dict[str, dict[str, int]] = {}


def record_figures(name: str, **counts: int) -> None:
    """Add a fault test's figures to the session's table."""
    row = FIGURES.setdefault(name, {})
    for key, value in counts.items():
        row[key] = row.get(key, 0) + value


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    out = ROOT / "test-artifacts"
    out.mkdir(exist_ok=True)
    (out / "sync-faults.json").write_text(json.dumps(FIGURES, indent=2, sort_keys=True))
    cols = ("faults", "facts", "lost", "duplicates")
    terminalreporter.write_sep("-", "sync fault figures")
    terminalreporter.write_line(f"{'test':44} " + " ".join(f"{c:>10}" for c in cols))
    totals = dict.fromkeys(cols, 0)
    for name, row in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{name:44} " + " ".join(f"{row.get(c, 0):>10}" for c in cols))
        for c in cols:
            totals[c] += row.get(c, 0)
    terminalreporter.write_line(f"{'total':44} " + " ".join(f"{totals[c]:>10}" for c in cols))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(*args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the corridor CLI to completion."""
    done = subprocess.run(
        [CORRIDOR, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    if check and done.returncode != 0:
        raise AssertionError(f"corridor {' '.join(args)} failed: {done.stderr}{done.stdout}")
    return done


def start(*args: str) -> subprocess.Popen[str]:
    """Start the corridor CLI in the background."""
    return subprocess.Popen(
        [CORRIDOR, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def kill(proc: subprocess.Popen[str]) -> None:
    """kill -9, then reap (closing its pipes)."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)


def finish(proc: subprocess.Popen[str], timeout: float = 120) -> tuple[int, str]:
    """Wait for a background command; return its exit code and error output."""
    _, err = proc.communicate(timeout=timeout)
    return proc.returncode, err


@dataclass
class Server:
    """A `corridor serve` process on a PostgreSQL schema; restartable after kill -9."""

    db: str
    port: int
    proc: subprocess.Popen[str] | None = None
    starts: int = 0
    extra: list[str] = field(default_factory=list)
    log: Path = Path("/dev/null")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        # Output goes to a file, not a pipe nobody reads (a full pipe would block the server).
        self.log = Path(tempfile.mkstemp(prefix="corridor-serve-", suffix=".log")[1])
        with self.log.open("a") as log:
            self.proc = subprocess.Popen(
                [CORRIDOR, "--db", self.db, "serve", "--port", str(self.port), *self.extra],
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                text=True,
            )
        self.starts += 1
        deadline = time.monotonic() + 90  # returns as soon as it answers; CI machines are slow
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited: {self.log.read_text()}")
        raise AssertionError("server did not start")

    def kill(self) -> str:
        """kill -9; return what it printed."""
        assert self.proc is not None
        kill(self.proc)
        text = self.log.read_text()
        self.log.unlink()
        return text


def schema_url(schema: str) -> str:
    """The test server's URL with its search_path set to one schema."""
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


def new_schema(source: str | None = None) -> str:
    """Create a fresh schema (a copy of every table of `source`, if given) and return its name.

    The corridor schema is plain tables (no sequences, triggers, views or foreign keys), so
    `LIKE ... INCLUDING ALL` plus a row copy is a faithful copy; the check below fails loudly
    if a migration ever adds something this does not copy.
    """
    if not postgres_available():
        pytest.skip("PostgreSQL not available (set CORRIDOR_TEST_POSTGRES_URL)")
    import psycopg

    schema = f"sync_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
        if source is None:
            return schema
        others = conn.execute(
            "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind NOT IN ('r', 'i')",
            (source,),
        ).fetchall()
        assert not others, f"schema copy does not handle {others}"
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s", (source,)
        ).fetchall()
        with conn.transaction():
            for (table,) in tables:
                src, dst = f'"{source}"."{table}"', f'"{schema}"."{table}"'
                conn.execute(f"CREATE TABLE {dst} (LIKE {src} INCLUDING ALL)")
                conn.execute(f"INSERT INTO {dst} SELECT * FROM {src}")
    return schema


def drop_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def pg_db() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema (dropped afterwards)."""
    schema = new_schema()
    yield schema_url(schema)
    drop_schema(schema)


@pytest.fixture(scope="module")
def server_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """Built once per module: a schema with an operation defined and nodes desk1 and desk2."""
    home = tmp_path_factory.mktemp("server-world")
    schema = new_schema()
    db = schema_url(schema)
    run("--db", db, "init", "--device", "server")
    run("--db", db, "operation", "drill", "Sync drill")
    for name in ("desk1", "desk2"):
        token = run("--db", db, "node", "add", name).stdout.strip()
        (home / f"{name}.token").write_text(token)
    try:
        yield schema, home
    finally:
        drop_schema(schema)


@pytest.fixture
def server(server_world: tuple[str, Path], tmp_path: Path) -> Iterator[Server]:
    """A running server on a fresh copy of the world, and token files for desk1 and desk2."""
    template, home = server_world
    for name in ("desk1", "desk2"):
        shutil.copy(home / f"{name}.token", tmp_path / f"{name}.token")
    schema = new_schema(source=template)
    srv = Server(schema_url(schema), free_port())
    try:
        srv.start()
        yield srv
    finally:
        if srv.proc is not None and srv.proc.poll() is None:
            srv.kill()
        drop_schema(schema)
