"""Score the Brief on the development set of tests/text/devset (issue 14).

The set holds short excerpts of real reports on the evacuations and displacements listed in
events.json, with hand labels (one people-count a line). Its test split (3 events, collected
and labelled before the Brief was run on them) is kept for measuring: rules are tuned on the
dev split only.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from corridor.text.attribution import canonical_source
from corridor.text.brief import Brief, build_brief
from corridor.text.compare import CONTRADICTION, RESIDENT_WORDS, Group
from corridor.text.model import Document, Figure
from corridor.text.sources import read_document

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "text" / "devset"
PEOPLE_METRICS = frozenset(
    {"evacuated", "arrived", "remaining", "waiting", "killed", "wounded", "missing", "planned",
     "present", "other", "children", "fighters", "civilians"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Label:
    """One hand-labelled people-count."""

    file: str
    start: int
    end: int
    value: int
    qualifier: str
    population: str
    metric: str
    period: str
    place: str
    source: str
    as_of: str


def _singular(word: str) -> str:
    word = word.lower().strip()
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(suffix) and len(word) > 3:
            return word[: -len(suffix)] + repl
    return word


def _head(population: str) -> str:
    words = population.split()
    return _singular(words[-1]) if words else ""


def same_population(predicted: str, gold: str) -> bool:
    """Return whether the predicted phrase names the labelled group ("Rohingya Muslims"
    names the Rohingya; "Indian students" names students)."""
    return _head(gold) in {_singular(w) for w in predicted.split()}


def _norm_source(text: str) -> str:
    text = re.sub(r"['’]s\b", "", text.lower())
    text = re.sub(r"\b(?:the|a|an|of|for|u\.s\.|us)\b", " ", text)
    return " ".join(re.findall(r"[a-z]+", text))


def same_source(predicted: str, gold: str) -> bool:
    """Return whether two credits name the same source (loosely: one contains the other).

    Both sides are first put in the brief's canonical spelling of a well-known agency, so a
    label written as the report names it ("the U.N. refugee agency") matches "UNHCR"; any other
    name is compared as written.
    """
    a = _norm_source(canonical_source(predicted))
    b = _norm_source(canonical_source(gold))
    if not a or not b:
        return a == b
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def load_labels(split: str) -> tuple[dict[str, Any], list[Label]]:
    """Return the set's metadata and the labels of one split, with their offsets."""
    meta = json.loads((DEVSET / "events.json").read_text(encoding="utf-8"))
    labels: list[Label] = []
    path = DEVSET / f"labels_{split}.tsv"
    seen: Counter[tuple[str, str]] = Counter()
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    for row in rows:
        file, surface, value, qualifier, population, metric, period, place, source, as_of = row
        text = (DEVSET / "articles" / file).read_text(encoding="utf-8")
        # "put the figure at «2,000»": the figure is the marked part of a longer context.
        context = surface.replace("«", "").replace("»", "")
        inner = surface.find("«")
        figure = surface[inner + 1 : surface.find("»")] if inner >= 0 else surface
        start = -1
        for _ in range(seen[(file, context)] + 1):
            start = text.find(context, start + 1)
        if start < 0:
            raise SystemExit(f"label not found in {file}: {surface!r}")
        seen[(file, context)] += 1
        start += max(inner, 0)
        labels.append(
            Label(file, start, start + len(figure), int(value), qualifier, population, metric,
                  period, place, source, as_of)
        )  # fmt: skip
    return meta, labels


def event_of(meta: dict[str, Any], file: str) -> str:
    """Return the event a file belongs to."""
    return next(name for name, e in meta["events"].items() if file.startswith(e["prefix"]))


