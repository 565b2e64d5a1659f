"""Disclosure control benchmark (`make bench`): time to protect the public figures, and the
observer's request latency now that requests read the stored snapshot.

For the Aleppo demo, a ``--facts``-fact operation (the ledger benchmark's workload: one day)
and a ``--facts``-fact hard case (small counts by category over 14 days and 16 sites), prints
the time to compute the protected snapshot (primary + secondary by LP audit-and-repair), how
many cells it hides, and the median/p95 latency of ``GET /api/summary`` over real HTTP for an
observer (reads the stored snapshot) beside a coordinator's (computes the live summary, the
work an observer's request did before the snapshot existed).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ledger import OP, workload  # noqa: E402

from corridor.clock import FrozenClock  # noqa: E402
from corridor.domain.events import Draft, validate_draft  # noqa: E402
from corridor.services import accounts  # noqa: E402
from corridor.services.demo import load_demo  # noqa: E402
from corridor.services.disclosure import compute_snapshot  # noqa: E402
from corridor.storage import SqlStore, open_store  # noqa: E402
from tests.web.harness import running  # noqa: E402

KINDS = ["pickup"] * 6 + ["crossing"] * 2 + ["gathering"] * 3 + ["hospital"] * 2
KINDS += ["camp", "camp", "relatives"]


def counted(n: int, days: int = 14, seed: int = 7) -> list[Draft]:
    """A hard case: ``n`` unnamed counts over ``days`` days and 16 sites, most of them small
    and broken down by category, so many cells are 1-4 people."""
    rng = random.Random(seed)
    op = "counted"
    raw: list[dict[str, Any]] = [
        {"type": "operation.defined", "payload": {"name": "Counted"}},
        *(
            {"type": "site.defined", "payload": {"site_id": f"s{i}", "name": f"S{i}", "kind": k}}
            for i, k in enumerate(KINDS)
        ),
    ]
    for _ in range(n - len(raw)):
        site = rng.randrange(len(KINDS))
        origin = KINDS[site] in ("pickup", "crossing")
        stage = rng.choice(["departed", "departed", "arrived"] if origin else ["arrived"])
        total = rng.choice([1, 1, 2, 3, 4, 5, 8, 12, 30])
        child = rng.randint(0, total)
        fighter = rng.randint(0, total - child) if rng.random() < 0.3 else 0
        breakdown = {"age": {"child": child, "adult": total - child}}
        breakdown["group"] = {"fighter": fighter, "civilian": total - fighter}
        raw.append(
            {
                "type": "headcount.recorded",
                "payload": {
                    "site_id": f"s{site}",
                    "stage": stage,
                    "total": total,
                    "breakdown": breakdown,
                },
            }  # fmt: skip
        )
    out = []
    for i, r in enumerate(raw):
        at = datetime(2016, 12, 1, tzinfo=UTC) + timedelta(minutes=i * days * 1440 // n)
        out.append(
            validate_draft(
                {
                    **r,
                    "id": f"c{i:07d}",
                    "op": op,
                    "actor": "bench",
                    "occurred_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
            )  # fmt: skip
        )
    return out


def latency(base: str, token: str, repeats: int) -> tuple[float, float]:
    """Median and p95 of GET /api/summary in milliseconds."""
    times = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as c:
        c.get("/api/summary").raise_for_status()
        for _ in range(repeats):
            start = time.perf_counter()
            c.get("/api/summary").raise_for_status()
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def measure(name: str, store: SqlStore, op: str, repeats: int) -> None:
    start = time.perf_counter()
    body = compute_snapshot(store=store, clock=FrozenClock(), op=op)
    seconds = time.perf_counter() - start
    print(
        f"{name:<12} {store.position():>8,} facts  protect {seconds:6.2f} s  "
        f"cells {body['distinct_cells']:>6,}  primary {body['primary']:>5,}  "
        f"hidden {body['hidden']:>6,}  LPs {body['solves']:>6,}"
    )
    clock = FrozenClock()
    tokens = {}
    for user, role in (("olga", "observer"), ("cora", "coordinator")):
        accounts.add_user(
            store=store, clock=clock, username=user, role=role, sites=[], password="x" * 12
        )
        tokens[role] = accounts.add_token(store=store, clock=clock, username=user, label="b")
    with running(store, op=op) as base:
        for role, token in tokens.items():
            p50, p95 = latency(base, token, repeats)
            what = "stored snapshot" if role == "observer" else "live summary (the old path)"
            print(f"{'':<12} GET /api/summary as {role:<11} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms"
                  f"  ({what})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    print("Disclosure control: protected snapshot and observer latency")
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/demo.db", clock=FrozenClock(), device="bench")
        load_demo(store=store)
        measure("demo", store, "aleppo-2016", args.repeats)
        store.close()
        store = open_store(f"sqlite:///{tmp}/big.db", clock=FrozenClock(), device="bench")
        drafts = list(workload(args.facts))
        for i in range(0, len(drafts), 5000):
            store.record(drafts[i : i + 5000])
        measure(f"{args.facts // 1000}k workload", store, OP, args.repeats)
        store.close()
        store = open_store(f"sqlite:///{tmp}/counted.db", clock=FrozenClock(), device="bench")
        drafts = counted(args.facts)
        for i in range(0, len(drafts), 5000):
            store.record(drafts[i : i + 5000])
        measure(f"{args.facts // 1000}k counts", store, "counted", args.repeats)
        store.close()


if __name__ == "__main__":
    main()
