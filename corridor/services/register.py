"""Registration desk: people under tokens (never names), and boarding people and households."""

from __future__ import annotations

from dataclasses import dataclass

from corridor.domain import lifecycle
from corridor.domain.access import Principal
from corridor.domain.events import Draft
from corridor.domain.rows import Person, Trip
from corridor.errors import ConflictError, NeedsConfirmation, NotFound
from corridor.services.common import (
    Recorded,
    Recorder,
    as_recorded,
    one_trip,
    payload_of,
    require_at,
)
from corridor.services.operation import require_site
from corridor.services.personal import protect
from corridor.storage.base import Store


@dataclass(frozen=True)
class NewPerson:
    """What the desk records about a person: a token (never a name), the site and the triage."""

    person_id: str
    site_id: str
    group: str = "civilian"
    age: str = "unknown"
    sex: str = "unknown"
    triage: str = "none"
    household_id: str | None = None
    vulnerabilities: list[str] | None = None
    destination: str | None = None


def register_person(
    rec: Recorder,
    person: NewPerson,
    *,
    at: str | None = None,
    fact_id: str | None = None,
    details: dict[str, str] | None = None,
    key: bytes | None = None,
) -> Recorded:
    """Register a person at a site under their wristband token.

    ``details`` (name, phone, ...) are encrypted with ``key`` and kept outside the ledger.

    :raises NotFound: unknown site.
    :raises Forbidden: the user may not register at this site.
    :raises ConflictError: the token is already registered, or the operation is closed.
    :raises ValidationError: a bad field.
    """
    draft = rec.draft("person.registered", payload_of(person), at=at, fact_id=fact_id)
    personal: dict[str, str] = {}
    if details:
        draft, personal[draft.id] = protect(draft, details, key)
    store, op = rec.store, rec.op

    def check() -> None:
        rec.require_open("register")
        rec.require_at("register", person.site_id)
        require_site(store, op, person.site_id)
        if store.persons(op, person_id=person.person_id):
            # The site is not named: a registrar must not learn where another site's people are.
            raise ConflictError(f"token {person.person_id} is already registered")

    return rec.write([draft], check, personal=personal)[0]


def find_person(store: Store, op: str, person_id: str, principal: Principal | None) -> Person:
    """A registered person this user may see; the same answer whether or not the token exists
    at another site, so a refusal reveals nothing about other sites' people.

    :raises NotFound: no such person at the user's sites.
    """
    rows = store.persons(op, person_id=person_id)
    visible = [r for r in rows if principal is None or principal.can_at("register", r.site_id)]
    if not visible or not visible[0].registered_at:
        where = "" if principal is None or principal.role != "registrar" else " at your sites"
        raise NotFound(f"no registered person with token {person_id}{where}")
    return visible[0]


def _boarding_checks(
    store: Store, op: str, person_id: str, trip: Trip, principal: Principal | None
) -> None:
    person = find_person(store, op, person_id, principal)
    current = None
    if person.trip_id:
        rows = store.trips(op, trip_id=person.trip_id)
        current = rows[0] if rows else None
    stage = lifecycle.person_stage(person, current)
    lifecycle.check_board(person_id, stage, trip, lifecycle.waiting_site(person, stage))


URGENT = ("critical", "serious")


def triage_of(store: Store, op: str, tokens: list[str]) -> list[tuple[str, str]]:
    """(token, triage) of registered people."""
    rows = [r for t in tokens for r in store.persons(op, person_id=t)[:1]]
    return [(r.person_id, r.triage or "none") for r in rows]


def triage_prompt(store: Store, op: str, trip: Trip, people: list[tuple[str, str]]) -> str | None:
    """Why boarding these people onto this trip needs a person's confirmation, or None.

    Critical and serious people put on a vehicle that is not an ambulance while an ambulance
    trip is loading at the same site: the desk is asked to confirm (they may still go, e.g.
    when the ambulance is full or a doctor says so).
    """
    kinds = {v["vehicle_id"]: v["kind"] for v in store.query("vehicles", op=op)}
    if kinds.get(trip.vehicle_id) == "ambulance":
        return None
    ambulances = sorted(
        t.trip_id
        for t in store.trips(op, origin=trip.origin, status="loading")
        if kinds.get(t.vehicle_id) == "ambulance" and t.trip_id != trip.trip_id
    )
    if not ambulances:
        return None
    urgent = [f"{token} ({triage})" for token, triage in people if triage in URGENT]
    if not urgent:
        return None
    return (
        f"ambulance trip {ambulances[0]} is loading at {trip.origin} and {', '.join(urgent)} "
        f"would go on {trip.trip_id} ({kinds.get(trip.vehicle_id or '', 'vehicle')}): "
        "confirm to board anyway"
    )


