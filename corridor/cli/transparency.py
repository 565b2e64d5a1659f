"""Commands for device keys and the transparency log: key, checkpoint, proof, observe."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from corridor.cli.common import Env, emit, pass_env
from corridor.domain.signing import Checkpoint, key_id
from corridor.errors import ConfigError
from corridor.services import keys, observe, transparency


def setup_key(env: Env) -> str:
    """Make this device's key file if missing and register the key; describe what was done."""
    from corridor.storage.keyfile import create_key_file

    store = env.store()
    path = env.device_key_file()
    if not path:
        return "no device key: set CORRIDOR_DEVICE_KEY_FILE to sign this node's facts"
    made = store.signer is None
    if made:
        store.signer = create_key_file(path)
    registered = keys.register_own_key(store=store, clock=env.clock, actor=env.settings.actor)
    assert store.signer is not None
    what = "made" if made else "found"
    done = "registered" if registered else "already registered"
    return f"device key {what} in {path} ({done}; public key {store.signer.public_key})"


@click.group("key")
def key_group() -> None:
    """This device's signing key (Ed25519), and revoking another device's key."""


@key_group.command("show")
@pass_env
def key_show(env: Env) -> None:
    """Print this device's public key and every key registered in the ledger, as JSON."""
    store = env.store()
    mine = store.signer.public_key if store.signer else None
    emit(
        {
            "device": store.device,
            "public_key": mine,
            "key_file": env.device_key_file() or None,
            "in_force": keys.current_key(store, store.device),
            "ledger": [e.__dict__ for e in store.key_events()],
        }
    )


@key_group.command("init")
@pass_env
def key_init(env: Env) -> None:
    """Make this device's key (if its file is missing) and register it in the ledger."""
    click.echo(setup_key(env))


@key_group.command("rotate")
@pass_env
def key_rotate(env: Env) -> None:
    """Replace this device's key: the old key signs the new one's registration."""
    from corridor.storage.keyfile import create_key_file, load_signer

    path = env.device_key_file()
    if not path:
        raise ConfigError("no device key file configured (CORRIDOR_DEVICE_KEY_FILE)")
    staged = path + ".new"
    new = load_signer(staged) or create_key_file(staged)
    keys.rotate_key(store=env.store(), clock=env.clock, actor=env.settings.actor, new=new)
    Path(path).replace(path + ".old")
    Path(staged).replace(path)
    click.echo(f"key rotated: now {new.public_key} (old key kept in {path}.old; destroy it)")


@key_group.command("revoke")
@click.argument("device")
@click.argument("public_key")
@click.option("--from-seq", type=click.IntRange(1), required=True, help="First seq refused.")
@click.option("--reason", required=True, help="Why (e.g. laptop stolen).")
@pass_env
def key_revoke(env: Env, device: str, public_key: str, from_seq: int, reason: str) -> None:
    """Revoke DEVICE's PUBLIC_KEY: its facts from --from-seq on signed by it are refused."""
    keys.revoke_key(
        store=env.store(),
        clock=env.clock,
        actor=env.settings.actor,
        device=device,
        public_key=keys.check_public_key(public_key),
        from_seq=from_seq,
        reason=reason,
    )
    click.echo(f"key {key_id(public_key)} of {device} revoked from seq {from_seq}")


@click.command("checkpoint")
@click.option("--latest", is_flag=True, help="Print the newest checkpoint instead of a new one.")
@pass_env
def checkpoint(env: Env, latest: bool) -> None:
    """Sign a checkpoint of the whole ledger (size, Merkle root, time, totals); print it as JSON."""
    store = env.store()
    if latest:
        emit(transparency.latest_checkpoint(store=store))
    else:
        emit(transparency.make_checkpoint(store=store, clock=env.clock))


@click.group("proof")
def proof() -> None:
    """Merkle proofs over this node's ledger (RFC 9162), as JSON."""


@proof.command("inclusion")
@click.argument("fact_id")
@click.option("--size", type=click.IntRange(1), default=None, help="Tree size (default: all).")
@pass_env
def proof_inclusion(env: Env, fact_id: str, size: int | None) -> None:
    """Prove fact FACT_ID is among the first --size facts."""
    store = env.store()
    emit(transparency.inclusion(store=store, fact_id=fact_id, tree_size=size or store.position()))


@proof.command("consistency")
@click.argument("first", type=click.IntRange(1))
@click.argument("second", type=click.IntRange(1))
@pass_env
def proof_consistency(env: Env, first: int, second: int) -> None:
    """Prove the tree of SECOND facts extends the tree of FIRST facts."""
    emit(transparency.consistency(store=env.store(), first=first, second=second))


@click.command("observe")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--from",
    "source",
    required=True,
    metavar="URL|FILE",
    help="The server (http(s)://HOST:PORT) or a store file/URL holding its checkpoints.",
)
@click.option("--key", "public_key", default=None, help="The server's public key (else pinned).")
@click.option(
    "--facts",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The facts (`corridor export` JSONL) to recount the published totals from.",
)
@click.pass_obj
def observe_command(
    env: Env, directory: Path, source: str, public_key: str | None, facts: Path | None
) -> None:
    """Check the source's newest checkpoint against those kept in DIRECTORY; exit 1 if not."""
    report = _observe(env, directory, source, public_key, facts)
    for line in report.checked:
        click.echo(f"ok: {line}")
    for problem in report.problems:
        click.echo(f"PROBLEM: {problem}", err=True)
    for evidence in report.evidence:
        click.echo(json.dumps(evidence, indent=2, sort_keys=True), err=True)
    if report.checkpoint:
        cp = report.checkpoint
        state = "OK" if report.ok else "FAILED"
        click.echo(f"{state}: checkpoint of {cp['tree_size']} facts, root {cp['root_hash']}")
    if not report.ok:
        sys.exit(1)


def _observe(
    env: Env, directory: Path, source: str, public_key: str | None, facts: Path | None
) -> observe.Observation:
    from corridor.clock import SystemClock
    from corridor.storage import open_store
    from corridor.web.observer_client import HttpSource

    src: observe.Source
    if source.startswith(("http://", "https://")):
        src = HttpSource(source)
    else:
        src = observe.StoreSource(open_store(source))

    def recount(cp: Checkpoint) -> dict[str, object]:
        from corridor.domain.events import Fact
        from corridor.services.transfer import parse

        assert facts is not None
        with facts.open(encoding="utf-8") as handle:
            items = [i for i in parse("jsonl", handle) if isinstance(i, Fact)]
        return observe.recount(items, cp, open_store("memory:"))

    try:
        return observe.observe(
            seen=observe.SeenDir(directory),
            source=src,
            now=SystemClock().now(),
            public_key=public_key,
            recount=recount if facts else None,
        )
    except OSError as exc:
        raise click.ClickException(f"cannot use {directory}: {exc}") from None


COMMANDS = [key_group, checkpoint, proof, observe_command]
