"""Registration desk: people under tokens (never names), and boarding."""

from __future__ import annotations

from corridor.clock import Clock
from corridor.domain.events import Draft
from corridor.errors import NotFound, ValidationError
from corridor.services.common import make_draft, record_one
from corridor.services.operation import require_site
from corridor.services.personal import protect
from corridor.storage.base import Store


def register_person(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    person_id: str,
    site_id: str,
    group: str = "civilian",
    age: str = "unknown",
    sex: str = "unknown",
    triage: str = "none",
    household_id: str | None = None,
    vulnerabilities: list[str] | None = None,
    destination: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
    details: dict[str, str] | None = None,
    key: bytes | None = None,
) -> Draft:
    """Register a person at a site under their wristband token.

    ``details`` (name, phone, ...) are encrypted with ``key`` and kept outside the ledger.

    :raises NotFound: unknown site.
    :raises ValidationError: a bad field, or a token already registered.
    """
    require_site(store, op, site_id)
    if fact_id is None and store.query("persons", op=op, person_id=person_id):
        raise ValidationError(f"token {person_id} is already registered", field="person_id")
    draft = make_draft(
        clock=clock,
        actor=actor,
        op=op,
        type_="person.registered",
        payload={
            "person_id": person_id,
            "site_id": site_id,
            "group": group,
            "age": age,
            "sex": sex,
            "triage": triage,
            "household_id": household_id,
            "vulnerabilities": vulnerabilities,
            "destination": destination,
        },
        at=at,
        fact_id=fact_id,
    )
    if not details:
        store.record([draft])
        return draft
    draft, blob = protect(draft, details, key)
    store.record([draft], personal={draft.id: blob})
    return draft


def board_person(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    person_id: str,
    trip_id: str,
    at: str | None = None,
    fact_id: str | None = None,
) -> Draft:
    """Put a registered person on a trip that is still loading.

    :raises NotFound: unknown person or trip.
    :raises ValidationError: the trip has left.
    """
    if not store.query("persons", op=op, person_id=person_id):
        raise NotFound(f"no registered person with token {person_id}")
    trips = store.query("trips", op=op, trip_id=trip_id)
    if not trips:
        raise NotFound(f"no trip {trip_id}: dispatch it first")
    if trips[0]["status"] != "loading":
        raise ValidationError(
            f"trip {trip_id} is {trips[0]['status']}, not loading", field="trip_id"
        )
    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="person.boarded",
        payload={"person_id": person_id, "trip_id": trip_id},
        at=at,
        fact_id=fact_id,
    )
