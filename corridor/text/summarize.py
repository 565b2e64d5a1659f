"""Write a short multi-document summary in which every sentence cites its articles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from corridor.text.compare import (
    CONTRADICTION,
    SCOPE_UNCLEAR,
    Group,
    Report,
    Series,
    cited_docs,
)
from corridor.text.lexrank import lexrank, similarity_matrix
from corridor.text.model import Document, Figure, Sentence

_QUOTED = re.compile(r"[\"“”]")
_ENDS = re.compile(r"[.!?][\"”’)]*\s*$")
HEADLINE = ("evacuated", "arrived", "remaining", "waiting", "killed", "wounded", "missing")
_VERBS = {
    "evacuated": "left or were evacuated", "arrived": "arrived", "remaining": "remained",
    "waiting": "were waiting to leave", "killed": "were killed", "wounded": "were wounded",
    "missing": "were missing", "present": "were present", "planned": "were to be moved",
    "children": "children", "fighters": "fighters", "civilians": "civilians",
}  # fmt: skip
# The pool LexRank ranks is capped so that its similarity matrix stays small.
MAX_POOL = 300


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
    return f"{day.day} {day:%b} {day.year}" if day else "an unknown date"


def _who(group: Group) -> str:
    """Return who a group counts as the reports word it ("Americans", "Indian students")."""
    for report in group.reports:
        for figure in report.figures:
            if figure.population:
                return figure.population
    return group.population or "people"


def opening(text: str) -> str:
    """Return a sentence with its first letter raised, unless it starts with a name written
    in lower case: a web address ("theguardian.com reported") or a short agency name
    ("dpa"), which keep their spelling."""
    first = text.split(" ", 1)[0]
    if "." in first.rstrip(".") or (first.isalpha() and first.islower() and len(first) <= 3):
        return text
    return text[:1].upper() + text[1:]


def _claim(report: Report) -> str:
    return describe(report.value, report.qualifier, report.vague) if report.qualifier != "range" \
        else f"{report.low:,}–{report.high:,}"  # fmt: skip


# Nouns that already say what happened: "89 deaths", "3,000 arrivals", not "89 deaths who
# were killed".
_SAYS_ITSELF = {
    "killed": ("deaths", "dead", "bodies", "fatalities", "victims"),
    "wounded": ("injured", "wounded", "casualties"),
    "evacuated": ("evacuees", "departures"),
    "arrived": ("arrivals", "newcomers"),
}


def _what(group: Group) -> str:
    who = _who(group)
    where = f" in {group.place}" if group.place else ""
    period = {"24h": " in 24 hours", "cumulative": " in all"}.get(group.period, "")
    if who.lower().split()[-1:] and who.lower().split()[-1] in _SAYS_ITSELF.get(group.metric, ()):
        return f"{who}{where}{period}"
    return f"{who} who {_VERBS.get(group.metric, group.metric)}{where}{period}"


def _as_of(group: Group) -> str:
    """Return the day a group is told as of: ", as of 7 Jun 2023" after a total ("in all"),
    so that the two do not run together."""
    comma = "," if group.period == "cumulative" else ""
    return f"{comma} as of {_day(group.as_of)}"


def listed(items: list[str]) -> str:
    """Return items as an English list: "a", "a and b", "a, b and c"."""
    return items[0] if len(items) < 2 else f"{', '.join(items[:-1])} and {items[-1]}"


def disagreement_sentence(group: Group) -> Cited:
    """Return one sentence naming who said what where sources disagree."""
    conflicting = list(dict.fromkeys(r for pair in group.conflicts() for r in pair))
    said = "; ".join(f"{r.source} said {_claim(r)}" for r in conflicting)
    text = f"Sources disagree on the number of {_what(group)}{_as_of(group)}: {said}."
    return Cited(text, cited_docs(conflicting))


def series_sentence(series: Series) -> Cited:
    """Return one sentence showing a source's figures over successive days."""
    steps = " → ".join(
        f"{describe(value, qualifier if qualifier != 'range' else '', False)} ({_day(day)})"
        for day, value, qualifier, _ in series.points
    )
    where = f" in {series.place}" if series.place else ""
    what = f"{series.population or 'people'} who {_VERBS.get(series.metric, series.metric)}"
    docs = tuple(dict.fromkeys(d for *_, ids in series.points for d in ids))
    last = series.source.split()[-1] if series.source.split() else ""
    # "Local authorities updated their count", "UNHCR updated its count"
    their = "their" if last.islower() and last.endswith("s") else "its"
    text = f"{series.source} updated {their} count of {what}{where}: {steps}."
    return Cited(opening(text), docs)


