"""Web benchmark (`make bench`): registration POST and dashboard GET latency under 20 desks,
with the background forecast worker off and on, in the same run.

Builds (once, cached under var/) a SQLite ledger of ``--facts`` facts with the ledger
benchmark's workload (plus a "remaining" estimate, so the forecast worker has a plan to make),
starts the real server (`corridor serve`, a separate process) on loopback, and runs
``--clients`` threads, each an httpx client alternating a registration POST (JSON API) and a
dashboard GET (the full HTML page), for ``--seconds``. It does so ``--rounds`` times with the
worker off (``serve --no-forecast``) and on (``serve`` with its own defaults), alternating, and
prints p50/p95/max of each side by side and the ratio of the dashboard's p95 (goal: at most
1.10).

No warm-up: each round starts a new server, so each "on" round includes the worker's start-up
forecast of the whole ledger, and the clients' registrations keep the ledger growing (later
recomputes, when its schedule allows). Each round says how many forecasts the worker stored
during it and the processor seconds each process used (Linux), and the run prints the load
average of the machine, which is shared.
"""

from __future__ import annotations

import argparse
import os
import platform
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


def forecasts_during(path: Path, stop: threading.Event, made: set[str]) -> None:
    """Note each forecast stored (its ``computed_at``) until ``stop`` is set."""
    store = open_store(f"sqlite:///{path}", clock=SystemClock())
    try:
        while not stop.is_set():
            held = store.get_forecast(OP)
            if held is not None:
                made.add(held["computed_at"] + f"@{held['position']}")
            stop.wait(0.25)
    finally:
        store.close()


def cpu_seconds(pid: int) -> float | None:
    """Processor seconds a process has used (user + system; Linux only)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def processes(server: int) -> dict[str, int]:
    """The server and its workers by role (Linux: read from /proc)."""
    found = {"server": server}
    if platform.system() != "Linux":
        return found
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == server:
            role = "forecast" if b"forecast" in argv else "protect" if b"protect" in argv else ""
            if role:
                found[role] = int(entry.name)
    return found


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
) -> tuple[dict[str, list[float]], int, dict[str, float]]:
    """Start `corridor serve` (worker on or off), load it for ``--seconds``, stop it. Return
    the samples, the forecasts stored meanwhile and each process's processor seconds."""
    port = free_port()
    on = []  # the server's own schedule unless told otherwise
    if args.forecast_after is not None:
        on += ["--forecast-after", str(args.forecast_after)]
    if args.forecast_every is not None:
        on += ["--forecast-every", str(args.forecast_every)]
    if args.forecast_gap is not None:
        on += ["--forecast-gap", str(args.forecast_gap)]
    flags = on if forecast else ["--no-forecast"]
    server = subprocess.Popen(
        [sys.executable, "-m", "corridor", "--db", str(path), "serve", "--port", str(port), *flags],
        env={**os.environ, "CORRIDOR_OP": OP},
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    out: dict[str, list[float]] = {"register": [], "dashboard": []}
    made: set[str] = set()
    stop = threading.Event()
    used: dict[str, float] = {}
    try:
        for _ in range(600):
            try:
                httpx.get(base + "/healthz", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        pids = processes(server.pid)
        before = {role: cpu_seconds(pid) for role, pid in pids.items()}
        held = open_store(f"sqlite:///{path}", clock=SystemClock())
        first = held.get_forecast(OP)
        held.close()
        if first is not None:
            made.add(first["computed_at"] + f"@{first['position']}")
        stored_before = set(made)
        monitor = threading.Thread(target=forecasts_during, args=(path, stop, made))
        monitor.start()
        until = time.perf_counter() + args.seconds
        threads = [
            threading.Thread(target=run_client, args=(base, token, until, out))
            for _ in range(args.clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for role, pid in pids.items():
            now, then = cpu_seconds(pid), before[role]
            if now is not None and then is not None:
                used[role] = now - then
        stop.set()
        monitor.join()
    finally:
        stop.set()
        server.terminate()  # the worker ends with the server
        server.wait(timeout=30)
    return out, len(made - stored_before), used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0, help="Per phase.")
    parser.add_argument("--rounds", type=int, default=2, help="Off/on pairs, alternated.")
    parser.add_argument(
        "--forecast-after", type=int, help="Worker on: recompute after N facts (server default)."
    )
    parser.add_argument(
        "--forecast-every", type=float, help="Worker on: and every M minutes (server default)."
    )
    parser.add_argument(
        "--forecast-gap", type=float, help="Worker on: rest M minutes between (server default)."
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
    stored, load_before = 0, os.getloadavg()
    for i in range(args.rounds):
        for forecast in (False, True) if i % 2 == 0 else (True, False):
            got, made, used = run_phase(path, token, args, forecast)
            for key, samples in got.items():
                runs[forecast][key] += samples
            side = "on " if forecast else "off"
            cpu = ", ".join(f"{role} {s:.1f}" for role, s in used.items())
            print(
                f"  round {i + 1}, worker {side}: dashboard p95 {summary(got['dashboard'])[2]:.0f} "
                f"ms; processor seconds: {cpu}"
                + (f"; forecasts stored during it: {made}" if forecast else ""),
                flush=True,
            )
            if forecast:
                stored += made
                print(f"    last forecast {forecast_state(path)}", flush=True)
    load_after = os.getloadavg()
    print(
        f"{args.clients} concurrent clients, {args.rounds} x {args.seconds:.0f} s per side, "
        f"{args.facts:,} facts, loopback; forecast worker off | on "
        f"(load average before {load_before[0]:.1f}/{load_before[1]:.1f}/{load_before[2]:.1f}, "
        f"after {load_after[0]:.1f}/{load_after[1]:.1f}/{load_after[2]:.1f}; "
        f"{os.cpu_count()} processors):"
    )
    for key in ("register", "dashboard"):
        off, on = summary(runs[False][key]), summary(runs[True][key])
        print(
            f"{key:10s} n={off[0]:5d} | {on[0]:5d}  p50={off[1]:7.1f} | {on[1]:7.1f} ms  "
            f"p95={off[2]:7.1f} | {on[2]:7.1f} ms  max={off[3]:7.1f} | {on[3]:7.1f} ms"
        )
    ratio = summary(runs[True]["dashboard"])[2] / summary(runs[False]["dashboard"])[2]
    verdict = "within" if ratio <= 1.10 else "OVER"
    print(f"forecasts the worker stored during the 'on' rounds: {stored}")
    print(f"dashboard p95 with the worker on / off: {ratio:.2f} ({verdict} the 1.10 goal)")


if __name__ == "__main__":
    main()
