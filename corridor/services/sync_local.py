"""A peer that is another store opened on this machine (a USB disk, a second node's file).

It calls the same serving functions as the HTTP routes, so a sync by file follows exactly the
protocol of a sync over the network.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from corridor.domain.events import Fact
from corridor.services import sync
from corridor.services.sync_wire import PeerInfo, PullBatch, PushAck
from corridor.storage.base import Store


class LocalPeer:
    """The other store, served in-process to the node named ``node``."""

    def __init__(self, store: Store, *, node: str) -> None:
        self.store = store
        self.node = node
        self.name = store.url

    def info(self, *, position: int, pushed: int) -> PeerInfo:
        """What the other store holds."""
        return sync.describe(self.store)

    def push(self, facts: Sequence[Fact], personal: Mapping[str, str]) -> PushAck:
        """Append a batch to the other store."""
        return sync.accept_push(self.store, facts, personal, node=self.node)

    def pull(self, since: int, *, limit: int, exclude: str, personal: bool) -> PullBatch:
        """Read a batch from the other store."""
        return sync.serve_pull(
            self.store, since=since, limit=limit, exclude=exclude, personal=personal, node=self.node
        )

    def reserve_tokens(self, prefix: str, count: int, device: str) -> dict[str, Any]:
        """Allocate a token range in the other store."""
        return self.store.reserve_token_range(prefix, count, device)