def load_split(meta: dict[str, Any], split: str) -> list[Document]:
    """Read a split's files as the CLI would; a date given on the command line is applied."""
    documents = []
    for name, doc_meta in sorted(meta["documents"].items()):
        if meta["events"][event_of(meta, name)]["split"] != split:
            continue
        document = read_document(DEVSET / "articles" / name, doc_id=name)
        if doc_meta.get("date_on_command_line"):
            document = replace(document, published=date.fromisoformat(doc_meta["published"]))
        documents.append(document)
    return documents


def _pair(predicted: list[Figure], labels: list[Label]) -> list[tuple[Figure, Label]]:
    used: set[int] = set()
    pairs = []
    for figure in predicted:
        for index, label in enumerate(labels):
            if index in used or label.file != figure.doc_id:
                continue
            if figure.span.start < label.end and label.start < figure.span.end:
                used.add(index)
                pairs.append((figure, label))
                break
    return pairs


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 3) if total else 0.0


def score(
    split: str,
    details: bool = False,
    events: frozenset[str] | None = None,
    without: frozenset[str] = frozenset(),
    files: frozenset[str] | None = None,
    labelled_by: str = "",
) -> dict[str, Any]:
    """Return the scores of one split, or of the named ``events`` of it, less ``without``.

    A rule round tunes on part of the dev split and reads the rest (``without`` there) in
    totals only, as a check that its rules are not fitted to the texts it looked at.
    ``files`` keeps only those reports; ``labelled_by`` scores against another labelling of
    the split (``"test_second"``: the second labeller's).
    """  # fmt: skip
    meta, labels = load_labels(labelled_by or split)
    documents = load_split(meta, split)

    def kept(file: str) -> bool:
        event = event_of(meta, file)
        return (
            (events is None or event in events) and event not in without
            and (files is None or file in files)
        )  # fmt: skip

    labels = [g for g in labels if kept(g.file)]
    documents = [d for d in documents if kept(d.doc_id)]
    brief = build_brief(documents)
    predicted = [f for f in brief.figures if f.metric in PEOPLE_METRICS]
    pairs = _pair(predicted, labels)

    def meaning(f: Figure, g: Label) -> bool:
        return (
            f.metric == g.metric and f.period == g.period
            and same_population(f.population, g.population)
        )  # fmt: skip

    right = [(f, g) for f, g in pairs if meaning(f, g)]
    published = {d.doc_id: d.published for d in documents}
    dates_ok = sum((f.as_of.isoformat() if f.as_of else "") == g.as_of for f, g in pairs)
    credited = sum(same_source(f.source if f.attributed else "", g.source) for f, g in pairs)
    by_label = {id(g): f for f, g in pairs}
    result: dict[str, Any] = {
        "events": sorted({event_of(meta, d.doc_id) for d in documents}),
        "documents": len(documents),
        "labelled_figures": len(labels),
        "extracted_people_figures": len(predicted),
        "found": _ratio(len(pairs), len(labels)),
        "found_with_right_meaning": _ratio(len(right), len(labels)),
        "precision": _ratio(len(pairs), len(predicted)),
        "value_on_found": _ratio(sum(f.value == g.value for f, g in pairs), len(pairs)),
        "metric_on_found": _ratio(sum(f.metric == g.metric for f, g in pairs), len(pairs)),
        "population_on_found": _ratio(
            sum(same_population(f.population, g.population) for f, g in pairs), len(pairs)
        ),
        "period_on_found": _ratio(sum(f.period == g.period for f, g in pairs), len(pairs)),
        "attribution_on_found": _ratio(credited, len(pairs)),
        "place_on_found": _ratio(
            sum(f.place.lower() == g.place.lower() for f, g in pairs), len(pairs)
        ),
        "date_on_found": _ratio(dates_ok, len(pairs)),
        "documents_with_publication_date": _ratio(
            sum(v is not None for v in published.values()), len(published)
        ),
    }
    result.update(_contradictions(brief, meta, labels, by_label))
    if details:
        result["wrong"] = [
            {"file": g.file, "text": g.file and _surface(g), "got": _describe(by_label.get(id(g))),
             "want": f"{g.metric}/{g.period}/{g.population}/{g.source}/{g.as_of}"}
            for g in labels
            if id(g) not in by_label or not meaning(by_label[id(g)], g)
            or not same_source(by_label[id(g)].source if by_label[id(g)].attributed else "",
                               g.source)
            or (by_label[id(g)].as_of.isoformat() if by_label[id(g)].as_of else "") != g.as_of
        ]  # fmt: skip
        matched = {id(f) for f, _ in pairs}
        result["spurious"] = [
            f"{f.doc_id}: {f.surface!r} {f.metric}/{f.population}" for f in predicted
            if id(f) not in matched
        ]  # fmt: skip
    return result


