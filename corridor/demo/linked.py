"""The linked evacuation of Foua and Kefraya, a condition of the Aleppo one."""

from __future__ import annotations

import random
from datetime import timedelta

from corridor.demo.builder import Builder, utc
from corridor.demo.scenario import LINKED_OP


def linked_operation(b: Builder, rng: random.Random) -> None:
    """Add the facts of the linked Foua and Kefraya evacuation (sites, buses, trips...) to ``b``."""
    at = "2016-12-14T09:00:00Z"
    for site_id, name, kind in [
        ("foua", "Foua", "pickup"),
        ("kefraya", "Kefraya", "pickup"),
        ("jibrin", "Jibrin reception centre", "gathering"),
    ]:
        b.add("site.defined", at, {"site_id": site_id, "name": name, "kind": kind}, op=LINKED_OP)
    for n in range(1, 11):
        b.add(
            "vehicle.registered",
            at,
            {"vehicle_id": f"fk-bus-{n:02d}", "kind": "bus", "capacity": 70, "agency": "SARC"},
            op=LINKED_OP,
        )
    b.add(
        "incident.reported",
        "2016-12-18T09:00:00Z",
        {
            "kind": "attack",
            "severity": "high",
            "site_id": "foua",
            "description": "Buses sent to collect people from Foua and Kefraya were set on fire "
            "on the road; departures from both evacuations were delayed.",
        },
        op=LINKED_OP,
        actor="coordinator",
    )
    for day in ("2016-12-19", "2016-12-20", "2016-12-21"):
        for n in range(1, 11):
            trip = f"fk-{day[-2:]}-{n:02d}"
            start = utc(f"{day}T06:00") + timedelta(minutes=20 * n)
            origin = "foua" if n % 2 else "kefraya"
            aboard = rng.randint(40, 65)
            b.add(
                "trip.dispatched",
                start,
                {
                    "trip_id": trip,
                    "vehicle_id": f"fk-bus-{n:02d}",
                    "origin": origin,
                    "destination": "jibrin",
                },
                op=LINKED_OP,
            )
            b.add(
                "headcount.recorded",
                start + timedelta(minutes=40),
                {
                    "site_id": origin,
                    "stage": "departed",
                    "trip_id": trip,
                    "total": aboard,
                    "method": "bus",
                },
                op=LINKED_OP,
                actor="convoy-lead",
            )
            b.add(
                "trip.departed",
                start + timedelta(minutes=45),
                {"trip_id": trip},
                op=LINKED_OP,
                actor="driver",
            )
            b.add(
                "trip.arrived",
                start + timedelta(hours=6),
                {"trip_id": trip, "site_id": "jibrin", "arrived": aboard},
                op=LINKED_OP,
                actor="reception-jibrin",
            )
