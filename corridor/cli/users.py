"""Commands for web accounts and API tokens."""

from __future__ import annotations

import secrets
from typing import TextIO

import click

from corridor.cli.common import Env, pass_env
from corridor.services import accounts


@click.group()
def user() -> None:
    """Web accounts: admin, coordinator, registrar (per site), observer."""


@user.command("add")
@click.argument("name")
@click.option(
    "--role", type=click.Choice(["admin", "coordinator", "registrar", "observer"]), required=True
)
@click.option("--site", "sites", multiple=True, help="Site a registrar works at (repeatable).")
@click.option(
    "--password-file",
    type=click.File("r"),
    default=None,
    help="Read the password from a file (default: generate one and print it once).",
)
@click.option("--if-missing", is_flag=True, help="Do nothing when the account exists.")
@pass_env
def add(
    env: Env,
    name: str,
    role: str,
    sites: tuple[str, ...],
    password_file: TextIO | None,
    if_missing: bool,
) -> None:
    """Create (or update) the account NAME."""
    store = env.store()
    if if_missing and store.get_account(name):
        click.echo(f"Account {name} exists; sign in with its password.")
        return
    password = password_file.read().strip() if password_file else secrets.token_urlsafe(12)
    accounts.add_user(
        store=store, clock=env.clock, username=name, role=role, sites=list(sites), password=password
    )
    if password_file:
        click.echo(f"Account {name} ({role}) saved.")
    else:
        click.echo(f"Account {name} ({role}) saved. Password (shown once): {password}")


@user.command("remove")
@click.argument("name")
@pass_env
def remove(env: Env, name: str) -> None:
    """Delete the account NAME; its sessions and API tokens stop working at once."""
    accounts.remove_user(store=env.store(), username=name)
    click.echo(f"Account {name} removed.")


@user.command("list")
@pass_env
def list_(env: Env) -> None:
    """List accounts with their roles and sites."""
    for account in env.store().list_accounts():
        click.echo(f"{account['username']}\t{account['role']}\t{account['sites']}")


@click.group()
def token() -> None:
    """API tokens (sent as `Authorization: Bearer <token>`)."""


@token.command("add")
@click.argument("name")
@click.option("--label", default="api", help="What the token is for.")
@pass_env
def token_add(env: Env, name: str, label: str) -> None:
    """Issue an API token for account NAME; it is printed once and only its digest is kept."""
    click.echo(accounts.add_token(store=env.store(), clock=env.clock, username=name, label=label))


COMMANDS = [user, token]
