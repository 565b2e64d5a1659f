"""Shelter places and aid: convoys from the Turkish border to the camps, and what was handed out."""

from __future__ import annotations

from datetime import timedelta

from corridor.demo.builder import Builder, utc
from corridor.demo.scenario import AID_ORIGIN, CAMPS, GATHERING

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


def aid_and_shelter(b: Builder) -> None:
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
        start = utc(at)
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
