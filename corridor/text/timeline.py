"""Build a dated timeline of events and incidents from the documents' sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from corridor.text.dates import find_dates
from corridor.text.metadata import dateline_span
from corridor.text.model import Document, Sentence, Span

_INCIDENT = re.compile(
    r"\b(?:killed|attack\w*|opened fire|fired|shell\w*|bomb\w*|violat\w*|broke down|clash\w*"
    r"|fighting|stalled|collapse\w*|wounded|injured|executed|detained)\b",
    re.I,
)
_EVENT = re.compile(
    r"\b(?:evacuat\w*|convoy|ceasefire|cease-fire|truce|agreed|agreement|deal|began|begin"
    r"|left|leave|leaving|announced|spoke|met|meet|arriv\w*|launched|advanced|crossing"
    r"|delayed|resum\w*|signed|boarded|gathered|heading)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated happening, with the sentences (in several documents) that report it."""

    day: date
    kind: str
    text: str
    doc_ids: tuple[str, ...]
    spans: tuple[tuple[str, Span], ...]


def _kind(text: str) -> str | None:
    if _INCIDENT.search(text):
        return "incident"
    if _EVENT.search(text):
        return "event"
    return None


def build_timeline(
    documents: list[Document],
    sentences: dict[str, list[Sentence]],
    origin_of: dict[tuple[str, int], int],
    window_days: int = 45,
) -> list[Entry]:
    """Return dated entries, oldest first; near-duplicate reports become one entry.

    Only dates within ``window_days`` before a document's publication are kept, so
    background history ("since 2011") does not flood the timeline.
    """
    merged: dict[tuple[date, int], list[tuple[Sentence, str]]] = {}
    for document in documents:
        if document.published is None:
            continue
        _, body = dateline_span(document.text)
        for sentence in sentences[document.doc_id]:
            if sentence.text.strip() == document.title.strip():
                continue  # a title ("... Daily Flash of 20 September") dates the report
            # "BISHKEK (Agency - 16th September, 2022) Kyrgyzstan has begun ...": the
            # dateline says where and when the report was filed, not what happened
            text = sentence.text[max(0, body - sentence.span.start) :].lstrip()
            kind = _kind(text)
            if kind is None:
                continue
            days = [
                d.day
                for d in find_dates(text, document.published)
                if 0 <= (document.published - d.day).days <= window_days
                and not d.whole_month  # "in September" names no day to put on a timeline
            ]
            if not days:
                continue
            origin = origin_of.get((sentence.doc_id, sentence.index), -1 - len(merged))
            key = (days[0], origin)
            merged.setdefault(key, []).append((replace(sentence, text=text), kind))
    entries = [
        Entry(
            day=day,
            kind="incident" if any(k == "incident" for _, k in items) else "event",
            text=items[0][0].text,
            doc_ids=tuple(dict.fromkeys(s.doc_id for s, _ in items)),
            spans=tuple((s.doc_id, s.span) for s, _ in items),
        )
        for (day, _), items in merged.items()
    ]
    return sorted(entries, key=lambda e: (e.day, e.kind != "incident", e.text))
