"""Commands about the ledger itself: init, demo, verify, rebuild, import, export."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any, TextIO

import click

from corridor.cli.common import Env, console, emit, pass_env, progress
from corridor.clock import format_time
from corridor.services import disclosure, exports, transfer
from corridor.services.demo import demo_drafts, load_demo


@click.command()
@click.option("--device", default=None, help="Device id of this node (default: random).")
@click.option(
    "--sign/--no-sign",
    default=True,
    help="Make this device's signing key (file beside a SQLite store, or "
    "CORRIDOR_DEVICE_KEY_FILE) and register it.",
)
@pass_env
def init(env: Env, device: str | None, sign: bool) -> None:
    """Create (or migrate) the store, fix this node's device id, and make its signing key."""
    from corridor.cli.transparency import setup_key

    store = env.store(device=device)
    click.echo(f"Store ready: {store.url} (device {store.device}, {store.position()} facts)")
    if sign:
        click.echo(setup_key(env))


@click.command()
@click.option(
    "--until",
    default=None,
    help="Load only what happened up to this moment, e.g. 2016-12-16T12:00+02:00.",
)
@pass_env
def demo(env: Env, until: str | None) -> None:
    """Load the December 2016 eastern Aleppo evacuation (idempotent), or its first part."""
    from corridor.demo import scenario

    moment = ledger_time(until) if until else None
    total = len(demo_drafts(moment))
    with progress("Loading demo", total) as advance:
        added, skipped = load_demo(store=env.store(), progress=advance, until=moment)
    upto = f" up to {moment}" if moment else ""
    click.echo(
        f"Demo operation '{scenario.OP}'{upto}: {added} facts added, {skipped} already present."
    )


def ledger_time(text: str) -> str:
    """A moment typed with its offset (or in UTC) as a ledger time.

    :raises click.BadParameter: not an ISO 8601 date and time.
    """
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(
            f"'{text}' is not a date and time like 2016-12-16T12:00+02:00"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_time(moment.astimezone(UTC))


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
    for device, count in sorted(report.unsigned.items()):
        click.echo(f"unsigned: device {device}: seq 1..{count}, recorded before it had a key")
    click.echo(f"signed: {report.signed} facts, every signature checked")
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


EXPORT_FORMATS = ["jsonl", "csv", "hxl", "flat-csv", "json", "xlsx"]


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True), default="-")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="jsonl",
    help="jsonl/csv: sealed facts for import and sync. hxl: people per day, site and movement "
    "(HXL tags, withheld cells blank). flat-csv/json/xlsx: the same table for partners, or "
    "with --personal the ledger one row per fact.",
)
@click.option(
    "--personal",
    is_flag=True,
    help="flat-csv/json/xlsx: the ledger one row per fact, with person tokens and details "
    "(needs --purpose; the read is logged).",
)
@click.option("--purpose", default="", help="Why personal fields are needed (logged).")
@pass_env
def export(env: Env, path: str, fmt: str, personal: bool, purpose: str) -> None:
    """Export the ledger or its counts to PATH or stdout (formats: docs/sitrep.md)."""
    store = env.store()
    access = None
    if personal:
        if fmt not in ("flat-csv", "json", "xlsx"):
            raise click.UsageError("--personal applies to flat-csv, json and xlsx only")
        access = exports.PersonalAccess(actor=env.settings.actor, purpose=purpose, key=env.key())
        exports.check_access(access)  # before the output file is created
    if fmt == "xlsx" and path == "-":
        raise click.UsageError("xlsx needs a file PATH")
    if fmt in ("jsonl", "csv"):
        with click.open_file(path, "w", encoding="utf-8") as out:
            with progress("Exporting", store.position()) as advance:
                count = transfer.export_facts(store=store, fmt=fmt, out=out, progress=advance)
        console.print(f"Exported {count} facts.")
    elif access is not None:
        count = _row_level(store, fmt, path, access)
        console.print(f"Exported {count} facts.")
    else:  # aggregated, protected (the CLI may wait for a fresh snapshot)
        op = env.op()
        snap = disclosure.fresh_snapshot(store=store, clock=env.clock, op=op)
        if fmt == "xlsx":
            with open(path, "wb") as binary:
                count = exports.write_aggregate(
                    store=store, op=op, fmt=fmt, out=binary, snapshot=snap
                )
        else:
            with click.open_file(path, "w", encoding="utf-8") as out:
                if fmt == "hxl":
                    count = exports.write_hxl(store=store, op=op, out=out, snapshot=snap)
                else:
                    count = exports.write_aggregate(
                        store=store, op=op, fmt=fmt, out=out, snapshot=snap
                    )
        console.print(f"Exported {count} rows.")


def _row_level(store: Any, fmt: str, path: str, access: exports.PersonalAccess) -> int:
    """The ledger one row per fact with personal fields (already checked: purpose and key)."""
    if fmt == "xlsx":
        with open(path, "wb") as binary:
            return exports.write_ledger_xlsx(store=store, out=binary, access=access)
    with click.open_file(path, "w", encoding="utf-8") as out:
        if fmt == "flat-csv":
            return exports.write_ledger_csv(store=store, out=out, access=access)
        return exports.write_ledger_json(store=store, out=out, access=access)


@click.command()
@pass_env
def facts(env: Env) -> None:
    """Print the latest 20 facts (id, type, time) as JSON."""
    store = env.store()
    start = max(0, store.position() - 20)
    emit([{"cursor": c, **f.as_dict()} for c, f in store.read(start, 20)])


COMMANDS = [init, demo, verify, rebuild, import_, export, facts]
