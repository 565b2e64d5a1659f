"""How a code from the data reads: one wording per code, as a gettext msgid.

Statuses, roles, categories, site and vehicle kinds, stages, figures, incident kinds, reported
metrics, discrepancy kinds: the web pages (the templates' ``t`` filter), the situation report
(its ``label``) and the dashboard all show a code through :func:`label`, so a code reads the same
everywhere; the Arabic catalogue (``corridor/locale/ar/LC_MESSAGES/corridor.po``) translates the
wording. Codes not listed read as themselves.
"""

from __future__ import annotations

from corridor.domain.messages import N_

LABELS: dict[str, str] = {
    # figures and stages
    "left": N_("Left"),
    "arrived": N_("Arrived"),
    "onward": N_("Went onward (camps, relatives)"),
    "returned": N_("Turned back"),
    "died": N_("Died en route"),
    "missing": N_("Missing"),
    "diverted": N_("Diverted"),
    "in_transit": N_("In transit"),
    "waiting_named": N_("Waiting (registered)"),
    "waiting_counted": N_("Waiting (counted)"),
    "registered": N_("Registered"),
    "registered_departed": N_("Registered and left"),
    "departed": N_("Departed"),
    "boarded": N_("Boarded"),
    "unaccounted": N_("Unaccounted"),
    # the cumulative headline
    "wounded_evacuated": N_("Wounded evacuated"),
    "incident_killed": N_("Killed in incidents"),
    "incident_wounded": N_("Injured in incidents"),
    # operation statuses
    "planned": N_("Planned"),
    "active": N_("Active"),
    "suspended": N_("Suspended"),
    "resumed": N_("Resumed"),
    "closed": N_("Closed"),
    "unknown": N_("Unknown"),
    # trip statuses
    "loading": N_("Loading"),
    "en_route": N_("En route"),
    # roles
    "admin": N_("admin"),
    "coordinator": N_("coordinator"),
    "registrar": N_("registrar"),
    "observer": N_("observer"),
    # categories
    "group": N_("Group"),
    "age": N_("Age"),
    "sex": N_("Sex"),
    "triage": N_("Triage"),
    "civilian": N_("Civilians"),
    "fighter": N_("Fighters"),
    "adult": N_("Adults"),
    "child": N_("Children"),
    "female": N_("Female"),
    "male": N_("Male"),
    "critical": N_("Critical"),
    "serious": N_("Serious"),
    "walking": N_("Walking wounded"),
    "none": N_("No triage need"),
    # destinations and site kinds
    "camp": N_("camp"),
    "relatives": N_("relatives"),
    "hospital": N_("hospital"),
    "pickup": N_("pickup"),
    "crossing": N_("crossing"),
    "gathering": N_("gathering"),
    "other": N_("Other"),
    # the legs of the journey (the dashboard's by-site tables)
    "leg_origin": N_("Leaving: pickup sites and crossings"),
    "leg_reception": N_("Received: gathering points and hospitals"),
    "leg_onward": N_("Onward: camps and relatives"),
    # vehicles
    "bus": N_("Buses"),
    "ambulance": N_("Ambulances"),
    "truck": N_("Trucks"),
    "car": N_("Cars"),
    # headcount methods
    "walk_in": N_("Walk-in"),
    "private_vehicle": N_("Private vehicle"),
    "checkpoint": N_("checkpoint"),
    "estimate": N_("estimate"),
    # incidents
    "attack": N_("Attack"),
    "gunfire": N_("Gunfire"),
    "shelling": N_("Shelling"),
    "blockade": N_("Blockade"),
    "detention": N_("Detention"),
    "accident": N_("Accident"),
    "medical": N_("Medical emergency"),
    "low": N_("Low"),
    "medium": N_("Medium"),
    "high": N_("High"),
    # reported metrics
    "evacuated": N_("Evacuated"),
    "remaining": N_("Remaining"),
    "waiting": N_("Waiting"),
    "killed": N_("Killed"),
    "wounded": N_("Wounded"),
    "children": N_("Children"),
    "fighters": N_("Fighters"),
    "civilians": N_("Civilians"),
    "buses": N_("Buses"),
    "ambulances": N_("Ambulances"),
    # discrepancies
    "unreconciled": N_("Trip does not reconcile"),
    "arrived_twice": N_("Arrived twice"),
    "departed_twice": N_("Departed twice"),
    "arrived_without_departure": N_("Arrived without departing"),
    "not_dispatched": N_("Not dispatched"),
    "over_capacity": N_("Over capacity"),
    "count_below_manifest": N_("Count below manifest"),
    "registered_twice": N_("Registered twice"),
    "boarded_unregistered": N_("Boarded unregistered"),
    "illegal_status_change": N_("Status change not allowed"),
    "operation_undefined": N_("Operation not defined"),
    "correction_rejected": N_("Correction rejected"),
    "boarded_after_arrival": N_("Boarded after arriving"),
    "boarded_twice": N_("Boarded twice"),
    "boarded_elsewhere": N_("Boarded at another site"),
    "marks_exceed_arrivals": N_("More marked arrived than arrived"),
    "arrived_not_on_trip": N_("Marked arrived off their trip"),
    # reception (issue 19)
    "site_over_capacity": N_("Site over capacity"),
    "sent_to_full_site": N_("Sent to a full site"),
    "cargo_unreconciled": N_("Cargo does not reconcile"),
    "stock_negative": N_("More handed out than delivered"),
    "site_undefined": N_("Site not defined"),
    "water_l": N_("Water (litres)"),
    "food_ration": N_("Food rations"),
    # what a discrepancy is about
    "person": N_("person"),
    "trip": N_("trip"),
    "operation": N_("operation"),
    "site": N_("site"),
    "vehicle": N_("vehicle"),
    # audit actions
    "read": N_("read"),
    "view": N_("view"),
    "purge": N_("purge"),
}

# Inside a system-made sentence ("operation is suspended", i18n/wording.py) a status or a role
# is a word, not a label: it reads in lower case, as itself.
IN_SENTENCES = (
    N_("planned"),
    N_("active"),
    N_("suspended"),
    N_("resumed"),
    N_("closed"),
    N_("undefined"),
    N_("new"),
)


def label(code: str | None) -> str:
    """The msgid a code is shown with (no code: "Unknown"); unknown codes read as themselves."""
    return LABELS.get(code or "unknown", code or "")