def _surface(label: Label) -> str:
    text = (DEVSET / "articles" / label.file).read_text(encoding="utf-8")
    return text[label.start : label.end]


def _describe(figure: Figure | None) -> str:
    if figure is None:
        return "missed"
    day = figure.as_of.isoformat() if figure.as_of else ""
    source = figure.source if figure.attributed else ""
    return f"{figure.metric}/{figure.period}/{figure.population}/{source}/{day}"


def _located(file: str, surface: str) -> tuple[str, int, int]:
    """Return where a labelled disagreement's figure stands: file and character span."""
    start = (DEVSET / "articles" / file).read_text(encoding="utf-8").find(surface)
    if start < 0:
        raise SystemExit(f"disagreement not found in {file}: {surface!r}")
    return file, start, start + len(surface)


def _overlaps(figure: Figure, side: tuple[str, int, int]) -> bool:
    file, start, end = side
    return figure.doc_id == file and figure.span.start < end and start < figure.span.end


def _contradictions(
    brief: Brief, meta: dict[str, Any], labels: list[Label], by_label: dict[int, Figure]
) -> dict[str, Any]:
    """Count contradictions raised, those mixing events/populations/periods, real ones found."""
    gold_of = {id(f): g for g in labels if (f := by_label.get(id(g))) is not None}
    raised = [g for g in brief.groups if g.status == CONTRADICTION]
    real = [
        d for d in meta["disagreements"] if d["event"] in {event_of(meta, g.file) for g in labels}
    ]
    sides_of = [[_located(*d["a"]), _located(*d["b"])] for d in real]

    def matches(group: Group, sides: list[tuple[str, int, int]]) -> bool:
        figures = [f for r in group.reports for f in r.figures]
        return all(any(_overlaps(f, side) for f in figures) for side in sides)

    def only(group: Group, sides: list[tuple[str, int, int]]) -> bool:
        """Whether the group is that disagreement and holds no other labelled figure."""
        labelled = [f for r in group.reports for f in r.figures if id(f) in gold_of]
        return matches(group, sides) and all(
            any(_overlaps(f, side) for side in sides) for f in labelled
        )

    mixed = 0
    for group in raised:
        if any(only(group, sides) for sides in sides_of):
            continue  # a labelled disagreement is one quantity, whatever nouns it is told in
        golds = [gold_of[id(f)] for r in group.reports for f in r.figures if id(f) in gold_of]
        events = {event_of(meta, g.file) for g in golds}
        # A place's people, residents and population are one population (compare.py).
        populations = {
            "people" if g.metric == "present" and _head(g.population) in RESIDENT_WORDS
            else _head(g.population)
            for g in golds
        }  # fmt: skip
        periods = {g.period for g in golds}
        metrics = {g.metric for g in golds}
        if len(events) > 1 or len(populations) > 1 or len(periods) > 1 or len(metrics) > 1:
            mixed += 1
    found = sum(any(matches(group, sides) for group in raised) for sides in sides_of)
    return {
        "contradictions_raised": len(raised),
        "contradictions_mixing_events_populations_periods_or_metrics": mixed,
        "real_disagreements_labelled": len(real),
        "real_disagreements_found": found,
    }
