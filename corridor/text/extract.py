"""Extract figures about people and vehicles from one document."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from typing import TypeVar

from corridor.text.attribution import Attribution, attribute, known_sources, refers_back
from corridor.text.categories import choose_metric, event_of, head_noun, is_subset
from corridor.text.dates import DateMention, find_dates
from corridor.text.model import Document, Figure, Sentence, Span
from corridor.text.numbers import NumberMention, find_numbers
from corridor.text.places import PlaceMention, find_places
from corridor.text.sentences import split_sentences
from corridor.text.tweets import find_posts

_PLANNED = re.compile(r"\b(?:would|will|to be|planned|expected to|due to)\b", re.I)
_FIGURE_OF = re.compile(r"(?:figure|total|toll|number|estimate) of\s*$", re.I)


T = TypeVar("T", DateMention, PlaceMention, Attribution)


def _nearest(items: list[T], position: int) -> T:
    return min(items, key=lambda item: abs(item.span.start - position))


class _Context:
    """What earlier sentences of the document established (speaker, figures)."""

    def __init__(self, document: Document, sentences: list[Sentence]) -> None:
        self.document = document
        self.last_source: str = ""
        self.last_figure: Figure | None = None
        counts = Counter(p.name for s in sentences for p in find_places(s.text))
        self.main_place = counts.most_common(1)[0][0] if counts else ""
        self.previous_places: list[PlaceMention] = []
        paragraphs = document.text.split("\n")
        self.posts = find_posts(paragraphs, document.published)


def _paragraph_index(text: str, position: int) -> int:
    return text.count("\n", 0, position)


def _figure(
    context: _Context, sentence: Sentence, mention: NumberMention, pronoun_first: bool
) -> Figure | None:
    text = sentence.text
    before = text[: mention.span.start]
    after = text[mention.span.end :]
    noun = head_noun(after)
    inherited = False
    if noun is None:
        previous = context.last_figure
        if previous is None or not _FIGURE_OF.search(before) or mention.vague:
            return None
        noun, inherited = (previous.subject, previous.subject, ()), True
    word, subject, modifiers = noun
    noun_end = after.lower().find(word) + len(word) if word in after.lower() else 0
    event = event_of(before, after[noun_end:])
    if {"wounded", "injured", "sick"} & set(modifiers):
        event = "wounded"
    subset = is_subset(before, after)
    if inherited and context.last_figure is not None:
        metric = context.last_figure.metric
    else:
        metric = choose_metric(subject, event, subset)
    document = context.document
    start = sentence.span.start + mention.span.start
    end = sentence.span.start + mention.span.end
    return Figure(
        doc_id=document.doc_id,
        span=Span(start, end),
        surface=document.text[start:end],
        value=mention.value,
        metric=metric,
        subject=word,
        low=mention.low,
        high=mention.high,
        qualifier=mention.qualifier,
        place=_place(context, sentence, mention.span.start),
        as_of=_date(context, sentence, mention.span.start),
        source="",
        sentence_index=sentence.index,
        note=_note(subject, word, subset, event, metric, text),
    )


def _note(subject: str, word: str, subset: bool, event: str, metric: str, text: str) -> str:
    parts: list[str] = []
    if subset:
        parts.append("part of a larger figure")
    if subject in ("women", "other") or (metric != subject and subject == "children"):
        parts.append(f"counts {word}")
    if event and event != metric:
        parts.append(f"event: {event}")
    if _PLANNED.search(text):
        parts.append("may be planned, not done")
    return "; ".join(parts)


def _place(context: _Context, sentence: Sentence, position: int) -> str:
    places = find_places(sentence.text)
    later = [p for p in places if p.span.start >= position]
    if later:
        return later[0].name
    if places:
        return places[-1].name
    if context.previous_places:
        return context.previous_places[-1].name
    return context.main_place


def _date(context: _Context, sentence: Sentence, position: int) -> date | None:
    published = context.document.published
    paragraph = _paragraph_index(context.document.text, sentence.span.start)
    post = context.posts.get(paragraph)
    dates = [d for d in find_dates(sentence.text, published) if d.day <= (published or d.day)]
    if dates:
        return _nearest(dates, position).day
    if post is not None and post.day is not None:
        return post.day
    return published


def _source(context: _Context, sentence: Sentence, position: int, pronoun_first: bool) -> str:
    paragraph = _paragraph_index(context.document.text, sentence.span.start)
    post = context.posts.get(paragraph)
    if post is not None:
        return post.source
    if pronoun_first and context.last_source:
        return context.last_source
    found = attribute(sentence.text, position)
    if found is not None:
        return found.source
    if refers_back(sentence.text) and context.last_source:
        return context.last_source
    return ""


def _pronoun_first(text: str) -> bool:
    sources = known_sources(text)
    match = re.search(r"\b(?:It|He|She|They|it|he|she|they)\s+(?:said|reported|tweeted)", text)
    return match is not None and (not sources or match.start() < sources[0].span.start)


def extract_figures(document: Document) -> list[Figure]:
    """Return every figure about people or vehicles in ``document``, in text order."""
    sentences = split_sentences(document.text, document.doc_id)
    context = _Context(document, sentences)
    figures: list[Figure] = []
    for sentence in sentences:
        date_spans = [d.span for d in find_dates(sentence.text, document.published)]
        pronoun_first = _pronoun_first(sentence.text)
        for mention in find_numbers(sentence.text):
            if any(mention.number_span.overlaps(span) for span in date_spans):
                continue
            figure = _figure(context, sentence, mention, pronoun_first)
            if figure is None:
                continue
            source = _source(context, sentence, mention.span.start, pronoun_first)
            figure = _with_source(figure, source or document.outlet, bool(source))
            figures.append(figure)
            if "part of a larger figure" not in figure.note:
                context.last_figure = figure
        spoken = _source(context, sentence, 0, pronoun_first)
        if spoken:
            context.last_source = spoken
        context.previous_places = find_places(sentence.text) or context.previous_places[-0:]
    return figures


def _with_source(figure: Figure, source: str, attributed: bool) -> Figure:
    return replace(figure, source=source, attributed=attributed)
