"""System-made text as a code with parameters, never as an English sentence.

A discrepancy's detail, a forecast's assumptions or a refusal is made here as a *message*: a
code naming the sentence and the values it needs, e.g.
``{"code": "unreconciled", "trip": "T1", "boarded": 40, "arrived": 38, ...}``. The edges (web
pages, the sitrep, the CLI) render it in the reader's language with ``corridor.i18n.wording``:
numbers in the reader's digits, sites by their name in that language, statuses translated.

Parameters are JSON values: whole numbers and decimals (counts, hours), texts (ids, ISO times,
site ids, status codes), lists of those, and nested messages (a dict with a ``code``). What a
parameter is follows from its name (see ``corridor.i18n.wording``), so a message stays plain
JSON in the derived tables and in stored forecasts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from corridor.errors import CorridorError

Message = dict[str, Any]
LEGACY = "text"  # the code of a plain text kept from before messages (shown as it is)
PRECISE = ("travel_cv", "handling_cv", "rate")  # decimals shown with two places, not one


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    """Mark a string for extraction without translating it yet."""
    return message


# Each code's English sentence (its msgid). Discrepancy details, trip states, forecast
# assumptions and what is missing, and the desk's refusals.
TEMPLATES: dict[str, str] = {
    LEGACY: "%(text)s",
    # discrepancies (domain/projections.py, domain/people.py, storage/derive.py)
    "not_dispatched": N_("trip %(trip)s has facts but was never dispatched"),
    "departed_twice": N_("trip %(trip)s departed %(n)s times"),
    "arrived_twice": N_("trip %(trip)s has %(n)s arrivals; the latest is used"),
    "arrived_without_departure": N_("trip %(trip)s arrived but never departed"),
    "marks_exceed_arrivals": N_(
        "trip %(trip)s: %(n)s people marked arrived by token but the arrival counts %(arrived)s"
    ),
    "unreconciled": N_(
        "trip %(trip)s: boarded %(boarded)s but arrived %(arrived)s + diverted %(diverted)s"
        " + died %(died)s + missing %(missing)s = %(accounted)s"
    ),
    "over_capacity": N_("trip %(trip)s: %(boarded)s on board, vehicle capacity %(capacity)s"),
    "count_below_manifest": N_("trip %(trip)s: counted %(counted)s but %(named)s named on board"),
    "illegal_status_change": N_("operation %(op)s: %(status)s -> %(new)s"),
    "operation_undefined": N_("operation %(op)s has status changes but no definition"),
    "boarded_while_on_trip": N_(
        "%(person)s boarded trip %(trip)s at %(at)s while on trip %(on)s (%(state)s); "
        "kept on %(on)s"
    ),
    "boarded_elsewhere": N_(
        "%(person)s, registered at %(site)s, boarded trip %(trip)s loading at %(origin)s"
    ),
    "arrived_not_on_trip": N_(
        "%(person)s marked arrived at %(site)s on trip %(trip)s at %(at)s but is on trip %(on)s"
    ),
    "arrived_on_no_trip": N_(
        "%(person)s marked arrived at %(site)s on trip %(trip)s at %(at)s but is on no trip"
    ),
    "registered_twice": N_("person %(person)s registered %(n)s times; the latest is used"),
    "boarded_unregistered": N_("person %(person)s boarded trip %(trip)s without a registration"),
    "correction_rejected": N_("corrections that do not fit their target: %(facts)s"),
    # where a trip is (inside other messages)
    "trip_turned_back": N_("turned back to %(site)s at %(at)s"),
    "trip_arrived": N_("arrived at %(site)s at %(at)s"),
    "trip_en_route": N_("en route since %(at)s"),
    "trip_loading": N_("loading"),
    # forecast assumptions (services/plan.py, services/sitrep.py)
    "plan_travel": N_(
        "travel times: medians of %(trips)s observed trips (pickup -> shelter, departure to "
        "arrival) and %(turnarounds)s turnarounds (arrival to next dispatch, gaps over "
        "%(gap_hours)s h counted as suspensions); shelters: arrival sites with at least "
        "%(min_trips)s trips (%(shelters)s)"
    ),
    "plan_loading": N_("loading time: median dispatch-to-departure per vehicle kind; unloading: 0"),
    "plan_people_left": N_("people left: %(n)s (%(source)s)"),
    "plan_left_given": N_("given by the caller"),
    "plan_left_estimate": N_(
        "latest 'remaining' estimate %(value)s by %(source)s at %(at)s, less %(since_n)s "
        "boarded since"
    ),
    "plan_split": N_("split over pickups in proportion to the people boarded at each so far"),
    "plan_wounded": N_("wounded: %(n)s (%(share)s of boardings so far were in ambulances)"),
    "plan_shelter_capacity": N_(
        "shelter capacity: not in the ledger, taken as room for everyone left"
    ),
    "plan_shelter_declared": N_(
        "shelter capacity: places declared in the ledger less the people there and on their "
        "way (%(places)s); shelters without a declaration taken as room for everyone left"
    ),
    "plan_site_places": N_("%(site)s %(n)s"),
    "plan_shelter_short": N_(
        "the shelters have room for %(fits)s of the %(left)s left: the plan and forecast move "
        "%(fits)s; %(more)s more need places before they can leave"
    ),
    "plan_aid_only": N_("left out of the fleet: %(n)s vehicles that only carried aid"),
    "cargo_unreconciled": N_("trip %(trip)s: %(items)s"),
    "cargo_item": N_(
        "%(item)s sent %(sent)s but delivered %(delivered)s + lost %(lost)s + diverted "
        "%(diverted)s = %(total)s"
    ),
    "site_capacity_undefined": N_("site %(site)s has a capacity but was never defined"),
    "plan_spread": N_(
        "spread: cycle-time CV %(travel_cv)s over %(cycles)s cycles, loading CV "
        "%(handling_cv)s; suspensions seen: %(pauses)s in %(days)s days (%(pause_hours)s)"
    ),
    "plan_pause_rate": N_("pause rate set by the caller: %(rate)s per day"),
    "plan_runs": N_("%(runs)s simulated runs of the plan (makespan %(hours)s h)"),
    "no_pauses": N_("none"),
    "hours": N_("%(n)s h"),
    # why there is no forecast (services/forecasting.py, services/plan.py)
    "forecast_closed": N_("the operation is closed: nothing left to forecast"),
    "forecast_no_runs": N_("the simulation made no runs"),
    "forecast_none_yet": N_(
        "no forecast yet: `corridor serve` makes one in the background (or run `corridor forecast`)"
    ),
    "plan_no_pickups": N_("operation %(op)s has no pickup sites"),
    "plan_no_vehicles": N_("operation %(op)s has no vehicles"),
    "plan_no_trips": N_(
        "operation %(op)s has no completed trips to time the routes; plan a scenario file"
    ),
    "plan_no_estimate": N_("operation %(op)s has no 'remaining' estimate; give the number left"),
    # the desk's refusals (domain/lifecycle.py)
    "op_closed": N_("operation is closed; only an admin can reopen it"),
    "op_reopen_reason": N_("reopening a closed operation needs a reason"),
    "op_transition": N_("operation is %(status)s; it can become %(allowed)s"),
    "op_closed_refuses": N_("operation is closed: %(action)s are refused"),
    "op_not_active": N_("operation is %(status)s: %(action)s are refused until it is active"),
    "trip_exists": N_("trip %(trip)s already exists (%(state)s)"),
    "trip_same_places": N_("a trip must go somewhere else than where it starts"),
    "vehicle_busy": N_(
        "vehicle %(vehicle)s is on trip %(trip)s (%(state)s): record its arrival first"
    ),
    "trip_already_left": N_("trip %(trip)s has already left (%(state)s)"),
    "trip_not_left": N_("trip %(trip)s has not left yet (%(state)s)"),
    "trip_already_arrived": N_("trip %(trip)s already %(state)s"),
    "trip_not_loading": N_("trip %(trip)s is not loading (%(state)s): board another trip"),
    "trip_state_loading": N_("loading at %(site)s"),
    "trip_state_en_route": N_("on the road since it left %(site)s at %(at)s"),
    "trip_state_arrived": N_("arrived at %(site)s at %(at)s"),
    "person_on_this_trip": N_("%(person)s is already boarded on this trip (loading at %(site)s)"),
    "person_on_other_trip": N_(
        "%(person)s is already boarded on trip %(trip)s (loading at %(site)s)"
    ),
    "person_waits_elsewhere": N_(
        "%(person)s waits at %(site)s, but trip %(trip)s is %(state)s: board a trip loading there"
    ),
    "person_left": N_("%(person)s is on trip %(trip)s, which left %(site)s at %(at)s"),
    "person_arrived": N_("%(person)s arrived at %(site)s on trip %(trip)s at %(at)s"),
    # the audit log's system-made entries (web/context.py, services/common.py, web/app.py)
    "read_person_rows": N_("%(n)s person rows at %(site)s (%(path)s)"),
    "read_missing": N_("%(n)s missing-person cases (%(path)s)"),
    "read_person_discrepancies": N_("%(n)s person discrepancies (%(path)s)"),
    "role_refused": N_("your role (%(role)s) may not use %(route)s"),
    # text made public (domain/public_text.py, services/public_text.py)
    "public_no_fact": N_("no fact '%(fact)s' in operation '%(op)s'"),
    "public_voided": N_("fact '%(fact)s' was voided"),
    "public_nothing": N_("there is no text to make public"),
    "public_no_text": N_("a %(fact_type)s fact has no text that can be made public"),
    "public_not_field": N_(
        "'%(field)s' is not a free-text field of %(fact_type)s (one of: %(fields)s)"
    ),
}

# The first word of an audit log action, and the fact types and corrections it may name
# ("refused trip.departed T1", "corrected person.registered F1 (void)").
AUDIT_WORDS: dict[str, str] = {
    "view": N_("viewed"),
    "read": N_("read personal details"),
    "purge": N_("purged personal details"),
    "refused": N_("refused"),
    "corrected": N_("corrected"),
}
FACT_NAMES: dict[str, str] = {
    "operation.defined": N_("operation defined"),
    "operation.status_changed": N_("status change"),
    "site.defined": N_("site defined"),
    "vehicle.registered": N_("vehicle registered"),
    "person.registered": N_("registration of a person"),
    "person.boarded": N_("boarding"),
    "person.arrived": N_("arrival of a person"),
    "trip.dispatched": N_("dispatch"),
    "trip.departed": N_("departure"),
    "trip.arrived": N_("arrival of a trip"),
    "headcount.recorded": N_("headcount"),
    "incident.reported": N_("incident"),
    "estimate.reported": N_("reported figure"),
    "device.key_registered": N_("device key"),
    "device.key_revoked": N_("device key revoked"),
    "entry.corrected": N_("correction"),
}
CORRECTIONS: dict[str, str] = {"void": N_("voided"), "replace": N_("replaced")}

# What a write the operation's status refuses is called, inside "op_closed_refuses".
ACTIONS: dict[str, str] = {
    "register": N_("registrations"),
    "board": N_("boardings"),
    "dispatch": N_("dispatches"),
    "depart": N_("departures"),
    "arrive": N_("arrivals"),
    "count": N_("headcounts"),
    "supply": N_("capacity and aid records"),
}

# How a reported figure's qualifier reads with its number (estimates; "about 3,000").
QUALIFIERS: dict[str, str] = {
    "about": N_("about %(n)s"),
    "around": N_("around %(n)s"),
    "approximately": N_("approximately %(n)s"),
    "roughly": N_("roughly %(n)s"),
    "nearly": N_("nearly %(n)s"),
    "almost": N_("almost %(n)s"),
    "some": N_("some %(n)s"),
    "perhaps": N_("perhaps %(n)s"),
    "an estimated": N_("an estimated %(n)s"),
    "estimated": N_("an estimated %(n)s"),
    "at least": N_("at least %(n)s"),
    "more than": N_("more than %(n)s"),
    "over": N_("more than %(n)s"),
    "upwards of": N_("at least %(n)s"),
    "up to": N_("up to %(n)s"),
    "as many as": N_("as many as %(n)s"),
    "fewer than": N_("fewer than %(n)s"),
    "less than": N_("fewer than %(n)s"),
    "under": N_("fewer than %(n)s"),
    "thousands": N_("thousands (%(n)s)"),
    "hundreds": N_("hundreds (%(n)s)"),
    "tens of thousands": N_("tens of thousands (%(n)s)"),
}


def message(code: str, **params: Any) -> Message:
    """A message: its code and parameters (JSON values or nested messages)."""
    return {"code": code, **params}


def is_message(value: object) -> bool:
    """Whether a value is a message (a mapping with a text ``code``)."""
    return isinstance(value, Mapping) and isinstance(value.get("code"), str)


def encode(messages: Iterable[Message]) -> str:
    """Messages as compact JSON text, for a derived table's text column (stable key order)."""
    return json.dumps(list(messages), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode(text: str | None) -> list[Message]:
    """The messages of a column written by :func:`encode`.

    Text that is not a JSON list of messages (written before messages existed, or typed by a
    person) comes back as one ``text`` message that shows it as it is.
    """
    if not text:
        return []
    if text.startswith("[{"):
        try:
            found = json.loads(text)
        except ValueError:
            found = None
        if isinstance(found, list) and all(is_message(m) for m in found):
            return found
    return [message(LEGACY, text=text)]


def english(msg: Message) -> str:
    """A message in plain English (errors, logs, the CLI): the edges render it per language.

    Counts get thousands separators, times read ``2016-12-15 14:05``, anything else (ids,
    site ids, statuses) stays as written.
    """
    code = str(msg.get("code"))
    if code == LEGACY:
        return str(msg.get("text", ""))
    params = {k: _plain(k, v) for k, v in msg.items() if k != "code"}
    template = TEMPLATES.get(code)
    if template is None:
        return " ".join([code, *(f"{k}={v}" for k, v in params.items())])
    return template % params


def _plain(key: str, value: Any) -> str:
    if is_message(value):
        return english(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(key, v) for v in value)
    if key == "share" and isinstance(value, float):
        return f"{value:.1%}"
    if isinstance(value, float):
        return f"{value:,.2f}" if key in PRECISE else f"{value:,.1f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if key == "action":
        return ACTIONS.get(str(value), str(value))
    if key in ("at", "since") and value:
        return str(value)[:16].replace("T", " ")
    return str(value)


E = TypeVar("E", bound=CorridorError)


def refusal(kind: type[E], msg: Message, **kwargs: Any) -> E:
    """An error whose text the system made: English in ``str()``, the message in ``said``
    so an edge can say it in the reader's language."""
    error = kind(english(msg), **kwargs)
    error.said = msg
    return error


def english_detail(stored: str | None) -> str:
    """A message column (``discrepancies.detail``) in plain English, messages joined by ``;``."""
    return "; ".join(english(m) for m in decode(stored))
