"""An adversary against the ledger, with real processes: each attack is detected and asserted.

- a forged fact under another device's id (pushed with a valid node token): refused by the
  server, and the refusal is in its audit log;
- a rewritten fact (hashes and chain redone by an insider with database access): `corridor
  verify` reports the broken signature, and the observer's consistency check fails;
- the newest fact deleted, its device head set back and derived state rebuilt: `corridor
  verify` says OK, and `corridor observe` with a checkpoint taken before catches it;
- a truncated log (an old backup restored): the observer reports the log shrank;
- a split view (two observers shown different logs under the same key): caught when the
  observers compare their checkpoint directories.

The server is `corridor serve` on PostgreSQL (the split view uses two on SQLite); the nodes,
the checkpoints and the observers are `corridor` processes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from corridor.domain.events import Draft, Fact
from corridor.domain.ledger import Head, hash_of, seal
from corridor.domain.signing import Signer
from corridor.storage import open_store
from tests.factories import draft
from tests.sync.conftest import (
    CORRIDOR,
    ROOT,
    Server,
    drop_schema,
    free_port,
    new_schema,
    run,
    schema_url,
)

pytestmark = pytest.mark.postgres


def _key(db: str | Path) -> str:
    return str(json.loads(run("--db", str(db), "key", "show").stdout)["public_key"])


def _observe(directory: Path, source: str, *extra: str) -> tuple[int, str]:
    done = run("observe", str(directory), "--from", source, *extra, check=False)
    return done.returncode, done.stdout + done.stderr


def _as_server(key: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the CLI on the PostgreSQL server's store, with its device key file."""
    env = {**os.environ, "CORRIDOR_DEVICE_KEY_FILE": str(key)}
    done = subprocess.run(
        [CORRIDOR, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )
    if check and done.returncode != 0:
        raise AssertionError(f"corridor {' '.join(args)} failed: {done.stderr}{done.stdout}")
    return done


@pytest.fixture(scope="module")
def signed_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """Built once per module: a PostgreSQL schema with the server's key, node desk1 bound to
    its key and synced, tokens for desk1 and desk2. Each test gets its own copy of it."""
    home = tmp_path_factory.mktemp("signed-world")
    schema = new_schema()
    db = schema_url(schema)
    key = home / "server.key"
    _as_server(key, "--db", db, "init", "--device", "server")
    _as_server(key, "--db", db, "operation", "drill", "Adversary drill")
    desk = home / "desk1.db"
    run("--db", str(desk), "init", "--device", "desk1")
    for name, bind in (("desk1", ["--public-key", _key(desk)]), ("desk2", [])):
        token = _as_server(key, "--db", db, "node", "add", name, *bind).stdout
        (home / f"{name}.token").write_text(token.strip().splitlines()[0])
    srv = Server(db, free_port(), extra=["--checkpoint-interval", "0"])
    try:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("CORRIDOR_DEVICE_KEY_FILE", str(key))
            srv.start()
        for n in range(3):
            run(
                "--db", str(desk), "--op", "drill", "site", f"s{n}", f"Site {n}", "--kind", "pickup"
            )
        token_file = str(home / "desk1.token")
        run("--db", str(desk), "sync", "--peer", srv.url, "--token-file", token_file)
    finally:
        if srv.proc is not None:
            srv.kill()
    try:
        yield schema, home
    finally:
        drop_schema(schema)


@pytest.fixture
def signed_server(
    signed_world: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Server, Path]]:
    """A PostgreSQL server on a fresh copy of the signed world, with its key and the tokens."""
    template, home = signed_world
    for name in ("server.key", "desk1.token", "desk2.token"):
        shutil.copy(home / name, tmp_path / name)
    key = tmp_path / "server.key"
    schema = new_schema(source=template)
    srv = Server(schema_url(schema), free_port(), extra=["--checkpoint-interval", "0"])
    try:
        with monkeypatch.context() as env:
            env.setenv("CORRIDOR_DEVICE_KEY_FILE", str(key))
            srv.start()
        yield srv, key
    finally:
        if srv.proc is not None:
            srv.kill()
        drop_schema(schema)


