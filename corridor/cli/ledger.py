"""Commands about the ledger itself: init, demo, verify, rebuild, import, export."""

from __future__ import annotations

import sys
from typing import TextIO

import click

from corridor.cli.common import Env, console, emit, pass_env, progress
from corridor.services import transfer
from corridor.services.demo import load_demo


@click.command()
@click.option("--device", default=None, help="Device id of this node (default: random).")
@pass_env
def init(env: Env, device: str | None) -> None:
    """Create (or migrate) the store and fix this node's device id."""
    store = env.store(device=device)
    click.echo(f"Store ready: {store.url} (device {store.device}, {store.position()} facts)")


@click.command()
@pass_env
def demo(env: Env) -> None:
    """Load the December 2016 eastern Aleppo evacuation (idempotent)."""
    from corridor.demo import aleppo

    total = len(aleppo.build())
    with progress("Loading demo", total) as advance:
        added, skipped = load_demo(store=env.store(), progress=advance)
    click.echo(f"Demo operation '{aleppo.OP}': {added} facts added, {skipped} already present.")


@click.command()
@click.option(
    "--derived/--no-derived",
    default=True,
    help="Also check derived state equals a rebuild from the log.",
)
@pass_env
def verify(env: Env, derived: bool) -> None:
    """Recheck every hash chain; exit 1 if any fact was edited or removed."""
    store = env.store()
    with progress("Verifying", store.position()) as advance:
        report = store.verify(progress=advance)
    for problem in report.problems:
        click.echo(f"PROBLEM: {problem}", err=True)
    derived_ok = store.derived_matches_log() if derived and report.ok else True
    if not derived_ok:
        click.echo("PROBLEM: derived state differs from a rebuild (now rebuilt)", err=True)
    status = "OK" if report.ok and derived_ok else "FAILED"
    click.echo(f"{status}: {report.facts} facts on {report.devices} devices checked.")
    if status != "OK":
        sys.exit(1)


@click.command()
@pass_env
def rebuild(env: Env) -> None:
    """Recompute all derived state (counts, trips, discrepancies) from the log."""
    env.store().rebuild()
    click.echo("Derived state rebuilt from the log.")


@click.command("import")
@click.argument("path", type=click.File("r", encoding="utf-8"))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    default=None,
    help="File format (default: from the file name).",
)
@pass_env
def import_(env: Env, path: TextIO, fmt: str | None) -> None:
    """Import facts from JSON Lines or CSV (see docs/formats.md). Re-importing adds nothing."""
    fmt = fmt or ("csv" if str(getattr(path, "name", "")).endswith(".csv") else "jsonl")
    items = transfer.parse(fmt, path)
    with progress("Importing", len(items)) as advance:
        added, skipped = transfer.import_items(store=env.store(), items=items, progress=advance)
    click.echo(f"Imported {added} facts, {skipped} already present.")


@click.command()
@click.argument("path", type=click.File("w", encoding="utf-8"), default="-")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl")
@pass_env
def export(env: Env, path: TextIO, fmt: str) -> None:
    """Export every sealed fact (with hashes) as JSON Lines or CSV, to PATH or stdout."""
    store = env.store()
    with progress("Exporting", store.position()) as advance:
        count = transfer.export_facts(store=store, fmt=fmt, out=path, progress=advance)
    console.print(f"Exported {count} facts.")


@click.command()
@pass_env
def facts(env: Env) -> None:
    """Print the latest 20 facts (id, type, time) as JSON."""
    store = env.store()
    start = max(0, store.position() - 20)
    emit([{"cursor": c, **f.as_dict()} for c, f in store.read(start, 20)])


COMMANDS = [init, demo, verify, rebuild, import_, export, facts]
