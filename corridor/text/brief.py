"""Assemble a brief from documents: figures, comparison, timeline and summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from corridor.text.compare import Group, group_figures
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

    def citation(self, doc_id: str) -> int:
        """Return the 1-based number under which a document is cited."""
        return [d.doc_id for d in self.documents].index(doc_id) + 1


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
    figures = [f for d in documents for f in extract_figures(d)]
    groups = group_figures(figures, origin_of)
    timeline = build_timeline(documents, sentences, origin_of)
    summary = summarize(documents, sentences, figures, groups, origin_of, max_words)
    return Brief(documents, figures, groups, timeline, summary, list(failures or []))
