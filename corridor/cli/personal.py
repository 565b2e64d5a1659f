"""Commands for personal details: make a key, reveal with a reason, purge, see who read what."""

from __future__ import annotations

import os
from pathlib import Path

import click

from corridor.cli.common import Env, emit, pass_env
from corridor.domain.personal import new_key_text
from corridor.services.personal import reveal as reveal_details
from corridor.services.sync import purge_synced


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def keygen(path: Path) -> None:
    """Write a new personal-data key to PATH (mode 600). Keep it off the database's disk."""
    if path.exists():
        raise click.ClickException(f"{path} exists: refusing to overwrite a key")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(new_key_text() + "\n")
    click.echo(f"Key written to {path}. Set CORRIDOR_KEY_FILE={path} on nodes that need it.")


@click.command()
@click.argument("token")
@click.option("--purpose", required=True, help="Why you need to see it (logged).")
@pass_env
def reveal(env: Env, token: str, purpose: str) -> None:
    """Show a person's encrypted details (name, phone...); the read is logged."""
    emit(
        reveal_details(
            store=env.store(),
            key=env.key(),
            actor=env.settings.actor,
            op=env.op(),
            person_id=token,
            purpose=purpose,
        )
    )


@click.command()
@click.option(
    "--up-to",
    type=click.IntRange(0),
    default=None,
    help="Only facts up to this cursor (e.g. what the server has acknowledged).",
)
@click.option(
    "--synced",
    is_flag=True,
    help="Only what the sync peers have acknowledged (with --peer: that peer).",
)
@click.option("--peer", default=None, metavar="URL", help="With --synced: only this peer.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_env
def purge(env: Env, up_to: int | None, synced: bool, peer: str | None, yes: bool) -> None:
    """Delete personal details from this node (counts and hash chains are unchanged)."""
    if synced and up_to is not None:
        raise click.UsageError("use either --synced or --up-to")
    if peer and not synced:
        raise click.UsageError("--peer goes with --synced")
    if not yes:
        click.confirm("Delete personal details from this node for good?", abort=True)
    if synced:
        count, up_to = purge_synced(store=env.store(), actor=env.settings.actor, peer=peer)
    else:
        count = env.store().purge_personal(actor=env.settings.actor, up_to=up_to)
    where = "" if up_to is None else f" up to cursor {up_to}"
    click.echo(f"Purged personal details of {count} registrations{where} from this node.")


@click.command("access-log")
@pass_env
def access_log(env: Env) -> None:
    """Every read and purge of personal details on this node, as JSON."""
    emit(env.store().personal_log())


COMMANDS = [keygen, reveal, purge, access_log]
