"""``corridor brief``: read articles and write a cited brief as Markdown, HTML and JSON.

The reading, ranking and rendering need the optional part ``corridor[text]`` (trafilatura, numpy,
the gazetteers, the language model): they are imported when the command runs, so ``corridor``
and its other commands work without them.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import click

from corridor.cli.common import Env
from corridor.errors import CorridorError, MissingExtra
from corridor.services.brief import record_estimates
from corridor.text.dates import parse_date
from corridor.text.ledger import fact_payload
from corridor.text.model import BriefError, Document, Figure


def _dates(
    _ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]
) -> tuple[date | None, dict[str, date]]:
    """Split ``--date`` values into one date for every file and dates per file."""
    every: date | None = None
    per_file: dict[str, date] = {}
    for value in values:
        name, _, day = value.rpartition("=")
        try:
            parsed = parse_date(day)
        except BriefError as exc:
            raise click.BadParameter(str(exc)) from exc
        if name:
            per_file[name] = parsed
        else:
            every = parsed
    return every, per_file


def _manifest(path: Path | None) -> tuple[dict[str, date], dict[str, str]]:
    """Read a CSV with columns file, date and optionally outlet; refuse it whole if bad."""
    if path is None:
        return {}, {}
    dates: dict[str, date] = {}
    outlets: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise click.BadParameter(f"cannot read manifest: {exc}", param_hint="--manifest") from exc
    for number, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            raise click.BadParameter(f"line {number}: no file", param_hint="--manifest")
        if (row.get("date") or "").strip():
            try:
                dates[name] = parse_date(row["date"])
            except BriefError as exc:
                raise click.BadParameter(f"line {number}: {exc}", param_hint="--manifest") from exc
        if (row.get("outlet") or "").strip():
            outlets[name] = row["outlet"].strip()
    return dates, outlets


@click.command("brief", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "-o",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("brief"),
    show_default=True,
    help="Directory for brief.md, brief.html and brief.json.",
)
@click.option("--outlet", default=None, help="Outlet for every file (overrides metadata).")
@click.option(
    "--date",
    "published",
    callback=_dates,
    multiple=True,
    help="Publication date: YYYY-MM-DD for every file, or FILE=YYYY-MM-DD for one file "
    "(name or path; repeatable). Overrides metadata.",
)
@click.option(
    "--manifest",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="CSV with columns file,date[,outlet]: publication date and outlet per file.",
)
@click.option("--words", default=140, show_default=True, help="Summary length budget in words.")
@click.option(
    "--to-ledger",
    is_flag=True,
    help="Also record the figures as estimate.reported facts in the store (--db, --op).",
)
def brief_command(
    files: tuple[Path, ...],
    out_dir: Path,
    outlet: str | None,
    published: tuple[date | None, dict[str, date]],
    manifest: Path | None,
    words: int,
    to_ledger: bool,
) -> None:
    """Summarise articles into a brief: cited summary, figures by source, timeline."""
    try:
        from corridor.text.brief import build_brief, notices
        from corridor.text.render_html import to_html
        from corridor.text.render_json import to_data
        from corridor.text.render_markdown import to_markdown
        from corridor.text.sources import load_documents
    except ImportError as exc:
        raise click.ClickException(str(MissingExtra("text", "corridor brief", exc))) from None
    every, per_file = published
    listed_dates, listed_outlets = _manifest(manifest)
    batch = load_documents(
        files,
        outlet=outlet,
        published=every,
        dates={**listed_dates, **per_file},
        outlets=listed_outlets,
    )
    for failure in batch.failures:
        click.echo(f"skipped {failure.path}: {failure.reason}", err=True)
    if not batch.documents:
        raise click.ClickException("no readable articles")
    brief = build_brief(batch.documents, batch.failures, max_words=words)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "brief.md").write_text(to_markdown(brief), encoding="utf-8")
    (out_dir / "brief.html").write_text(to_html(brief), encoding="utf-8")
    data = json.dumps(to_data(brief), indent=2, ensure_ascii=False)
    (out_dir / "brief.json").write_text(data + "\n", encoding="utf-8")
    click.echo(
        f"{len(brief.documents)} articles, {len(brief.figures)} figures, "
        f"{len(brief.timeline)} timeline entries -> {out_dir}"
    )
    for notice in notices(brief):
        click.echo(f"warning: {notice}", err=True)
    if to_ledger:
        _to_ledger(brief.figures, brief.documents)


def _to_ledger(figures: list[Figure], documents: list[Document]) -> None:
    env = click.get_current_context().find_object(Env)
    if env is None:
        raise click.ClickException("--to-ledger needs the corridor command's store (--db)")
    payloads = []
    for figure in figures:
        try:
            payloads.append(
                fact_payload(
                    figure, next((d for d in documents if d.doc_id == figure.doc_id), None)
                )
            )
        except BriefError as exc:
            click.echo(f"not recorded: {figure.surface!r}: {exc}", err=True)
    try:
        result = record_estimates(
            store=env.store(),
            clock=env.clock,
            actor=env.settings.actor,
            op=env.op(),
            payloads=payloads,
        )
    except CorridorError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Ledger: {len(result.added)} estimates added, {len(result.skipped)} already there.")
