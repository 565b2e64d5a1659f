"""The values a fact's fields may take: statuses, kinds, categories, metrics, limits."""

from __future__ import annotations

STATUSES = ("planned", "active", "suspended", "resumed", "closed")
SITE_KINDS = ("pickup", "crossing", "gathering", "camp", "relatives", "hospital", "other")
VEHICLE_KINDS = ("bus", "ambulance", "truck", "car", "other")
GROUPS = ("civilian", "fighter", "unknown")
AGES = ("adult", "child", "unknown")
SEXES = ("female", "male", "unknown")
TRIAGE = ("critical", "serious", "walking", "none")
DESTINATIONS = ("camp", "relatives", "hospital", "other", "unknown")
HEADCOUNT_STAGES = ("departed", "arrived", "waiting")
HEADCOUNT_METHODS = ("bus", "walk_in", "private_vehicle", "checkpoint", "estimate", "other")
MONTH_NAMES = ("msa", "levantine")  # Arabic month names: ديسمبر or كانون الأول
INCIDENT_KINDS = (
    "attack",
    "gunfire",
    "shelling",
    "blockade",
    "detention",
    "accident",
    "medical",
    "other",
)
SEVERITIES = ("low", "medium", "high")
METRICS = (
    "evacuated",
    "remaining",
    "waiting",
    "killed",
    "wounded",
    "children",
    "fighters",
    "civilians",
    "buses",
    "ambulances",
    "other",
)
# Category dimensions counted everywhere, and the values each may take.
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "group": GROUPS,
    "age": AGES,
    "sex": SEXES,
    "triage": TRIAGE,
}
MAX_COUNT = 10_000_000
# Free-text fields a coordinator may make public, by fact type (everything else stays internal).
PUBLIC_TEXT: dict[str, tuple[str, ...]] = {
    "operation.status_changed": ("reason",),
    "incident.reported": ("description",),
    "estimate.reported": ("source", "outlet", "place"),
}
PUBLIC_TEXT_FIELDS = tuple(sorted({f for fields in PUBLIC_TEXT.values() for f in fields}))
