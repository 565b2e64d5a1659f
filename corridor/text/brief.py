"""Assemble a brief from documents: figures, comparison, timeline and summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from corridor.text.compare import Group, Series, find_series, group_figures
from corridor.text.crisis import crises
from corridor.text.dedup import origins
from corridor.text.extract import extract_figures
from corridor.text.model import Document, Figure, IngestFailure, Sentence
from corridor.text.sentences import split_sentences
from corridor.text.summarize import Cited, summarize
from corridor.text.timeline import Entry, build_timeline


@dataclass(slots=True)
class Brief:
    """Everything the brief reports, ready to render."""

    documents: list[Document]
    figures: list[Figure]
    groups: list[Group]
    timeline: list[Entry]
    summary: list[Cited]
    failures: list[IngestFailure] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    crisis_of: dict[str, str] = field(default_factory=dict)
    _numbers: dict[str, int] = field(default_factory=dict, repr=False)

    def citation(self, doc_id: str) -> int:
        """Return the 1-based number under which a document is cited."""
        if len(self._numbers) != len(self.documents):
            self._numbers = {d.doc_id: n for n, d in enumerate(self.documents, start=1)}
        return self._numbers[doc_id]


def build_brief(
    documents: list[Document],
    failures: list[IngestFailure] | None = None,
    max_words: int = 140,
) -> Brief:
    """Return the brief for ``documents`` (document ids must be unique)."""
    ids = [d.doc_id for d in documents]
    if len(set(ids)) != len(ids):
        raise ValueError("document ids must be unique")
    sentences: dict[str, list[Sentence]] = {
        d.doc_id: split_sentences(d.text, d.doc_id) for d in documents
    }
    every = [s for d in documents for s in sentences[d.doc_id]]
    origin_of = origins(every)
    crisis_of = crises(documents, sentences)
    figures = [
        f for d in documents for f in extract_figures(d, sentences[d.doc_id], crisis_of[d.doc_id])
    ]
    groups = group_figures(figures, origin_of)
    series = find_series(groups)
    timeline = build_timeline(documents, sentences, origin_of)
    summary = summarize(documents, sentences, figures, groups, origin_of, max_words, series)
    return Brief(
        documents, figures, groups, timeline, summary, list(failures or []), series, crisis_of
    )


def notices(brief: Brief) -> list[str]:
    """Return what a reader must know before trusting the brief: unknown dates and
    outlets, and articles in languages the Brief does not read."""
    lines: list[str] = []
    undated = [d for d in brief.documents if d.published is None]
    if undated:
        cited = ", ".join(f"[{brief.citation(d.doc_id)}]" for d in undated)
        lines.append(
            f"Publication date unknown for {len(undated)} article(s) {cited}: their "
            "relative dates (Friday, yesterday) are not resolved; give them with "
            "--date FILE=YYYY-MM-DD."
        )
    unknown = [d for d in brief.documents if not d.outlet_known]
    if unknown:
        cited = ", ".join(f"[{brief.citation(d.doc_id)}]" for d in unknown)
        lines.append(
            f"Outlet unknown for {len(unknown)} article(s) {cited}: unattributed figures "
            "in them are credited to the file."
        )
    languages = Counter(f.language for f in brief.failures if f.language)
    for language, count in sorted(languages.items()):
        lines.append(f"{count} {language} article(s) not read (the Brief reads English).")
    return lines
