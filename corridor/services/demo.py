"""Load the Aleppo 2016 demo operation into a store (idempotent: fixed fact ids)."""

from __future__ import annotations

from collections.abc import Callable

from corridor.demo import aleppo
from corridor.domain.events import validate_draft
from corridor.storage.base import Store

BATCH = 1000


def load_demo(*, store: Store, progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Record every demo fact; return (added, skipped). Running it twice adds nothing."""
    drafts = [validate_draft(raw) for raw in aleppo.build()]
    added = skipped = 0
    for start in range(0, len(drafts), BATCH):
        result = store.record(drafts[start : start + BATCH])
        added += len(result.added)
        skipped += len(result.skipped)
        if progress:
            progress(len(drafts[start : start + BATCH]))
    return added, skipped
