"""Plan benchmark (`make bench-plan`): our BEP makespans against the published results.

Reads the instances and reference tables from the shared folder (never copied into the repo),
solves each instance with the anytime driver under each time limit, checks every plan with the
independent checker, and prints per set: our mean makespan, our lower bound, the published best
known value, the gap to it, how many proven optima we equal, and how many instances we beat.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corridor.planning.bep import parse_bep  # noqa: E402
from corridor.planning.checker import check_plan  # noqa: E402
from corridor.planning.solve import solve  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bep-dir", type=Path, default=ROOT.parent / "shared" / "bench" / "bep")
    ap.add_argument("--limits", type=float, nargs="+", default=[30.0, 300.0])
    ap.add_argument("--sets", type=int, nargs="+", default=[2, 3, 4, 5, 6, 7])
    ap.add_argument("--instances", type=int, nargs="+", default=None)
    ap.add_argument("--pick", default=None, help="only these SET:INSTANCE pairs, comma-separated")
    ap.add_argument("--workers", type=int, default=1, help="CP-SAT threads (machine is shared)")
    ap.add_argument("--jsonl", type=Path, default=None, help="append one record per run")
    args = ap.parse_args()
    ref_path = args.bep_dir / "results" / "reference_sets2-7.csv"
    if not ref_path.exists():
        print(f"no BEP reference table at {ref_path} (use --bep-dir)", file=sys.stderr)
        return 2
    rows = [
        r
        for r in csv.DictReader(ref_path.open())
        if int(r["set"]) in args.sets
        and (args.instances is None or int(r["instance"]) in args.instances)
    ]
    if args.pick:
        wanted = {tuple(int(x) for x in pair.split(":")) for pair in args.pick.split(",")}
        rows = [r for r in rows if (int(r["set"]), int(r["instance"])) in wanted]
    failures = 0
    for limit in args.limits:
        print(f"\n== time limit {limit:g} s per instance, {args.workers} CP-SAT thread(s) ==")
        print("set inst  ours    LB  pubBKS  BKS*  opt?  ours_opt  method        secs  check")
        by_set: dict[int, list[dict[str, float]]] = {}
        for r in rows:
            text = (args.bep_dir / r["file"]).read_text()
            problem = parse_bep(text, name=r["file"])
            t0 = time.monotonic()
            res = solve(problem, limit, workers=args.workers)
            secs = time.monotonic() - t0
            report = check_plan(problem, res.plan)
            failures += not report.ok
            rec = {
                "set": int(r["set"]),
                "instance": int(r["instance"]),
                "limit": limit,
                "ours": res.plan.makespan,
                "lb": res.lower_bound,
                "published_bks": int(r["published_BKS"]),
                "bks": int(r["best_known_incl_ours"]),
                "optimal_known": r["optimal_known"] == "True",
                "ours_optimal": res.optimal,
                "method": res.method,
                "seconds": round(secs, 2),
                "check_ok": report.ok,
            }
            by_set.setdefault(rec["set"], []).append(rec)
            print(
                f"{rec['set']:>3} {rec['instance']:>4} {rec['ours']:>5} {rec['lb']:>5} "
                f"{rec['published_bks']:>7} {rec['bks']:>5}  "
                f"{'yes' if rec['optimal_known'] else 'no':>4}"
                f"  {'yes' if res.optimal else 'no':>8}  {res.method:<12} {secs:>5.1f}  "
                f"{'ok' if report.ok else 'FAIL ' + '; '.join(report.errors[:2])}",
                flush=True,
            )
            if args.jsonl:
                with args.jsonl.open("a") as fh:
                    fh.write(json.dumps(rec) + "\n")
        print(f"\n-- summary, limit {limit:g} s --")
        print(
            "set  n  mean_ours  mean_LB  mean_pubBKS  gap_pubBKS%  gap_BKS*%  =opt/proven  <pubBKS"
        )
        for s, recs in sorted(by_set.items()):
            gap_pub = statistics.mean(
                100 * (x["ours"] - x["published_bks"]) / x["published_bks"] for x in recs
            )
            gap_all = statistics.mean(100 * (x["ours"] - x["bks"]) / x["bks"] for x in recs)
            proven = [x for x in recs if x["optimal_known"]]
            equal = sum(x["ours"] == x["bks"] for x in proven)
            better = sum(x["ours"] < x["published_bks"] for x in recs)
            print(
                f"{s:>3} {len(recs):>2} {statistics.mean(x['ours'] for x in recs):>10.1f} "
                f"{statistics.mean(x['lb'] for x in recs):>8.1f} "
                f"{statistics.mean(x['published_bks'] for x in recs):>12.1f} "
                f"{gap_pub:>12.2f} {gap_all:>10.2f} {equal:>6}/{len(proven):<6} {better:>7}"
            )
    print("\nBKS* = best known including the reference's own HiGHS re-solves.")
    print(f"checker failures: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