def _server_facts(db: str, device: str) -> list[Fact]:
    store = open_store(db)
    try:
        mine = [f for _, f in store.read(0, 100_000) if f.device == device]
        return sorted(mine, key=lambda f: f.seq)
    finally:
        store.close()


def _push(server: Server, token: str, facts: list[Fact]) -> httpx.Response:
    body = {"protocol": 1, "facts": [f.as_dict() for f in facts], "personal": {}}
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.post(server.url + "/sync/v1/push", json=body, headers=headers, timeout=30)


def test_a_forged_fact_under_another_devices_id_is_refused_and_audited(
    signed_server: tuple[Server, Path], tmp_path: Path
) -> None:
    server, _ = signed_server
    desk1 = _server_facts(server.db, "desk1")
    head = Head(desk1[-1].seq, desk1[-1].hash)
    token = (tmp_path / "desk2.token").read_text()
    before = run("--db", server.db, "facts").stdout
    for label, sign in (("another key", Signer.generate().sign_fact), ("unsigned", None)):
        forged = seal(
            [draft("site.defined", {"site_id": "forged", "name": label, "kind": "pickup"})],
            device="desk1",
            head=head,
            recorded_at="2016-12-16T00:00:00Z",
            sign=sign,
        )
        r = _push(server, token, forged)
        assert r.status_code == 409 and "desk1" in r.json()["error"], (label, r.text)
    # Nor may desk2 register a key of its own choosing for desk1.
    mallory = Signer.generate()
    grab = Draft(
        id="grab-key",
        type="device.key_registered",
        op="devices",
        actor="mallory",
        occurred_at="2016-12-16T00:00:00Z",
        payload={"device": "desk1", "public_key": mallory.public_key, "from_seq": 1},
    )
    sealed = seal(
        [grab], device="desk2", head=Head(), recorded_at="2016-12-16T00:00:00Z", sign=None
    )
    r = _push(server, token, sealed)
    assert r.status_code == 409 and "may not register" in r.json()["error"], r.text
    assert run("--db", server.db, "facts").stdout == before  # nothing of any batch was stored
    log = json.loads(run("--db", server.db, "access-log").stdout)
    refused = [e for e in log if e["action"] == "refused"]
    assert len(refused) == 3 and all(e["actor"] == "sync:desk2" for e in refused)
    assert "OK" in run("--db", server.db, "verify").stdout


def test_a_rewritten_fact_is_caught_by_verify_and_by_the_observer(
    signed_server: tuple[Server, Path], tmp_path: Path
) -> None:
    import psycopg

    server, key = signed_server
    db = server.db
    observer = tmp_path / "observer"
    _as_server(key, "--db", db, "checkpoint")
    code, out = _observe(observer, server.url)
    assert code == 0, out
    # The insider edits desk1's first site and redoes every hash of desk1's chain and its head.
    facts = _server_facts(db, "desk1")
    prev = facts[0].prev_hash
    with psycopg.connect(db) as conn:
        for fact in facts:
            payload = fact.payload_json.replace("Site 0", "Site ZERO")
            digest = hash_of(replace(fact, payload_json=payload, prev_hash=prev))
            conn.execute(
                "UPDATE ledger SET payload = %s, prev_hash = %s, hash = %s WHERE id = %s",
                (payload, prev, digest, fact.id),
            )
            prev = digest
        conn.execute("UPDATE devices SET hash = %s WHERE device = 'desk1'", (prev,))
        conn.execute("DELETE FROM checkpoints")  # and hides the checkpoint it signed
    run("--db", db, "rebuild")
    verified = run("--db", db, "verify", check=False)
    assert verified.returncode == 1
    assert "not signed by device desk1's key" in verified.stderr
    _as_server(key, "--db", db, "site", "more", "More", "--kind", "pickup")
    _as_server(key, "--db", db, "checkpoint")
    code, out = _observe(observer, server.url)
    assert code == 1 and "NOT CONSISTENT" in out, out
    assert list((observer / "evidence").glob("*.json"))


