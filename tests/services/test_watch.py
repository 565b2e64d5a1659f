"""The background workers' loop: when it recomputes, and the priority it runs at."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from dataclasses import dataclass

import pytest

from corridor.clock import FrozenClock
from corridor.services import operation
from corridor.services.common import Recorder
from corridor.services.watch import lowest_priority, normal_priority, watch
from corridor.storage.base import Store


@dataclass(frozen=True)
class Every:
    every_seconds: float = 600.0
    after_facts: int = 1
    poll_seconds: float = 1.0
    min_gap_seconds: float = 0.0


SITES = itertools.count()


class Ticks:
    """A monotonic clock that moves only when the loop waits; the desk adds a fact each wait."""

    def __init__(self, store: Store, clock: FrozenClock, polls: int) -> None:
        self.store, self.clock, self.polls, self.t = store, clock, polls, 0.0

    def now(self) -> float:
        return self.t

    def is_set(self) -> bool:
        return self.polls <= 0

    def wait(self, timeout: float | None = None) -> bool:
        self.t += timeout or 0
        self.polls -= 1
        operation.define_site(
            Recorder(store=self.store, clock=self.clock, actor="t", op="op1"),
            operation.NewSite(site_id=f"s{next(SITES)}", name="S", kind="pickup"),
        )
        return self.is_set()


def _computed_at(
    store: Store, clock: FrozenClock, schedule: Every, polls: int
) -> list[tuple[float, int]]:
    ticks = Ticks(store, clock, polls)
    done: list[tuple[float, int]] = []
    watch(
        open_store=lambda: store,
        schedule=schedule,
        stop=ticks,
        compute=lambda s: done.append((ticks.now(), s.position())),
        now=ticks.now,
    )
    return done


def test_it_follows_each_new_fact_when_told_to(store: Store) -> None:
    """Should recompute at start and after every new fact when there is no gap to keep."""
    clock = FrozenClock("2016-12-15T10:00:00Z")
    operation.define_operation(
        Recorder(store=store, clock=clock, actor="t", op="op1"), operation.NewOperation(name="Op")
    )
    start = store.position()
    eager = _computed_at(store, clock, Every(), polls=10)
    assert [t for t, _ in eager] == [float(t) for t in range(10)]
    assert [p - start for _, p in eager] == list(range(10))  # the position it saw each time


def test_it_rests_between_results_however_fast_facts_come(store: Store) -> None:
    """Should compute at most once per gap (at start, then each time the gap has passed)
    while a fact comes every second."""
    clock = FrozenClock("2016-12-15T10:00:00Z")
    operation.define_operation(
        Recorder(store=store, clock=clock, actor="t", op="op1"), operation.NewOperation(name="Op")
    )
    rested = _computed_at(store, clock, Every(min_gap_seconds=4.0), polls=10)
    assert [t for t, _ in rested] == [0.0, 4.0, 8.0]


def test_it_recomputes_when_overdue_only_if_facts_were_added(store: Store) -> None:
    """Should not recompute a ledger that has not moved, however long it waits."""
    clock = FrozenClock("2016-12-15T10:00:00Z")
    operation.define_operation(
        Recorder(store=store, clock=clock, actor="t", op="op1"), operation.NewOperation(name="Op")
    )
    done: list[float] = []

    class Idle(Ticks):
        def wait(self, timeout: float | None = None) -> bool:
            self.t += timeout or 0
            self.polls -= 1
            return self.is_set()

    idle = Idle(store, clock, polls=20)
    schedule = Every(every_seconds=5.0, after_facts=1000, min_gap_seconds=2.0)
    watch(
        open_store=lambda: store,
        schedule=schedule,
        stop=idle,
        compute=lambda s: done.append(idle.now()),
        now=idle.now,
    )
    assert done == [0.0]


@pytest.mark.skipif(not hasattr(os, "sched_getscheduler"), reason="Linux scheduling classes")
def test_a_worker_process_takes_the_lowest_priority() -> None:
    """Should put the process in SCHED_IDLE (threads it starts after inherit it); run in a
    child, since a process cannot raise its priority back."""
    code = (
        "import os, threading\n"
        "from corridor.services.watch import lowest_priority\n"
        "said = lowest_priority()\n"
        "seen = []\n"
        "t = threading.Thread(target=lambda: seen.append(os.sched_getscheduler(0)))\n"
        "t.start(); t.join()\n"
        "print(said, os.sched_getscheduler(0) == os.SCHED_IDLE, seen == [os.SCHED_IDLE])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["idle", "True", "True"]


@pytest.mark.skipif(not hasattr(os, "sched_getscheduler"), reason="Linux scheduling classes")
def test_a_killed_worker_gets_its_normal_priority_back_where_allowed() -> None:
    """Should move an idle-class process back to SCHED_OTHER when this process may (root, as in
    CI), and say whether it could; an idle-class process gets no processor even to die on."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lowest_priority(child.pid)
        assert os.sched_getscheduler(child.pid) == os.SCHED_IDLE
        said = normal_priority(child.pid)
        assert said == (os.sched_getscheduler(child.pid) == os.SCHED_OTHER)
        if os.geteuid() == 0:
            assert said
    finally:
        child.kill()
        child.wait()
