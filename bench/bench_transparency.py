"""Signatures and the transparency log (`make bench`): what signing costs, and checkpoint times.

Ingest: the same facts (``bench_ledger.workload``) go through ``Store.record`` into two fresh
SQLite stores in this process, one after the other: one with no device key, one with a key
(every fact signed with Ed25519 and its signature checked before it is stored). The per-fact
difference is the cost of signing. ``Store.verify`` then runs on both: its difference is the cost
of checking every signature.

Tree: a SQLite ledger of ``--tree`` facts. Its rows are written straight into the ledger table
(synthetic hashes: the Merkle tree reads only each fact's hash and signature), because sealing
a million facts through ``record`` would time the ingest again, not the tree. Timed: the first
checkpoint (every chunk hashed from the facts, root, signature), a second one after 1,000 more
facts (chunks cached), the consistency proof between the two, an inclusion proof, and verifying
each proof as an observer would.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ledger import workload  # noqa: E402

from corridor.clock import FrozenClock  # noqa: E402
from corridor.domain import merkle  # noqa: E402
from corridor.domain.signing import Signer, Verifier  # noqa: E402
from corridor.services import keys, transparency  # noqa: E402
from corridor.storage import SqlStore, open_store  # noqa: E402
from corridor.storage.appending import INSERT_FACT  # noqa: E402

BATCH = 500


def _store(tmp: str, name: str, signed: bool) -> SqlStore:
    store = open_store(f"sqlite:///{tmp}/{name}.db", clock=FrozenClock(), device=name)
    if signed:
        store.signer = Signer.generate()
        keys.register_own_key(store=store, clock=FrozenClock(), actor="bench")
    return store


def ingest(n: int, tmp: str) -> None:
    drafts = list(workload(n))
    rows = []
    for label, signed in (("without signing", False), ("with signing", True)):
        store = _store(tmp, "signed" if signed else "plain", signed)
        start = time.perf_counter()
        for i in range(0, len(drafts), BATCH):
            store.record(drafts[i : i + BATCH])
        took = time.perf_counter() - start
        start = time.perf_counter()
        report = store.verify()
        checked = time.perf_counter() - start
        assert report.ok, report.problems
        rows.append((label, len(drafts), took, checked))
        store.close()
    print(f"\nIngest and verify, SQLite, {len(drafts):,} facts, batches of {BATCH}")
    print(f"{'':18} {'ingest µs/fact':>15} {'facts/s':>10} {'verify µs/fact':>15}")
    for label, count, took, checked in rows:
        print(
            f"{label:18} {took / count * 1e6:>15.1f} {count / took:>10,.0f} "
            f"{checked / count * 1e6:>15.1f}"
        )
    (_, c, t0, v0), (_, _, t1, v1) = rows
    print(
        f"{'signing costs':18} {(t1 - t0) / c * 1e6:>15.1f} {'':>10} {(v1 - v0) / c * 1e6:>15.1f}"
    )
    signer, verifier = Signer.generate(), Verifier()
    hashes = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(20_000)]
    start = time.perf_counter()
    sigs = [signer.sign_fact(h) for h in hashes]
    sign = (time.perf_counter() - start) / len(hashes)
    start = time.perf_counter()
    assert all(
        verifier.verify_fact(signer.public_key, h, s) for h, s in zip(hashes, sigs, strict=True)
    )
    check = (time.perf_counter() - start) / len(hashes)
    print(f"Ed25519 alone: sign {sign * 1e6:.1f} µs, verify {check * 1e6:.1f} µs per fact")


def _fill(store: SqlStore, first: int, count: int) -> None:
    with store._write() as db:  # the benchmark's own shortcut: rows straight into the ledger
        rows = []
        for pos in range(first, first + count):
            digest = hashlib.sha256(str(pos).encode()).hexdigest()
            rows.append(
                (
                    pos,
                    f"t{pos}",
                    "site.defined",
                    "bench",
                    "bench",
                    "2016-12-15T00:00:00Z",
                    "{}",
                    "bench",
                    pos,
                    "2016-12-15T00:00:00Z",
                    "0" * 64,
                    digest,
                    "",
                    None,
                    None,
                )
            )
            if len(rows) == 50_000:
                db.many(INSERT_FACT, rows)
                rows = []
        db.many(INSERT_FACT, rows)


def tree(n: int, tmp: str) -> None:
    store = open_store(f"sqlite:///{tmp}/tree.db", clock=FrozenClock(), device="server")
    store.signer = Signer.generate()
    start = time.perf_counter()
    _fill(store, 1, n)
    filled = time.perf_counter() - start
    clock = FrozenClock()
    timings = []
    start = time.perf_counter()
    first = transparency.make_checkpoint(store=store, clock=clock)["checkpoint"]
    timings.append(
        (f"checkpoint of {n:,} facts (cold: every chunk hashed)", time.perf_counter() - start)
    )
    _fill(store, n + 1, 1000)
    start = time.perf_counter()
    second = transparency.make_checkpoint(store=store, clock=clock)["checkpoint"]
    timings.append(
        (f"checkpoint of {n + 1000:,} facts (chunks cached)", time.perf_counter() - start)
    )
    start = time.perf_counter()
    proof = transparency.consistency(store=store, first=n, second=n + 1000)["proof"]
    timings.append(
        (
            f"consistency proof {n:,} -> {n + 1000:,} ({len(proof)} hashes)",
            time.perf_counter() - start,
        )
    )
    start = time.perf_counter()
    ok = merkle.verify_consistency(
        n,
        n + 1000,
        bytes.fromhex(first["root_hash"]),
        bytes.fromhex(second["root_hash"]),
        [bytes.fromhex(p) for p in proof],
    )
    timings.append(("  verifying it (observer)", time.perf_counter() - start))
    assert ok
    start = time.perf_counter()
    found = transparency.inclusion(store=store, fact_id=f"t{n // 3}", tree_size=n + 1000)
    timings.append(
        (
            f"inclusion proof of fact {n // 3:,} ({len(found['proof'])} hashes)",
            time.perf_counter() - start,
        )
    )
    start = time.perf_counter()
    assert merkle.verify_inclusion(
        found["leaf_index"],
        n + 1000,
        bytes.fromhex(found["leaf_hash"]),
        [bytes.fromhex(p) for p in found["proof"]],
        bytes.fromhex(second["root_hash"]),
    )
    timings.append(("  verifying it (observer)", time.perf_counter() - start))
    print(f"\nTransparency log, SQLite ({n:,} rows written in {filled:.1f} s)")
    for label, took in timings:
        print(f"{label:62} {took * 1000:>10.1f} ms")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=20_000, help="facts for the ingest test")
    parser.add_argument("--tree", type=int, default=1_000_000, help="facts in the tree test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ingest(args.facts, tmp)
        tree(args.tree, tmp)


if __name__ == "__main__":
    main()
