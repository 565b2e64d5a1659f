"""The demo's operations, sites and the windows in which vehicles moved."""

from __future__ import annotations

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
AID_ORIGIN = "bab-al-hawa"
CAMPS = "idlib-camps"
