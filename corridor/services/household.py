"""A household at the desk in one go: its members registered (and boarded) in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from corridor.domain import lifecycle
from corridor.domain.events import Draft
from corridor.errors import ConflictError, NeedsConfirmation, ValidationError
from corridor.services.common import Recorder
from corridor.services.operation import require_site
from corridor.services.register import triage_prompt, trip_for

MAX_MEMBERS = 30
MEMBER_KEYS = ("person_id", "age", "sex", "triage", "vulnerabilities")


@dataclass(frozen=True)
class HouseholdDone:
    """What one household submission recorded."""

    household_id: str
    registered: list[str]
    boarded: list[str]
    trip_id: str | None
    duplicate: bool


@dataclass(frozen=True)
class NewHousehold:
    """A household at the desk: shared fields given once, and each member's own (``MEMBER_KEYS``:
    token, age, sex, triage, vulnerabilities), the head first. The household id defaults to the
    head's token; with ``trip_id`` it is boarded too."""

    site_id: str
    members: list[dict[str, Any]]
    household_id: str | None = None
    group: str = "civilian"
    destination: str | None = None
    trip_id: str | None = None


def register_household(
    rec: Recorder,
    household: NewHousehold,
    *,
    confirm: bool = False,
    fact_id: str | None = None,
) -> HouseholdDone:
    """Register a household (the head first) and, with ``trip_id``, board it: all or nothing.

    With ``fact_id`` the facts get ids ``<fact_id>.r0``, ``.r1``... and ``.b0``... so a resend is
    recognised and adds nothing.

    :raises ValidationError: no members, too many, a token given twice or a bad field.
    :raises ConflictError: a token is already registered or the trip is not loading.
    :raises NeedsConfirmation: the triage prompt (``confirm`` to board anyway).
    """
    store, op = rec.store, rec.op
    site_id, members, trip_id = household.site_id, household.members, household.trip_id
    if not members:
        raise ValidationError("scan or type at least one token", field="members")
    if len(members) > MAX_MEMBERS:
        raise ValidationError(f"at most {MAX_MEMBERS} people in one household", field="members")
    tokens = [str(m.get("person_id")) for m in members]
    twice = sorted({t for t in tokens if tokens.count(t) > 1})
    if twice:
        raise ValidationError(f"token {twice[0]} is given twice", field="members")
    household_id = household.household_id or str(tokens[0])
    drafts: list[Draft] = []
    for n, member in enumerate(members):
        extra = set(member) - set(MEMBER_KEYS)
        if extra:
            raise ValidationError(f"unknown member field {sorted(extra)[0]}", field="members")
        drafts.append(
            rec.draft(
                "person.registered",
                {
                    "person_id": member.get("person_id"),
                    "site_id": site_id,
                    "group": household.group,
                    "age": member.get("age") or "unknown",
                    "sex": member.get("sex") or "unknown",
                    "triage": member.get("triage") or "none",
                    "household_id": household_id,
                    "vulnerabilities": member.get("vulnerabilities") or None,
                    "destination": household.destination,
                },
                fact_id=f"{fact_id}.r{n}" if fact_id else None,
            )
        )
    people = [(d.payload["person_id"], d.payload["triage"]) for d in drafts]
    if trip_id:
        drafts += [
            rec.draft(
                "person.boarded",
                {"person_id": token, "trip_id": trip_id},
                fact_id=f"{fact_id}.b{n}" if fact_id else None,
            )
            for n, (token, _) in enumerate(people)
        ]

    def check() -> None:
        rec.require_open("register")
        rec.require_at("register", site_id)
        require_site(store, op, site_id)
        known = [t for t, _ in people if store.persons(op, person_id=t)]
        if known:
            raise ConflictError(f"nobody registered: token {', '.join(known)} already registered")
        if trip_id:
            rec.require_open("board")
            trip = trip_for(store, op, trip_id, rec.principal)
            if trip.origin != site_id:
                raise ConflictError(
                    f"trip {trip_id} loads at {trip.origin}, not at {site_id}: nobody recorded"
                )
            lifecycle.check_load(trip)
            prompt = None if confirm else triage_prompt(store, op, trip, people)
            if prompt:
                raise NeedsConfirmation(prompt)

    done = rec.write(drafts, check)
    return HouseholdDone(
        household_id=household_id,
        registered=[t for t, _ in people],
        boarded=[t for t, _ in people] if trip_id else [],
        trip_id=trip_id,
        duplicate=all(d.duplicate for d in done),
    )
