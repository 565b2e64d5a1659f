"""Reception marks arrivals person by person (a token scanned or typed), and the missing list.

A mark is a ``person.arrived`` fact on the trip the person is on. Once a trip whose arrivals are
marked has arrived, the people of its manifest not marked are listed as missing by token
(derived: the ``missing`` table) until a mark, at any site, finds them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from corridor.domain.access import Principal
from corridor.domain.rows import Person
from corridor.errors import ConflictError, CorridorError
from corridor.services.common import Recorded, Recorder
from corridor.services.dispatch import require_receiver, trip_row
from corridor.services.operation import require_site
from corridor.services.register import find_person
from corridor.storage.base import Store


def mark_arrived(
    rec: Recorder,
    *,
    person_id: str,
    site_id: str,
    at: str | None = None,
    fact_id: str | None = None,
) -> Recorded:
    """Mark one person arrived at a site, on the trip they are on.

    :raises NotFound: no such person (at the user's sites: reception sees the tokens of trips
        coming to it), or no such site.
    :raises ConflictError: the person is not on a trip that left, or is already marked arrived.
    :raises Forbidden: the user is not reception at the trip's destination nor a coordinator.
    """
    store, op = rec.store, rec.op
    person = _person_for_reception(store, op, person_id, rec.principal)
    trip_id = person.trip_id or ""

    def check() -> None:
        rec.require_open("arrive")
        require_site(store, op, site_id)
        if not trip_id:
            raise ConflictError(f"{person_id} is not on any trip: board them first")
        trip = trip_row(store, op, trip_id)
        require_receiver(rec.principal, trip, site_id)
        if trip.status == "loading":
            raise ConflictError(f"{person_id} is on trip {trip_id}, which has not left yet")
        if person.arrived_at:
            raise ConflictError(
                f"{person_id} was marked arrived at {person.arrival_site} at "
                f"{person.arrived_at[:16].replace('T', ' ')}"
            )

    payload = {"person_id": person_id, "trip_id": trip_id or "none", "site_id": site_id}
    return rec.record("person.arrived", payload, at=at, fact_id=fact_id, check=check)


def _person_for_reception(
    store: Store, op: str, person_id: str, principal: Principal | None
) -> Person:
    """A person whose trip comes to one of the user's sites (or any person, for coordinators).

    A registrar at reception may mark people registered elsewhere: they arrive on trips to
    reception's site. The refusal for other people is the same as for an unknown token.
    """
    rows = store.persons(op, person_id=person_id)
    if rows and principal is not None and principal.role == "registrar":
        trips = store.trips(op, trip_id=rows[0].trip_id or "-")
        ends = {trips[0].destination, trips[0].origin} if trips else set()
        if not (ends & principal.sites) and not principal.can_at("register", rows[0].site_id):
            rows = []
    if not rows:
        return find_person(store, op, person_id, principal)  # raises the usual NotFound
    return rows[0]


@dataclass
class Marks:
    """What a batch of scanned tokens came to: the facts recorded and each token refused."""

    recorded: list[Recorded]
    refused: list[tuple[str, str]]  # (token, why)


def mark_many(
    rec: Recorder, *, tokens: Iterable[str], site_id: str, fact_id: str | None = None
) -> Marks:
    """Mark a list of scanned or typed tokens; each is its own fact, and a refused token does not
    stop the others (the answer says why each was refused). With ``fact_id``, mark n gets the id
    ``<fact_id>.<n>`` so a resent list adds nothing."""
    rec.require_at("register", site_id)  # the whole list is refused at a site not theirs
    out = Marks([], [])
    seen: set[str] = set()
    for n, token in enumerate(t.strip() for t in tokens):
        if not token or token in seen:
            continue
        seen.add(token)
        try:
            out.recorded.append(
                mark_arrived(
                    rec,
                    person_id=token,
                    site_id=site_id,
                    fact_id=f"{fact_id}.{n}" if fact_id else None,
                )
            )
        except CorridorError as exc:
            out.refused.append((token, str(exc)))
    return out


def missing_people(*, store: Store, op: str, trip_id: str | None = None) -> list[dict[str, Any]]:
    """Open missing-person cases, oldest first (tokens: coordinators only, reads audited)."""
    where = {"trip_id": trip_id} if trip_id else {}
    rows = store.query("missing", op=op, **where)
    return sorted(rows, key=lambda r: (r["since"] or "", r["trip_id"], r["person_id"]))
