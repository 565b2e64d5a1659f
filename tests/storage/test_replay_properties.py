"""Property tests: derived state depends only on the set of facts, never on arrival order.

The facts include contradictions from several devices (a person boarded onto two trips, onto a
trip after theirs arrived, marked arrived on a trip they are not on) and trips that turn back
to their origin; :func:`check_life_cycle` checks the person life cycle on every state.
"""

from __future__ import annotations

import random
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from corridor.clock import FrozenClock
from corridor.domain.events import Draft, Fact
from corridor.domain.ledger import Head, order_key, seal
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
    st.tuples(
        st.just("arrive"),
        st.sampled_from(TRIPS),
        st.integers(0, 8),
        st.integers(0, 2),
        st.sampled_from([*SITES, "khan-al-aasal"]),  # at its origin: turned back
    ),
    st.tuples(st.just("mark"), st.sampled_from(PEOPLE), st.sampled_from(TRIPS)),
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
            drafts.append(f.arrive(act[1], act[2], died=act[3], site_id=act[4], **kw))
        elif kind == "mark":
            drafts.append(f.mark(act[1], act[2], **kw))
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
    check_life_cycle(first, [fact for chain in chains for fact in chain])
    # Replaying everything again changes nothing.
    _append_in_batches(second, _interleave(chains, rng, resend=True), rng)
    assert second.snapshot() == state
    # And a rebuild from the log gives the incremental state.
    assert first.derived_matches_log() and second.derived_matches_log()
    assert first.verify().ok and second.verify().ok
    check_late_boardings_move_nobody(first)


@settings(max_examples=40, deadline=None)
@given(actions=st.lists(action, min_size=1, max_size=40))
def test_it_rebuilds_to_the_incremental_state_for_local_recording(
    actions: list[tuple[Any, ...]],
) -> None:
    store = _fresh()
    for d in _drafts(actions):
        store.record([d])
    assert store.derived_matches_log()


# --- the person life cycle --------------------------------------------------------------------

# Everyone registered and every trip dispatched from ramouseh; then people board, trips leave
# and arrive at reception or back at their origin, reception marks tokens, facts are voided.
# Each fact has a random time in one hour, so a boarding may come before or after an arrival.
RIDERS = PEOPLE[:3]  # few people, so the same person often boards several trips
_board = st.tuples(st.just("board"), st.sampled_from(RIDERS), st.sampled_from(TRIPS))
_mark = st.tuples(st.just("mark"), st.sampled_from(RIDERS), st.sampled_from(TRIPS))
life_action = st.one_of(
    _board,
    _board,
    _board,
    st.tuples(st.just("depart"), st.sampled_from(TRIPS)),
    st.tuples(
        st.just("arrive"),
        st.sampled_from(TRIPS),
        st.sampled_from(["ramouseh", "khan"]),
        st.integers(0, 3),
    ),
    _mark,
    _mark,
    st.tuples(st.just("void"), st.integers(0, 100)),
)


def life_drafts(steps: list[tuple[tuple[Any, ...], int]]) -> list[Draft]:
    """The set-up, then one draft per step (a step is an action and its minute)."""
    drafts = [f.person(p, id=f"r-{p}", at=_time(0)) for p in RIDERS]
    drafts += [f.dispatch(t, id=f"s-{t}", at=_time(0)) for t in TRIPS]
    for i, (act, minute) in enumerate(steps):
        kw = {"at": _time(minute), "id": f"l{i:04d}"}
        if act[0] == "board":
            drafts.append(f.board(act[1], act[2], **kw))
        elif act[0] == "depart":
            drafts.append(f.depart(act[1], **kw))
        elif act[0] == "arrive":
            site = "khan-al-aasal" if act[2] == "khan" else act[2]
            drafts.append(f.arrive(act[1], act[3], site_id=site, **kw))
        elif act[0] == "mark":
            drafts.append(f.mark(act[1], act[2], **kw))
        else:
            target = drafts[len(RIDERS) + len(TRIPS) :][act[1] % max(1, i) :][:1]
            if target and target[0].type != "entry.corrected":
                drafts.append(f.correct(target[0], **kw))
    return drafts


life_steps = st.lists(st.tuples(life_action, st.integers(1, 59)), min_size=12, max_size=40)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=life_steps, seed=st.integers(0, 10_000))
def test_it_keeps_the_life_cycle_whatever_the_order(
    steps: list[tuple[tuple[Any, ...], int]], seed: int
) -> None:
    """Should give one state for contradictory boardings, turn-backs and marks, in any order."""
    rng = random.Random(seed)
    chains = _seal_on_devices(life_drafts(steps), rng)
    first, second = _fresh(), _fresh()
    _append_in_batches(first, _interleave(chains, rng, resend=False), rng)
    _append_in_batches(second, _interleave(chains, rng, resend=True), rng)
    assert second.snapshot() == first.snapshot()
    check_life_cycle(first, [fact for chain in chains for fact in chain])
    assert first.derived_matches_log()
    check_late_boardings_move_nobody(first)


