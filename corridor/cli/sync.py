"""Commands for sync: `sync`, `node` (tokens of nodes allowed here), `tokens` (wristband ranges)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import click

from corridor.cli.common import Env, console, emit, pass_env
from corridor.errors import ConfigError
from corridor.services import nodes, sync, wristbands
from corridor.services.sync_local import LocalPeer
from corridor.storage import open_store
from corridor.storage.base import Store
from corridor.web.sync_client import HttpPeer

peer_option = click.option(
    "--peer",
    envvar="CORRIDOR_SYNC_PEER",
    default=None,
    metavar="URL",
    help="The other node: http(s)://HOST:PORT of a `corridor serve`, or a store URL/file.",
)
token_option = click.option(
    "--token-file",
    envvar="CORRIDOR_SYNC_TOKEN_FILE",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File holding this node's token for an HTTP peer (or set CORRIDOR_SYNC_TOKEN).",
)


def read_token(path: Path | None) -> str:
    """The node token from a file, or from CORRIDOR_SYNC_TOKEN.

    :raises ConfigError: neither is set or the file cannot be read.
    """
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"cannot read the token file: {exc}") from None
    token = os.environ.get("CORRIDOR_SYNC_TOKEN", "").strip()
    if not token:
        raise ConfigError("an HTTP peer needs a node token: --token-file or CORRIDOR_SYNC_TOKEN")
    return token


def make_peer(store: Store, url: str, token_file: Path | None) -> sync.Peer:
    """An HTTP peer for http(s) URLs, else the store at that URL opened here."""
    if url.startswith(("http://", "https://")):
        return HttpPeer(url, read_token(token_file))
    return LocalPeer(open_store(url), node=store.device)


def _need_peer(peer: str | None) -> str:
    if not peer:
        raise click.UsageError("say which peer: --peer URL (or CORRIDOR_SYNC_PEER)")
    return peer


@click.command("sync")
@peer_option
@token_option
@click.option("--status", "show_status", is_flag=True, help="Only show what is pending, as JSON.")
@click.option("--pull-personal", is_flag=True, help="Also fetch encrypted personal details.")
@click.option("--batch", type=click.IntRange(1, 2000), default=sync.BATCH, help="Facts per batch.")
@pass_env
def sync_command(
    env: Env,
    peer: str | None,
    token_file: Path | None,
    show_status: bool,
    pull_personal: bool,
    batch: int,
) -> None:
    """Exchange facts both ways with a peer; safe to interrupt and run again."""
    store = env.store()
    if show_status:
        emit(sync.status(store))
        return
    other = make_peer(store, _need_peer(peer), token_file)
    moved = {"push": 0, "pull": 0}

    def progress(kind: str, n: int) -> None:
        moved[kind] += n
        console.print(f"{kind}: {moved[kind]} facts", end="\r", highlight=False)

    report = sync.sync_once(
        store=store, peer=other, batch=batch, pull_personal=pull_personal, progress=progress
    )
    click.echo(
        f"Synced with {other.name}: sent {report.sent} ({report.stored_there} new there, "
        f"{report.personal_sent} with personal details), received {report.received} "
        f"({report.stored_here} new here). Cursors: pushed {report.pushed}, pulled {report.pulled}."
    )


@click.group()
def node() -> None:
    """Nodes allowed to sync with this one (run on the server)."""


@node.command("add")
@click.argument("name")
@click.option(
    "--public-key",
    default=None,
    help="The node's device key (`corridor key show` on the node): its first key must be this.",
)
@click.option("--device", default=None, help="The node's device id (default: NAME).")
@pass_env
def node_add(env: Env, name: str, public_key: str | None, device: str | None) -> None:
    """Allow node NAME to sync here; print its token once (only a hash is kept)."""
    from corridor.services.keys import check_public_key

    key = check_public_key(public_key) if public_key else None  # before the token is made
    token = nodes.add_node(store=env.store(), name=name)
    if key:
        env.store().bind_node_key(name, device=device or name, public_key=key)
    click.echo(token)
    click.echo(f"Token for node '{name}' shown once: put it in the node's token file.", err=True)


@node.command("list")
@pass_env
def node_list(env: Env) -> None:
    """Nodes allowed here, when each last synced and what it reported pending, as JSON."""
    emit(sync.status(env.store())["nodes"])


@node.command("revoke")
@click.argument("name")
@pass_env
def node_revoke(env: Env, name: str) -> None:
    """Stop node NAME's token from working."""
    env.store().revoke_sync_node(name)
    click.echo(f"Node '{name}' revoked.")


