"""Compare the hand-written sentence splitter with pysbd on the Brief's dev split, one run.

Issue 16, move 8. pysbd is not a dependency: install it somewhere aside first, e.g.
``pip install --target /tmp/libs-eval pysbd``, then run from the repository root:
``PYTHONPATH=.:/tmp/libs-eval python bench/compare_sentences.py``. Only the dev split is
scored (the held-back split is never used to choose). Both splitters run in the same
process, alternated, so machine load falls on both alike.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pysbd
from devset import DEVSET, event_of, load_labels
from devset import score as devset_score

import corridor.text.brief as brief_module
import corridor.text.extract as extract_module
from corridor.text.brief import build_brief
from corridor.text.model import Sentence, Span
from corridor.text.sentences import split_sentences
from corridor.text.sources import read_document

Splitter = Callable[[str, str], list[Sentence]]
_PARAGRAPH = re.compile(r"\n+")
_SEGMENTER = pysbd.Segmenter(language="en", clean=False)


def pysbd_split(text: str, doc_id: str = "") -> list[Sentence]:
    """The same contract as ``split_sentences`` (offsets kept, a line break ends a sentence),
    with pysbd choosing the boundaries inside each line."""
    sentences: list[Sentence] = []
    position = 0
    for paragraph, block in enumerate(_PARAGRAPH.split(text)):
        offset = text.index(block, position) if block else position
        cursor = 0
        for piece in _SEGMENTER.segment(block) if block.strip() else []:
            stripped = piece.strip()
            if not stripped:
                continue
            start = block.find(stripped, cursor)
            if start < 0:  # pysbd changed the text: keep what is left of the line whole
                start, stripped = cursor, block[cursor:].strip()
                start = block.find(stripped, cursor)
            end = start + len(stripped)
            cursor = end
            span = Span(offset + start, offset + end)
            sentences.append(
                Sentence(doc_id, len(sentences), span, text[span.start : span.end], paragraph)
            )
        position = offset + len(block)
    return sentences


def use(splitter: Splitter) -> None:
    brief_module.split_sentences = splitter  # type: ignore[assignment]
    extract_module.split_sentences = splitter  # type: ignore[assignment]


def throughput(paths: list[Path], rounds: int) -> dict[str, float]:
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        build_brief([read_document(p, doc_id=p.name) for p in paths])
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "docs_per_second": round(rounds * len(paths) / wall, 1),
        "docs_per_cpu_second": round(rounds * len(paths) / cpu, 1),
    }


def seed_batches(seeds: Path, rounds: int) -> dict[str, float]:
    """The Brief's own throughput figure: the five Aleppo seeds read and briefed in batches."""
    names = sorted(p for p in seeds.glob("*.txt"))
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        build_brief([read_document(p, doc_id=p.name) for p in names])
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "docs_per_second": round(rounds * len(names) / wall, 1),
        "docs_per_cpu_second": round(rounds * len(names) / cpu, 1),
    }


def split_only(texts: list[str], splitter: Splitter, rounds: int) -> float:
    """Milliseconds of CPU per document spent splitting alone."""
    cpu = time.process_time()
    for _ in range(rounds):
        for text in texts:
            splitter(text, "")
    return round(1000 * (time.process_time() - cpu) / (rounds * len(texts)), 2)


def boundaries_differ(texts: dict[str, str]) -> dict[str, Any]:
    ours = {n: {s.span for s in split_sentences(t, n)} for n, t in texts.items()}
    theirs = {n: {s.span for s in pysbd_split(t, n)} for n, t in texts.items()}
    differ = [n for n in texts if ours[n] != theirs[n]]
    examples = []
    for name in differ[:6]:
        text = texts[name]
        only_ours = sorted(ours[name] - theirs[name], key=lambda s: s.start)[:2]
        only_theirs = sorted(theirs[name] - ours[name], key=lambda s: s.start)[:2]
        examples.append(
            {
                "file": name,
                "hand_written": [text[s.start : s.end][:90] for s in only_ours],
                "pysbd": [text[s.start : s.end][:90] for s in only_theirs],
            }
        )
    return {
        "documents": len(texts),
        "documents_split_differently": len(differ),
        "sentences_hand_written": sum(len(v) for v in ours.values()),
        "sentences_pysbd": sum(len(v) for v in theirs.values()),
        "examples": examples,
    }


KEYS = (
    "found", "found_with_right_meaning", "precision", "value_on_found", "metric_on_found",
    "population_on_found", "period_on_found", "attribution_on_found", "place_on_found",
    "date_on_found", "contradictions_raised", "real_disagreements_found",
)  # fmt: skip


def main() -> None:
    from corridor.text.gazetteer import index

    index()  # loaded once per process; kept out of the timings
    paths = sorted((DEVSET / "articles").glob("*.txt"))
    texts = {p.name: read_document(p, doc_id=p.name).text for p in paths}
    candidates: dict[str, Splitter] = {"hand_written": split_sentences, "pysbd": pysbd_split}
    result: dict[str, Any] = {}
    for name, splitter in candidates.items():
        use(splitter)
        dev = devset_score("dev")
        result[name] = {"dev_split": {k: dev[k] for k in KEYS}}
    seeds = Path(__file__).resolve().parent.parent / ".." / "shared" / "seeds"
    timings: dict[str, list[dict[str, float]]] = {name: [] for name in candidates}
    seed_timings: dict[str, list[dict[str, float]]] = {name: [] for name in candidates}
    split_ms: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(3):  # alternate, so a busy moment on the shared machine hits both
        for name, splitter in candidates.items():
            use(splitter)
            timings[name].append(throughput(paths, 2))
            if seeds.is_dir():
                seed_timings[name].append(seed_batches(seeds, 2))
            split_ms[name].append(split_only(list(texts.values()), splitter, 5))
    for name in candidates:
        best = max(timings[name], key=lambda t: t["docs_per_cpu_second"])
        result[name][f"brief_of_the_{len(paths)}_devset_reports"] = best
        if seed_timings[name]:
            seed_best = max(seed_timings[name], key=lambda t: t["docs_per_cpu_second"])
            result[name]["aleppo_seeds_in_batches_of_5"] = seed_best
        result[name]["cpu_ms_per_document_splitting_only"] = min(split_ms[name])
    use(split_sentences)
    meta, _ = load_labels("dev")
    dev_only = {
        n: t for n, t in texts.items() if meta["events"][event_of(meta, n)]["split"] == "dev"
    }
    result["boundaries_dev_split"] = boundaries_differ(dev_only)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
