"""Plan benchmark (`make bench-plan`): our BEP makespans against the published results.

Reads the instances and reference tables from the shared folder (never copied into the repo),
solves each instance with the anytime driver under each time limit, checks every plan with the
independent checker, and prints per set: our mean makespan and lower bound, the mean gap to the
published best known value, the share of instances we prove optimal, the mean gap to our bound,
how many known optima we equal, how many published values we beat, and the time until the plan
was within 1% of the final one. Instance files found beside the table (further sets, the real
Valparaiso instances) are solved too, without published values.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corridor.planning.bep import parse_bep  # noqa: E402
from corridor.planning.checker import check_plan  # noqa: E402
from corridor.planning.solve import solve  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bep-dir", type=Path, default=ROOT.parent / "shared" / "bench" / "bep")
    ap.add_argument("--limits", type=float, nargs="+", default=[30.0, 300.0])
    ap.add_argument("--sets", nargs="+", help="set names (2 ... 7, real); default: all")
    ap.add_argument("--instances", type=int, nargs="+", default=None)
    ap.add_argument("--pick", default=None, help="only these SET:INSTANCE pairs, comma-separated")
    ap.add_argument("--workers", type=int, default=1, help="CP-SAT threads (machine is shared)")
    ap.add_argument("--jsonl", type=Path, default=None, help="append one record per run")
    args = ap.parse_args()
    ref_path = args.bep_dir / "results" / "reference_sets2-7.csv"
    if not ref_path.exists():
        print(f"no BEP reference table at {ref_path} (use --bep-dir)", file=sys.stderr)
        return 2
    rows = _instances(args.bep_dir, ref_path)
    rows = [
        r
        for r in rows
        if (args.sets is None or r["set"] in args.sets)
        and (args.instances is None or int(r["instance"]) in args.instances)
    ]
    if args.pick:
        wanted = set(args.pick.split(","))
        rows = [r for r in rows if f"{r['set']}:{r['instance']}" in wanted]
    failures = 0
    for limit in args.limits:
        print(f"\n== time limit {limit:g} s per instance, {args.workers} CP-SAT thread(s) ==")
        print(
            "set  inst  ours    LB  pubBKS  BKS*  opt?  proven  method        secs   cpu"
            "  1%secs  check"
        )
        by_set: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            rec = _run(args.bep_dir, r, limit, args.workers)
            failures += not rec["check_ok"]
            by_set.setdefault(rec["set"], []).append(rec)
            print(
                f"{rec['set']:>4} {rec['instance']:>4} {rec['ours']:>6} {rec['lb']:>5} "
                f"{_opt(rec['published_bks']):>7} {_opt(rec['bks']):>5}  "
                f"{'yes' if rec['optimal_known'] else 'no':>4}"
                f"  {'yes' if rec['ours_optimal'] else 'no':>6}  {rec['method']:<12} "
                f"{rec['seconds']:>5.1f} {rec['cpu_seconds']:>5.1f}  {rec['within_1pct_s']:>6.1f}  "
                f"{rec['check']}",
                flush=True,
            )
            if args.jsonl:
                with args.jsonl.open("a") as fh:
                    fh.write(json.dumps(rec) + "\n")
        print(f"\n-- summary, limit {limit:g} s --")
        print(
            "set   n  mean_ours  mean_LB  gap_pubBKS%  gap_BKS*%  proven  gap_LB%"
            "  =known_opt  <pubBKS  1%_secs"
        )
        for s, recs in sorted(by_set.items(), key=lambda kv: _set_order(kv[0])):
            print(_summary(s, recs))
    print("\nBKS* = best known including the reference's own HiGHS re-solves.")
    print("gap_LB = mean (ours - LB) / ours; proven = share with ours = LB (optimal).")
    print("1%_secs = mean seconds until the plan was within 1% of the final makespan.")
    print("cpu = CPU seconds of the process (all threads): below secs when the machine is shared.")
    print(f"checker failures: {failures}")
    return 1 if failures else 0


def _instances(bep_dir: Path, ref_path: Path) -> list[dict[str, str]]:
    """The reference table's rows, then any further instance files found beside them."""
    with ref_path.open() as fh:
        rows = [dict(r) for r in csv.DictReader(fh)]
    known = {r["file"] for r in rows}
    for path in sorted(bep_dir.glob("*/**/*.txt")):
        rel = path.relative_to(bep_dir).as_posix()
        if rel in known or rel.startswith("results/"):
            continue
        folder = path.parent.name
        tag = folder.removeprefix("set") if folder.startswith("set") else folder
        inst = path.stem.rsplit("-i", 1)[-1].rsplit("-", 1)[-1]  # BEP-1-8-8-5-i3, BEP-5-52-12-30
        rows.append({"set": tag, "instance": inst if inst.isdigit() else "0", "file": rel})
    for r in rows:
        r["set"] = str(r["set"])
    return rows


