"""Render a brief as a standalone HTML page."""

from __future__ import annotations

from html import escape

from corridor.text.brief import Brief, notices
from corridor.text.compare import Group
from corridor.text.crisis import crisis_title
from corridor.text.key_figures import KeyFigure, key_figures, minor
from corridor.text.render_markdown import key_value, wording

# On a phone each row of the figures table becomes a card of labelled lines, so the page never
# scrolls sideways; a long name (a URL given as outlet) breaks where it must.
_STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:auto;padding:0 1em;"
    "overflow-wrap:break-word}"
    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .4em}"
    ".contradiction{background:#fdd}"
    "ul.key{padding-left:1.2em}ul.key li{margin:.2em 0}.disputed{color:#a00;font-weight:bold}"
    "summary{cursor:pointer;font-weight:bold;margin:.8em 0}"
    "@media (max-width:40em){table.figures,table.figures tbody,table.figures tr,"
    "table.figures td{display:block}table.figures tr.head{display:none}"
    "table.figures tr{border:1px solid #999;margin:.6em 0;padding:.3em .5em}"
    "table.figures td{border:0;padding:.1em 0}"
    'table.figures td::before{content:attr(data-label) ": ";font-weight:bold}}'
)
_COLUMNS = ("crisis", "metric", "who", "period", "place", "as of", "low", "high", "status",
            "reports")  # fmt: skip


def _row(cells: list[str]) -> str:
    return "".join(
        f'<td data-label="{label}">{cell}</td>' for label, cell in zip(_COLUMNS, cells, strict=True)
    )


def _cite(brief: Brief, doc_ids: tuple[str, ...]) -> str:
    return "".join(f'<a href="#doc-{brief.citation(d)}">[{brief.citation(d)}]</a>' for d in doc_ids)


def _key_line(brief: Brief, key: KeyFigure) -> str:
    metric = escape(key.metric) + (f" ({escape(key.period)})" if key.period else "")
    scope = ", ".join(escape(s) for s in (key.population, key.place) if s)
    day = f"as of {key.as_of.isoformat()}" if key.as_of else "undated"
    mark = ' <span class="disputed">⚠ sources disagree</span>' if key.disputed else ""
    return (
        f"<li><b>{metric}: {escape(key_value(key))}</b>{mark} — {scope}; {day}; "
        f"{escape(', '.join(key.sources))} {_cite(brief, key.doc_ids)}</li>"
    )


def _key_figures(brief: Brief) -> str:
    """Return the "Key figures" block: per crisis, the latest value of each people count."""
    keys = key_figures(brief.groups)
    if not keys:
        return ""
    parts = ['<h2>Key figures</h2><div class="key">']
    crises = list(dict.fromkeys(k.crisis for k in keys))
    for crisis in crises:
        if len(crises) > 1 or crisis:
            parts.append(f"<h3>{escape(crisis_title(crisis)) or 'crisis not stated'}</h3>")
        parts.append('<ul class="key">')
        parts += [_key_line(brief, k) for k in keys if k.crisis == crisis]
        parts.append("</ul>")
    parts.append("</div>")
    return "".join(parts)


def _table(brief: Brief, groups: list[Group]) -> str:
    """Return the per-figure table of some groups."""
    parts = ['<table class="figures"><tr class="head">']
    parts.append("".join(f"<th>{label}</th>" for label in _COLUMNS) + "</tr>")
    for group in groups:
        reports = "<br>".join(
            f"{escape(r.source)}: {escape(wording(r))} {_cite(brief, r.doc_ids)}"
            for r in group.reports
        )
        css = "contradiction" if group.status == "contradiction" else ""
        day = group.as_of.isoformat() if group.as_of else "undated"
        cells = [
            escape(group.crisis), escape(group.metric) + (" (part)" if group.part else ""),
            escape(group.population), escape(group.period), escape(group.place), day,
            f"{group.low:,}", f"{group.high:,}", escape(group.status), reports,
        ]  # fmt: skip
        parts.append(f'<tr class="{css}">{_row(cells)}</tr>')
    parts.append("</table>")
    return "\n".join(parts)


def to_html(brief: Brief) -> str:
    """Return the brief as an HTML page with all text escaped."""
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Brief</title>',
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Brief</h1>",
    ]
    warnings = notices(brief)
    if warnings:
        parts.append("<h2>Read this first</h2><ul>")
        parts += [f"<li>{escape(w)}</li>" for w in warnings]
        parts.append("</ul>")
    parts.append(_key_figures(brief))
    parts.append("<h2>Summary</h2><ul>")
    for cited in brief.summary:
        parts.append(f"<li>{escape(cited.text)} {_cite(brief, cited.doc_ids)}</li>")
    parts.append("</ul>")
    main = [g for g in brief.groups if not minor(g)]
    rest = [g for g in brief.groups if minor(g)]
    parts.append(
        f"<details><summary>Figures by quantity ({len(main)})</summary>{_table(brief, main)}"
        "</details>"
    )
    if rest:
        parts.append(
            f"<details><summary>Other figures from one source ({len(rest)})</summary>"
            f"{_table(brief, rest)}</details>"
        )
    parts.append(f"<details><summary>Timeline ({len(brief.timeline)})</summary><ul>")
    for entry in brief.timeline:
        parts.append(
            f"<li><b>{entry.day.isoformat()}</b> ({entry.kind}) {escape(entry.text)} "
            f"{_cite(brief, entry.doc_ids)}</li>"
        )
    parts.append("</ul></details><h2>Sources</h2><ol>")
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
