"""Benchmark the Brief: extraction precision/recall, summary ROUGE vs LexRank, throughput.

Run from the repository root: ``python bench/bench_brief.py [--seeds ../shared/seeds]``.
The articles are read from the seeds folder at run time; the labels file holds only
offsets and structured values, never article text.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from rouge_score import rouge_scorer

from corridor.text.brief import build_brief
from corridor.text.dates import parse_date
from corridor.text.extract import extract_figures
from corridor.text.lexrank import lexrank_summary
from corridor.text.model import Document, Figure
from corridor.text.sentences import split_sentences
from corridor.text.sources import read_document

ROOT = Path(__file__).resolve().parent.parent


def load(seeds: Path, labels: dict[str, Any]) -> list[Document]:
    """Read the labelled articles with the outlet and date the labels give them."""
    documents = []
    for name, meta in sorted(labels["documents"].items()):
        document = read_document(seeds / name, doc_id=name)
        documents.append(
            replace(document, outlet=meta["outlet"], published=parse_date(meta["published"]))
        )
    return documents


def match(
    predicted: list[Figure], gold: list[dict[str, Any]]
) -> list[tuple[Figure, dict[str, Any]]]:
    """Pair predictions with gold figures whose spans overlap (one to one, in order)."""
    used: set[int] = set()
    pairs = []
    for figure in predicted:
        for index, label in enumerate(gold):
            if index in used or label["file"] != figure.doc_id:
                continue
            if figure.span.start < label["end"] and label["start"] < figure.span.end:
                used.add(index)
                pairs.append((figure, label))
                break
    return pairs


def prf(hits: int, predicted: int, gold: int) -> dict[str, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def extraction(documents: list[Document], gold: list[dict[str, Any]]) -> dict[str, Any]:
    predicted = [f for d in documents for f in extract_figures(d)]
    pairs = match(predicted, gold)
    typed = [(f, g) for f, g in pairs if f.metric == g["metric"]]

    def agree(key: str) -> float:
        ok = 0
        for figure, label in pairs:
            if key == "source":
                ok += (figure.source if figure.attributed else "") == label["source"]
            elif key == "as_of":
                ok += (figure.as_of.isoformat() if figure.as_of else "") == label["as_of"]
            else:
                ok += getattr(figure, key) == label[key]
        return round(ok / len(pairs), 3) if pairs else 0.0

    misses = [
        {"file": g["file"][:3], "start": g["start"], "metric": g["metric"]}
        for g in gold
        if not any(g is label for _, label in pairs)
    ]
    spurious = [
        {"file": f.doc_id[:3], "start": f.span.start, "metric": f.metric}
        for f in predicted
        if not any(f is figure for figure, _ in pairs)
    ]
    return {
        "gold": len(gold),
        "predicted": len(predicted),
        "span": prf(len(pairs), len(predicted), len(gold)),
        "span_and_metric": prf(len(typed), len(predicted), len(gold)),
        "on_matched": {k: agree(k) for k in ("value", "qualifier", "source", "as_of", "place")},
        "missed": misses,
        "spurious": spurious,
    }


def summaries(documents: list[Document], reference: str) -> dict[str, Any]:
    brief = build_brief(documents)
    ours = " ".join(c.text for c in brief.summary)
    budget = len(ours.split())
    pool = [s.text for d in documents for s in split_sentences(d.text, d.doc_id)]
    baseline = " ".join(pool[i] for i in lexrank_summary(pool, max_words=budget))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)

    def score(text: str) -> dict[str, float]:
        return {k: round(v.fmeasure, 3) for k, v in scorer.score(reference, text).items()}

    return {
        "reference": "hand-written reference summary in bench/brief_labels.json",
        "words": {"ours": budget, "lexrank": len(baseline.split())},
        "ours": score(ours),
        "lexrank": score(baseline),
        "ours_text": [c.text for c in brief.summary],
    }


def throughput(seeds: Path, labels: dict[str, Any], repeat: int) -> dict[str, Any]:
    """Time reading + full brief of the five seeds, ``repeat`` times, and one large batch."""
    names = sorted(labels["documents"])
    start = time.perf_counter()
    for _ in range(repeat):
        build_brief([read_document(seeds / n, doc_id=n) for n in names])
    per_batch = repeat * len(names) / (time.perf_counter() - start)
    copies = [read_document(seeds / n, doc_id=f"{i}-{n}") for i in range(repeat) for n in names]
    start = time.perf_counter()
    build_brief(copies)
    one_batch = len(copies) / (time.perf_counter() - start)
    return {
        "docs_per_second_batches_of_5": round(per_batch, 1),
        f"docs_per_second_one_batch_of_{len(copies)}": round(one_batch, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=ROOT / ".." / "shared" / "seeds")
    parser.add_argument("--labels", type=Path, default=ROOT / "bench" / "brief_labels.json")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--details", action="store_true", help="list misses and spurious hits")
    args = parser.parse_args()
    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    documents = load(args.seeds, labels)
    result = {
        "extraction": extraction(documents, labels["figures"]),
        "summary": summaries(documents, " ".join(labels["reference_summary"])),
        "throughput": throughput(args.seeds, labels, args.repeat),
    }
    if not args.details:
        result["extraction"].pop("missed")
        result["extraction"].pop("spurious")
        result["summary"].pop("ours_text")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
