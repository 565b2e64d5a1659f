"""The storage interface every adapter implements: the ledger, sync state, and accounts.

Each part is a Protocol in its own module (``ledger``, ``sync``, ``accounts``); ``Store`` is
their union, what ``open_store`` returns. ``tables`` names the derived tables a caller reads.

Contract (checked by ``tests/storage/test_store_contract.py`` against every adapter):

- ``record(drafts)`` seals drafts into this node's own hash chain and appends them;
  ``append(facts)`` appends facts already sealed elsewhere (import, sync), checking their chains.
- Both are idempotent by fact id: a fact the ledger already holds is skipped, not stored again;
  the same id with different content is a :class:`~corridor.errors.ConflictError`.
- A batch is atomic: on any error nothing of it is written.
- Derived state (headcounts, trips, discrepancies, ...) is updated in the same transaction as
  the append, and ``rebuild()`` recomputes it from the log with the same result.
- ``read(since)`` returns facts in the order this store appended them, by a cursor that only
  grows, so a reader resuming from its last cursor misses nothing.
"""

from __future__ import annotations

from typing import Protocol

from corridor.storage.base.accounts import AccountStore
from corridor.storage.base.ledger import LedgerStore
from corridor.storage.base.sync import SyncStore


class Store(LedgerStore, SyncStore, AccountStore, Protocol):
    """Everything a node's store offers: what ``open_store`` returns and the edges hold.

    A service that needs only part of it still takes a ``Store``; each part has its own
    contract suite, run on every adapter. ``as_of`` is the whole store's own: it makes another.
    """

    def as_of(self, moment: str) -> Store:
        """A new in-memory store of the facts that happened up to a moment (close it after)."""
        ...
