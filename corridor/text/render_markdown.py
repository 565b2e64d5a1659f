"""Render a brief as Markdown; every piece of article text is escaped."""

from __future__ import annotations

import re

from corridor.text.brief import Brief, notices
from corridor.text.compare import Report
from corridor.text.crisis import crisis_title
from corridor.text.key_figures import KeyFigure, key_figures

_SPECIAL = re.compile(r"([\\`*_\[\]{}|#!~])")


def escape_md(text: str) -> str:
    """Return ``text`` safe to put inside a Markdown line or table cell.

    Markdown syntax characters are backslash-escaped and HTML is neutralised
    (``<script>`` becomes ``&lt;script&gt;``); line breaks become spaces.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _cite(brief: Brief, doc_ids: tuple[str, ...]) -> str:
    return "".join(f"\\[{brief.citation(d)}\\]" for d in doc_ids)


def wording(report: Report) -> str:
    """Return a report's figure as worded: "about 1,000", "dozens (24–99)", "2,000–5,000"."""
    if report.vague:
        return f"{report.qualifier} ({report.low:,}–{report.high:,})"
    if report.qualifier == "range":
        return f"{report.low:,}–{report.high:,}"
    return f"{report.qualifier} {report.value:,}".strip()


def _range(low: int, high: int) -> str:
    """Return one value, or the range the sources give: "1,200" or "1,100–1,300"."""
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def key_value(key: KeyFigure) -> str:
    """Return a key figure's value as worded when one value, else the range of the sources."""
    return wording(key.example) if key.low == key.high else _range(key.low, key.high)


def _key_figures(brief: Brief) -> list[str]:
    """Return the "Key figures" list: per crisis, the latest value of each people count."""
    keys = key_figures(brief.groups)
    if not keys:
        return []
    lines = ["## Key figures", ""]
    for key in keys:
        metric = key.metric + (f" ({key.period})" if key.period else "")
        scope = ", ".join(escape_md(s) for s in (key.population, key.place) if s)
        day = f"as of {key.as_of.isoformat()}" if key.as_of else "undated"
        mark = " — **sources disagree**" if key.disputed else ""
        crisis = f"{escape_md(crisis_title(key.crisis))}: " if key.crisis else ""
        lines.append(
            f"- {crisis}**{metric}: {escape_md(key_value(key))}**{mark} — {scope}; {day}; "
            f"{escape_md(', '.join(key.sources))} {_cite(brief, key.doc_ids)}"
        )
    return [*lines, ""]


def to_markdown(brief: Brief) -> str:
    """Return the brief as a Markdown document."""
    lines = ["# Brief", ""]
    warnings = notices(brief)
    if warnings:
        lines += ["## Read this first", ""]
        lines += [f"- {escape_md(w)}" for w in warnings]
        lines.append("")
    lines += _key_figures(brief)
    lines += ["## Summary", ""]
    for cited in brief.summary:
        lines.append(f"- {escape_md(cited.text)} {_cite(brief, cited.doc_ids)}")
    lines += ["", "## Figures by quantity", ""]
    lines.append("| crisis | metric | who | period | place | as of | range | status | reports |")
    lines.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for group in brief.groups:
        reports = "; ".join(
            f"{escape_md(r.source)}: {escape_md(wording(r))} {_cite(brief, r.doc_ids)}"
            for r in group.reports
        )
        metric = group.metric + (" (part)" if group.part else "")
        day = group.as_of.isoformat() if group.as_of else "undated"
        span = _range(group.low, group.high)
        lines.append(
            f"| {escape_md(group.crisis)} | {metric} | {escape_md(group.population)} | "
            f"{group.period or '—'} | {escape_md(group.place) or '?'} | {day} | {span} | "
            f"{group.status} | {reports} |"
        )
    if brief.series:
        lines += ["", "## Updates from one source", ""]
        for series in brief.series:
            steps = " → ".join(
                f"{value:,} ({day.isoformat()})" for day, value, _, _ in series.points
            )
            docs = tuple(dict.fromkeys(d for *_, ids in series.points for d in ids))
            lines.append(
                f"- {escape_md(series.source)}, {series.metric}, {escape_md(series.population)}"
                f"{', ' + escape_md(series.place) if series.place else ''}: {steps} "
                f"{_cite(brief, docs)}"
            )
    lines += ["", "## Timeline", ""]
    for entry in brief.timeline:
        lines.append(
            f"- **{entry.day.isoformat()}** ({entry.kind}) {escape_md(entry.text)} "
            f"{_cite(brief, entry.doc_ids)}"
        )
    lines += ["", "## Sources", ""]
    for document in brief.documents:
        day = document.published.isoformat() if document.published else "date unknown"
        title = f" — {escape_md(document.title)}" if document.title else ""
        lines.append(
            f"{brief.citation(document.doc_id)}. {escape_md(document.outlet)}, {day}{title}"
        )
    if brief.failures:
        lines += ["", "## Files not read", ""]
        lines += [f"- {escape_md(f.path)}: {escape_md(f.reason)}" for f in brief.failures]
    return "\n".join(lines) + "\n"
