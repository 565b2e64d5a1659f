"""Life cycles: which new fact the current state allows, for people, trips and the operation.

Pure rules, one home for each. The services call them before recording a fact from a desk, the
API, the CLI or an import; a fact they refuse is never written. Facts that arrive already sealed
(sync, ledger imports) are stored anyway, because they happened; what contradicts the state then
shows up as a discrepancy (``domain/projections.py``).

A person: registered -> boarded (one open trip) -> departed -> arrived | diverted | died |
missing; a person whose trip turned back (arrived back at its own origin) is waiting again
and may board again. A trip: dispatched (loading) -> departed (en route) -> arrived | diverted,
once each. An operation: see ``TRANSITIONS`` and ``ALLOWED``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from corridor.domain.messages import Message, message, refusal
from corridor.domain.rows import Person, Trip
from corridor.errors import ConflictError, ValidationError

# --- the operation --------------------------------------------------------------------------

# Status -> the statuses it may become. ``None`` is an operation with no status change yet.
# A closed operation may only be reopened (by an admin, with a reason).
TRANSITIONS: dict[str | None, tuple[str, ...]] = {
    None: ("planned", "active", "suspended", "closed"),  # no status yet: as planned
    "planned": ("active", "suspended", "closed"),
    "active": ("suspended", "closed"),
    "suspended": ("resumed", "closed"),
    "resumed": ("suspended", "closed"),
    "closed": ("active",),
}
REOPEN = ("closed", "active")  # the one transition only an admin may make, and with a reason

# What each kind of write is, as the status rules see it.
ACTIONS = ("register", "board", "dispatch", "depart", "arrive", "count", "supply")
# Status -> the writes it allows. Suspended: people may still be registered and loaded, and
# vehicles on the road may still arrive, but nothing leaves. Planned allows everything: an
# operation is often run before anyone records that it started, and refusing its first
# departures would lose them.
ALLOWED: dict[str, frozenset[str]] = {
    "planned": frozenset(ACTIONS),
    "active": frozenset(ACTIONS),
    "resumed": frozenset(ACTIONS),
    "suspended": frozenset({"register", "board", "dispatch", "arrive", "count", "supply"}),
    "closed": frozenset(),
}
# The kind of write each operational fact type is (imports check the status with it).
ACTION_OF_TYPE = {
    "person.registered": "register",
    "person.boarded": "board",
    "trip.dispatched": "dispatch",
    "trip.departed": "depart",
    "trip.arrived": "arrive",
    "headcount.recorded": "count",
    "site.capacity_declared": "supply",
    "stock.distributed": "supply",
}


def next_statuses(current: str | None, *, admin: bool) -> tuple[str, ...]:
    """The statuses an operation may move to now (reopening a closed one needs an admin)."""
    allowed = TRANSITIONS[current]
    if not admin:
        allowed = tuple(s for s in allowed if (current, s) != REOPEN)
    return allowed


def check_transition(current: str | None, new: str, *, admin: bool, reason: str | None) -> None:
    """:raises ConflictError: a status change the state machine does not allow."""
    if new in TRANSITIONS[current] and (current, new) == REOPEN:
        if not admin:
            raise refusal(ConflictError, message("op_closed"))
        if not (reason and reason.strip()):
            raise refusal(ValidationError, message("op_reopen_reason"), field="reason")
        return
    if new not in TRANSITIONS[current]:
        allowed = list(next_statuses(current, admin=admin)) or ["nothing"]
        said = message("op_transition", status=current or "new", allowed=allowed)
        raise refusal(ConflictError, said)


def check_open(status: str | None, action: str) -> None:
    """:raises ConflictError: the operation's status does not allow this kind of write."""
    current = status or "planned"
    if action not in ALLOWED.get(current, frozenset()):
        if current == "closed":
            raise refusal(ConflictError, message("op_closed_refuses", action=action))
        raise refusal(ConflictError, message("op_not_active", status=current, action=action))


# --- trips ----------------------------------------------------------------------------------


def _trip_place(trip: Trip) -> Message:
    """Where a trip is, for a refusal that names the known state."""
    status = trip.status
    if status == "loading":
        return message("trip_state_loading", site=trip.origin)
    if status == "en_route":
        return message("trip_state_en_route", site=trip.origin, at=trip.departed_at)
    return message("trip_state_arrived", site=trip.arrival_site, at=trip.arrived_at)


