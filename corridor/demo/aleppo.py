"""The December 2016 eastern Aleppo evacuation, as a ledger (a reconstruction for training).

Shape taken from public reporting, numbers generated to match its orders of magnitude: a
ceasefire agreed on Tuesday 13 December; a start stalled on Wednesday by new conditions (a
linked evacuation of Foua and Kefraya); a first convoy of 20 buses and 13 ambulances carrying
sick and wounded on Thursday, fired on near the crossing; individual shuttling through the
night; a halt on Friday; resumption on the 18th; the last departures on the 22nd, with about
35,000 out in all. Figures other sources reported (SOHR, state media, ICRC, the UN) are added as
``estimate.reported`` facts so they can be set beside the ledger's own counts.

Pure: returns fact dictionaries with fixed ids, so loading the demo twice adds nothing.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

OP = "aleppo-2016"
LINKED_OP = "foua-kefraya-2016"
PICKUPS = {
    "ameriyah": ("al-Ameriyah", "حي العامرية"),
    "sukkari": ("al-Sukkari", "حي السكري"),
    "mashhad": ("al-Mashhad", "حي المشهد"),
    "ansari": ("al-Ansari", "حي الأنصاري"),
}
GATHERING = "khan-al-aasal"
CROSSING = "ramouseh"
# Where the sites are, for the HXL export: OCHA p-codes of the area (Aleppo governorate SY02, its
# Jebel Saman district SY0200, Idleb governorate SY07) and approximate coordinates. Illustrative:
# check against the current common operational datasets before publishing real data.
PLACES: dict[str, dict[str, object]] = {
    "ameriyah": {"pcode": "SY0200", "adm_level": 2, "lat": "36.1745", "lon": "37.1405"},
    "sukkari": {"pcode": "SY0200", "adm_level": 2, "lat": "36.1770", "lon": "37.1510"},
    "mashhad": {"pcode": "SY0200", "adm_level": 2, "lat": "36.1830", "lon": "37.1585"},
    "ansari": {"pcode": "SY0200", "adm_level": 2, "lat": "36.1800", "lon": "37.1350"},
    CROSSING: {"pcode": "SY0200", "adm_level": 2, "lat": "36.1600", "lon": "37.1400"},
    GATHERING: {"pcode": "SY0200", "adm_level": 2, "lat": "36.1750", "lon": "36.9850"},
    "idlib-camps": {"pcode": "SY07", "adm_level": 1},
    "with-relatives": {"pcode": "SY02", "adm_level": 1},
    "border-hospitals": {"pcode": "SY07", "adm_level": 1},
}
# Windows in which vehicles moved (UTC; local time was UTC+2).
WINDOWS = [("2016-12-15T03:00", "2016-12-16T08:00"), ("2016-12-18T22:00", "2016-12-22T17:00")]


class _Builder:
    """Collects facts with sequential ids and the right types."""

    def __init__(self) -> None:
        self.facts: list[dict[str, Any]] = []

    def add(
        self,
        type_: str,
        at: datetime | str,
        payload: dict[str, Any],
        op: str = OP,
        actor: str = "demo",
    ) -> str:
        fact_id = f"demo-{len(self.facts) + 1:06d}"
        when = at if isinstance(at, str) else at.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.facts.append(
            {
                "id": fact_id,
                "type": type_,
                "op": op,
                "actor": actor,
                "occurred_at": when,
                "payload": payload,
            }
        )
        return fact_id


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def build() -> list[dict[str, Any]]:
    """Every fact of the demo, in the order they happened."""
    b = _Builder()
    rng = random.Random(2016)  # noqa: S311 - a reproducible scenario, not security
    _set_up(b)
    _status_timeline(b)
    _first_convoy(b, rng)
    _shuttles(b, rng)
    _linked_operation(b, rng)
    _reports(b)
    _reception(b)  # last, so the ids of the facts above stay as they were
    b.facts.sort(key=lambda f: (f["occurred_at"], f["id"]))
    return b.facts


def _set_up(b: _Builder) -> None:
    at = "2016-12-13T18:00:00Z"
    b.add(
        "operation.defined",
        at,
        {
            "name": "Eastern Aleppo evacuation, December 2016",
            "name_ar": "إخلاء شرق حلب، كانون الأول ٢٠١٦",
            "months": "levantine",  # Aleppo reads كانون الأول, not ديسمبر
            "conditioned_on": [LINKED_OP],
            "description": "Ceasefire brokered by Turkey and Russia. ICRC and SARC buses and "
            "ambulances carry people from the last besieged districts across the "
            "Ramouseh road to a gathering point near Khan al-Aasal; from there "
            "people go on to camps or to relatives.",
            "time_zone": "Asia/Damascus",  # UTC+2 in December 2016
        },
    )
    b.add(
        "operation.defined",
        at,
        {
            "name": "Foua and Kefraya evacuation",
            "name_ar": "إخلاء الفوعة وكفريا",
            "months": "levantine",
            "description": "Evacuation of the two besieged villages, made a condition of the "
            "Aleppo evacuation on 14 December.",
            "time_zone": "Asia/Damascus",
        },
        op=LINKED_OP,
    )
    for site_id, (name, name_ar) in PICKUPS.items():
        b.add(
            "site.defined",
            at,
            {"site_id": site_id, "name": name, "name_ar": name_ar, "kind": "pickup"}
            | PLACES[site_id],
        )
    for site_id, name, kind, name_ar in [
        (CROSSING, "Ramouseh road crossing", "crossing", "معبر الراموسة"),
        (GATHERING, "Gathering point near Khan al-Aasal", "gathering", "نقطة تجمع خان العسل"),
        ("idlib-camps", "Camps in the Idlib countryside", "camp", "مخيمات ريف إدلب"),
        ("with-relatives", "With relatives, western countryside", "relatives", "عند الأقارب"),
        ("border-hospitals", "Hospitals near the Turkish border", "hospital", "مشافي الحدود"),
    ]:
        payload = {"site_id": site_id, "name": name, "kind": kind, "name_ar": name_ar}
        b.add("site.defined", at, payload | PLACES[site_id])
    for n in range(1, 21):
        b.add(
            "vehicle.registered",
            at,
            {"vehicle_id": f"bus-{n:02d}", "kind": "bus", "capacity": 75, "agency": "SARC"},
        )
    for n in range(1, 14):
        b.add(
            "vehicle.registered",
            at,
            {
                "vehicle_id": f"amb-{n:02d}",
                "kind": "ambulance",
                "capacity": 4,
                "agency": "ICRC" if n <= 6 else "SARC",
            },
        )


def _status_timeline(b: _Builder) -> None:
    for at, status, reason, op in [
        ("2016-12-13T19:00:00Z", "planned", "Ceasefire agreed on Tuesday evening.", OP),
        ("2016-12-14T03:00:00Z", "active", "Buses and ambulances move to the pickup points.", OP),
        (
            "2016-12-14T08:00:00Z",
            "suspended",
            "Start stalled: fighting resumed and a new condition was set, a simultaneous "
            "evacuation of wounded from Foua and Kefraya.",
            OP,
        ),
        (
            "2016-12-14T09:00:00Z",
            "planned",
            "Made a condition of the Aleppo evacuation.",
            LINKED_OP,
        ),
        (
            "2016-12-15T03:00:00Z",
            "resumed",
            "Agreement restored; first convoy of sick and wounded leaves at dawn.",
            OP,
        ),
        (
            "2016-12-16T08:00:00Z",
            "suspended",
            "Departures halted in a dispute over the linked Foua and Kefraya evacuation.",
            OP,
        ),
        ("2016-12-18T22:00:00Z", "resumed", "Both evacuations agreed; buses return.", OP),
        ("2016-12-19T06:00:00Z", "active", "First buses leave Foua and Kefraya.", LINKED_OP),
        ("2016-12-22T18:00:00Z", "closed", "Last departures from eastern Aleppo.", OP),
        ("2016-12-22T19:00:00Z", "closed", "Linked evacuation completed.", LINKED_OP),
    ]:
        b.add("operation.status_changed", at, {"status": status, "reason": reason}, op=op)


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


def _first_convoy(b: _Builder, rng: random.Random) -> None:
    """Thursday dawn: all 20 buses and 13 ambulances as one convoy, named passengers."""
    start = _t("2016-12-15T03:30")
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
    return [(_t(a), _t(z)) for a, z in WINDOWS]


def _shuttles(b: _Builder, rng: random.Random) -> None:
    """After the convoy: each vehicle shuttles on its own while departures are allowed."""
    windows = _windows()
    token = 100_000
    for n in range(1, 34):
        bus = n <= 20
        vehicle = f"bus-{n:02d}" if bus else f"amb-{n - 20:02d}"
        clock = _t("2016-12-15T07:30") + timedelta(minutes=rng.randint(0, 90))
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
    b: _Builder,
    rng: random.Random,
    trip: str,
    origin: str,
    aboard: int,
    at: datetime,
    win_end: datetime,
) -> None:
    if at > win_end and at < _t("2016-12-16T12:00"):
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
    b: _Builder, rng: random.Random, windows: list[tuple[datetime, datetime]]
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


def _linked_operation(b: _Builder, rng: random.Random) -> None:
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
            start = _t(f"{day}T06:00") + timedelta(minutes=20 * n)
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


def _reports(b: _Builder) -> None:
    """Figures other sources gave, each with who reported it (paraphrased, not quoted)."""
    for at, payload in [
        (
            "2016-12-15T09:00:00Z",
            {
                "metric": "evacuated",
                "value": 1000,
                "qualifier": "about",
                "source": "ICRC",
                "outlet": "ICRC on social media",
                "place": "eastern Aleppo",
                "as_of": "2016-12-15",
                "note": "first update; with 300 children and 28 wounded",
            },
        ),
        (
            "2016-12-15T09:00:00Z",
            {
                "metric": "children",
                "value": 300,
                "qualifier": "about",
                "source": "ICRC",
                "as_of": "2016-12-15",
            },
        ),
        (
            "2016-12-15T09:00:00Z",
            {"metric": "wounded", "value": 28, "source": "ICRC", "as_of": "2016-12-15"},
        ),
        (
            "2016-12-15T11:00:00Z",
            {
                "metric": "remaining",
                "value": 50000,
                "qualifier": "perhaps",
                "source": "UN special envoy",
                "place": "last besieged districts",
                "as_of": "2016-12-15",
                "note": "of whom some 40,000 civilians",
            },
        ),
        (
            "2016-12-15T17:00:00Z",
            {
                "metric": "evacuated",
                "value": 8500,
                "qualifier": "some",
                "source": "SOHR",
                "place": "eastern Aleppo",
                "as_of": "2016-12-15",
                "note": "including about 3,000 fighters",
            },
        ),
        (
            "2016-12-15T17:00:00Z",
            {
                "metric": "fighters",
                "value": 3000,
                "qualifier": "around",
                "source": "SOHR",
                "as_of": "2016-12-15",
            },
        ),
        (
            "2016-12-15T17:30:00Z",
            {
                "metric": "evacuated",
                "value": 8000,
                "qualifier": "around",
                "source": "Syrian state media",
                "as_of": "2016-12-15",
            },
        ),
        (
            "2016-12-22T20:00:00Z",
            {
                "metric": "evacuated",
                "value": 35000,
                "qualifier": "about",
                "source": "ICRC",
                "place": "eastern Aleppo",
                "as_of": "2016-12-22",
                "note": "total since 15 December",
            },
        ),
    ]:
        b.add("estimate.reported", at, payload, actor="information-manager")


AID_ORIGIN = "bab-al-hawa"
CAMPS = "idlib-camps"
# Aid convoys of the Turkish Red Crescent: (trip, truck, dispatched, cargo, arrival or None).
# On arrival each item is (delivered, lost, diverted); the second convoy is still on the road.
AID_CONVOYS: list[tuple[str, str, str, dict[str, int], dict[str, tuple[int, int, int]] | None]] = [
    ("aid-1-tr-01", "tr-01", "2016-12-19T08:00", {"water_l": 20000}, {"water_l": (20000, 0, 0)}),
    (
        "aid-1-tr-02",
        "tr-02",
        "2016-12-19T08:00",
        {"food_ration": 10000},
        {"food_ration": (10000, 0, 0)},
    ),
    (
        "aid-1-tr-03",
        "tr-03",
        "2016-12-19T08:00",
        {"blanket": 5000, "hygiene_kit": 1000},
        {"blanket": (5000, 0, 0), "hygiene_kit": (1000, 0, 0)},
    ),
    (
        "aid-1-tr-04",
        "tr-04",
        "2016-12-19T08:00",
        {"food_ration": 8000, "water_l": 12000},
        # Rations for the wounded went to the border hospitals; a pallet of water burst.
        {"food_ration": (7400, 0, 600), "water_l": (11500, 500, 0)},
    ),
    ("aid-2-tr-01", "tr-01", "2016-12-22T09:00", {"water_l": 15000}, None),
    ("aid-2-tr-02", "tr-02", "2016-12-22T09:00", {"food_ration": 12000}, None),
]
# Aid handed out at the camps: (when, item, quantity).
DISTRIBUTIONS = [
    ("2016-12-20T09:00:00Z", "water_l", 15000),
    ("2016-12-20T09:00:00Z", "food_ration", 9000),
    ("2016-12-20T10:00:00Z", "blanket", 4000),
    ("2016-12-21T09:00:00Z", "water_l", 10000),
    ("2016-12-21T09:00:00Z", "food_ration", 6000),
]


def _reception(b: _Builder) -> None:
    """Shelter places at the gathering point, camps and hospitals, and aid convoys from the
    Turkish border to the camps (figures plausible in scale, not reported ones)."""
    b.add(
        "site.defined",
        "2016-12-13T18:00:00Z",
        {
            "site_id": AID_ORIGIN,
            "name": "Bab al-Hawa border crossing (aid)",
            "kind": "other",
            "name_ar": "معبر باب الهوى",
            "pcode": "SY07",  # Idleb governorate, as the camps (see PLACES)
            "adm_level": 1,
        },
    )
    for at, site, places, tents, beds, note in [
        ("2016-12-14T12:00:00Z", GATHERING, 6000, 400, None, "Tents and a hangar"),
        ("2016-12-14T12:00:00Z", CAMPS, 15000, 2500, None, "Existing camps"),
        ("2016-12-14T12:00:00Z", "border-hospitals", 300, None, 300, "Beds set aside"),
        ("2016-12-20T12:00:00Z", CAMPS, 18000, 3000, None, "A camp extension opened"),
    ]:
        b.add(
            "site.capacity_declared",
            at,
            {"site_id": site, "places": places, "note": note}
            | ({"tents": tents} if tents else {})
            | ({"beds": beds} if beds else {}),
            actor="shelter-cluster",
        )
    for n in range(1, 5):
        b.add(
            "vehicle.registered",
            "2016-12-13T18:00:00Z",
            {
                "vehicle_id": f"tr-{n:02d}",
                "kind": "truck",
                "capacity": 2,
                "agency": "Turkish Red Crescent",
            },
        )
    for trip, truck, at, cargo, arrival in AID_CONVOYS:
        start = _t(at)
        b.add(
            "trip.dispatched",
            start,
            {
                "trip_id": trip,
                "vehicle_id": truck,
                "origin": AID_ORIGIN,
                "destination": CAMPS,
                "convoy": trip[:5],
                "cargo": [{"item": i, "quantity": q} for i, q in cargo.items()],
            },
            actor="logistics",
        )
        b.add("trip.departed", start + timedelta(hours=2), {"trip_id": trip}, actor="driver")
        if arrival is not None:
            b.add(
                "trip.arrived",
                start + timedelta(hours=6),
                {
                    "trip_id": trip,
                    "site_id": CAMPS,
                    "arrived": 0,
                    "cargo": [
                        {"item": i, "delivered": d, "lost": lost, "diverted": div}
                        for i, (d, lost, div) in arrival.items()
                    ],
                },
                actor="camp-warehouse",
            )
    for at, item, quantity in DISTRIBUTIONS:
        b.add(
            "stock.distributed",
            at,
            {"site_id": CAMPS, "item": item, "quantity": quantity},
            actor="camp-warehouse",
        )
