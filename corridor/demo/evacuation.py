"""The evacuation itself: the first convoy, the shuttles, unnamed crossings and onward moves."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from corridor.demo.builder import Builder, utc
from corridor.demo.scenario import CROSSING, GATHERING, PICKUPS, WINDOWS


def _person(rng: random.Random, wounded: bool) -> dict[str, str]:
    child = rng.random() < 0.3
    return {
        "group": "civilian",
        "age": "child" if child else "adult",
        "sex": rng.choice(["female", "male"]),
        "triage": (
            rng.choice(["critical", "serious", "serious"])
            if wounded
            else ("walking" if rng.random() < 0.05 else "none")
        ),
    }


def first_convoy(b: Builder, rng: random.Random) -> None:
    """Thursday dawn: all 20 buses and 13 ambulances as one convoy, named passengers."""
    start = utc("2016-12-15T03:30")
    token = 0
    for n in range(1, 34):
        bus = n <= 20
        vehicle = f"bus-{n:02d}" if bus else f"amb-{n - 20:02d}"
        trip = f"c1-{vehicle}"
        b.add(
            "trip.dispatched",
            start,
            {
                "trip_id": trip,
                "vehicle_id": vehicle,
                "origin": "ameriyah",
                "destination": GATHERING,
                "convoy": "convoy-1",
            },
        )
        aboard = rng.randint(44, 52) if bus else rng.randint(3, 4)
        for _ in range(aboard):
            token += 1
            pid = f"ALP-{token:06d}"
            at = start + timedelta(minutes=rng.randint(0, 50))
            b.add(
                "person.registered",
                at,
                {
                    "person_id": pid,
                    "site_id": "ameriyah",
                    **_person(rng, wounded=not bus or rng.random() < 0.03),
                    "destination": "hospital" if not bus else "camp",
                },
                actor="registrar-ameriyah",
            )
            b.add(
                "person.boarded",
                at + timedelta(minutes=5),
                {"person_id": pid, "trip_id": trip},
                actor="registrar-ameriyah",
            )
        left = start + timedelta(minutes=75)
        b.add("trip.departed", left, {"trip_id": trip}, actor="convoy-lead")
        if vehicle == "amb-02":  # a critical patient taken straight to a border hospital
            b.add(
                "trip.arrived",
                left + timedelta(minutes=150),
                {"trip_id": trip, "site_id": "border-hospitals", "arrived": aboard},
                actor="driver",
            )
            continue
        died = 1 if vehicle == "amb-05" else 0
        b.add(
            "trip.arrived",
            left + timedelta(minutes=rng.randint(80, 110)),
            {"trip_id": trip, "site_id": GATHERING, "arrived": aboard - died, "died": died},
            actor="reception-khan",
        )
    b.add(
        "incident.reported",
        "2016-12-15T05:10:00Z",
        {
            "kind": "gunfire",
            "severity": "high",
            "site_id": CROSSING,
            "trip_id": "c1-bus-01",
            "description": "The first convoy, carrying sick and wounded, came under fire from "
            "armed men at a checkpoint before the crossing; the convoy went on.",
            "killed": 4,
            "wounded": 6,
        },
        actor="convoy-lead",
    )


def _windows() -> list[tuple[datetime, datetime]]:
    return [(utc(a), utc(z)) for a, z in WINDOWS]


def shuttles(b: Builder, rng: random.Random) -> None:
    """After the convoy: each vehicle shuttles on its own while departures are allowed."""
    windows = _windows()
    token = 100_000
    for n in range(1, 34):
        bus = n <= 20
        vehicle = f"bus-{n:02d}" if bus else f"amb-{n - 20:02d}"
        clock = utc("2016-12-15T07:30") + timedelta(minutes=rng.randint(0, 90))
        trip_no = 0
        for win_start, win_end in windows:
            clock = max(clock, win_start + timedelta(minutes=rng.randint(0, 60)))
            while clock + timedelta(minutes=60) < win_end:
                trip_no += 1
                origin = rng.choice(list(PICKUPS))
                trip = f"{vehicle}-t{trip_no:02d}"
                b.add(
                    "trip.dispatched",
                    clock,
                    {
                        "trip_id": trip,
                        "vehicle_id": vehicle,
                        "origin": origin,
                        "destination": GATHERING,
                    },
                )
                loaded = clock + timedelta(minutes=rng.randint(40, 90))
                if bus:
                    aboard = rng.randint(58, 78) if win_end.day == 16 else rng.randint(48, 66)
                    fighters = rng.randint(8, 28)
                    children = rng.randint(10, min(25, aboard - fighters))
                    b.add(
                        "headcount.recorded",
                        loaded,
                        {
                            "site_id": origin,
                            "stage": "departed",
                            "trip_id": trip,
                            "total": aboard,
                            "method": "bus",
                            "breakdown": {
                                "group": {"fighter": fighters, "civilian": aboard - fighters},
                                "age": {"child": children, "adult": aboard - children},
                            },
                        },
                        actor="convoy-lead",
                    )
                else:
                    aboard = rng.randint(2, 4)
                    for _ in range(aboard):
                        token += 1
                        pid = f"ALP-{token:06d}"
                        b.add(
                            "person.registered",
                            clock,
                            {
                                "person_id": pid,
                                "site_id": origin,
                                **_person(rng, True),
                                "destination": "hospital",
                            },
                            actor=f"registrar-{origin}",
                        )
                        b.add(
                            "person.boarded",
                            loaded,
                            {"person_id": pid, "trip_id": trip},
                            actor=f"registrar-{origin}",
                        )
                b.add("trip.departed", loaded, {"trip_id": trip}, actor="driver")
                travel = timedelta(minutes=rng.randint(60, 130))
                arrived_at = loaded + travel
                _arrive(b, rng, trip, origin, aboard, arrived_at, win_end)
                clock = arrived_at + travel + timedelta(minutes=rng.randint(30, 90))
    _unnamed_crossings(b, rng, windows)


def _arrive(
    b: Builder,
    rng: random.Random,
    trip: str,
    origin: str,
    aboard: int,
    at: datetime,
    win_end: datetime,
) -> None:
    if at > win_end and at < utc("2016-12-16T12:00"):
        # Caught by Friday's halt: turned back at the checkpoint, everyone returned.
        b.add(
            "trip.arrived",
            win_end + timedelta(minutes=30),
            {"trip_id": trip, "site_id": origin, "arrived": aboard},
            actor="driver",
        )
        return
    roll = rng.random()
    if roll < 0.01:  # reception's count does not add up: left for a person to resolve
        b.add(
            "trip.arrived",
            at,
            {"trip_id": trip, "site_id": GATHERING, "arrived": aboard - 2},
            actor="reception-khan",
        )
    elif roll < 0.015:
        b.add(
            "trip.arrived",
            at,
            {"trip_id": trip, "site_id": GATHERING, "arrived": aboard - 1, "missing": 1},
            actor="reception-khan",
        )
    else:
        b.add(
            "trip.arrived",
            at,
            {"trip_id": trip, "site_id": GATHERING, "arrived": aboard},
            actor="reception-khan",
        )


def _unnamed_crossings(
    b: Builder, rng: random.Random, windows: list[tuple[datetime, datetime]]
) -> None:
    """Private cars and pick-ups counted at the crossing, walk-ins at reception, onward moves."""
    for win_start, win_end in windows:
        hour = win_start + timedelta(hours=1)
        while hour < win_end:
            # Thursday night saw cars and pick-ups crammed with people; later fewer.
            cars = rng.randint(150, 300) if win_end.day == 16 else rng.randint(30, 80)
            b.add(
                "headcount.recorded",
                hour,
                {
                    "site_id": CROSSING,
                    "stage": "departed",
                    "total": cars,
                    "method": "private_vehicle",
                },
                actor="checkpoint-ramouseh",
            )
            b.add(
                "headcount.recorded",
                hour + timedelta(minutes=70),
                {"site_id": GATHERING, "stage": "arrived", "total": cars, "method": "walk_in"},
                actor="reception-khan",
            )
            hour += timedelta(hours=3)
    for day, camps, relatives in [
        ("2016-12-16", 3100, 2200),
        ("2016-12-19", 2600, 1700),
        ("2016-12-20", 4200, 2900),
        ("2016-12-21", 4500, 3300),
        ("2016-12-22", 4900, 3600),
    ]:
        for site, total in (("idlib-camps", camps), ("with-relatives", relatives)):
            b.add(
                "headcount.recorded",
                f"{day}T20:00:00Z",
                {"site_id": site, "stage": "arrived", "total": total, "method": "checkpoint"},
                actor="camp-registration",
            )
    for day, left_behind in [
        ("2016-12-17", {"ameriyah": 9000, "sukkari": 8000, "mashhad": 5000, "ansari": 4500}),
        ("2016-12-21", {"ameriyah": 2500, "sukkari": 2000, "mashhad": 1200, "ansari": 800}),
    ]:
        for site, total in left_behind.items():
            b.add(
                "headcount.recorded",
                f"{day}T12:00:00Z",
                {"site_id": site, "stage": "waiting", "total": total, "method": "estimate"},
                actor="community-focal-point",
            )
