"""Compare the hand-written date reader (corridor.text.dates) with dateparser, one run.

Issue 16, move 8. dateparser is installed (trafilatura's htmldate brings it) but is not one
of Corridor's own dependencies. Run from the repository root:
``PYTHONPATH=.:bench python bench/compare_dates.py``. Only the dev split is scored.

Two ways to use dateparser are measured against ``find_dates``:

- ``search``: ``dateparser.search.search_dates`` both finds and resolves the expressions;
- ``resolve``: our pattern finds the expressions and ``dateparser.parse`` resolves each one
  against the publication date (the part of the job dateparser is made for).

For each, the Brief's dev-split scores with the reader swapped in, the expressions in the
dev split's sentences on which it agrees with ``find_dates``, and the CPU cost.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from dateparser import parse as dp_parse
from dateparser.search import search_dates
from devset import load_labels, load_split
from devset import score as devset_score

import corridor.text.extract as extract_module
import corridor.text.tweets as tweets_module
from corridor.text.dates import DATE_RE, DateMention, find_dates
from corridor.text.model import Span
from corridor.text.sentences import split_sentences

Reader = Callable[[str, date | None], list[DateMention]]


def _settings(published: date | None) -> dict[str, Any]:
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    return settings


def by_search(text: str, published: date | None) -> list[DateMention]:
    """dateparser finds and resolves."""
    found = search_dates(text, languages=["en"], settings=_settings(published)) or []
    mentions, cursor = [], 0
    for surface, moment in found:
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        mentions.append(DateMention(Span(start, cursor), moment.date(), surface))
    return mentions


def by_resolve(text: str, published: date | None) -> list[DateMention]:
    """Our pattern finds; dateparser resolves each expression."""
    mentions = []
    for match in DATE_RE.finditer(text):
        moment = dp_parse(match.group(0), languages=["en"], settings=_settings(published))
        if moment is not None:
            mentions.append(
                DateMention(Span(match.start(), match.end()), moment.date(), match.group(0))
            )
    return mentions


def use(reader: Reader) -> None:
    extract_module.find_dates = reader  # type: ignore[assignment]
    tweets_module.find_dates = reader  # type: ignore[assignment]


def dev_sentences() -> list[tuple[str, date | None]]:
    meta, _ = load_labels("dev")
    return [
        (s.text, d.published)
        for d in load_split(meta, "dev")
        for s in split_sentences(d.text, d.doc_id)
    ]


def agreement(sentences: list[tuple[str, date | None]], reader: Reader) -> dict[str, Any]:
    """Expressions both read (overlapping spans) and whether they name the same day."""
    ours_total = theirs_total = both = same_day = 0
    differ: list[str] = []
    for text, published in sentences:
        ours = find_dates(text, published)
        theirs = reader(text, published)
        ours_total += len(ours)
        theirs_total += len(theirs)
        for mine in ours:
            other = next((m for m in theirs if m.span.overlaps(mine.span)), None)
            if other is None:
                differ.append(f"{mine.text!r}: ours {mine.day}, dateparser none")
                continue
            both += 1
            if other.day == mine.day:
                same_day += 1
            else:
                differ.append(f"{mine.text!r}: ours {mine.day}, dateparser {other.day}")
        for other in theirs:
            if not any(m.span.overlaps(other.span) for m in ours):
                differ.append(f"{other.text!r}: ours none, dateparser {other.day}")
    return {
        "expressions_hand_written": ours_total,
        "expressions_dateparser": theirs_total,
        "both_found": both,
        "both_found_same_day": same_day,
        "differences": len(differ),
        "examples_of_differences": differ[:: max(1, len(differ) // 10)][:10],
    }


def cpu_ms_per_sentence(sentences: list[tuple[str, date | None]], reader: Reader) -> float:
    cpu = time.process_time()
    for text, published in sentences:
        reader(text, published)
    return round(1000 * (time.process_time() - cpu) / len(sentences), 3)


KEYS = ("found", "precision", "found_with_right_meaning", "date_on_found")


def main() -> None:
    from corridor.text.gazetteer import index

    index()
    sentences = dev_sentences()
    readers: dict[str, Reader] = {
        "hand_written": find_dates,
        "dateparser_search": by_search,
        "dateparser_resolve": by_resolve,
    }
    by_search("warm up on Friday", date(2020, 1, 1))  # dateparser loads its language data once
    result: dict[str, Any] = {"dev_split_sentences": len(sentences)}
    for name, reader in readers.items():
        use(reader)
        dev = devset_score("dev")
        result[name] = {
            "dev_split": {k: dev[k] for k in KEYS},
            "cpu_ms_per_sentence": min(cpu_ms_per_sentence(sentences, reader) for _ in range(3)),
        }
        if reader is not find_dates:
            result[name]["agreement_with_hand_written"] = agreement(sentences, reader)
    use(find_dates)
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
