"""Property tests: derived state depends only on the set of facts, never on arrival order."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corridor.clock import FrozenClock
from corridor.domain.events import Draft, Fact
from corridor.domain.ledger import Head, seal
from corridor.storage import SqlStore, open_store
from tests import factories as f

PEOPLE = [f"P{i}" for i in range(6)]
TRIPS = ["T0", "T1", "T2"]
SITES = ["ramouseh", "ameriyah"]


def _time(minute: int) -> str:
    return f"2016-12-15T{8 + minute // 60:02d}:{minute % 60:02d}:00Z"


action = st.one_of(
    st.tuples(
        st.just("register"),
        st.sampled_from(PEOPLE),
        st.sampled_from(SITES),
        st.sampled_from(["adult", "child"]),
        st.sampled_from(["critical", "none"]),
    ),
    st.tuples(st.just("board"), st.sampled_from(PEOPLE), st.sampled_from(TRIPS)),
    st.tuples(st.just("dispatch"), st.sampled_from(TRIPS), st.sampled_from(SITES)),
    st.tuples(st.just("depart"), st.sampled_from(TRIPS)),
    st.tuples(st.just("arrive"), st.sampled_from(TRIPS), st.integers(0, 8), st.integers(0, 2)),
    st.tuples(
        st.just("count"),
        st.sampled_from(TRIPS + [None]),
        st.integers(0, 9),
        st.sampled_from(["departed", "arrived", "waiting"]),
    ),
    st.tuples(st.just("status"), st.sampled_from(["active", "suspended", "resumed"])),
    st.tuples(st.just("void"), st.integers(0, 100)),
    st.tuples(st.just("fix_age"), st.integers(0, 100)),
)


def _drafts(actions: list[tuple[Any, ...]]) -> list[Draft]:
    drafts: list[Draft] = []
    for i, act in enumerate(actions):
        kw = {"at": _time(i % 5 * 7), "id": f"d{i:04d}"}  # shared times exercise tie-breaks
        kind = act[0]
        if kind == "register":
            drafts.append(f.person(act[1], act[2], age=act[3], triage=act[4], **kw))
        elif kind == "board":
            drafts.append(f.board(act[1], act[2], **kw))
        elif kind == "dispatch":
            drafts.append(f.dispatch(act[1], origin=act[2], **kw))
        elif kind == "depart":
            drafts.append(f.depart(act[1], **kw))
        elif kind == "arrive":
            drafts.append(f.arrive(act[1], act[2], died=act[3], **kw))
        elif kind == "count":
            trip, total, stage = act[1], act[2], act[3]
            drafts.append(
                f.count(
                    "ramouseh",
                    total,
                    stage="departed" if trip else stage,
                    trip=trip,
                    breakdown={"age": {"child": total // 3}},
                    **kw,
                )
            )
        elif kind == "status":
            drafts.append(f.status(act[1], **kw))
        elif drafts:
            target = drafts[act[1] % len(drafts)]
            if target.type == "entry.corrected":
                continue
            if kind == "void":
                drafts.append(f.correct(target, **kw))
            elif target.type == "person.registered":
                drafts.append(
                    f.correct(target, "replace", {**target.payload, "age": "unknown"}, **kw)
                )
    return drafts


def _seal_on_devices(drafts: list[Draft], rng: random.Random) -> list[list[Fact]]:
    """Spread drafts over three field devices, each sealing its own chain."""
    per_device: list[list[Draft]] = [[], [], []]
    for d in drafts:
        per_device[rng.randrange(3)].append(d)
    return [
        seal(ds, device=f"field-{i}", head=Head(), recorded_at="2016-12-15T20:00:00Z")
        for i, ds in enumerate(per_device)
    ]


def _interleave(chains: list[list[Fact]], rng: random.Random, resend: bool) -> list[Fact]:
    """A random arrival order that keeps each device's own order (as sync delivers it)."""
    queues = [list(c) for c in chains if c]
    order: list[Fact] = []
    while queues:
        q = rng.choice(queues)
        order.append(q.pop(0))
        if resend and rng.random() < 0.2:
            order.append(order[rng.randrange(len(order))])  # a duplicate resend
        queues = [q for q in queues if q]
    return order


def _fresh() -> SqlStore:
    return open_store("memory:", clock=FrozenClock(), device="server")


def _append_in_batches(store: SqlStore, facts: list[Fact], rng: random.Random) -> None:
    i = 0
    while i < len(facts):
        size = rng.randint(1, 7)
        store.append(facts[i : i + size])
        i += size


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=st.lists(action, min_size=1, max_size=40), seed=st.integers(0, 10_000))
def test_it_gives_the_same_state_whatever_the_order_and_resends(
    actions: list[tuple[Any, ...]], seed: int
) -> None:
    rng = random.Random(seed)
    chains = _seal_on_devices(_drafts(actions), rng)
    first, second = _fresh(), _fresh()
    _append_in_batches(first, _interleave(chains, rng, resend=False), rng)
    _append_in_batches(second, _interleave(chains, rng, resend=True), rng)
    state = first.snapshot()
    assert second.snapshot() == state
    # Replaying everything again changes nothing.
    _append_in_batches(second, _interleave(chains, rng, resend=True), rng)
    assert second.snapshot() == state
    # And a rebuild from the log gives the incremental state.
    assert first.derived_matches_log() and second.derived_matches_log()
    assert first.verify().ok and second.verify().ok


@settings(max_examples=40, deadline=None)
@given(actions=st.lists(action, min_size=1, max_size=40))
def test_it_rebuilds_to_the_incremental_state_for_local_recording(
    actions: list[tuple[Any, ...]],
) -> None:
    store = _fresh()
    for d in _drafts(actions):
        store.record([d])
    assert store.derived_matches_log()
