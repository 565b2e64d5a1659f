"""Render a brief as JSON-ready data."""

from __future__ import annotations

from typing import Any

from corridor.text.brief import Brief, notices
from corridor.text.ledger import fact_payloads
from corridor.text.model import Figure


def _figure(figure: Figure) -> dict[str, Any]:
    return {
        "doc_id": figure.doc_id,
        "start": figure.span.start,
        "end": figure.span.end,
        "text": figure.surface,
        "value": figure.value,
        "low": figure.low,
        "high": figure.high,
        "qualifier": figure.qualifier,
        "metric": figure.metric,
        "subject": figure.subject,
        "place": figure.place,
        "as_of": figure.as_of.isoformat() if figure.as_of else None,
        "source": figure.source,
        "attributed": figure.attributed,
        "note": figure.note,
        "population": figure.population,
        "period": figure.period,
        "crisis": figure.crisis,
    }


def to_data(brief: Brief) -> dict[str, Any]:
    """Return the brief as plain dicts and lists (json.dumps-able)."""
    return {
        "documents": [
            {
                "doc_id": d.doc_id,
                "citation": brief.citation(d.doc_id),
                "outlet": d.outlet,
                "published": d.published.isoformat() if d.published else None,
                "title": d.title,
                "url": d.url,
                "path": d.path,
                "outlet_known": d.outlet_known,
            }
            for d in brief.documents
        ],
        "failures": [
            {"path": f.path, "reason": f.reason, "language": f.language or None}
            for f in brief.failures
        ],
        "notices": notices(brief),
        "summary": [
            {"text": c.text, "citations": [brief.citation(d) for d in c.doc_ids]}
            for c in brief.summary
        ],
        "groups": [
            {
                "crisis": g.crisis,
                "metric": g.metric,
                "population": g.population,
                "period": g.period,
                "place": g.place,
                "as_of": g.as_of.isoformat() if g.as_of else None,
                "part_of_larger_figure": g.part,
                "low": g.low,
                "high": g.high,
                "status": g.status,
                "reports": [
                    {
                        "source": r.source,
                        "value": r.value,
                        "qualifier": r.qualifier,
                        "citations": [brief.citation(d) for d in r.doc_ids],
                        "repeats": len(r.figures),
                    }
                    for r in g.reports
                ],
            }
            for g in brief.groups
        ],
        "series": [
            {
                "source": s.source,
                "crisis": s.crisis,
                "metric": s.metric,
                "population": s.population,
                "period": s.period,
                "place": s.place,
                "points": [
                    {
                        "as_of": day.isoformat(),
                        "value": value,
                        "qualifier": qualifier,
                        "citations": [brief.citation(d) for d in ids],
                    }
                    for day, value, qualifier, ids in s.points
                ],  # fmt: skip
            }
            for s in brief.series
        ],
        "timeline": [
            {
                "date": e.day.isoformat(),
                "kind": e.kind,
                "text": e.text,
                "citations": [brief.citation(d) for d in e.doc_ids],
                "spans": [{"doc_id": d, "start": s.start, "end": s.end} for d, s in e.spans],
            }
            for e in brief.timeline
        ],
        "figures": [_figure(f) for f in brief.figures],
        "ledger_facts": fact_payloads(brief.figures, brief.documents),
    }
