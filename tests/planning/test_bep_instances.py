"""The published instances (read from ../shared, never copied): our bounds never pass a known
plan's makespan, and a greedy plan always passes the checker."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from corridor.planning.bep import parse_bep
from corridor.planning.bounds import lower_bound
from corridor.planning.checker import check_plan
from corridor.planning.heuristic import construct
from corridor.planning.model import Model

BEP = Path(__file__).resolve().parents[3] / "shared" / "bench" / "bep"
REFERENCE = BEP / "results" / "reference_sets2-7.csv"


def rows() -> list[dict[str, str]]:
    if not REFERENCE.exists():
        return []
    with REFERENCE.open() as fh:
        return list(csv.DictReader(fh))


@pytest.mark.skipif(not REFERENCE.exists(), reason="no ../shared/bench/bep beside the project")
@pytest.mark.parametrize("row", rows(), ids=lambda r: f"set{r['set']}-{r['instance']}")
def test_bound_and_checker_on_published_instance(row: dict[str, str]) -> None:
    problem = parse_bep((BEP / row["file"]).read_text(), name=row["file"])
    m = Model.of(problem)
    lb = lower_bound(m)
    assert int(row["LB"]) <= lb <= int(row["best_known_incl_ours"])
    plan = m.to_plan(construct(m))
    report = check_plan(problem, plan)
    assert report.ok, report.errors
    assert plan.makespan >= lb
