"""Derived values reused briefly: many dashboards polling a busy ledger share one computation.

An entry is reused while the ledger has not moved, or for ``max_age`` seconds while it moves,
so a dashboard is at most that stale (plus one refresh: while one request recomputes an
entry, others get the previous value rather than all recomputing at once; before there is any,
they wait for that one request's value). The JSON API never uses it: it always answers
exactly.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any


class Recent:
    """A tiny cache keyed by (key, ledger position) with a staleness bound."""

    def __init__(self, max_age: float = 1.0) -> None:
        self.max_age = max_age
        self._lock = threading.Lock()
        self._done = threading.Condition(self._lock)
        self._items: dict[Hashable, tuple[float, int, Any]] = {}
        self._busy: set[Hashable] = set()

    def get(self, key: Hashable, position: int, compute: Callable[[], Any]) -> Any:
        """The cached value when fresh enough, else ``compute()`` (stored for the next caller)."""
        now = time.monotonic()
        with self._lock:
            while True:
                hit = self._items.get(key)
                if hit is not None and (hit[1] == position or now - hit[0] < self.max_age):
                    return hit[2]
                if key not in self._busy:
                    break
                if hit is not None:
                    return hit[2]  # someone is already refreshing it: the last value will do
                # Nothing to give yet (a server just started): wait for the one computing it
                # rather than compute the same value once per waiting dashboard.
                self._done.wait()
            self._busy.add(key)
        try:
            value = compute()
        except BaseException:
            with self._lock:
                self._busy.discard(key)
                self._done.notify_all()  # a waiter computes it itself
            raise
        with self._lock:
            self._items[key] = (now, position, value)
            self._busy.discard(key)
            self._done.notify_all()
        return value
