"""A desk that records its facts in small batches and prints each acknowledgement.

Run as ``python -m tests.sync.writer STORE_URL DESK START COUNT BATCH``. A line ``ack N`` is
printed (and flushed) only after ``Store.record`` returned for facts up to index ``N - 1``:
that is the acknowledgement the fault tests hold the ledger to. Killed at any moment and started
again from its last acknowledged index, it resends at most one batch, which the ledger skips.
"""

from __future__ import annotations

import sys

from corridor.demo.desk import desk_drafts
from corridor.storage import open_store


def main(url: str, desk: str, start: int, count: int, batch: int) -> None:
    store = open_store(url, device=desk)
    for first in range(start, start + count, batch):
        size = min(batch, start + count - first)
        store.record(desk_drafts(desk, first, size))
        print(f"ack {first + size}", flush=True)
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
