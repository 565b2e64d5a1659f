"""How far two people labelling the same reports agree (issue 14): the ceiling of the scores.

`labels_test_second.tsv` is a second, independent labelling of held-back reports (the -02, -03
and -04 reports of each held-back event: 36 reports), made from the written conventions and the
dev split's examples without seeing the first labels. Its labels are paired with the first
labeller's by overlapping spans, as the Brief's figures are (bench/devset.py), and scored with
the same comparisons.
"""

from __future__ import annotations

from typing import Any

from devset import Label, load_labels, same_population, same_source, score


def _pair(first: list[Label], second: list[Label]) -> list[tuple[Label, Label]]:
    used: set[int] = set()
    pairs = []
    for a in first:
        for index, b in enumerate(second):
            if index not in used and a.file == b.file and a.start < b.end and b.start < a.end:
                used.add(index)
                pairs.append((a, b))
                break
    return pairs


def agreement() -> dict[str, Any]:
    """Return the agreement of the second labelling with the first on the files it covers."""
    _, second = load_labels("test_second")
    files = {label.file for label in second}
    first = [label for label in load_labels("test")[1] if label.file in files]
    pairs = _pair(first, second)
    n = len(pairs) or 1

    def share(same: Any) -> float:
        return round(sum(bool(same(a, b)) for a, b in pairs) / n, 3)

    return {
        "reports": len(files),
        "labels_first_second_paired": [len(first), len(second), len(pairs)],
        "value": share(lambda a, b: a.value == b.value),
        "metric": share(lambda a, b: a.metric == b.metric),
        "period": share(lambda a, b: a.period == b.period),
        "population": share(lambda a, b: same_population(b.population, a.population)),
        "meaning": share(
            lambda a, b: (
                a.metric == b.metric
                and a.period == b.period
                and same_population(b.population, a.population)
            )
        ),
        "source": share(lambda a, b: same_source(b.source, a.source)),
        "as_of": share(lambda a, b: a.as_of == b.as_of),
        # The Brief on the same reports, scored against each labeller in turn (share of that
        # labeller's figures found with the right meaning, attribution and date on found).
        "brief_against_first": _brief(frozenset(files), ""),
        "brief_against_second": _brief(frozenset(files), "test_second"),
    }


def _brief(files: frozenset[str], labelled_by: str) -> dict[str, float]:
    result = score("test", files=files, labelled_by=labelled_by)
    keys = ("found", "found_with_right_meaning", "metric_on_found", "period_on_found",
            "attribution_on_found", "date_on_found")  # fmt: skip
    return {key: result[key] for key in keys}


if __name__ == "__main__":
    import json

    print(json.dumps(agreement(), indent=2))
