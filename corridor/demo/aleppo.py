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
from typing import Any

from corridor.demo.aid import aid_and_shelter
from corridor.demo.builder import Builder
from corridor.demo.evacuation import first_convoy, shuttles
from corridor.demo.linked import linked_operation
from corridor.demo.reports import reports
from corridor.demo.scenario import CROSSING, GATHERING, LINKED_OP, OP, PICKUPS, PLACES


def build() -> list[dict[str, Any]]:
    """Every fact of the demo, in the order they happened."""
    b = Builder()
    rng = random.Random(2016)  # noqa: S311 - a reproducible scenario, not security
    _set_up(b)
    _status_timeline(b)
    first_convoy(b, rng)
    shuttles(b, rng)
    linked_operation(b, rng)
    reports(b)
    aid_and_shelter(b)  # last, so the ids of the facts above stay as they were
    b.facts.sort(key=lambda f: (f["occurred_at"], f["id"]))
    return b.facts


def _set_up(b: Builder) -> None:
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


def _status_timeline(b: Builder) -> None:
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
