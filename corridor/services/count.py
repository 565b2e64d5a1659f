"""Unnamed tallies: a bus counted without names, walk-ins, private vehicles, people waiting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from corridor.domain.ledger import order_key
from corridor.domain.units import Kind, Unit
from corridor.services.common import Recorded, Recorder, payload_of
from corridor.services.operation import require_site
from corridor.storage.base import Store


@dataclass(frozen=True)
class Headcount:
    """People counted without names at a site and stage (a bus's count names its ``trip_id``)."""

    site_id: str
    stage: str
    total: int
    trip_id: str | None = None
    method: str | None = None
    breakdown: dict[str, dict[str, int]] | None = None


def record_headcount(
    rec: Recorder, count: Headcount, *, at: str | None = None, fact_id: str | None = None
) -> Recorded:
    """Record a headcount; a count of a trip's vehicle adds only people not named on it.

    :raises NotFound: unknown site.
    :raises Forbidden: the user may not write for this site.
    :raises ConflictError: the operation is closed.
    """

    def check() -> None:
        rec.require_open("count")
        rec.require_at("register", count.site_id)
        require_site(rec.store, rec.op, count.site_id)

    return rec.record("headcount.recorded", payload_of(count), at=at, fact_id=fact_id, check=check)


def waiting_counts(*, store: Store, op: str, site_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The waiting count a new one would replace, per site that has one: ``{"total", "at"}``.

    The figure is the derived one (corrections applied); its time is that of the latest count
    at the site that gave this figure (the latest count at all when a correction changed it).
    """
    derived = store.headcounts(op)
    out: dict[str, dict[str, Any]] = {}
    for site in site_ids:
        total = derived.get(("waiting_counted", site, "total", "all"))
        if total is None:
            continue
        facts = [
            f for i in store.fact_ids_of_unit(Unit(Kind.WAITING, op, site)) if (f := store.get(i))
        ]
        counts = sorted((f for f in facts if f.type == "headcount.recorded"), key=order_key)
        same = [f for f in counts if f.payload["total"] == total]
        last = (same or counts)[-1] if counts else None
        out[site] = {"total": total, "at": last.occurred_at if last else None}
    return out