def check_dispatch(
    *,
    trip_id: str,
    existing: Trip | None,
    origin: str,
    destination: str,
    vehicle_trips: Sequence[Trip],
) -> None:
    """A new trip: a new id, two different places, a vehicle not on another open trip.

    :param vehicle_trips: the vehicle's trips as derived now.
    :raises ConflictError: the id is taken or the vehicle is busy.
    :raises ValidationError: origin and destination are the same site.
    """
    if existing is not None:
        said = message("trip_exists", trip=trip_id, state=_trip_place(existing))
        raise refusal(ConflictError, said)
    if origin == destination:
        raise refusal(ValidationError, message("trip_same_places"), field="destination")
    for other in vehicle_trips:
        if other.status in ("loading", "en_route"):
            said = message(
                "vehicle_busy",
                vehicle=other.vehicle_id,
                trip=other.trip_id,
                state=_trip_place(other),
            )
            raise refusal(ConflictError, said)


def check_depart(trip: Trip) -> None:
    """:raises ConflictError: the trip is not loading."""
    if trip.status != "loading":
        said = message("trip_already_left", trip=trip.trip_id, state=_trip_place(trip))
        raise refusal(ConflictError, said)


def check_arrive(trip: Trip) -> None:
    """:raises ConflictError: the trip is not on the road."""
    if trip.status == "loading":
        said = message("trip_not_left", trip=trip.trip_id, state=_trip_place(trip))
        raise refusal(ConflictError, said)
    if trip.status != "en_route":
        said = message("trip_already_arrived", trip=trip.trip_id, state=_trip_place(trip))
        raise refusal(ConflictError, said)


def check_load(trip: Trip) -> None:
    """:raises ConflictError: people can only board a trip that is loading."""
    if trip.status != "loading":
        said = message("trip_not_loading", trip=trip.trip_id, state=_trip_place(trip))
        raise refusal(ConflictError, said)


# --- people ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonStage:
    """Where a person stands in their life cycle, and the trip that put them there."""

    stage: str  # waiting | boarded | departed | arrived | diverted
    trip: Trip | None = None


def person_stage(person: Person, trip: Trip | None) -> PersonStage:
    """A registered person's stage from their row and their current trip's row.

    A trip that arrived back at its own origin turned back: its people wait again (the same
    rule as the derived state's, ``domain/people.py``).
    """
    if not person.trip_id or trip is None:
        return PersonStage("waiting")
    status = trip.status
    if status == "loading":
        return PersonStage("boarded", trip)
    if status == "en_route":
        return PersonStage("departed", trip)
    if trip.arrival_site == trip.origin:
        return PersonStage("waiting", trip)
    return PersonStage("arrived" if status == "arrived" else "diverted", trip)


def waiting_site(person: Person, stage: PersonStage) -> str:
    """Where a waiting person waits: the origin their trip turned back to, else where they
    were registered."""
    if stage.stage == "waiting" and stage.trip is not None:
        return str(stage.trip.origin)
    return str(person.site_id)


def check_board(
    person_id: str, stage: PersonStage, trip: Trip, waits_at: str | None = None
) -> None:
    """:raises ConflictError: the person is not waiting, the trip is not loading, or it loads
    at another site than the one the person waits at (``waits_at``, when known)."""
    current = stage.trip
    if stage.stage == "boarded" and current is not None:
        if current.trip_id == trip.trip_id:
            said = message("person_on_this_trip", person=person_id, site=current.origin)
        else:
            said = message(
                "person_on_other_trip",
                person=person_id,
                trip=current.trip_id,
                site=current.origin,
            )
        raise refusal(ConflictError, said)
    if stage.stage == "departed" and current is not None:
        said = message(
            "person_left",
            person=person_id,
            trip=current.trip_id,
            site=current.origin,
            at=current.departed_at,
        )
        raise refusal(ConflictError, said)
    if stage.stage in ("arrived", "diverted") and current is not None:
        said = message(
            "person_arrived",
            person=person_id,
            site=current.arrival_site,
            trip=current.trip_id,
            at=current.arrived_at,
        )
        raise refusal(ConflictError, said)
    check_load(trip)
    if waits_at is not None and trip.origin != waits_at:
        said = message(
            "person_waits_elsewhere",
            person=person_id,
            site=waits_at,
            trip=trip.trip_id,
            state=message("trip_state_loading", site=trip.origin),
        )
        raise refusal(ConflictError, said)
