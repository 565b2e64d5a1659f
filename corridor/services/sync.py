"""Sync: exchange facts between two nodes by cursor, so that none is lost or counted twice.

A round is push, pull, push, in batches:

- **push** sends the local facts after the ``pushed`` cursor that the peer does not already hold
  (by its device chain heads), with their encrypted personal details. The peer appends them
  with ``Store.append`` (idempotent by id, chain-checked, one transaction per batch) and
  replies with what it stored. Only then is ``pushed`` advanced and saved.
- **pull** asks for the peer's facts after the ``pulled`` cursor (skipping this node's own),
  appends them the same way, and only then saves ``pulled``.
- the last push moves ``pushed`` past what was just pulled (the peer holds it) and sends
  whatever the desks recorded meanwhile.

A cursor is saved only after its batch is durably applied on both sides, so an interruption at
any point leads to a resend, which the ledger skips by fact id. Nothing is acknowledged twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from corridor.domain.events import Fact
from corridor.domain.keys import SignatureRefused
from corridor.errors import CorridorError, NotFound, ValidationError
from corridor.services.keys import admit_key_facts
from corridor.services.sync_wire import MAX_BATCH, PeerInfo, PullBatch, PushAck
from corridor.storage.base import Store

BATCH = 500


class Peer(Protocol):
    """The other side of a sync: a server over HTTP, or another store opened locally."""

    name: str

    def info(self, *, position: int, pushed: int) -> PeerInfo:
        """What the peer holds (telling it what this node holds and has pushed)."""
        ...

    def push(self, facts: Sequence[Fact], personal: Mapping[str, str]) -> PushAck:
        """Store a batch on the peer; return its acknowledgement."""
        ...

    def pull(self, since: int, *, limit: int, exclude: str, personal: bool) -> PullBatch:
        """The peer's facts after a cursor, skipping those of device ``exclude``."""
        ...

    def reserve_tokens(self, prefix: str, count: int, device: str) -> dict[str, Any]:
        """Allocate a wristband token range to a device."""
        ...


@dataclass
class SyncReport:
    """What one round moved."""

    sent: int = 0
    stored_there: int = 0
    personal_sent: int = 0
    received: int = 0
    stored_here: int = 0
    pushed: int = 0
    pulled: int = 0


Progress = Callable[[str, int], None]


# --- the serving side (HTTP routes and LocalPeer both call these) ----------------------------
def describe(store: Store) -> PeerInfo:
    """This node's device, cursor and chain heads."""
    return PeerInfo(device=store.device, position=store.position(), heads=store.device_heads())


def accept_push(
    store: Store, facts: Sequence[Fact], personal: Mapping[str, str], *, node: str
) -> PushAck:
    """Append a pushed batch (atomic, idempotent, chain-checked) and acknowledge it.

    :raises ConflictError: a hash, chain or id clash, or a fact not signed by its device's
        key (also written to the audit log); nothing of the batch is stored.
    """
    try:
        admit_key_facts(store, facts)
        result = store.append(list(facts), personal)
    except SignatureRefused as exc:
        # The batch was rolled back whole; the refusal itself is kept, for the audit log.
        store.log_refusal(actor=f"sync:{node}", reason=str(exc))
        raise
    heads = store.device_heads()
    return PushAck(
        added=len(result.added),
        skipped=len(result.skipped),
        personal=len(personal),
        heads={d: heads[d] for d in sorted({f.device for f in facts}) if d in heads},
    )


def serve_pull(
    store: Store, *, since: int, limit: int, exclude: str, personal: bool, node: str
) -> PullBatch:
    """Facts after a cursor (not those of ``exclude``), with ciphertexts if asked.

    :raises ValidationError: a limit out of range.
    """
    if not 1 <= limit <= MAX_BATCH:
        raise ValidationError(f"must be between 1 and {MAX_BATCH}", field="limit")
    position = store.position()
    rows = store.read(since, limit=limit)
    facts = [f for _, f in rows if f.device != exclude]
    wanted = [f.id for f in facts if personal and f.payload.get("personal_digest")]
    blobs = store.copy_personal(wanted, actor=f"sync:{node}", peer=node) if wanted else {}
    return PullBatch(
        facts=facts,
        personal=blobs,
        next=rows[-1][0] if rows else since,
        position=max(position, rows[-1][0] if rows else 0),
    )


