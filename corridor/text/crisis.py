"""Tell which crisis each report is about: its main country and when it was published.

Reports whose main country one of them names in its lead, published within 30 days
of each other, are one crisis (a report filed from Cyprus on the Lebanon evacuation is
the Lebanon crisis). Undated reports so linked join the dated crisis they link to, when
there is only one. A report naming no country joins the only crisis of its time.
A crisis is named by the main country most of its reports share, and the year.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from corridor.text.gazetteer import country_name
from corridor.text.model import Document, Sentence
from corridor.text.places import countries_named

WINDOW_DAYS = 30


def crises(documents: list[Document], sentences: dict[str, list[Sentence]]) -> dict[str, str]:
    """Map each document id to a crisis label ("LB 2006", "? 1995" when no country)."""
    info = []
    for document in documents:
        texts = [s.text for s in sentences[document.doc_id]]
        main, _ = countries_named(texts[:40])
        _, lead = countries_named(texts[:3])
        info.append((document, main, lead | ({main} if main else set())))
    parent = list(range(len(info)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_country: dict[str, list[int]] = {}
    for index, (_, main, _) in enumerate(info):
        by_country.setdefault(main, []).append(index)
    for index, (document, _, lead) in enumerate(info):
        for country in lead:
            for other in by_country.get(country, []):
                if other != index and _near(document, info[other][0]):
                    parent[find(index)] = find(other)
    _join_undated(info, parent, find)
    members: dict[int, list[int]] = {}
    for index in range(len(info)):
        members.setdefault(find(index), []).append(index)
    labels: dict[str, str] = {}
    for group in members.values():
        votes = Counter(info[i][1] for i in group if info[i][1])
        country = votes.most_common(1)[0][0] if votes else "?"
        days = [info[i][0].published for i in group]
        years = Counter(day.year for day in days if day is not None)
        year = f" {years.most_common(1)[0][0]}" if years else ""
        for i in group:
            labels[info[i][0].doc_id] = f"{country}{year}"
    # A report that names no country belongs to the only crisis of its time, if one.
    for document, main, _ in info:
        if main:
            continue
        near = {labels[d.doc_id] for d, m, _ in info if m and _near(document, d)}
        if len(near) == 1:
            labels[document.doc_id] = near.pop()
    return labels


def _join_undated(
    info: list[tuple[Document, str, frozenset[str]]], parent: list[int], find: Callable[[int], int]
) -> None:
    """Join each group of undated reports to the one dated crisis its reports link to (one
    names the other's main country in its lead): two undated reports from Rwanda on the Goma
    eruption are that eruption's, not a crisis without a year. Linked to two, it stays apart."""
    touched: dict[int, set[int]] = {}
    for index, (document, main, lead) in enumerate(info):
        if document.published is not None:
            continue
        for other, (dated, other_main, other_lead) in enumerate(info):
            if dated.published is not None and (
                other_main in lead or (main and main in other_lead)
            ):
                touched.setdefault(find(index), set()).add(find(other))
    for root, dated_roots in touched.items():
        if len(dated_roots) == 1:
            parent[find(root)] = dated_roots.pop()


def _near(a: Document, b: Document) -> bool:
    if a.published is None or b.published is None:
        return a.published is None and b.published is None
    return abs((a.published - b.published).days) <= WINDOW_DAYS


def crisis_title(code: str) -> str:
    """Return a crisis key as a reader names it: "PK 2022" -> "Pakistan, 2022" (the
    gazetteer's country name).

    Any other key (no country, or a code the ISO list lacks) is returned as it is.
    """
    country, _, year = code.partition(" ")
    if not (len(country) == 2 and country.isupper() and year.isdigit()):
        return code
    name = country_name(country)
    return code if name == country else f"{name}, {year}"
