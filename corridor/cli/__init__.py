"""The `corridor` command: a thin edge that parses options, calls a service, prints."""

from __future__ import annotations

import click

from corridor.cli import (
    ledger,
    odk,
    personal,
    reception,
    serve,
    setup,
    sitrep,
    sync,
    track,
    transparency,
    users,
    views,
    workers,
)
from corridor.cli.brief import brief_command
from corridor.cli.common import Env
from corridor.cli.plan import plan_command
from corridor.config import load_settings
from corridor.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="corridor")
@click.option(
    "--db",
    envvar="CORRIDOR_DB",
    default=None,
    metavar="URL",
    help="Store: SQLite file (default corridor.db), memory: or postgresql://...",
)
@click.option(
    "--op",
    envvar="CORRIDOR_OP",
    default=None,
    help="Operation id (default: the only or first one).",
)
@click.option(
    "--actor",
    envvar="CORRIDOR_ACTOR",
    default=None,
    help="Who records the facts (default: login name).",
)
@click.pass_context
def main(ctx: click.Context, db: str | None, op: str | None, actor: str | None) -> None:
    """Corridor: know who has left, who is waiting, what happened, and when it will be over."""
    ctx.obj = Env(load_settings(db=db, op=op, actor=actor))


COMMAND_MODULES = (
    setup, ledger, track, views, workers, personal, serve, users, sitrep, odk, sync, transparency,
    reception,
)  # fmt: skip
for module in COMMAND_MODULES:
    for command in module.COMMANDS:
        main.add_command(command)
main.add_command(brief_command, "brief")
main.add_command(plan_command, "plan")
