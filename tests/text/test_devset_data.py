"""The development set of other evacuations (tests/text/devset) is well formed.

The scorer (bench/devset.py) stops at the first label it cannot place; these checks name every
broken row at once, by file and line only (the held-back split's texts stay unread).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

DEVSET = Path(__file__).parent / "devset"
METRICS = {"evacuated", "arrived", "remaining", "waiting", "killed", "wounded", "missing",
           "planned", "present", "other"}  # fmt: skip
PERIODS = {"", "daily", "24h", "cumulative"}


def _meta() -> dict[str, Any]:
    meta: dict[str, Any] = json.loads((DEVSET / "events.json").read_text(encoding="utf-8"))
    return meta


def _event_of(meta: dict[str, Any], file: str) -> list[str]:
    return [name for name, e in meta["events"].items() if file.startswith(e["prefix"])]


def _rows(split: str) -> list[tuple[int, list[str]]]:
    with (DEVSET / f"labels_{split}.tsv").open(encoding="utf-8") as handle:
        return [
            (number, row)
            for number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1)
            if row and not row[0].startswith("#")
        ]


def _problems(row: list[str], texts: dict[str, str], seen: Counter[tuple[str, str]]) -> list[str]:
    if len(row) != 10:
        return [f"{len(row)} fields"]
    file, surface, value, _qualifier, population, metric, period, _place, _source, as_of = row
    problems = []
    if file not in texts:
        return ["no such article"]
    if not value.isdigit():
        problems.append("value is not a whole number")
    if metric not in METRICS:
        problems.append("unknown metric")
    if period not in PERIODS:
        problems.append("unknown period")
    if metric == "planned" and period:
        problems.append("a planned figure has no period")
    if not population:
        problems.append("no population")
    try:
        if as_of:  # empty when no day can be told
            date.fromisoformat(as_of)
    except ValueError:
        problems.append("as-of is not a day")
    context = surface.replace("«", "").replace("»", "")
    seen[(file, context)] += 1
    if texts[file].count(context) < seen[(file, context)]:
        problems.append("surface not found (or found fewer times than labelled)")
    return problems


@pytest.mark.parametrize("split", ["dev", "test", "test_second", "fresh", "fresh2"])
def test_every_label_is_well_formed_and_found_in_its_article(split: str) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in (DEVSET / "articles").glob("*.txt")}
    seen: Counter[tuple[str, str]] = Counter()
    broken = [
        f"labels_{split}.tsv line {number}: {', '.join(problems)}"
        for number, row in _rows(split)
        if (problems := _problems(row, texts, seen))
    ]
    assert not broken, "\n".join(broken)


def test_every_article_has_one_event_and_its_metadata() -> None:
    meta = _meta()
    names = sorted(p.name for p in (DEVSET / "articles").glob("*.txt"))
    assert names
    assert sorted(meta["documents"]) == names
    for name in names:
        assert len(_event_of(meta, name)) == 1, name
        date.fromisoformat(meta["documents"][name]["published"])


def test_labels_stay_in_their_split() -> None:
    meta = _meta()
    for split in ("dev", "test", "fresh", "fresh2"):
        for number, row in _rows(split):
            (event,) = _event_of(meta, row[0])
            assert meta["events"][event]["split"] == split, f"labels_{split}.tsv line {number}"


def test_labelled_disagreements_and_series_point_at_text_of_their_event() -> None:
    meta = _meta()
    sides = [(d["event"], side) for d in meta["disagreements"] for side in (d["a"], d["b"])]
    sides += [(s["event"], member) for s in meta.get("series", []) for member in s["members"]]
    for event, (file, surface) in sides:
        assert _event_of(meta, file) == [event], file
        assert surface in (DEVSET / "articles" / file).read_text(encoding="utf-8"), file
