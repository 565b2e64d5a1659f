"""Ledger benchmarks (`make bench`): ingest rate vs a raw insert, and headcount query time.

Ingest: the same facts go through ``Store.record`` in batches (sealing, idempotency check,
insert, derived state in the same transaction) and, as the floor, through a raw
``executemany`` of the identical ledger rows into a table with the identical schema and
indexes, one transaction per batch. Both run here, in this process, one after the other, and
the ratio is printed.

Query: the headcount query (``Store.headcounts``) is timed on ledgers of growing length, to
show its cost does not grow with the log.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corridor.clock import FrozenClock  # noqa: E402
from corridor.domain.events import Draft, validate_draft  # noqa: E402
from corridor.domain.ledger import Head, canonical_json, seal, unit_of  # noqa: E402
from corridor.storage import SqlStore, open_store  # noqa: E402
from corridor.storage.appending import INSERT_FACT, LEDGER_COLUMNS  # noqa: E402

OP = "bench"
BATCH = 500
SITES = ["s1", "s2", "s3", "s4"]


def workload(n: int, prefix: str = "b") -> Iterator[Draft]:
    """A realistic mix: per bus, ~45 registrations and boardings, a count, departure, arrival."""
    seq = 0

    def make(type_: str, payload: dict[str, object], minute: int) -> Draft:
        nonlocal seq
        seq += 1
        at = f"2016-12-{15 + minute // 1440:02d}T{minute // 60 % 24:02d}:{minute % 60:02d}:00Z"
        return validate_draft(
            {
                "id": f"{prefix}{seq:09d}",
                "type": type_,
                "op": OP,
                "actor": "bench",
                "occurred_at": at,
                "payload": payload,
            }
        )

    produced = 0
    yield make("operation.defined", {"name": "Benchmark"}, 0)
    for s in SITES:
        yield make("site.defined", {"site_id": s, "name": s, "kind": "pickup"}, 0)
    yield make("site.defined", {"site_id": "recv", "name": "recv", "kind": "gathering"}, 0)
    yield make("vehicle.registered", {"vehicle_id": "bus", "kind": "bus", "capacity": 60}, 0)
    produced = 7
    trip = 0
    while produced < n:
        trip += 1
        minute = trip % 10000
        site = SITES[trip % len(SITES)]
        tid = f"T{trip}"
        batch = [
            make(
                "trip.dispatched",
                {"trip_id": tid, "vehicle_id": "bus", "origin": site, "destination": "recv"},
                minute,
            )
        ]
        for k in range(45):
            pid = f"P{trip}-{k}"
            batch.append(
                make(
                    "person.registered",
                    {
                        "person_id": pid,
                        "site_id": site,
                        "group": "civilian",
                        "age": "child" if k % 3 == 0 else "adult",
                        "sex": "female" if k % 2 else "male",
                        "triage": "none",
                    },
                    minute,
                )
            )
            batch.append(make("person.boarded", {"person_id": pid, "trip_id": tid}, minute))
        batch.append(
            make(
                "headcount.recorded",
                {"site_id": site, "stage": "departed", "trip_id": tid, "total": 52},
                minute,
            )
        )
        batch.append(make("trip.departed", {"trip_id": tid}, minute + 1))
        batch.append(
            make("trip.arrived", {"trip_id": tid, "site_id": "recv", "arrived": 52}, minute + 60)
        )
        for d in batch:
            if produced >= n:
                return
            produced += 1
            yield d


def open_fresh(kind: str, pg_url: str, tmp: str) -> tuple[SqlStore, str | None]:
    clock = FrozenClock("2016-12-15T08:00:00Z")
    if kind == "sqlite":
        path = os.path.join(tmp, f"{uuid.uuid4().hex}.db")
        return open_store(path, clock=clock, device="bench-node"), None
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    return open_store(pg_url, clock=clock, device="bench-node", schema=schema), schema


def drop_schema(pg_url: str, schema: str | None) -> None:
    if schema:
        import psycopg

        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def time_ingest(store: SqlStore, drafts: list[Draft]) -> float:
    start = time.perf_counter()
    for i in range(0, len(drafts), BATCH):
        store.record(drafts[i : i + BATCH])
    return time.perf_counter() - start


def time_raw(store: SqlStore, drafts: list[Draft], bulk: bool = False) -> float:
    """The floor: the same ledger rows, pre-built, by executemany into an identical table.

    ``bulk`` (for reference only, not the target's floor): the same rows written the way
    Corridor writes them, which on PostgreSQL is COPY rather than executemany.
    """
    facts = seal(drafts, device="bench-node", head=Head(), recorded_at="2016-12-15T08:00:00Z")
    rows = [
        (
            i + 1,
            f.id,
            f.type,
            f.op,
            f.actor,
            f.occurred_at,
            canonical_json(f.payload),
            f.device,
            f.seq,
            f.recorded_at,
            f.prev_hash,
            f.hash,
            f.sig,
            unit.encode() if (unit := unit_of(f.id, f.type, f.op, f.payload)) else None,
            None,
        )
        for i, f in enumerate(facts)
    ]
    start = time.perf_counter()
    for i in range(0, len(rows), BATCH):
        with store._write() as db:  # same transaction handling, same table, no derived state
            if bulk:
                db.insert("ledger", LEDGER_COLUMNS, rows[i : i + BATCH])
            else:
                db.many(INSERT_FACT, rows[i : i + BATCH])
    return time.perf_counter() - start


def time_query(store: SqlStore, repeats: int = 200) -> tuple[float, float]:
    """Median and p95 of the headcount query, in milliseconds."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        counts = store.headcounts(OP)
        samples.append((time.perf_counter() - start) * 1000)
        assert counts
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=100_000, help="facts for the ingest test")
    parser.add_argument(
        "--query-sizes",
        default="10000,100000,1000000",
        help="ledger lengths at which to time the headcount query",
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "CORRIDOR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument(
        "--pg-query-max",
        type=int,
        default=1_000_000,
        help="largest ledger for the PostgreSQL query test",
    )
    args = parser.parse_args()
    kinds = ["sqlite"] + ([] if args.no_postgres else ["postgres"])
    drafts = list(workload(args.facts))
    print(
        f"Corridor ledger benchmark: {len(drafts):,} facts, batches of {BATCH}, "
        f"{os.cpu_count()} CPUs"
    )
    print("\n== Ingest (same rows, same run) ==")
    print(
        f"{'store':<10}{'corridor facts/s':>18}{'raw insert rows/s':>20}{'ratio':>8}{'target':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            store, schema = open_fresh(kind, args.postgres, tmp)
            ours = time_ingest(store, drafts)
            store.close()
            drop_schema(args.postgres, schema)
            raw_store, schema = open_fresh(kind, args.postgres, tmp)
            raw = time_raw(raw_store, drafts)
            raw_store.close()
            drop_schema(args.postgres, schema)
            ratio = raw / ours
            print(
                f"{kind:<10}{len(drafts) / ours:>18,.0f}{len(drafts) / raw:>20,.0f}"
                f"{ratio:>8.2f}{'>=0.5':>8}  {'MET' if ratio >= 0.5 else 'MISSED'}"
            )
            if kind == "postgres":
                bulk_store, schema = open_fresh(kind, args.postgres, tmp)
                bulk = time_raw(bulk_store, drafts, bulk=True)
                bulk_store.close()
                drop_schema(args.postgres, schema)
                print(
                    f"{'':<10}reference, not the target: raw COPY of the same rows "
                    f"{len(drafts) / bulk:,.0f} rows/s, ratio {bulk / ours:.2f}"
                )
        print("\n== Headcount query (Store.headcounts) by ledger length ==")
        print(f"{'store':<10}{'facts':>12}{'median ms':>12}{'p95 ms':>10}{'target':>9}")
        sizes = sorted(int(s) for s in args.query_sizes.split(","))
        for kind in kinds:
            store, schema = open_fresh(kind, args.postgres, tmp)
            loaded = 0
            source = workload(max(sizes), prefix="q")
            for size in sizes:
                if kind == "postgres" and size > args.pg_query_max:
                    continue
                start = time.perf_counter()
                while loaded < size:
                    chunk = [d for _, d in zip(range(5000), source, strict=False)]
                    if not chunk:
                        break
                    for i in range(0, len(chunk), BATCH):
                        store.record(chunk[i : i + BATCH])
                    loaded += len(chunk)
                load_s = time.perf_counter() - start
                median, p95 = time_query(store)
                print(
                    f"{kind:<10}{loaded:>12,}{median:>12.3f}{p95:>10.3f}{'<5ms':>9}  "
                    f"{'MET' if p95 < 5 else 'MISSED'}  (loaded in {load_s:.0f} s)",
                    flush=True,
                )
            store.close()
            drop_schema(args.postgres, schema)


if __name__ == "__main__":
    main()
