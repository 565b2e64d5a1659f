"""`corridor xlsform` and `corridor odk-import`: registration with ODK Collect or KoboToolbox."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from corridor.cli.common import Env, pass_env
from corridor.services.odk_import import import_submissions
from corridor.services.odk_read import FORMATS
from corridor.services.xlsform import build_xlsform


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@pass_env
def xlsform(env: Env, path: Path) -> None:
    """Write the registration XLSForm (English and Arabic) for the operation's sites to PATH."""
    version = env.clock.now()[:16].replace("-", "").replace(":", "").replace("T", "")
    with path.open("wb") as out:
        count = build_xlsform(store=env.store(), op=env.op(), out=out, version=version)
    click.echo(f"Wrote {path} ({count} questions, version {version}).")


@click.command("odk-import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Export format (default: from the file name; .xls is read as xlsx).",
)
@pass_env
def odk_import(env: Env, path: Path, fmt: str | None) -> None:
    """Import ODK Central / KoboToolbox submissions as registrations (re-importing adds nothing).

    Each submission is imported on its own; edits become corrections, submissions rejected in
    review are skipped. Exits with status 1 when a submission was refused (the rest is in).
    """
    suffix = path.suffix.lower().lstrip(".")
    fmt = fmt or {"csv": "csv", "xlsx": "xlsx", "xls": "xlsx"}.get(suffix, "json")
    report = import_submissions(
        store=env.store(), clock=env.clock, op=env.op(), fmt=fmt, data=path.read_bytes()
    )
    for outcome in report.problems():
        click.echo(outcome.line(), err=True)
    click.echo(report.summary())
    if report.count("refused"):
        sys.exit(1)


COMMANDS = [xlsform, odk_import]
