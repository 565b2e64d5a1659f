"""Render a brief as Markdown."""

from __future__ import annotations

from corridor.text.brief import Brief
from corridor.text.compare import Group


def _cite(brief: Brief, doc_ids: tuple[str, ...]) -> str:
    return "".join(f"[{brief.citation(d)}]" for d in doc_ids)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _range(group: Group) -> str:
    return f"{group.low:,}" if group.low == group.high else f"{group.low:,}–{group.high:,}"


def to_markdown(brief: Brief) -> str:
    """Return the brief as a Markdown document."""
    lines = ["# Brief", "", "## Summary", ""]
    for cited in brief.summary:
        lines.append(f"- {_cell(cited.text)} {_cite(brief, cited.doc_ids)}")
    lines += ["", "## Figures by quantity", ""]
    lines.append("| metric | place | as of | range | status | reports |")
    lines.append("| --- | --- | --- | --- | --- | --- |")
    for group in brief.groups:
        reports = "; ".join(
            f"{r.source}: {(r.qualifier + ' ') if r.qualifier else ''}{r.value:,} "
            f"{_cite(brief, r.doc_ids)}"
            for r in group.reports
        )
        metric = group.metric + (" (part)" if group.part else "")
        day = group.as_of.isoformat() if group.as_of else "undated"
        lines.append(
            f"| {metric} | {_cell(group.place) or '?'} | {day} | {_range(group)} | "
            f"{group.status} | {_cell(reports)} |"
        )
    lines += ["", "## Timeline", ""]
    for entry in brief.timeline:
        lines.append(
            f"- **{entry.day.isoformat()}** ({entry.kind}) {_cell(entry.text)} "
            f"{_cite(brief, entry.doc_ids)}"
        )
    lines += ["", "## Sources", ""]
    for document in brief.documents:
        day = document.published.isoformat() if document.published else "date unknown"
        title = f" — {_cell(document.title)}" if document.title else ""
        lines.append(f"{brief.citation(document.doc_id)}. {document.outlet}, {day}{title}")
    if brief.failures:
        lines += ["", "## Files not read", ""]
        lines += [f"- {f.path}: {f.reason}" for f in brief.failures]
    return "\n".join(lines) + "\n"
