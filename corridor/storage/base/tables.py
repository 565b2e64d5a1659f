"""The derived tables a caller may read, and the columns each returns (in order)."""

from __future__ import annotations

from corridor.domain.fact_types import FACT_TYPES

RECORD_COLUMNS = ("op", "fact_id", "at", "source_device")

# Derived tables a caller may query, and the columns each returns (in order).
DERIVED_TABLES: dict[str, tuple[str, ...]] = {
    "tally": ("op", "stage", "site", "dim", "value", "n"),
    "tally_hourly": ("op", "hour", "stage", "site", "dim", "value", "n"),
    "persons": (
        "op",
        "person_id",
        "site_id",
        "grp",
        "age",
        "sex",
        "triage",
        "household_id",
        "destination",
        "registered_at",
        "trip_id",  # the trip they are on (the last they rode)
        "boarded_at",
        "legs",  # every trip they rode, comma-separated (more than one if turned back)
        "arrived_at",  # reception's mark of their arrival (person.arrived)
        "arrival_site",
        "arrival_trip",
    ),
    # Every trip boarded by people who boarded more than one (accepted 0: refused as a
    # contradiction, see corridor.domain.people); people who boarded one trip are not listed.
    "boardings": ("op", "person_id", "trip_id", "boarded_at", "accepted"),
    # People on a trip whose arrivals reception marks by token, not marked once it arrived.
    "missing": ("op", "trip_id", "person_id", "since"),
    "trips": (
        "op",
        "trip_id",
        "vehicle_id",
        "origin",
        "destination",
        "convoy",
        "named",
        "counted",
        "boarded",
        "status",
        "dispatched_at",
        "departed_at",
        "arrived_at",
        "arrival_site",
        "arrived",
        "diverted",
        "died",
        "missing",
        "marked",  # people of the manifest marked arrived by token
        "unaccounted",  # boarded - arrived - diverted - died - missing once arrived, never < 0
    ),
    "discrepancies": ("op", "unit", "kind", "at", "detail"),
    "operations": (
        "op",
        "name",
        "conditioned_on",
        "description",
        "status",
        "status_at",
        "name_ar",
        "months",
        "time_zone",
        "figures",  # the operation's own planning figures (JSON), or None for the defaults
    ),
    "status_history": ("op", "fact_id", "at", "status", "reason", "actor"),
    # places/tents/beds: the latest capacity declared (None when none was), and since when.
    "sites": (
        "op",
        "site_id",
        "name",
        "kind",
        "name_ar",
        "pcode",
        "adm_level",
        "lat",
        "lon",
        "places",
        "tents",
        "beds",
        "capacity_at",
    ),
    # An aid trip's cargo by item; ``site`` is where it arrived (its destination until then).
    "cargo": (
        "op",
        "trip_id",
        "item",
        "sent",
        "delivered",
        "lost",
        "diverted",
        "site",
        "arrived",
    ),
    "distributions": ("op", "fact_id", "at", "site_id", "item", "quantity"),
    "vehicles": ("op", "vehicle_id", "kind", "capacity", "agency"),
    "incidents": (*RECORD_COLUMNS, *FACT_TYPES["incident.reported"].fields),
    "estimates": (*RECORD_COLUMNS, *FACT_TYPES["estimate.reported"].fields),
}
