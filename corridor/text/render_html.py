"""Render a brief as a standalone HTML page."""

from __future__ import annotations

from html import escape

from corridor.text.brief import Brief, notices
from corridor.text.render_markdown import wording


def _cite(brief: Brief, doc_ids: tuple[str, ...]) -> str:
    return "".join(f'<a href="#doc-{brief.citation(d)}">[{brief.citation(d)}]</a>' for d in doc_ids)


def to_html(brief: Brief) -> str:
    """Return the brief as an HTML page with all text escaped."""
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8"><title>Brief</title>',
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:0 1em}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .4em}"
        ".contradiction{background:#fdd}</style></head><body>",
        "<h1>Brief</h1>",
    ]
    warnings = notices(brief)
    if warnings:
        parts.append("<h2>Read this first</h2><ul>")
        parts += [f"<li>{escape(w)}</li>" for w in warnings]
        parts.append("</ul>")
    parts.append("<h2>Summary</h2><ul>")
    for cited in brief.summary:
        parts.append(f"<li>{escape(cited.text)} {_cite(brief, cited.doc_ids)}</li>")
    parts.append("</ul><h2>Figures by quantity</h2><table><tr><th>crisis</th><th>metric</th>")
    parts.append("<th>who</th><th>period</th><th>place</th>")
    parts.append("<th>as of</th><th>low</th><th>high</th><th>status</th><th>reports</th></tr>")
    for group in brief.groups:
        reports = "<br>".join(
            f"{escape(r.source)}: {escape(wording(r))} {_cite(brief, r.doc_ids)}"
            for r in group.reports
        )
        css = "contradiction" if group.status == "contradiction" else ""
        day = group.as_of.isoformat() if group.as_of else "undated"
        parts.append(
            f'<tr class="{css}"><td>{escape(group.crisis)}</td>'
            f"<td>{escape(group.metric)}{' (part)' if group.part else ''}</td>"
            f"<td>{escape(group.population)}</td><td>{escape(group.period)}</td>"
            f"<td>{escape(group.place)}</td><td>{day}</td><td>{group.low:,}</td>"
            f"<td>{group.high:,}</td><td>{escape(group.status)}</td><td>{reports}</td></tr>"
        )
    parts.append("</table><h2>Timeline</h2><ul>")
    for entry in brief.timeline:
        parts.append(
            f"<li><b>{entry.day.isoformat()}</b> ({entry.kind}) {escape(entry.text)} "
            f"{_cite(brief, entry.doc_ids)}</li>"
        )
    parts.append("</ul><h2>Sources</h2><ol>")
    for document in brief.documents:
        day = document.published.isoformat() if document.published else "date unknown"
        parts.append(
            f'<li id="doc-{brief.citation(document.doc_id)}">{escape(document.outlet)}, {day} '
            f"{escape(document.title)}</li>"
        )
    parts.append("</ol>")
    if brief.failures:
        parts.append("<h2>Files not read</h2><ul>")
        parts += [f"<li>{escape(f.path)}: {escape(f.reason)}</li>" for f in brief.failures]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