def wounded_on_board(store: Store, op: str, trip_ids: list[str]) -> dict[str, int]:
    """How many critical or serious people are named on each trip (a count, no tokens)."""
    return {t: sum(r.triage in URGENT for r in store.persons(op, trip_id=t)) for t in trip_ids}


def trip_for(store: Store, op: str, trip_id: str, principal: Principal | None) -> Trip:
    """The trip's row, when the user may board people onto it (it leaves from their sites).

    :raises NotFound: no such trip.
    :raises Forbidden: it leaves from a site the user may not write for.
    """
    trip = one_trip(store, op, trip_id, f"no trip {trip_id}: dispatch it first")
    require_at(principal, "register", trip.origin)
    return trip


def board_person(
    rec: Recorder,
    *,
    person_id: str,
    trip_id: str,
    at: str | None = None,
    fact_id: str | None = None,
    confirm: bool = False,
) -> Recorded:
    """Put a waiting person on a trip that is still loading at their site.

    A critical or serious person put on a bus while an ambulance trip is loading at the site
    is refused with NeedsConfirmation unless ``confirm`` is set.

    :raises NotFound: unknown person (at the user's sites) or trip.
    :raises Forbidden: the trip leaves from a site the user may not write for.
    :raises ConflictError: the person is not waiting (the message says where they are), the
        trip is not loading, or the operation refuses boardings.
    :raises NeedsConfirmation: the triage prompt (see ``triage_prompt``).
    """
    draft = rec.draft(
        "person.boarded", {"person_id": person_id, "trip_id": trip_id}, at=at, fact_id=fact_id
    )
    store, op, principal = rec.store, rec.op, rec.principal

    def check() -> None:
        rec.require_open("board")
        trip = trip_for(store, op, trip_id, principal)
        _boarding_checks(store, op, person_id, trip, principal)
        people = triage_of(store, op, [person_id])
        prompt = None if confirm else triage_prompt(store, op, trip, people)
        if prompt:
            raise NeedsConfirmation(prompt)

    return rec.write([draft], check)[0]


def board_household(
    rec: Recorder,
    *,
    household_id: str,
    trip_id: str,
    at: str | None = None,
    fact_id: str | None = None,
    confirm: bool = False,
) -> list[Recorded]:
    """Board every waiting member of a household, all or nothing, in one transaction.

    The triage prompt applies as for one person (``confirm`` to go ahead).

    Members already on this trip are left as they are. With ``fact_id``, the boardings get the
    ids ``<fact_id>.0``, ``<fact_id>.1``, ... so a resend is recognised and adds nothing.

    :raises NotFound: no member of the household at the user's sites, or no such trip.
    :raises ConflictError: a member is not waiting (each one is named); nothing is written.
    """
    store, op, principal = rec.store, rec.op, rec.principal
    if fact_id:
        resent = store.get(f"{fact_id}.0")
        if resent is not None:
            return _resent(store, fact_id)
    members = [
        m
        for m in store.persons(op, household_id=household_id)
        if m.registered_at and (principal is None or principal.can_at("register", m.site_id))
    ]
    if not members:
        raise NotFound(f"no registered household {household_id}")
    tokens = sorted(m.person_id for m in members if m.trip_id != trip_id)
    if not tokens:
        raise ConflictError(
            f"every member of household {household_id} is already on trip {trip_id}"
        )
    drafts: list[Draft] = [
        rec.draft(
            "person.boarded",
            {"person_id": token, "trip_id": trip_id},
            at=at,
            fact_id=f"{fact_id}.{n}" if fact_id else None,
        )
        for n, token in enumerate(tokens)
    ]

    def check() -> None:
        rec.require_open("board")
        trip = trip_for(store, op, trip_id, principal)
        problems = []
        for token in tokens:
            try:
                _boarding_checks(store, op, token, trip, principal)
            except ConflictError as exc:
                problems.append(str(exc))
        if problems:
            raise ConflictError("nobody boarded: " + "; ".join(problems))
        prompt = None if confirm else triage_prompt(store, op, trip, triage_of(store, op, tokens))
        if prompt:
            raise NeedsConfirmation(prompt)

    return rec.write(drafts, check)


def _resent(store: Store, fact_id: str) -> list[Recorded]:
    """The boardings of an earlier send of the same household boarding."""
    out: list[Recorded] = []
    n = 0
    while (fact := store.get(f"{fact_id}.{n}")) is not None:
        if fact.type != "person.boarded":
            raise ConflictError(f"id {fact.id} is already used by a different fact")
        out.append(as_recorded(fact, duplicate=True))
        n += 1
    return out
