"""What a coordinator reviews: the trip board and the open discrepancies, paged and filtered.

Both lists are read whole from the derived tables, filtered, sorted, then cut into pages, so
every row can be reached and the total is exact: no list stops silently at a cap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from corridor.domain.rows import Trip
from corridor.domain.units import Kind, Unit
from corridor.errors import ValidationError
from corridor.storage.base import Store

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
# A trip has an arrival (and so a balance to account for) in these statuses.
ARRIVED_STATUSES = ("arrived", "diverted")


@dataclass(frozen=True)
class Page:
    """One page of a longer list, with the size of the whole list."""

    rows: list[dict[str, Any]]
    total: int
    page: int
    limit: int

    @property
    def pages(self) -> int:
        """How many pages the whole list fills (at least one)."""
        return max(1, -(-self.total // self.limit))

    @property
    def has_next(self) -> bool:
        """Whether a page follows this one."""
        return self.page < self.pages

    @property
    def first(self) -> int:
        """Position (from 1) of this page's first row; 0 when the page is empty."""
        return (self.page - 1) * self.limit + 1 if self.rows else 0


def _cut(rows: list[dict[str, Any]], page: int, limit: int) -> Page:
    """:raises ValidationError: a page below 1 or a size outside 1..MAX_PAGE_SIZE."""
    if page < 1:
        raise ValidationError("must be 1 or more", field="page")
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValidationError(f"must be between 1 and {MAX_PAGE_SIZE}", field="limit")
    start = (page - 1) * limit
    return Page(rows=rows[start : start + limit], total=len(rows), page=page, limit=limit)


def unaccounted(trip: Trip) -> int | None:
    """Boarded less arrived, diverted, died and missing, once a trip has arrived; else None."""
    if trip.status not in ARRIVED_STATUSES:
        return None
    accounted = sum(n or 0 for n in (trip.arrived, trip.diverted, trip.died, trip.missing))
    return int(trip.boarded) - accounted


def _with_balance(trip: Trip) -> dict[str, Any]:
    """A trip's row for an answer, with its ``unaccounted`` balance (negative when more people
    are accounted for than boarded)."""
    return {**trip.as_dict(), "unaccounted": unaccounted(trip)}


def total_unaccounted(trips: Iterable[Trip]) -> int:
    """People boarded on arrived trips and not accounted for.

    A trip that accounts for more people than boarded (a negative balance) is not netted against
    another trip's shortfall: it is listed as a discrepancy of its own.
    """
    return sum(max(0, unaccounted(t) or 0) for t in trips)


@dataclass(frozen=True)
class TripFilter:
    """Which trips to list: a status, a site (leaving from, headed to or arrived at), a vehicle,
    a trip."""

    status: str | None = None
    site: str | None = None
    vehicle: str | None = None
    trip: str | None = None


def trip_page(
    *,
    store: Store,
    op: str,
    where: TripFilter | None = None,
    page: int = 1,
    limit: int = PAGE_SIZE,
) -> Page:
    """Trips newest first, each with its ``unaccounted`` balance, filtered and paged.

    :raises ValidationError: a bad page or page size.
    """
    f = where or TripFilter()
    found = store.trips(
        op, status=f.status or None, vehicle_id=f.vehicle or None, trip_id=f.trip or None
    )
    if f.site:
        site = f.site
        found = [t for t in found if site in (t.origin, t.destination, t.arrival_site)]
    found.sort(key=lambda t: (t.dispatched_at or "", t.trip_id), reverse=True)
    return _cut([_with_balance(t) for t in found], page, limit)


_SUBJECTS = {
    Kind.PERSON: "person",
    Kind.TRIP: "trip",
    Kind.OPERATION: "operation",
    Kind.SITE: "site",
    Kind.VEHICLE: "vehicle",
}


def subject_of(unit: str) -> tuple[str, str]:
    """What a discrepancy is about, from its unit: (kind, id), e.g. ("trip", "T1")."""
    found = Unit.decode(unit)
    return _SUBJECTS.get(found.kind, "other"), found.key


def discrepancy_counts(*, store: Store, op: str, personal: bool = True) -> dict[str, int]:
    """Open discrepancies counted by kind (counts only: nothing names a person)."""
    rows = store.query("discrepancies", op=op)
    if not personal:
        rows = [d for d in rows if subject_of(d["unit"])[0] != "person"]
    return dict(sorted(Counter(d["kind"] for d in rows).items()))


@dataclass(frozen=True)
class DiscrepancyFilter:
    """Which discrepancies to list: a kind, a site (of the trip or person), a trip."""

    kind: str | None = None
    site: str | None = None
    trip: str | None = None
    personal: bool = True  # include those about one person (they name a token)


def discrepancy_page(
    *,
    store: Store,
    op: str,
    where: DiscrepancyFilter | None = None,
    page: int = 1,
    limit: int = PAGE_SIZE,
) -> Page:
    """Open discrepancies, newest first, each with its subject and the sites it concerns.

    Each row gains ``subject`` (trip, person, operation, ...), ``subject_id``, ``sites`` and,
    for trips, ``trip`` (the trip's row with its ``unaccounted`` balance).

    :raises ValidationError: a bad page or page size.
    """
    where = where or DiscrepancyFilter()
    rows = store.query("discrepancies", op=op, **({"kind": where.kind} if where.kind else {}))
    trips = {t.trip_id: t for t in store.trips(op)}
    out = []
    for d in rows:
        subject, subject_id = subject_of(d["unit"])
        if subject == "person" and not where.personal:
            continue
        if where.trip and not (subject == "trip" and subject_id == where.trip):
            continue
        d.update(subject=subject, subject_id=subject_id, trip=None, sites=[])
        if subject == "trip" and subject_id in trips:
            d.update(trip=_with_balance(trips[subject_id]), sites=_trip_sites(trips[subject_id]))
        elif subject == "person":
            d["sites"] = _person_sites(store, op, subject_id, trips)
        elif subject == "site":
            d["sites"] = [subject_id]
        if where.site and where.site not in d["sites"]:
            continue
        out.append(d)
    out.sort(key=lambda d: (d["at"] or "", d["unit"], d["kind"]), reverse=True)
    return _cut(out, page, limit)


def _trip_sites(trip: Trip) -> list[str]:
    sites = (trip.origin, trip.destination, trip.arrival_site)
    return list(dict.fromkeys(s for s in sites if s))


def _person_sites(store: Store, op: str, person_id: str, trips: dict[str, Trip]) -> list[str]:
    """A person's registration site and the sites of the trip they boarded."""
    sites = []
    for p in store.persons(op, person_id=person_id):
        sites.append(p.site_id)
        if p.trip_id in trips:
            sites.extend(_trip_sites(trips[p.trip_id]))
    return list(dict.fromkeys(s for s in sites if s))