def test_deleting_the_newest_fact_passes_verify_but_not_the_observer(
    signed_server: tuple[Server, Path], tmp_path: Path
) -> None:
    """The issue's insider: delete the newest fact, set the head back, rebuild."""
    import psycopg

    server, key = signed_server
    db = server.db
    _as_server(key, "--db", db, "site", "late", "Late site", "--kind", "pickup")
    _as_server(key, "--db", db, "checkpoint")
    observer = tmp_path / "observer"
    code, out = _observe(observer, server.url)
    assert code == 0 and "pinned the server key" in out, out
    newest = _server_facts(db, "server")
    with psycopg.connect(db) as conn:
        conn.execute("DELETE FROM ledger WHERE id = %s", (newest[-1].id,))
        conn.execute(
            "UPDATE devices SET seq = %s, hash = %s WHERE device = 'server'",
            (newest[-2].seq, newest[-2].hash),
        )
        conn.execute("DELETE FROM checkpoints")
    run("--db", db, "rebuild")
    verified = run("--db", db, "verify")
    assert verified.returncode == 0 and "OK" in verified.stdout  # the gap this issue closes
    _as_server(key, "--db", db, "site", "other", "Another site", "--kind", "pickup")
    _as_server(key, "--db", db, "checkpoint")  # the same size as the one observed
    code, out = _observe(observer, server.url)
    assert code == 1 and "FORK" in out, out
    evidence = json.loads(next((observer / "evidence").glob("*.json")).read_text())
    assert evidence["earlier"]["root_hash"] != evidence["now"]["root_hash"]
    assert evidence["earlier"]["tree_size"] == evidence["now"]["tree_size"]


def test_a_truncated_log_is_reported_by_the_observer(
    signed_server: tuple[Server, Path], tmp_path: Path
) -> None:
    import psycopg

    server, key = signed_server
    db = server.db
    observer = tmp_path / "observer"
    _as_server(key, "--db", db, "checkpoint")
    assert _observe(observer, server.url)[0] == 0
    keep = 3  # "restore a backup": keep only the first facts, heads set back to match
    with psycopg.connect(db) as conn:
        conn.execute("DELETE FROM ledger WHERE pos > %s", (keep,))
        conn.execute("DELETE FROM devices")
        conn.execute(
            "INSERT INTO devices (device, seq, hash) SELECT DISTINCT ON (device) device, seq, "
            "hash FROM ledger ORDER BY device, seq DESC"
        )
        conn.execute("DELETE FROM checkpoints")
        conn.execute("DELETE FROM merkle_chunks")
    run("--db", db, "rebuild")
    assert run("--db", db, "verify").returncode == 0
    _as_server(key, "--db", db, "checkpoint")
    code, out = _observe(observer, server.url)
    assert code == 1 and "TRUNCATED" in out, out


def test_a_split_view_is_caught_when_observers_compare(tmp_path: Path) -> None:
    """Two servers under one key show two observers different logs after a common start."""
    first = tmp_path / "a.db"
    run("--db", str(first), "init", "--device", "server")
    run("--db", str(first), "operation", "drill", "Split view")
    second = tmp_path / "b.db"
    shutil.copy(first, second)
    shutil.copy(str(first) + ".key", str(second) + ".key")
    for db, name in ((first, "north"), (second, "south")):
        run("--db", str(db), "site", name, name.title(), "--kind", "pickup")
        run("--db", str(db), "checkpoint")
    servers = [
        Server(str(db), free_port(), extra=["--checkpoint-interval", "0"]) for db in (first, second)
    ]
    for server in servers:
        server.start()
    try:
        one, two = tmp_path / "observer1", tmp_path / "observer2"
        assert _observe(one, servers[0].url)[0] == 0
        assert _observe(two, servers[1].url)[0] == 0  # each view alone looks sound
        for src in (one / "checkpoints").glob("*.json"):  # the observers compare notes
            shutil.copy(src, two / "checkpoints" / src.name)
        code, out = _observe(two, servers[1].url)
        assert code == 1 and "FORK" in out, out
        evidence = json.loads(next((two / "evidence").glob("*.json")).read_text())
        seen_by_one = json.loads(next((one / "checkpoints").glob("*.json")).read_text())
        shown_to_two = httpx.get(servers[1].url + "/transparency/v1/checkpoint").json()
        assert {evidence["earlier"]["signature"], evidence["now"]["signature"]} == {
            seen_by_one["checkpoint"]["signature"],
            shown_to_two["checkpoint"]["signature"],
        }
    finally:
        for server in servers:
            server.kill()
