"""A two-day operation small enough to count by hand (shared by the sitrep and export tests)."""

from __future__ import annotations

from corridor.domain.events import Draft
from tests import factories as f

D1, D2 = "2016-12-15", "2016-12-16"


def two_days() -> list[Draft]:
    """Day 1: a bus of 50 (20 children) leaves, 48 arrive and 2 die; a gunfire incident.

    Day 2: a bus of 40 leaves and arrives; a bus of 3 leaves late and is still on the road;
    SOHR reports 100 evacuated.
    """
    return [
        f.draft("operation.defined", {"name": "Test evacuation"}, at=f"{D1}T01:00:00Z"),
        f.status("active", "Ceasefire holds", at=f"{D1}T02:00:00Z"),
        f.site("ramouseh", kind="crossing", at=f"{D1}T01:00:00Z"),
        f.site("khan-al-aasal", kind="gathering", at=f"{D1}T01:00:00Z"),
        f.vehicle("bus-1", at=f"{D1}T01:00:00Z"),
        f.dispatch("T1", at=f"{D1}T05:00:00Z"),
        f.count(
            "ramouseh",
            50,
            trip="T1",
            breakdown={"age": {"child": 20, "adult": 30}},
            at=f"{D1}T06:00:00Z",
        ),
        f.depart("T1", at=f"{D1}T06:00:00Z"),
        f.arrive("T1", 48, died=2, at=f"{D1}T09:00:00Z"),
        f.draft(
            "incident.reported",
            {
                "kind": "gunfire",
                "severity": "high",
                "description": "Shots at the crossing",
                "site_id": "ramouseh",
                "killed": 2,
            },
            at=f"{D1}T07:00:00Z",
        ),
        f.dispatch("T2", at=f"{D2}T05:00:00Z"),
        f.count("ramouseh", 40, trip="T2", at=f"{D2}T06:00:00Z"),
        f.depart("T2", at=f"{D2}T06:00:00Z"),
        f.arrive("T2", 40, at=f"{D2}T08:00:00Z"),
        f.dispatch("T3", at=f"{D2}T22:00:00Z"),
        f.count("ramouseh", 3, trip="T3", at=f"{D2}T23:00:00Z"),
        f.depart("T3", at=f"{D2}T23:00:00Z"),
        f.draft(
            "estimate.reported",
            {
                "metric": "evacuated",
                "value": 100,
                "source": "SOHR",
                "qualifier": "about",
                "as_of": D2,
            },
            at=f"{D2}T12:00:00Z",
        ),
    ]