def _run(bep_dir: Path, r: dict[str, str], limit: float, workers: int) -> dict[str, Any]:
    problem = parse_bep((bep_dir / r["file"]).read_text(), name=r["file"])
    seen: list[tuple[float, int]] = []
    t0, c0 = time.monotonic(), time.process_time()
    res = solve(
        problem, limit, workers=workers, progress=lambda ph, ms, lb, secs: seen.append((secs, ms))
    )
    secs, cpu = time.monotonic() - t0, time.process_time() - c0
    report = check_plan(problem, res.plan)
    final = res.plan.makespan
    within = min((t for t, ms in seen if ms <= final * 1.01), default=secs)
    return {
        "set": r["set"],
        "instance": int(r["instance"]),
        "limit": limit,
        "ours": final,
        "lb": res.lower_bound,
        "published_bks": _int(r.get("published_BKS")),
        "bks": _int(r.get("best_known_incl_ours")),
        "optimal_known": r.get("optimal_known") == "True",
        "ours_optimal": res.optimal,
        "method": res.method,
        "seconds": round(secs, 2),
        "cpu_seconds": round(cpu, 2),
        "within_1pct_s": round(within, 2),
        "check_ok": report.ok,
        "check": "ok" if report.ok else "FAIL " + "; ".join(report.errors[:2]),
    }


def _summary(s: str, recs: list[dict[str, Any]]) -> str:
    pub = [x for x in recs if x["published_bks"]]
    gap_pub = _mean(100 * (x["ours"] - x["published_bks"]) / x["published_bks"] for x in pub)
    gap_all = _mean(100 * (x["ours"] - x["bks"]) / x["bks"] for x in pub if x["bks"])
    gap_lb = _mean(100 * (x["ours"] - x["lb"]) / max(1, x["ours"]) for x in recs)
    proven = sum(x["ours_optimal"] for x in recs)
    known = [x for x in recs if x["optimal_known"]]
    equal = sum(x["ours"] == x["bks"] for x in known)
    better = sum(x["ours"] < x["published_bks"] for x in pub)
    return (
        f"{s:>4} {len(recs):>3} {statistics.mean(x['ours'] for x in recs):>10.1f} "
        f"{statistics.mean(x['lb'] for x in recs):>8.1f} {gap_pub:>12} {gap_all:>10} "
        f"{proven:>3}/{len(recs):<3} {gap_lb:>7} {equal:>6}/{len(known):<5} {better:>7} "
        f"{statistics.mean(x['within_1pct_s'] for x in recs):>8.1f}"
    )


def _mean(values: Iterable[float]) -> str:
    xs = list(values)
    return f"{statistics.mean(xs):.2f}" if xs else "-"


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _opt(value: int | None) -> str:
    return "-" if value is None else str(value)


def _set_order(name: str) -> tuple[int, str]:
    return (int(name), "") if name.isdigit() else (10**6, name)


if __name__ == "__main__":
    sys.exit(main())
