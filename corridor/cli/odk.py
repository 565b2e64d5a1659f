"""`corridor xlsform` and `corridor odk-import`: registration with ODK Collect or KoboToolbox."""

from __future__ import annotations

from pathlib import Path

import click

from corridor.cli.common import Env, pass_env
from corridor.errors import ValidationError
from corridor.services.xlsform import build_xlsform, import_submissions


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
    type=click.Choice(["json", "csv"]),
    default=None,
    help="Export format (default: from the file name).",
)
@pass_env
def odk_import(env: Env, path: Path, fmt: str | None) -> None:
    """Import ODK Central / KoboToolbox submissions as registrations (re-importing adds nothing)."""
    fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "json")
    try:
        text = path.read_text(encoding="utf-8-sig")  # Kobo's CSV starts with a byte-order mark
    except UnicodeDecodeError as exc:
        raise ValidationError(f"not UTF-8 text (byte {exc.start})", field="file") from None
    result = import_submissions(store=env.store(), op=env.op(), fmt=fmt, text=text)
    click.echo(
        f"Imported {len(result.added)} registrations, {len(result.skipped)} already present."
    )


COMMANDS = [xlsform, odk_import]
