"""Load the Aleppo 2016 demo operation into a store (idempotent: fixed fact ids)."""

from __future__ import annotations

from collections.abc import Callable

from corridor.demo import aleppo
from corridor.domain.events import Draft, validate_draft
from corridor.storage.base import Store

BATCH = 1000


def demo_drafts(until: str | None = None) -> list[Draft]:
    """The demo's facts, or those that happened up to a moment (a ledger time, UTC).

    Loading the demo only up to a moment shows the operation as it stood then: people still
    waiting, trips on the road, a forecast to make (for training and for trying things out).
    """
    drafts = [validate_draft(raw) for raw in aleppo.build()]
    if until is None:
        return drafts
    return [d for d in drafts if d.occurred_at <= until]


def load_demo(
    *,
    store: Store,
    progress: Callable[[int], None] | None = None,
    until: str | None = None,
) -> tuple[int, int]:
    """Record the demo's facts (up to ``until``); return (added, skipped). Idempotent."""
    drafts = demo_drafts(until)
    added = skipped = 0
    for start in range(0, len(drafts), BATCH):
        result = store.record(drafts[start : start + BATCH])
        added += len(result.added)
        skipped += len(result.skipped)
        if progress:
            progress(len(drafts[start : start + BATCH]))
    return added, skipped
