"""A person's life cycle, folded from their own facts and the outcomes of the trips they boarded.

registered -> boarded (one open trip) -> departed -> arrived | diverted | died | missing, or
turned back (their trip arrived back at its origin) -> waiting again, and may board again.

Facts from offline desks and imports arrive in any order and may contradict each other. The
fold never lets a later fact rewrite a reconciled past: boardings are taken in ``order_key``
order, and a boarding onto another trip moves the person only if the trip they are on had
turned back before it. Otherwise the person stays where they were and the contradiction is a
discrepancy of a named kind, to be resolved by a correction:

- ``boarded_after_arrival``: the trip they were on had already arrived;
- ``boarded_twice``: the trip they were on was still loading or en route;
- ``arrived_not_on_trip``: reception marked them arrived on a trip they are not on.

The trip outcomes come from trip facts only (never from a manifest), so the fold stays a
function of the set of facts: see ``corridor/storage/derive.py`` for how a change of a trip's
outcome refolds the people it concerns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from corridor.domain.events import Fact
from corridor.domain.ledger import order_key
from corridor.domain.messages import message
from corridor.domain.projections import Row, UnitState, person_contribution
from corridor.domain.trips import NOT_SEEN, TripOutcome


def boarded_trips(facts: Sequence[Fact]) -> set[str]:
    """Every trip a person has a boarding fact for."""
    return {f.payload["trip_id"] for f in facts if f.type == "person.boarded"}


def fold_person(
    op: str,
    person_id: str,
    facts: Sequence[Fact],
    outcomes: Mapping[str, TripOutcome] | None = None,
) -> UnitState:
    """A person: latest registration, the trips they rode, and their arrival mark.

    :param outcomes: the outcomes of the trips they boarded; only read when they boarded more
        than one trip (a person on one trip is on it whatever becomes of it).
    """
    regs: list[Fact] = []
    boards: list[Fact] = []
    marks: list[Fact] = []
    for fact in facts:  # one pass: this runs once per person of every batch
        if fact.type == "person.registered":
            regs.append(fact)
        elif fact.type == "person.boarded":
            boards.append(fact)
        elif fact.type == "person.arrived":
            marks.append(fact)
    if not regs and not boards and not marks:
        return UnitState()
    for some in (regs, boards, marks):
        if len(some) > 1:
            some.sort(key=order_key)
    state = UnitState()
    legs = _legs(state, person_id, boards, outcomes or {})
    current = legs[-1] if legs else None
    trip = current.payload["trip_id"] if current else None
    mark = _arrival(state, person_id, marks, trip)
    reg = regs[-1].payload if regs else {}
    row: Row = {
        "op": op,
        "person_id": person_id,
        "site_id": reg.get("site_id"),
        "grp": reg.get("group", "unknown"),
        "age": reg.get("age", "unknown"),
        "sex": reg.get("sex", "unknown"),
        "triage": reg.get("triage", "none"),
        "household_id": reg.get("household_id"),
        "destination": reg.get("destination"),
        "registered_at": regs[-1].occurred_at if regs else None,
        "trip_id": trip,
        "boarded_at": current.occurred_at if current else None,
        "legs": ",".join([leg.payload["trip_id"] for leg in legs]) if legs else None,
        "arrived_at": mark.occurred_at if mark else None,
        "arrival_site": mark.payload["site_id"] if mark else None,
        "arrival_trip": mark.payload["trip_id"] if mark else None,
    }
    state.rows["persons"] = [row]
    person_contribution(row, state.contribution)
    _boardings(state, op, person_id, boards, legs)
    _registration_checks(state, person_id, regs, boards, trip)
    return state


def _legs(
    state: UnitState, person_id: str, boards: Sequence[Fact], outcomes: Mapping[str, TripOutcome]
) -> list[Fact]:
    """The accepted boardings, in order: each trip the person rode; the last is the current.

    A boarding onto the trip they are on is a no-op; onto another trip it is accepted only
    when the trip they are on had turned back before it, and flagged otherwise.
    """
    if len(boards) < 2:
        return list(boards)
    legs: list[Fact] = []
    for board in boards:
        trip = board.payload["trip_id"]
        if not legs:
            legs.append(board)
            continue
        on = legs[-1].payload["trip_id"]
        if trip == on:
            continue
        outcome = outcomes.get(on, NOT_SEEN)
        arrived_before = outcome.arrived_at is not None and outcome.arrived_at <= board.occurred_at
        if arrived_before and outcome.turned_back:
            # Back at the pickup site: waiting again. A trip ridden twice is one leg, the last.
            legs = [leg for leg in legs if leg.payload["trip_id"] != trip] + [board]
            continue
        state.flag(
            "boarded_after_arrival" if arrived_before else "boarded_twice",
            board.occurred_at,
            message(
                "boarded_while_on_trip",
                person=person_id,
                trip=trip,
                at=board.occurred_at,
                on=on,
                state=outcome.state(),
            ),
        )
    return legs


def _boardings(
    state: UnitState, op: str, person_id: str, boards: Sequence[Fact], legs: Sequence[Fact]
) -> None:
    """One row per trip boarded, kept only for people who boarded more than one trip.

    Trips read their manifest from these rows (for legs that are not the person's current
    trip), and a change of a trip's outcome refolds the people listed on it.
    """
    if len(boards) < 2:
        return
    first: dict[str, Fact] = {}
    for board in boards:
        first.setdefault(board.payload["trip_id"], board)
    if len(first) < 2:
        return
    accepted = {leg.payload["trip_id"]: leg for leg in legs}
    for trip, board in first.items():
        state.add_row(
            "boardings",
            {
                "op": op,
                "person_id": person_id,
                "trip_id": trip,
                "boarded_at": accepted.get(trip, board).occurred_at,
                "accepted": int(trip in accepted),
            },
        )


def _arrival(
    state: UnitState, person_id: str, marks: Sequence[Fact], trip: str | None
) -> Fact | None:
    """The arrival mark that counts (the latest on their current trip, else the latest)."""
    if not marks:
        return None
    for mark in marks:
        if mark.payload["trip_id"] != trip:
            state.flag(
                "arrived_not_on_trip",
                mark.occurred_at,
                message(
                    "arrived_not_on_trip" if trip else "arrived_on_no_trip",
                    person=person_id,
                    site=mark.payload["site_id"],
                    trip=mark.payload["trip_id"],
                    at=mark.occurred_at,
                    **({"on": trip} if trip else {}),
                ),
            )
    on_trip = [m for m in marks if m.payload["trip_id"] == trip]
    return (on_trip or list(marks))[-1]


def _registration_checks(
    state: UnitState,
    person_id: str,
    regs: Sequence[Fact],
    boards: Sequence[Fact],
    trip: str | None,
) -> None:
    if len(regs) > 1:
        state.flag(
            "registered_twice",
            regs[-1].occurred_at,
            message("registered_twice", person=person_id, n=len(regs)),
        )
    if boards and not regs:
        state.flag(
            "boarded_unregistered",
            boards[-1].occurred_at,
            message("boarded_unregistered", person=person_id, trip=trip),
        )