def _effective(facts: list[Fact]) -> list[Fact]:
    """Facts left after void corrections (the only corrections of boardings and marks here)."""
    voided = {
        c.payload["target"]
        for c in facts
        if c.type == "entry.corrected" and c.payload["action"] == "void"
    }
    return [x for x in facts if x.id not in voided and x.type != "entry.corrected"]


def _kinds(store: SqlStore) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for d in store.query("discrepancies"):
        out.setdefault(d["unit"], set()).add(d["kind"])
    return out


def check_life_cycle(store: SqlStore, facts: list[Fact]) -> None:
    """Every invariant of the life cycle that can be read from derived state and the facts."""
    live = _effective(facts)
    kinds = _kinds(store)
    trips = {t["trip_id"]: t for t in store.query("trips")}
    persons = {p["person_id"]: p for p in store.query("persons")}
    boarded_at = {(b["person_id"], b["trip_id"]): b for b in store.query("boardings")}
    assert all(row["n"] >= 0 for row in store.query("tally")), "a negative headcount"
    for tid, trip in trips.items():
        _check_trip(trip, persons, kinds.get(f"t|{f.OP}|{tid}", set()))
    missing = {(m["trip_id"], m["person_id"]) for m in store.query("missing")}
    expected_missing = set()
    for pid, person in persons.items():
        unit = f"p|{f.OP}|{pid}"
        legs = (person["legs"] or "").split(",") if person["legs"] else []
        assert person["trip_id"] == (legs[-1] if legs else None)
        boards = sorted(
            (x for x in live if x.type == "person.boarded" and x.payload["person_id"] == pid),
            key=order_key,
        )
        if boards:
            assert boards[0].payload["trip_id"] in legs, "the first boarding always counts"
        # Never on two trips at once: every leg but the last turned back before the next.
        for one, then in zip(legs, legs[1:], strict=False):
            back = trips[one]
            assert back["arrived_at"] and back["arrival_site"] == back["origin"]
            assert back["arrived_at"] <= boarded_at[(pid, then)]["boarded_at"]
        boarded = {b.payload["trip_id"] for b in boards}
        assert set(legs) <= boarded
        if boarded - set(legs):  # a boarding that did not move them: a named contradiction
            assert kinds.get(unit, set()) & {"boarded_twice", "boarded_after_arrival"}
        if len(boarded) > 1:
            assert {t for (p, t) in boarded_at if p == pid} == boarded
        marks = [x for x in live if x.type == "person.arrived" and x.payload["person_id"] == pid]
        if any(m.payload["trip_id"] != person["trip_id"] for m in marks):
            assert "arrived_not_on_trip" in kinds.get(unit, set())
        for tid in legs:
            trip = trips[tid]
            if trip["marked"] and trip["arrived_at"] and trip["arrival_site"] != trip["origin"]:
                if person["arrival_trip"] != tid:
                    expected_missing.add((tid, pid))
    assert missing == expected_missing
    for label in sorted({k for ks in kinds.values() for k in ks}):
        event(label)  # --hypothesis-show-statistics shows how often each contradiction occurs
    if any("," in (p["legs"] or "") for p in persons.values()):
        event("rode again after turning back")
    if missing:
        event("missing named")


def _check_trip(trip: dict[str, Any], persons: dict[str, Any], kinds: set[str]) -> None:
    on_board = [p for p in persons.values() if trip["trip_id"] in (p["legs"] or "").split(",")]
    assert trip["named"] == len(on_board)
    assert trip["marked"] == sum(p["arrival_trip"] == trip["trip_id"] for p in on_board)
    assert trip["unaccounted"] >= 0
    if trip["arrived_at"] is None:
        assert trip["unaccounted"] == 0
        return
    accounted = trip["arrived"] + trip["diverted"] + trip["died"] + trip["missing"]
    assert trip["unaccounted"] == max(0, trip["boarded"] - accounted)
    if accounted != trip["boarded"]:
        assert "unreconciled" in kinds
    if trip["marked"] > trip["arrived"]:
        assert "marks_exceed_arrivals" in kinds


def check_late_boardings_move_nobody(store: SqlStore) -> None:
    """Boarding everyone onto a new trip after all else moves only those turned back."""
    before = {t["trip_id"]: t["named"] for t in store.query("trips")}
    persons = store.query("persons")
    store.record(
        [
            f.board(p["person_id"], "T9", at="2016-12-15T23:00:00Z", id=f"late-{i}")
            for i, p in enumerate(persons)
        ]
    )
    after = {t["trip_id"]: t["named"] for t in store.query("trips")}
    assert {t: n for t, n in after.items() if t != "T9"} == before
    kinds = _kinds(store)
    for person in persons:
        trip = store.query("trips", trip_id=person["trip_id"]) if person["trip_id"] else []
        if trip and trip[0]["arrived_at"] and trip[0]["arrival_site"] != trip[0]["origin"]:
            assert "boarded_after_arrival" in kinds[f"p|{f.OP}|{person['person_id']}"]
    assert store.derived_matches_log()
