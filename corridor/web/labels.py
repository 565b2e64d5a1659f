"""Values shown in the interface that come from data (categories, statuses, kinds).

Templates translate them with ``_(value)``; listing them here with ``N_`` lets the catalogue test
extract them, so the Arabic catalogue cannot miss one.
"""

from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    """Mark a string for extraction without translating it yet."""
    return message


# How a value from the data reads in English (then translated like any string). Values not
# listed read as themselves.
DISPLAY = {
    "left": N_("Left"),
    "arrived": N_("Arrived"),
    "in_transit": N_("In transit"),
    "waiting_named": N_("Waiting (registered)"),
    "waiting_counted": N_("Waiting (counted)"),
    "died": N_("Died en route"),
    "missing": N_("Missing"),
    "diverted": N_("Diverted"),
    "returned": N_("Turned back"),
    "onward": N_("Onward"),
    "registered": N_("Registered"),
    "registered_departed": N_("Registered and left"),
    "departed": N_("Departed"),
    "boarded": N_("Boarded"),
    "loading": N_("Loading"),
    "en_route": N_("En route"),
    "walk_in": N_("Walk-in"),
    "private_vehicle": N_("Private vehicle"),
    "unreconciled": N_("Not reconciled"),
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
    "marks_exceed_arrivals": N_("More marked arrived than arrived"),
    "arrived_not_on_trip": N_("Marked arrived off their trip"),
    "unaccounted": N_("Unaccounted"),
    # reception (issue 19)
    "site_over_capacity": N_("Site over capacity"),
    "sent_to_full_site": N_("Sent to a full site"),
    "cargo_unreconciled": N_("Cargo does not reconcile"),
    "stock_negative": N_("More handed out than delivered"),
    "site_undefined": N_("Site not defined"),
    "water_l": N_("Water (litres)"),
    "food_ration": N_("Food rations"),
    # the legs of the journey (the dashboard's by-site tables)
    "leg_origin": N_("Leaving: pickup sites and crossings"),
    "leg_reception": N_("Received: gathering points and hospitals"),
    "leg_onward": N_("Onward: camps and relatives"),
}

LABELS = (  # fmt: skip
    # roles
    N_("admin"),
    N_("coordinator"),
    N_("registrar"),
    N_("observer"),
    # operation statuses
    N_("planned"),
    N_("active"),
    N_("suspended"),
    N_("resumed"),
    N_("closed"),
    N_("unknown"),
    # trip statuses
    N_("loading"),
    N_("en_route"),
    N_("arrived"),
    # summary figures
    N_("left"),
    N_("in_transit"),
    N_("waiting_named"),
    N_("waiting_counted"),
    N_("died"),
    N_("missing"),
    N_("diverted"),
    N_("returned"),
    N_("onward"),
    # tally stages
    N_("registered"),
    N_("registered_departed"),
    N_("departed"),
    N_("boarded"),
    N_("waiting"),
    # category dimensions and values
    N_("group"),
    N_("age"),
    N_("sex"),
    N_("triage"),
    N_("civilian"),
    N_("fighter"),
    N_("adult"),
    N_("child"),
    N_("female"),
    N_("male"),
    N_("critical"),
    N_("serious"),
    N_("walking"),
    N_("none"),
    # destinations and site kinds
    N_("camp"),
    N_("relatives"),
    N_("hospital"),
    N_("other"),
    N_("pickup"),
    N_("crossing"),
    N_("gathering"),
    # vehicles
    N_("bus"),
    N_("ambulance"),
    N_("truck"),
    N_("car"),
    # headcount methods
    N_("walk_in"),
    N_("private_vehicle"),
    N_("checkpoint"),
    N_("estimate"),
    # incidents
    N_("attack"),
    N_("gunfire"),
    N_("shelling"),
    N_("blockade"),
    N_("detention"),
    N_("accident"),
    N_("medical"),
    N_("low"),
    N_("medium"),
    N_("high"),
    # reported metrics
    N_("evacuated"),
    N_("remaining"),
    N_("killed"),
    N_("wounded"),
    N_("children"),
    N_("fighters"),
    N_("civilians"),
    N_("buses"),
    N_("ambulances"),
    # discrepancy kinds
    N_("unreconciled"),
    N_("arrived_twice"),
    N_("departed_twice"),
    N_("arrived_without_departure"),
    N_("not_dispatched"),
    N_("over_capacity"),
    N_("count_below_manifest"),
    N_("registered_twice"),
    N_("boarded_unregistered"),
    N_("illegal_status_change"),
    N_("operation_undefined"),
    N_("correction_rejected"),
    N_("boarded_after_arrival"),
    N_("boarded_twice"),
    # what a discrepancy is about
    N_("person"),
    N_("trip"),
    N_("operation"),
    N_("site"),
    N_("vehicle"),
    # audit actions
    N_("read"),
    N_("view"),
    N_("purge"),
)
