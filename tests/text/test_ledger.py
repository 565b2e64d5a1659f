from dataclasses import replace
from datetime import date

import pytest

from corridor.text.categories import METRICS
from corridor.text.extract import extract_figures
from corridor.text.ledger import fact_payload, fact_payloads
from corridor.text.model import BriefError, Document, Figure, Span

ALLOWED = {"metric", "value", "low", "high", "qualifier", "source", "outlet", "url", "place",
           "as_of", "note"}  # fmt: skip


def test_it_turns_extracted_figures_into_schema_payloads() -> None:
    doc = Document(
        "d", "The UN said at least 300 people remained in eastern Aleppo.", "Post",
        date(2016, 12, 16), url="https://example.org/a",
    )  # fmt: skip
    (payload,) = fact_payloads(extract_figures(doc), [doc])
    assert set(payload) <= ALLOWED
    assert payload["metric"] == "remaining" and payload["metric"] in METRICS
    assert (payload["value"], payload["low"], payload["qualifier"]) == (300, 300, "at least")
    assert (payload["source"], payload["outlet"], payload["url"]) == (
        "UN", "Post", "https://example.org/a",
    )  # fmt: skip
    assert payload["as_of"] == "2016-12-16"
    assert len(payload["qualifier"]) <= 40 and len(payload["source"]) <= 200


def test_it_refuses_figures_the_schema_cannot_hold() -> None:
    figure = Figure("d", Span(0, 1), "9", 9, "evacuated", "people", source="UN")
    with pytest.raises(BriefError):
        fact_payload(replace(figure, metric="tourists"))
    with pytest.raises(BriefError):
        fact_payload(replace(figure, source=" "))
    with pytest.raises(BriefError):
        fact_payload(replace(figure, value=-1))
    long = fact_payload(replace(figure, source="x" * 500))
    assert len(long["source"]) == 200


def test_new_brief_metrics_map_to_ledger_metrics_without_turning_plans_into_moves() -> None:
    figure = Figure("d", Span(0, 1), "9", 9, "evacuated", "people", source="UN")
    arrived = fact_payload(replace(figure, metric="arrived", population="Americans"))
    assert arrived["metric"] == "evacuated" and "metric: arrived" in arrived["note"]
    assert "counts: Americans" in arrived["note"]
    planned = fact_payload(replace(figure, metric="planned"))
    assert planned["metric"] == "other" and "metric: planned" in planned["note"]
