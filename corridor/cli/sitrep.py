"""`corridor sitrep`: one day's situation report as HTML and PDF files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from corridor.cli.common import Env, pass_env
from corridor.errors import CorridorError
from corridor.services.disclosure import fresh_snapshot
from corridor.services.sitrep import (
    forecast_from,
    live_forecast,
    make_sitrep,
    stored_forecast,
    stored_forecast_missing,
)


@click.command()
@click.option(
    "--date",
    "date",
    required=True,
    metavar="YYYY-MM-DD",
    help="Report day (a calendar day in the operation's time zone).",
)
@click.option("--lang", type=click.Choice(["en", "ar"]), default="en", help="Language.")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    help="Folder for sitrep-<op>-<date>-<lang>.html and .pdf (default: here).",
)
@click.option(
    "--public",
    is_flag=True,
    help="Public variant: protected figures (withheld ones as x), no free text unless made public.",
)
@click.option("--no-pdf", is_flag=True, help="Write the HTML only.")
@click.option(
    "--forecast",
    "forecast_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Planner forecast as JSON: p10_hours, p50_hours, p90_hours, assumptions, as_of.",
)
@click.option(
    "--live-forecast",
    type=click.FloatRange(1, 3600),
    default=None,
    metavar="SECONDS",
    help="Plan what is left in the ledger for this many seconds and forecast when it is clear.",
)
@pass_env
def sitrep(
    env: Env,
    date: str,
    lang: str,
    out: Path,
    public: bool,
    no_pdf: bool,
    forecast_file: Path | None,
    live_forecast: float | None,
) -> None:
    """Write one day's situation report (figures, chart, trips, incidents, estimates)."""
    forecast = None
    if forecast_file is not None:
        try:
            data = json.loads(forecast_file.read_text(encoding="utf-8"))
        except (ValueError, RecursionError) as exc:  # bad JSON, long numbers, not UTF-8
            raise click.UsageError(
                f"{forecast_file} is not JSON ({exc or 'nested too deeply'})"
            ) from None
        if not isinstance(data, dict):
            raise click.UsageError(f"{forecast_file} must hold a JSON object")
        forecast = forecast_from(data)
    op = env.op()
    if live_forecast is not None:
        if forecast is not None:
            raise click.UsageError("give --forecast or --live-forecast, not both")
        forecast = live_forecast_of(env, op, live_forecast)
    if forecast is None and date:
        forecast = stored_forecast(store=env.store(), op=op, date=date)
    report = make_sitrep(
        store=env.store(),
        op=op,
        date=date,
        lang=lang,
        public=public,
        pdf=not no_pdf,
        forecast=forecast,
        forecast_missing=stored_forecast_missing(store=env.store(), op=op, date=date)
        if date and forecast is None
        else None,
        generated_at=env.clock.now(),
        # The public variant reads protected figures: the stored ones if the ledger has not
        # moved since, else protected now (the CLI may wait; a web request never does).
        snapshot=fresh_snapshot(store=env.store(), clock=env.clock, op=op) if public else None,
    )
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"sitrep-{op}-{report.sitrep.date}-{lang}{'-public' if public else ''}"
    stem.with_suffix(".html").write_text(report.html, encoding="utf-8")
    click.echo(f"Wrote {stem.with_suffix('.html')}")
    if report.pdf is not None:
        stem.with_suffix(".pdf").write_bytes(report.pdf)
        click.echo(f"Wrote {stem.with_suffix('.pdf')}")


COMMANDS = [sitrep]


def live_forecast_of(env: Env, op: str, seconds: float) -> Any:
    """The planner's forecast for the live operation (ledger errors are usage errors here)."""
    try:
        return live_forecast(store=env.store(), op=op, as_of=env.clock.now(), time_limit=seconds)
    except CorridorError as exc:
        raise click.UsageError(f"no live forecast: {exc}") from None
