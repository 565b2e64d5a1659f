"""The Store shared by the SQLite and PostgreSQL adapters, assembled from its parts.

Subclasses provide a write transaction that holds the database's single-writer lock (so
cursors and device sequences are assigned without races) and a read cursor. Each part is a
module of its own: appending (``appending``), reads (``reads``), integrity and rebuild
(``integrity``), personal details (``personal``), migrations (``migrate``), sync state
(``syncstate``), accounts (``accounts``), forecasts (``forecasts``) and the transparency log
(``transparency``, under ``integrity``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from corridor.domain.events import Fact
from corridor.domain.keys import KEY_TYPES
from corridor.domain.ledger import draft_of, order_key
from corridor.storage.accounts import AccountsMixin
from corridor.storage.appending import Appending
from corridor.storage.forecasts import ForecastsMixin
from corridor.storage.integrity import Integrity
from corridor.storage.migrate import Migrations
from corridor.storage.personal import PersonalMixin
from corridor.storage.reads import Reads
from corridor.storage.syncstate import SyncState


class SqlStore(
    Appending,
    Reads,
    Integrity,
    PersonalMixin,
    SyncState,
    AccountsMixin,
    ForecastsMixin,
    Migrations,
):
    """Ledger and derived state over a DB-API connection (see :mod:`corridor.storage.base`)."""

    device: str
    url: str

    def __init__(self, url: str, clock_now: Any) -> None:
        self.url = url
        self._now = clock_now

    def close(self) -> None:
        """Release the connection."""
        raise NotImplementedError

    def _memory_copy(self) -> SqlStore:
        """A new, empty in-memory store for :meth:`as_of` (the adapters make a SQLite one)."""
        raise NotImplementedError

    def as_of(self, moment: str, batch: int = 5000) -> SqlStore:
        """A new in-memory store of the facts that happened up to a moment, derived afresh.

        A report for a past day reads it, so facts recorded later change nothing in it. The
        facts are recorded again as drafts (same ids and payloads) under a device of its own;
        a correction is kept only with its target. The copy holds no personal details.
        """
        kept: set[str] = set()
        last_kept: dict[str, int] = {}  # device -> highest sequence number kept
        dropped_before: dict[str, int] = {}  # device -> lowest sequence number dropped
        for facts in self._batches(batch):
            for f in facts:
                if f.occurred_at <= moment:
                    kept.add(f.id)
                    last_kept[f.device] = max(last_kept.get(f.device, 0), f.seq)
                else:
                    low = dropped_before.get(f.device, f.seq)
                    dropped_before[f.device] = min(low, f.seq)
        # When every device's kept facts are the start of its chain, the copy holds the very
        # same sealed facts (devices, hashes); otherwise they are recorded again as drafts.
        sealed = all(last_kept[d] < dropped_before.get(d, last_kept[d] + 1) for d in last_kept)
        copy = self._memory_copy()
        drafts: list[Fact] = []
        for facts in self._batches(batch):
            mine = [
                f
                for f in facts
                if f.id in kept and (f.type != "entry.corrected" or f.payload["target"] in kept)
            ]
            if sealed:
                copy.append(mine)
            else:
                # Key facts speak for their own device only: not re-recorded under the copy's.
                drafts.extend(f for f in mine if f.type not in KEY_TYPES)
        # Recorded again in the fold's own order, so the copy's single device keeps, within
        # each second, the order the facts' own devices gave them (``order_key``).
        # One call, so a correction dated before its target still finds it in the batch.
        drafts.sort(key=order_key)
        if drafts:
            copy.record([draft_of(f) for f in drafts])
        return copy

    def _batches(self, batch: int) -> Iterator[list[Fact]]:
        """The whole ledger in append order, ``batch`` facts at a time."""
        since = 0
        while rows := self.read(since, batch):
            yield [f for _, f in rows]
            since = rows[-1][0]
