"""Sync benchmark (`make bench`): 20 nodes syncing into one PostgreSQL server while desks write,
and the time for a node to catch up after 8 hours offline (about 20,000 facts).

- The server is a real `corridor serve` process (uvicorn) on PostgreSQL, in its own schema.
- Load: 20 node processes, each with its own SQLite ledger. Each desk records facts every
  0.5 s (``--per-write``, default 20) and its node runs a sync round (push, pull, push over
  HTTP) every second, for ``--seconds``. Printed: facts stored by the server per second,
  facts moved per second (pushed + pulled, all nodes), and the time after the desks stop
  until every node holds every fact.
- Catch-up: a node that recorded 20,000 facts offline syncs once; printed: time to push them
  all, and time for a fresh node to pull the whole server ledger.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corridor.demo.desk import desk_drafts  # noqa: E402
from corridor.services.sync import sync_once  # noqa: E402
from corridor.storage import open_store  # noqa: E402
from corridor.web.sync_client import HttpPeer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORRIDOR = str(Path(sys.executable).with_name("corridor"))
PG = os.environ.get("CORRIDOR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def node_main(args: argparse.Namespace) -> None:
    """One node: a desk thread writing, and a sync round every second; prints JSON figures."""
    desk = f"node{args.index:02d}"
    path = f"sqlite:///{args.dir}/{desk}.db"
    store = open_store(path, device=desk)
    written = [0]

    def write() -> None:
        # The desk has its own connection, as a desk and `serve --sync-peer` would.
        own = open_store(path)
        stop = time.monotonic() + args.seconds
        while time.monotonic() < stop:
            own.record(desk_drafts(desk, written[0], args.per_write))
            written[0] += args.per_write
            time.sleep(0.5)
        own.close()

    writer = threading.Thread(target=write)
    writer.start()
    peer = HttpPeer(args.url, args.token)
    rounds = sent = received = 0
    while writer.is_alive():
        started = time.monotonic()
        report = sync_once(store=store, peer=peer)
        rounds, sent, received = rounds + 1, sent + report.sent, received + report.received
        time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))
    print(json.dumps({"desk": desk, "written": written[0], "rounds": rounds}), flush=True)
    # Desks stop; keep syncing until this node holds everything (reported by the parent).
    while not Path(args.dir, "stop").exists():
        report = sync_once(store=store, peer=peer)
        sent, received = sent + report.sent, received + report.received
        print(json.dumps({"desk": desk, "position": store.position()}), flush=True)
        time.sleep(0.2)
    print(json.dumps({"desk": desk, "sent": sent, "received": received}), flush=True)


def corridor(*args: str) -> str:
    return subprocess.run(
        [CORRIDOR, *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(url: str) -> None:
    import httpx

    for _ in range(300):
        try:
            httpx.get(url + "/healthz", timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("server did not start")


def load(
    db: str, url: str, work: Path, nodes: int, seconds: float, per_write: int
) -> dict[str, float]:
    tokens = [corridor("--db", db, "node", "add", f"node{i:02d}").strip() for i in range(nodes)]
    server = open_store(db)
    before = server.position()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "node",
                "--index",
                str(i),
                "--url",
                url,
                "--token",
                tokens[i],
                "--dir",
                str(work),
                "--seconds",
                str(seconds),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(nodes)
    ]
    started = time.monotonic()
    written = 0
    for proc in procs:  # first line: the desk stopped writing
        assert proc.stdout is not None
        written += json.loads(proc.stdout.readline())["written"]
    desks_done = time.monotonic()
    stored = server.position() - before  # stored by the time the last desk stopped
    total = before + written  # the operation and every desk's facts
    caught: dict[int, float] = {}
    while len(caught) < nodes:
        for i, proc in enumerate(procs):
            assert proc.stdout is not None
            if i not in caught:
                line = json.loads(proc.stdout.readline())
                if line["position"] >= total:
                    caught[i] = time.monotonic()
    Path(work, "stop").touch()
    moved = 0
    for proc in procs:
        assert proc.stdout is not None
        for line in proc.stdout:
            data = json.loads(line)
            if "sent" in data:
                moved += data["sent"] + data["received"]
        proc.wait()
    converged = max(caught.values())
    server.close()
    return {
        "nodes": nodes,
        "desk_seconds": round(desks_done - started, 1),
        "facts_written": written,
        "stored_during_load": stored,
        "server_facts_per_s": round(stored / (desks_done - started), 1),
        "moved_facts_per_s": round(moved / (converged - started), 1),
        "converge_after_desks_stop_s": round(converged - desks_done, 2),
        "server_facts": total,
    }


def catch_up(db: str, url: str, work: Path, facts: int) -> dict[str, float]:
    token = corridor("--db", db, "node", "add", "offline").strip()
    node = open_store(f"sqlite:///{work}/offline.db", device="offline")
    for first in range(0, facts, 500):
        node.record(desk_drafts("offline", first, min(500, facts - first)))
    peer = HttpPeer(url, token)
    started = time.monotonic()
    report = sync_once(store=node, peer=peer)
    push_s = time.monotonic() - started
    assert report.stored_there == facts, report
    fresh = open_store(f"sqlite:///{work}/fresh.db", device="fresh")
    token2 = corridor("--db", db, "node", "add", "fresh").strip()
    started = time.monotonic()
    pulled = sync_once(store=fresh, peer=HttpPeer(url, token2))
    pull_s = time.monotonic() - started
    return {
        "offline_facts": facts,
        "push_catch_up_s": round(push_s, 2),
        "push_facts_per_s": round(facts / push_s, 1),
        "fresh_node_pull_facts": pulled.stored_here,
        "pull_catch_up_s": round(pull_s, 2),
        "pull_facts_per_s": round(pulled.stored_here / pull_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", nargs="?", default="bench", choices=["bench", "node"])
    parser.add_argument("--nodes", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--offline-facts", type=int, default=20_000)
    parser.add_argument("--per-write", type=int, default=20, help="facts a desk records per 0.5 s")
    parser.add_argument("--index", type=int, default=0)
    parser.add_argument("--url", default="")
    parser.add_argument("--token", default="")
    parser.add_argument("--dir", default="")
    args = parser.parse_args()
    if args.mode == "node":
        node_main(args)
        return
    import psycopg

    schema = f"bench_sync_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    db = f"{PG}{'&' if '?' in PG else '?'}options=-csearch_path%3D{schema}"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            corridor("--db", db, "init", "--device", "server")
            corridor("--db", db, "operation", "drill", "Sync benchmark")
            log = open(Path(tmp, "server.log"), "w")  # noqa: SIM115
            server = subprocess.Popen(
                [CORRIDOR, "--db", db, "serve", "--port", str(port)], stdout=log, stderr=log
            )
            wait_http(url)
            print(
                f"Sync benchmark: {args.nodes} node processes -> corridor serve on PostgreSQL "
                f"(2-core machine shared with other work: figures are noisy)"
            )
            figures = load(db, url, Path(tmp), args.nodes, args.seconds, args.per_write)
            for key, value in figures.items():
                print(f"  load  {key:28} {value}")
            figures = catch_up(db, url, Path(tmp), args.offline_facts)
            for key, value in figures.items():
                print(f"  catch {key:28} {value}")
    finally:
        if server is not None:
            server.kill()
            server.wait()
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


if __name__ == "__main__":
    main()
