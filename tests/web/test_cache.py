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


def test_callers_with_nothing_cached_wait_for_the_one_computing_it() -> None:
    """Should compute a cold entry once while other callers wait for it (20 dashboards after a
    restart), and let a waiter compute it if that one computation fails."""
    recent = Recent(max_age=0.0)
    started, release = threading.Event(), threading.Event()
    calls: list[str] = []

    def slow() -> str:
        calls.append("slow")
        started.set()
        release.wait(5)
        return "first"

    got: list[str] = []
    first = threading.Thread(target=lambda: got.append(recent.get("k", 1, slow)))
    first.start()
    started.wait(5)
    waiters = [
        threading.Thread(target=lambda: got.append(recent.get("k", 1, lambda: "again")))
        for _ in range(3)
    ]
    for w in waiters:
        w.start()
    time.sleep(0.2)  # let them reach the cache while the first is computing
    release.set()
    for t in [first, *waiters]:
        t.join(5)
    assert got == ["first"] * 4 and calls == ["slow"]

    def broken() -> str:
        started.set()
        release.wait(5)
        raise RuntimeError("no")

    started.clear()
    release.clear()
    failed: list[BaseException] = []

    def call_broken() -> None:
        try:
            recent.get("cold", 1, broken)
        except RuntimeError as exc:
            failed.append(exc)

    first = threading.Thread(target=call_broken)
    first.start()
    started.wait(5)
    waiter = threading.Thread(target=lambda: got.append(recent.get("cold", 1, lambda: "mine")))
    waiter.start()
    release.set()
    first.join(5)
    waiter.join(5)
    assert len(failed) == 1 and got[-1] == "mine"
