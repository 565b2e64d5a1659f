"""The sync part of the store: chain heads, node tokens and keys, peers, token ranges.

Contract: ``tests/storage/test_sync_store_contract.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol


class SyncStore(Protocol):
    """What a node keeps to sync: chain heads, node tokens and keys, peers, token ranges.

    Contract: ``tests/storage/test_sync_store_contract.py``.
    """

    def device_heads(self) -> dict[str, int]:
        """The last sequence number held of every device's chain."""
        ...

    def copy_personal(self, fact_ids: Sequence[str], *, actor: str, peer: str) -> dict[str, str]:
        """Ciphertexts of personal details to send to a peer; logged once per call."""
        ...

    def add_sync_node(self, name: str, token_hash: str) -> None:
        """Allow a node to sync here under a token hash."""
        ...

    def sync_node_by_hash(self, token_hash: str) -> str | None:
        """The live node holding this token hash, if any."""
        ...

    def revoke_sync_node(self, name: str) -> None:
        """Stop a node's token from working."""
        ...

    def note_sync_node(self, name: str, *, position: int | None, pushed: int | None) -> None:
        """Remember a node's last call and what it reported."""
        ...

    def sync_nodes(self) -> list[dict[str, Any]]:
        """Every node allowed to sync here."""
        ...

    def sync_peer(self, peer: str) -> dict[str, Any]:
        """A peer's cursors and known chain heads."""
        ...

    def sync_peers(self) -> list[dict[str, Any]]:
        """Every peer this node has synced with."""
        ...

    def save_sync_peer(
        self,
        peer: str,
        *,
        pushed: int | None = None,
        pulled: int | None = None,
        peer_position: int | None = None,
        heads: Mapping[str, int] | None = None,
        error: str | None = None,
    ) -> None:
        """Advance a peer's cursors (never backwards) and heads; note success or an error."""
        ...

    def reserve_token_range(self, prefix: str, count: int, device: str) -> dict[str, Any]:
        """Allocate the next numbers of a token prefix to a device."""
        ...

    def keep_token_range(self, prefix: str, first: int, last: int, device: str) -> None:
        """Store a range allocated elsewhere to this node."""
        ...

    def issue_tokens(self, prefix: str, count: int) -> list[int]:
        """Hand out unused numbers of this device's ranges."""
        ...

    def token_ranges(self) -> list[dict[str, Any]]:
        """Every token range known here."""
        ...

    def bind_node_key(self, name: str, *, device: str, public_key: str) -> None:
        """Bind a sync node's token to a device id and the public key of its first key.

        :raises NotFound: no such node.
        """
        ...

    def bound_key(self, device: str) -> str | None:
        """The public key a live node token binds to this device, if any."""
        ...