@click.group()
def tokens() -> None:
    """Wristband token ranges reserved per device, so tokens made offline never collide."""


@tokens.command("reserve")
@peer_option
@token_option
@click.option("--prefix", default="W", show_default=True, help="Token prefix (capitals/digits).")
@click.option("--count", type=click.IntRange(1, 1_000_000), default=1000, show_default=True)
@pass_env
def tokens_reserve(
    env: Env, peer: str | None, token_file: Path | None, prefix: str, count: int
) -> None:
    """Reserve a range of token numbers for this device from the allocating peer."""
    store = env.store()
    other = make_peer(store, _need_peer(peer), token_file)
    reserved = other.reserve_tokens(nodes.check_prefix(prefix), count, store.device)
    nodes.keep_range(store=store, reserved=reserved)
    first, last = reserved["first_number"], reserved["last_number"]
    click.echo(
        f"Reserved {nodes.format_token(prefix, first)} to {nodes.format_token(prefix, last)} "
        f"for device {store.device}."
    )


@tokens.command("issue")
@click.argument("count", type=click.IntRange(1, 100_000), default=1)
@click.option("--prefix", default="W", show_default=True, help="Token prefix.")
@pass_env
def tokens_issue(env: Env, count: int, prefix: str) -> None:
    """Print the next COUNT unused tokens of this device's ranges (works offline)."""
    for token in nodes.issue(store=env.store(), prefix=prefix, count=count):
        click.echo(token)


@tokens.command("print")
@click.argument("token_range", metavar="RANGE")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["pdf"]),
    default="pdf",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--layout",
    type=click.Choice(sorted(wristbands.LAYOUTS)),
    default="a4",
    show_default=True,
    help="a4: sheet of 21 labels 63.5 x 38.1 mm (L7160); wristband: 25 x 279 mm thermal band.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="PDF file to write.",
)
@pass_env
def tokens_print(env: Env, token_range: str, fmt: str, layout: str, output: Path) -> None:
    """Print wristbands or A4 labels (QR code and token) for a reserved RANGE, as PDF.

    RANGE is PREFIX:FIRST-LAST, for example W:1-500; the numbers must lie in one reserved range.
    """
    wanted = wristbands.parse_range(token_range)
    pdf = wristbands.print_labels(store=env.store(), wanted=wanted, layout=layout)
    output.write_bytes(pdf)
    n = wanted.last - wanted.first + 1
    click.echo(f"{n} {layout} labels, {wanted.tokens()[0]} to {wanted.tokens()[-1]}: {output}")


@tokens.command("list")
@pass_env
def tokens_list(env: Env) -> None:
    """Every token range known here, as JSON."""
    emit(env.store().token_ranges())


class BackgroundSync(threading.Thread):
    """Runs a sync round every ``interval`` seconds until stopped (for `corridor serve`)."""

    def __init__(
        self, open_local: Callable[[], Store], url: str, token: str, interval: float
    ) -> None:
        super().__init__(name="corridor-sync", daemon=True)
        self.open_local, self.url, self.token, self.interval = open_local, url, token, interval
        self.stop = threading.Event()

    def run(self) -> None:
        """Sync, wait, repeat; an error is reported and retried next time."""
        store = self.open_local()
        peer = HttpPeer(self.url, self.token)
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                report = sync.sync_once(store=store, peer=peer)
                if report.sent or report.received:
                    click.echo(f"sync: sent {report.sent}, received {report.received}", err=True)
            except Exception as exc:  # a background loop must outlive any one failed round
                click.echo(f"sync: {exc} (retrying)", err=True)
            self.stop.wait(max(0.0, self.interval - (time.monotonic() - started)))
        peer.close()


COMMANDS = [sync_command, node, tokens]
