"""The dashboard's short-lived cache."""

from __future__ import annotations

import threading
import time

from corridor.web.cache import Recent


def test_it_reuses_a_value_while_the_ledger_has_not_moved() -> None:
    recent, calls = Recent(max_age=0.0), []
    for _ in range(3):
        recent.get("k", 7, lambda: calls.append(1) or len(calls))
    assert calls == [1]


def test_it_recomputes_when_the_ledger_moved_and_the_value_is_old() -> None:
    recent = Recent(max_age=0.05)
    assert recent.get("k", 1, lambda: "a") == "a"
    assert recent.get("k", 2, lambda: "b") == "a"  # moved, but still fresh enough
    time.sleep(0.06)
    assert recent.get("k", 2, lambda: "c") == "c"


def test_it_lets_one_caller_refresh_while_others_get_the_last_value() -> None:
    recent = Recent(max_age=0.0)
    recent.get("k", 1, lambda: "old")
    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        release.wait(5)
        return "new"

    worker = threading.Thread(target=lambda: recent.get("k", 2, slow))
    worker.start()
    started.wait(5)
    assert recent.get("k", 2, lambda: "other") == "old"
    release.set()
    worker.join()
    assert recent.get("k", 2, lambda: "unused") == "new"
