"""Display names of the codes a report shows (statuses, categories, kinds), as gettext msgids.

The English text is the msgid; ``corridor/locale/<lang>/LC_MESSAGES/corridor.po`` translates it.
``tests/sitrep/test_catalogue.py`` checks every one has an Arabic entry.
"""

from __future__ import annotations

LABELS: dict[str, str] = {
    # headline figures
    "left": "Left",
    "arrived": "Arrived",
    "onward": "Went onward (camps, relatives)",
    "returned": "Turned back",
    "died": "Died en route",
    "missing": "Missing",
    "diverted": "Diverted",
    # the cumulative headline
    "wounded_evacuated": "Wounded evacuated",
    "incident_killed": "Killed in incidents",
    "incident_wounded": "Injured in incidents",
    # operation statuses
    "planned": "Planned",
    "active": "Active",
    "suspended": "Suspended",
    "resumed": "Resumed",
    "closed": "Closed",
    "unknown": "Unknown",
    # categories
    "group": "Group",
    "age": "Age",
    "sex": "Sex",
    "triage": "Triage",
    "civilian": "Civilians",
    "fighter": "Fighters",
    "adult": "Adults",
    "child": "Children",
    "female": "Female",
    "male": "Male",
    "critical": "Critical",
    "serious": "Serious",
    "walking": "Walking wounded",
    "none": "No triage need",
    # vehicles
    "bus": "Buses",
    "ambulance": "Ambulances",
    "truck": "Trucks",
    "car": "Cars",
    "other": "Other",
    # incidents
    "attack": "Attack",
    "gunfire": "Gunfire",
    "shelling": "Shelling",
    "blockade": "Blockade",
    "detention": "Detention",
    "accident": "Accident",
    "medical": "Medical emergency",
    "low": "Low",
    "medium": "Medium",
    "high": "High",
    # reported metrics
    "evacuated": "Evacuated",
    "remaining": "Remaining",
    "waiting": "Waiting",
    "killed": "Killed",
    "wounded": "Wounded",
    "children": "Children",
    "fighters": "Fighters",
    "civilians": "Civilians",
    "buses": "Buses",
    "ambulances": "Ambulances",
    # discrepancies
    "unreconciled": "Trip does not reconcile",
    "arrived_twice": "Arrived twice",
    "departed_twice": "Departed twice",
    "arrived_without_departure": "Arrived without departure",
    "not_dispatched": "Not dispatched",
    "over_capacity": "Over capacity",
    "count_below_manifest": "Count below manifest",
    "registered_twice": "Registered twice",
    "boarded_unregistered": "Boarded unregistered",
    "illegal_status_change": "Illegal status change",
    "operation_undefined": "Operation undefined",
    "correction_rejected": "Correction rejected",
    # reception (issue 19)
    "site_over_capacity": "Site over capacity",
    "sent_to_full_site": "Sent to a full site",
    "cargo_unreconciled": "Cargo does not reconcile",
    "stock_negative": "More handed out than delivered",
    "site_undefined": "Site not defined",
    "water_l": "Water (litres)",
    "food_ration": "Food rations",
    "boarded_after_arrival": "Boarded after arriving",
    "boarded_twice": "Boarded twice",
    "marks_exceed_arrivals": "More marked arrived than arrived",
    "arrived_not_on_trip": "Marked arrived off their trip",
}


def label_msgid(code: str | None) -> str:
    """The msgid for a code; unknown codes are shown as they are."""
    return LABELS.get(code or "unknown", code or "")
