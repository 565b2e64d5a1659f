"""Same-run comparison of two revisions (issue 16: "behaviour unchanged, no slowdown beyond noise").

Checks out a base revision (default: the start of the #16 moves) into a temporary directory and,
alternating base and HEAD in the same run, times with each tree's own code:

- ledger ingest through ``Store.record`` on SQLite (the facts of each tree's
  ``bench_ledger.workload``);
- the headcount query on that ledger;
- loading the whole Aleppo demo into a fresh SQLite file (``corridor demo``: every service, the
  derived state, the stored forecast), then ``corridor summary --json`` on it.

It prints the median of each side, the ratio HEAD/base (below 1 is faster) and the spread of
the rounds, so a difference can be told from noise. Run: ``python bench/bench_revisions.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE = "8f7b792"  # main before this stop's #16 moves (splits, typed rows, recorder)


def export(rev: str, into: Path) -> Path:
    """The tree of a revision, unpacked (no git worktree bookkeeping left behind)."""
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def run(tree: Path, *args: str) -> tuple[str, float]:
    """Run a Python command with the tree's own package first on the path; output, seconds."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], cwd=tree, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(f"{tree}: {args[:2]} failed:\n{done.stderr[-2000:]}")
    return done.stdout, time.perf_counter() - start


# Run inside each tree, with that tree's own bench_ledger.workload (the same generator in both;
# a changed one would make the comparison unfair, so check ``git diff BASE -- bench``).
PROBE = """
import statistics, sys, tempfile, time
import corridor.domain.events, corridor.storage
from corridor.clock import FrozenClock
from corridor.storage import open_store
sys.path.insert(0, sys.argv[1])
from bench_ledger import OP, workload
drafts = list(workload(int(sys.argv[2])))
with tempfile.TemporaryDirectory() as tmp:
    store = open_store(f"sqlite:///{tmp}/l.db", clock=FrozenClock(), device="bench")
    start = time.perf_counter()
    for i in range(0, len(drafts), 500):
        store.record(drafts[i : i + 500])
    rate = len(drafts) / (time.perf_counter() - start)
    samples = []
    for _ in range(100):
        start = time.perf_counter()
        store.headcounts(OP)
        samples.append((time.perf_counter() - start) * 1000)
    store.close()
print(rate, statistics.median(samples))
"""


def ingest(tree: Path, facts: int) -> tuple[float, float]:
    """Facts per second through Store.record on SQLite, and the headcount query's median ms."""
    out, _ = run(tree, "-c", PROBE, str(tree / "bench"), str(facts))
    rate, query = out.split()
    return float(rate), float(query)


def demo(tree: Path, tmp: Path) -> tuple[float, float]:
    """Seconds to load the Aleppo demo into a new SQLite file, and to summarise it."""
    db = tmp / f"demo-{tree.name}-{time.monotonic_ns()}.db"
    _, load = run(tree, "-m", "corridor", "--db", str(db), "demo")
    _, summary = run(tree, "-m", "corridor", "--db", str(db), "summary", "--json")
    for leftover in tmp.glob(db.name + "*"):
        leftover.unlink()
    return load, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", default=BASE, help="the revision to compare HEAD with")
    parser.add_argument("--facts", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    measures = ("ingest facts/s", "headcount query ms", "demo load s", "summary s")
    results: dict[str, dict[str, list[float]]] = {
        side: {m: [] for m in measures} for side in ("base", "head")
    }
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        trees = {"base": export(args.base, tmp / "base"), "head": ROOT}
        print(f"Revisions: base {args.base} vs HEAD, {args.rounds} rounds alternated")
        print(f"load average at start: {os.getloadavg()[0]:.1f}")
        for round_no in range(args.rounds):
            order = ("base", "head") if round_no % 2 == 0 else ("head", "base")
            for side in order:
                rate, query = ingest(trees[side], args.facts)
                load, summary = demo(trees[side], tmp)
                for key, value in zip(measures, (rate, query, load, summary), strict=True):
                    results[side][key].append(value)
            print(f"  round {round_no + 1} done (load {os.getloadavg()[0]:.1f})", flush=True)
    print(f"\n{'measure':<22}{'base':>12}{'HEAD':>12}{'HEAD/base':>11}{'spread':>10}")
    for key in measures:
        base, head = results["base"][key], results["head"][key]
        b, h = statistics.median(base), statistics.median(head)
        spread = (max(base) - min(base)) / b if b else 0.0
        print(f"{key:<22}{b:>12,.2f}{h:>12,.2f}{h / b:>11.2f}{spread:>9.0%}")
    print("(ingest: higher is better; the others: lower is better; spread: base's own range)")


if __name__ == "__main__":
    main()
