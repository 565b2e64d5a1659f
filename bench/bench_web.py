"""Web benchmark (`make bench`): registration POST and dashboard GET latency under 20 desks.

Builds (once, cached under var/) a SQLite ledger of ``--facts`` facts with the ledger
benchmark's workload, starts the real server (`corridor serve`, a separate process) on
loopback, and runs ``--clients`` threads, each an httpx client alternating a registration POST
(JSON API) and a dashboard GET (the full HTML page), for ``--seconds``. Prints p50/p95/max.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ledger import OP, workload  # noqa: E402

from corridor.clock import FrozenClock, SystemClock  # noqa: E402
from corridor.services import accounts  # noqa: E402
from corridor.storage import open_store  # noqa: E402

BATCH = 5000


def build(path: Path, facts: int) -> None:
    """Write the ledger once; later runs reuse the file."""
    if path.exists():
        return
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    store = open_store(f"sqlite:///{partial}", clock=FrozenClock(), device="bench")
    batch, done, start = [], 0, time.perf_counter()
    for draft in workload(facts):
        batch.append(draft)
        if len(batch) == BATCH:
            store.record(batch)
            done += len(batch)
            batch = []
            if done % 100_000 == 0:
                print(f"  built {done:,} facts ({time.perf_counter() - start:.0f} s)", flush=True)
    if batch:
        store.record(batch)
    store.close()
    partial.rename(path)


def token_for(path: Path) -> str:
    store = open_store(f"sqlite:///{path}", clock=SystemClock())
    clock = SystemClock()
    if store.get_account("bench") is None:
        accounts.add_user(
            store=store, clock=clock, username="bench", role="admin", sites=[], password="x" * 12
        )
    token = accounts.add_token(store=store, clock=clock, username="bench", label="bench")
    store.close()
    return token


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_client(base: str, token: str, until: float, out: dict[str, list[float]]) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
        while time.perf_counter() < until:
            body = {
                "id": uuid.uuid4().hex,
                "person_id": "B" + uuid.uuid4().hex[:12],
                "site_id": "s1",
                "age": "child",
            }
            t0 = time.perf_counter()
            r = client.post("/api/persons", json=body)
            out["register"].append(time.perf_counter() - t0)
            assert r.status_code == 201, r.text
            t0 = time.perf_counter()
            r = client.get("/dashboard")
            out["dashboard"].append(time.perf_counter() - t0)
            assert r.status_code == 200


def report(name: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(len(ms) * 0.95) - 1] if len(ms) >= 20 else max(ms)
    print(
        f"{name:10s} n={len(ms):5d}  p50={statistics.median(ms):7.1f} ms  "
        f"p95={p95:7.1f} ms  max={ms[-1]:7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    path = ROOT / "var" / f"bench-web-{args.facts}.db"
    path.parent.mkdir(exist_ok=True)
    print(f"Ledger: {path} ({args.facts:,} facts; built once, then reused)")
    build(path, args.facts)
    token = token_for(path)
    port = free_port()
    env = {**os.environ, "CORRIDOR_OP": OP}
    server = subprocess.Popen(
        [sys.executable, "-m", "corridor", "--db", str(path), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/healthz", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        out: dict[str, list[float]] = {"register": [], "dashboard": []}
        until = time.perf_counter() + args.seconds
        threads = [
            threading.Thread(target=run_client, args=(base, token, until, out))
            for _ in range(args.clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"{args.clients} concurrent clients for {args.seconds:.0f} s on loopback:")
        report("register", out["register"])
        report("dashboard", out["dashboard"])
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
