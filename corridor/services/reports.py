"""Incidents on the way and figures reported by others."""

from __future__ import annotations

from dataclasses import dataclass

from corridor.services.common import Recorded, Recorder, payload_of


@dataclass(frozen=True)
class Incident:
    """An attack on a convoy, a blockade, a death: where (a site or a trip) and its toll."""

    kind: str
    severity: str
    description: str
    site_id: str | None = None
    trip_id: str | None = None
    killed: int | None = None
    wounded: int | None = None


def report_incident(
    rec: Recorder, incident: Incident, *, at: str | None = None, fact_id: str | None = None
) -> Recorded:
    """Record an incident.

    Incidents are reported in every status, a closed operation included (they happened).

    :raises Forbidden: a registrar names no site, or one that is not theirs.
    """

    def check() -> None:
        rec.require_at("register", incident.site_id)

    return rec.record(
        "incident.reported", payload_of(incident), at=at, fact_id=fact_id, check=check
    )


@dataclass(frozen=True)
class Estimate:
    """A figure someone else reported, with its source, range, qualifier and where it appeared."""

    metric: str
    value: int
    source: str
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None
    outlet: str | None = None
    url: str | None = None
    place: str | None = None
    as_of: str | None = None
    note: str | None = None


def report_estimate(
    rec: Recorder, estimate: Estimate, *, at: str | None = None, fact_id: str | None = None
) -> Recorded:
    """Record a figure someone else reported, to set beside our counts (coordinators only, not
    site-scoped: the role is checked at the edge)."""
    return rec.record("estimate.reported", payload_of(estimate), at=at, fact_id=fact_id)