def claim_sentence(group: Group) -> Cited:
    """Return one sentence giving what each source reported for one quantity."""
    precise = [r for r in group.reports if not r.vague] or group.reports
    by_source: dict[str, list[Report]] = {}
    for report in precise:
        by_source.setdefault(report.source, []).append(report)
    parts = [
        f"{source} reported {listed([_claim(r) for r in reports])}"
        for source, reports in list(by_source.items())[:3]
    ]
    shown = [r for reports in list(by_source.values())[:3] for r in reports]
    if group.status == SCOPE_UNCLEAR:
        # values that differ where a report guessed its period, place or who it counts, or
        # words it in another noun: shown as such, not as one quantity or a disagreement
        said = "; ".join(parts)
        text = (
            f"Figures for {_what(group)}{_as_of(group)} differ, but may not count "
            f"the same people, place or period: {said}."
        )
        return Cited(text, cited_docs(shown))
    text = f"{' and '.join(parts)} {_what(group)}{_as_of(group)}."
    return Cited(opening(text), cited_docs(shown))


def figure_sentences(
    groups: list[Group], series: list[Series] | None = None, per_crisis: int = 2
) -> list[Cited]:
    """Return sentences on the key figures: every disagreement, series, and each crisis's
    best-reported quantities, each citing exactly the articles that state it."""
    cited: list[Cited] = []
    crises = list(dict.fromkeys(g.crisis for g in groups))
    for crisis in crises:
        mine = [g for g in groups if g.crisis == crisis and not g.part]
        for group in mine:
            if group.status == CONTRADICTION:
                cited.append(disagreement_sentence(group))
        for line in series or []:
            if line.crisis == crisis and line.metric in HEADLINE:
                cited.append(series_sentence(line))
        ranked = sorted(
            (g for g in mine if g.status != CONTRADICTION and g.metric in HEADLINE),
            key=lambda g: (-len(g.reports), -(g.high or 0)),
        )
        chosen = ranked[:per_crisis] or sorted(mine, key=lambda g: -len(g.reports))[:1]
        cited.extend(claim_sentence(g) for g in chosen)
    return cited


def _score(
    sentences: list[Sentence],
    figures: list[Figure],
    documents: dict[str, Document],
    similarity: npt.NDArray[np.float64],
) -> list[float]:
    central = lexrank([s.text for s in sentences], similarity=similarity)
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


def _pool(sentences: list[Sentence], figures: list[Figure]) -> list[Sentence]:
    """Return at most MAX_POOL candidate sentences: leads and sentences with figures first."""
    if len(sentences) <= MAX_POOL:
        return sentences
    with_figures = {(f.doc_id, f.sentence_index) for f in figures}
    ranked = sorted(
        sentences,
        key=lambda s: (s.index >= 3 and (s.doc_id, s.index) not in with_figures, s.index),
    )
    keep = {(s.doc_id, s.index) for s in ranked[:MAX_POOL]}
    return [s for s in sentences if (s.doc_id, s.index) in keep]


def summarize(
    documents: list[Document],
    sentences: dict[str, list[Sentence]],
    figures: list[Figure],
    groups: list[Group],
    origin_of: dict[tuple[str, int], int],
    max_words: int = 140,
    series: list[Series] | None = None,
) -> list[Cited]:
    """Return figure sentences plus the most central, non-redundant report sentences."""
    result = figure_sentences(groups, series)
    words = sum(len(c.text.split()) for c in result)
    pool = _pool([s for d in documents for s in sentences[d.doc_id]], figures)
    if not pool:
        return result
    by_id = {d.doc_id: d for d in documents}
    similarity = similarity_matrix([s.text for s in pool])
    scores = _score(pool, figures, by_id, similarity)
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
    for (doc_id, _), shared in origin_of.items():
        members.setdefault(shared, []).append(doc_id)
    published = {d.doc_id: d.published or date.min for d in documents}
    chosen.sort(key=lambda i: (published[pool[i].doc_id], pool[i].doc_id, pool[i].index))
    for index in chosen:
        sentence = pool[index]
        origin = origin_of.get((sentence.doc_id, sentence.index))
        docs = members.get(origin, [sentence.doc_id]) if origin is not None else [sentence.doc_id]
        result.append(Cited(sentence.text, tuple(dict.fromkeys(docs))))
    return result
