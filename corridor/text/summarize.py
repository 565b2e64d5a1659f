"""Write a short multi-document summary in which every sentence cites its articles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from corridor.text.compare import CONTRADICTION, Group
from corridor.text.lexrank import lexrank, similarity_matrix
from corridor.text.model import Document, Figure, Sentence

_LEADS = {
    "evacuated": "Reported counts of people who had left {place}",
    "remaining": "Estimates of people still in {place}",
    "waiting": "Reports of people waiting to leave {place}",
    "wounded": "Reported numbers of wounded or sick evacuees from {place}",
}
_QUOTED = re.compile(r"[\"“”]")
_ENDS = re.compile(r"[.!?][\"”’)]*\s*$")


@dataclass(frozen=True, slots=True)
class Cited:
    """A summary sentence and the documents it rests on."""

    text: str
    doc_ids: tuple[str, ...]


def describe(value: int, qualifier: str, vague: bool) -> str:
    """Return a figure as words: 'about 1,000', 'thousands'."""
    if vague:
        return qualifier
    return f"{qualifier} {value:,}".strip()


def _day(day: date | None) -> str:
    return f"{day.day} {day:%b}" if day else "undated"


def figure_sentences(groups: list[Group], max_reports: int = 4) -> list[Cited]:
    """Return one sentence per headline metric comparing what each source reported."""
    cited: list[Cited] = []
    for metric, lead in _LEADS.items():
        chosen = [
            g
            for g in groups
            if g.metric == metric and not g.part and g.place not in ("", "Syria")
            and any(r.low is None or r.high is None for r in g.reports)
        ]  # fmt: skip
        if not chosen:
            continue
        place = max(chosen, key=lambda g: len(g.reports)).place
        parts: list[str] = []
        docs: list[str] = []
        for group in sorted(chosen, key=lambda g: g.as_of or date.min):
            said: dict[str, list[str]] = {}
            for report in group.reports:
                if not report.vague:
                    said.setdefault(report.source, []).append(
                        describe(report.value, report.qualifier, False)
                    )
            claims = [f"{source} {', '.join(values)}" for source, values in said.items()]
            claims = claims[:max_reports]
            if not claims:
                continue
            flag = " (contradictory)" if group.status == CONTRADICTION else ""
            parts.append(f"{' and '.join(claims)} as of {_day(group.as_of)}{flag}")
            docs.extend(d for r in group.reports for d in r.doc_ids)
        if parts:
            text = f"{lead.format(place=place)}: {'; '.join(parts)}."
            cited.append(Cited(text, tuple(dict.fromkeys(docs))))
    return cited


def _score(
    sentences: list[Sentence], figures: list[Figure], documents: dict[str, Document]
) -> list[float]:
    central = lexrank([s.text for s in sentences])
    with_figures = {(f.doc_id, f.sentence_index) for f in figures}
    scores = []
    for sentence, centrality in zip(sentences, central, strict=True):
        words = len(sentence.text.split())
        score = centrality * len(sentences)
        if (sentence.doc_id, sentence.index) in with_figures:
            score *= 1.6
        score *= 1.0 + 0.6 / (1.0 + sentence.index / 4.0)
        if words < 8 or words > 55 or not _ENDS.search(sentence.text):
            score = 0.0
        elif len(_QUOTED.findall(sentence.text)) >= 2:
            score *= 0.3
        if documents[sentence.doc_id].title.strip() == sentence.text.strip():
            score *= 0.3
        scores.append(score)
    return scores


def summarize(
    documents: list[Document],
    sentences: dict[str, list[Sentence]],
    figures: list[Figure],
    groups: list[Group],
    origin_of: dict[tuple[str, int], int],
    max_words: int = 140,
) -> list[Cited]:
    """Return figure comparisons plus the most central, non-redundant sentences."""
    result = figure_sentences(groups)
    words = sum(len(c.text.split()) for c in result)
    pool = [s for d in documents for s in sentences[d.doc_id]]
    if not pool:
        return result
    by_id = {d.doc_id: d for d in documents}
    scores = _score(pool, figures, by_id)
    similarity = similarity_matrix([s.text for s in pool])
    chosen: list[int] = []
    for index in sorted(range(len(pool)), key=lambda i: -scores[i]):
        length = len(pool[index].text.split())
        if scores[index] <= 0 or any(similarity[index, c] > 0.45 for c in chosen):
            continue
        if words + length > max_words:
            continue
        chosen.append(index)
        words += length
    members: dict[int, list[str]] = {}
    for sentence in pool:
        origin = origin_of.get((sentence.doc_id, sentence.index))
        if origin is not None:
            members.setdefault(origin, []).append(sentence.doc_id)
    published = {d.doc_id: d.published or date.min for d in documents}
    chosen.sort(key=lambda i: (published[pool[i].doc_id], pool[i].doc_id, pool[i].index))
    for index in chosen:
        sentence = pool[index]
        origin = origin_of.get((sentence.doc_id, sentence.index))
        docs = members.get(origin, [sentence.doc_id]) if origin is not None else [sentence.doc_id]
        result.append(Cited(sentence.text, tuple(dict.fromkeys(docs))))
    return result
