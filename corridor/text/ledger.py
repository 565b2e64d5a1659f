"""Turn extracted figures into ``estimate.reported`` fact payloads for the ledger."""

from __future__ import annotations

from typing import Any

from corridor.domain.vocabulary import METRICS as LEDGER_METRICS
from corridor.text.categories import METRICS
from corridor.text.model import BriefError, Document, Figure

# Brief metrics the ledger's estimate.reported does not list yet are recorded under the
# nearest one it does, with the Brief's own metric kept in the note: an arrival is a
# count of people moved out; a plan, a stock or a missing count is "other", never
# "evacuated".
TO_LEDGER = {"arrived": "evacuated", "planned": "other", "present": "other",
             "missing": "other", "vehicles": "other"}  # fmt: skip

MAX_QUALIFIER = 40
MAX_SOURCE = 200


def fact_payload(figure: Figure, document: Document | None = None) -> dict[str, Any]:
    """Return the ``estimate.reported`` payload for one figure.

    Raises :class:`BriefError` when the figure cannot satisfy the schema (unknown
    metric, negative value, missing source).
    """
    if figure.metric not in METRICS:
        raise BriefError(f"unknown metric {figure.metric!r}")
    if figure.value < 0:
        raise BriefError("a reported value cannot be negative")
    source = figure.source.strip()[:MAX_SOURCE]
    if not source:
        raise BriefError("a reported figure needs a source")
    metric = TO_LEDGER.get(figure.metric, figure.metric)
    if metric not in LEDGER_METRICS:
        raise BriefError(f"unknown metric {figure.metric!r}")
    payload: dict[str, Any] = {"metric": metric, "value": int(figure.value)}
    if figure.low is not None:
        payload["low"] = int(figure.low)
    if figure.high is not None:
        payload["high"] = int(figure.high)
    if figure.qualifier:
        payload["qualifier"] = figure.qualifier[:MAX_QUALIFIER]
    payload["source"] = source
    if document is not None and document.outlet:
        payload["outlet"] = document.outlet
    if document is not None and document.url:
        payload["url"] = document.url
    if figure.place:
        payload["place"] = figure.place
    if figure.as_of is not None:
        payload["as_of"] = figure.as_of.isoformat()
    note = f'"{figure.surface} {figure.subject}" at {figure.doc_id}:{figure.span.start}'
    if metric != figure.metric:
        note = f"{note}; metric: {figure.metric}"
    if figure.population:
        note = f"{note}; counts: {figure.population}"
    if figure.period:
        note = f"{note}; period: {figure.period}"
    if figure.note:
        note = f"{note}; {figure.note}"
    if not figure.attributed:
        note = f"{note}; not attributed in the text, source is the outlet"
    payload["note"] = note
    return payload


def fact_payloads(figures: list[Figure], documents: list[Document]) -> list[dict[str, Any]]:
    """Return one ``estimate.reported`` payload per figure, in input order."""
    by_id = {d.doc_id: d for d in documents}
    return [fact_payload(f, by_id.get(f.doc_id)) for f in figures]
