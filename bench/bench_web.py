"""Web benchmark (`make bench`): registration POST and dashboard GET latency under 20 desks,
with the background forecast worker off and on, in the same run.

Builds (once, cached under var/) a SQLite ledger of ``--facts`` facts with the ledger
benchmark's workload (plus a "remaining" estimate, so the forecast worker has a plan to make),
starts the real server (`corridor serve`, a separate process) on loopback, and runs
``--clients`` threads, each an httpx client alternating a registration POST (JSON API) and a
dashboard GET (the full HTML page), for ``--seconds``. It does so ``--rounds`` times with the
worker off (``serve --no-forecast``) and on (``serve``, by default recomputing after every 200
new facts and every 30 s, so it is busy all the time: the worst case), alternating, and prints
p50/p95/max of each side by side and the ratio of the dashboard's p95 (goal: at most 1.10).
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
from corridor.domain.events import validate_draft  # noqa: E402
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


def add_remaining(path: Path) -> None:
    """A reported "remaining" figure, so the live forecast has people to plan for (once)."""
    store = open_store(f"sqlite:///{path}", clock=SystemClock())
    store.record(
        [
            validate_draft(
                {
                    "id": "bench-remaining",
                    "type": "estimate.reported",
                    "op": OP,
                    "actor": "bench",
                    "occurred_at": "2016-12-22T00:00:00Z",
                    "payload": {"metric": "remaining", "value": 20000, "source": "bench"},
                }
            )
        ]
    )
    store.close()


def forecast_state(path: Path) -> str:
    """The stored forecast: when it was made and what it says (to show the worker ran)."""
    store = open_store(f"sqlite:///{path}", clock=SystemClock())
    held = store.get_forecast(OP)
    store.close()
    if held is None:
        return "none stored"
    body = held["body"]
    said = f"P50 {body['p50_hours']} h" if "p50_hours" in body else body.get("missing", "?")
    return f"made {held['computed_at']} at position {held['position']:,}: {said}"


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


def summary(samples: list[float]) -> tuple[int, float, float, float]:
    """n, p50, p95 and max in milliseconds."""
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(len(ms) * 0.95) - 1] if len(ms) >= 20 else max(ms)
    return len(ms), statistics.median(ms), p95, ms[-1]


def run_phase(
    path: Path, token: str, args: argparse.Namespace, forecast: bool
) -> dict[str, list[float]]:
    """Start `corridor serve` (worker on or off), load it for ``--seconds``, stop it."""
    port = free_port()
    on = [
        "--forecast-after",
        str(args.forecast_after),
        "--forecast-every",
        str(args.forecast_every),
    ]
    flags = on if forecast else ["--no-forecast"]
    server = subprocess.Popen(
        [sys.executable, "-m", "corridor", "--db", str(path), "serve", "--port", str(port), *flags],
        env={**os.environ, "CORRIDOR_OP": OP},
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    out: dict[str, list[float]] = {"register": [], "dashboard": []}
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/healthz", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        until = time.perf_counter() + args.seconds
        threads = [
            threading.Thread(target=run_client, args=(base, token, until, out))
            for _ in range(args.clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        server.terminate()  # the worker ends with the server
        server.wait(timeout=30)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0, help="Per phase.")
    parser.add_argument("--rounds", type=int, default=2, help="Off/on pairs, alternated.")
    parser.add_argument(
        "--forecast-after", type=int, default=200, help="Worker on: recompute after N facts."
    )
    parser.add_argument(
        "--forecast-every", type=float, default=0.5, help="Worker on: and every M minutes."
    )
    args = parser.parse_args()
    path = ROOT / "var" / f"bench-web-{args.facts}.db"
    path.parent.mkdir(exist_ok=True)
    print(f"Ledger: {path} ({args.facts:,} facts; built once, then reused)")
    build(path, args.facts)
    add_remaining(path)
    token = token_for(path)
    runs: dict[bool, dict[str, list[float]]] = {
        False: {"register": [], "dashboard": []},
        True: {"register": [], "dashboard": []},
    }
    for i in range(args.rounds):
        for forecast in (False, True) if i % 2 == 0 else (True, False):
            got = run_phase(path, token, args, forecast)
            for key, samples in got.items():
                runs[forecast][key] += samples
            if forecast:
                print(f"  round {i + 1}, worker on: forecast {forecast_state(path)}", flush=True)
    print(
        f"{args.clients} concurrent clients, {args.rounds} x {args.seconds:.0f} s per side, "
        f"{args.facts:,} facts, loopback; forecast worker off | on:"
    )
    for key in ("register", "dashboard"):
        off, on = summary(runs[False][key]), summary(runs[True][key])
        print(
            f"{key:10s} n={off[0]:5d} | {on[0]:5d}  p50={off[1]:7.1f} | {on[1]:7.1f} ms  "
            f"p95={off[2]:7.1f} | {on[2]:7.1f} ms  max={off[3]:7.1f} | {on[3]:7.1f} ms"
        )
    ratio = summary(runs[True]["dashboard"])[2] / summary(runs[False]["dashboard"])[2]
    verdict = "within" if ratio <= 1.10 else "OVER"
    print(f"dashboard p95 with the worker on / off: {ratio:.2f} ({verdict} the 1.10 goal)")


if __name__ == "__main__":
    main()