# --- the syncing side ---------------------------------------------------------------------
def sync_once(
    *,
    store: Store,
    peer: Peer,
    batch: int = BATCH,
    pull_personal: bool = False,
    progress: Progress | None = None,
) -> SyncReport:
    """One full round with a peer (push, pull, push); safe to interrupt and run again.

    :raises CorridorError: the peer refused a batch or could not be reached; what was
        acknowledged before stays acknowledged, and the error is saved for the status page.
    """
    report = SyncReport()
    try:
        state = store.sync_peer(peer.name)
        info = peer.info(position=store.position(), pushed=int(state["pushed"]))
        heads = _merge(state["heads"], info.heads)
        store.save_sync_peer(peer.name, peer_position=info.position, heads=info.heads)
        _push(store, peer, heads, batch, report, progress)
        _pull(store, peer, heads, batch, pull_personal, report, progress)
        _push(store, peer, heads, batch, report, progress)
        # Tell the peer where this node now stands, for its status page.
        peer.info(position=store.position(), pushed=int(store.sync_peer(peer.name)["pushed"]))
    except CorridorError as exc:
        store.save_sync_peer(peer.name, error=str(exc))
        raise
    store.save_sync_peer(peer.name)
    return report


def _push(
    store: Store,
    peer: Peer,
    heads: dict[str, int],
    batch: int,
    report: SyncReport,
    progress: Progress | None,
) -> None:
    cursor = int(store.sync_peer(peer.name)["pushed"])
    while rows := store.read(cursor, limit=batch):
        # Facts with personal details always go, so the peer surely holds their ciphertext
        # before `purge --synced` may delete it here; the peer skips the fact itself if held.
        send = [
            f for _, f in rows if f.seq > heads.get(f.device, 0) or f.payload.get("personal_digest")
        ]
        wanted = [f.id for f in send if f.payload.get("personal_digest")]
        blobs = store.copy_personal(wanted, actor="sync", peer=peer.name) if wanted else {}
        acked: dict[str, int] = {}
        if send:
            ack = peer.push(send, blobs)
            acked = ack.heads
            heads.update(_merge(heads, ack.heads))
            report.sent += len(send)
            report.stored_there += ack.added
            report.personal_sent += ack.personal
        cursor = rows[-1][0]
        store.save_sync_peer(peer.name, pushed=cursor, heads=acked)
        report.pushed = cursor
        if progress:
            progress("push", len(rows))
        if len(rows) < batch:
            break


def _pull(
    store: Store,
    peer: Peer,
    heads: dict[str, int],
    batch: int,
    personal: bool,
    report: SyncReport,
    progress: Progress | None,
) -> None:
    since = int(store.sync_peer(peer.name)["pulled"])
    while True:
        got = peer.pull(since, limit=batch, exclude=store.device, personal=personal)
        if got.next < since:
            raise ValidationError(f"the peer moved its cursor back from {since} to {got.next}")
        if got.facts:
            result = store.append(got.facts, got.personal)
            report.stored_here += len(result.added)
            report.received += len(got.facts)
        held = _merge({}, {f.device: f.seq for f in got.facts})
        heads.update(_merge(heads, held))
        store.save_sync_peer(peer.name, pulled=got.next, peer_position=got.position, heads=held)
        report.pulled = got.next
        if progress:
            progress("pull", got.next - since)
        if got.next == since or got.next >= got.position:
            break
        since = got.next


def _merge(old: Mapping[str, int], new: Mapping[str, int]) -> dict[str, int]:
    out = dict(old)
    for device, seq in new.items():
        out[device] = max(seq, out.get(device, 0))
    return out


# --- what is pending, and purging what the peer holds --------------------------------------
def pending(store: Store) -> list[dict[str, Any]]:
    """Per peer: facts here not yet acknowledged by it, and facts there not yet pulled
    (as of the last contact)."""
    position = store.position()
    return [
        {
            "peer": p["peer"],
            "to_push": max(0, position - int(p["pushed"])),
            "to_pull": max(0, int(p["peer_position"]) - int(p["pulled"])),
            "pushed": p["pushed"],
            "pulled": p["pulled"],
            "last_ok_at": p["last_ok_at"],
            "last_error": p["last_error"],
            "last_error_at": p["last_error_at"],
        }
        for p in store.sync_peers()
    ]


def status(store: Store) -> dict[str, Any]:
    """This node's position, its peers with pending counts, and the nodes that sync here."""
    nodes_here = [
        {
            **n,
            "pending_at_node": None
            if n["reported_position"] is None
            else max(0, int(n["reported_position"]) - int(n["reported_pushed"] or 0)),
        }
        for n in store.sync_nodes()
    ]
    return {
        "device": store.device,
        "position": store.position(),
        "peers": pending(store),
        "nodes": nodes_here,
    }


def purge_synced(*, store: Store, actor: str, peer: str | None = None) -> tuple[int, int]:
    """Delete personal details of facts every named peer (default: all) has acknowledged.

    Returns (records purged, cursor purged up to).

    :raises NotFound: this node has never synced (with that peer).
    """
    known = {p["peer"]: p for p in store.sync_peers()}
    if peer is not None and peer not in known:
        raise NotFound(f"never synced with {peer}: nothing is acknowledged yet")
    peers = [known[peer]] if peer is not None else list(known.values())
    if not peers:
        raise NotFound("never synced: nothing is acknowledged yet")
    up_to = min(int(p["pushed"]) for p in peers)
    return store.purge_personal(actor=actor, up_to=up_to), up_to
