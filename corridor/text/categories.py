"""Decide the metric of a number from its subject, event and mood, and tell subsets.

The event itself is read in ``corridor.text.meaning`` from the word classes of
``corridor.text.verb_classes``.
"""

from __future__ import annotations

import re

METRICS = (
    "evacuated", "arrived", "remaining", "waiting", "planned", "present", "killed", "wounded",
    "missing", "children", "fighters", "civilians", "buses", "ambulances", "vehicles", "other",
)  # fmt: skip


# "including 300", "including 11 women and 300", "of whom 40": the list must lead to the
# number ("including 19 civilians, and forced 200,000 to flee" names a new verb).
_SUBSET = re.compile(
    r"(?:including|among them|among whom|of whom)(?:(?:\s+[\w'-]+,?){1,4}?(?:,|\s+and))?\s+$",
    re.I,
)
_OF_THEM = re.compile(r"^\s*of (?:them|whom)\b", re.I)


def is_subset(before: str, after: str) -> bool:
    """Return whether the number counts part of a group named just before ("including 300")."""
    return bool(_SUBSET.search(" " + before[-50:])) or bool(_OF_THEM.match(after))


def choose_metric(subject: str, event: str, subset: bool, planned: bool = False) -> str:
    """Return the ledger metric for a figure from its subject, its event and its mood.

    A plan, a hope or a failed attempt is ``planned`` whatever its verb. A count that no
    verb or noun says anything about is ``other``, whoever it counts: "children" or
    "fighters" says who, not what happened to them.
    """
    if subject in ("buses", "ambulances", "vehicles"):
        return subject
    if subset and subject in ("children", "fighters", "wounded", "civilians"):
        return subject
    if subject == "wounded" and event in ("evacuated", "arrived", "waiting", "remaining"):
        # "240 wounded and sick were evacuated": what happened to them, or is to happen
        return "planned" if planned else event
    if event in ("killed", "wounded", "missing") or subject in ("killed", "wounded"):
        return event if event in ("killed", "wounded", "missing") else subject
    if planned:
        return "planned"
    if event in ("evacuated", "arrived", "remaining", "waiting", "present"):
        return event
    if event in ("other", "captured"):
        return "other"  # affected, in need, taken hostage: no move and no toll
    if subject == "evacuees":
        return "evacuated"
    if subject == "arrivals":  # "1,345 arrivals at the border": who arrived
        return "arrived"
    return "other"
