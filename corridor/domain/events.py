"""Every ledger fact type, its payload schema and validation.

A fact is a draft (what a device recorded) plus its seal (device, sequence, hashes). Payloads are
plain JSON objects of strings, integers, lists and objects: no floats, so their canonical text is
stable and the hash chain can be rechecked from the stored text alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from corridor.domain.localtime import check_zone
from corridor.domain.tokens import token_problem
from corridor.errors import ValidationError

# An id (of a fact, person, trip, site, device, ...): the one pattern, also for ids in URLs.
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@-]{0,79}$")
_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=$")  # base64 of 32 bytes
_SIG = re.compile(r"^[A-Za-z0-9+/]{86}==$")  # base64 of 64 bytes

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


# --- field checkers -------------------------------------------------------------------------
# Each takes the raw value and returns the normalised value or raises ValueError with a reason.

Checker = Callable[[Any], Any]


# Arabic-Indic (٠-٩) and Persian (۰-۹) digits, as a Syrian keyboard or scanner may type them,
# mean the same token as ASCII digits: ids are stored with ASCII digits only.
LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def latin_digits(text: str) -> str:
    """The text with Arabic-Indic and Persian digits written as ASCII digits."""
    return text.translate(LATIN_DIGITS)


def _ident(value: Any) -> str:
    if isinstance(value, str):
        value = latin_digits(value)
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise ValueError("must be an identifier: 1-80 letters, digits or . _ : @ -")
    return value


def _token(value: Any) -> str:
    """A person's or household's token: an identifier whose check character, when it has the
    wristband form ``W-000123-Q``, matches (see corridor.domain.tokens)."""
    token = _ident(value)
    problem = token_problem(token)
    if problem:
        raise ValueError(problem)
    return token


def _text(limit: int) -> Checker:
    def check(value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ValueError("must be non-empty text")
        if len(value) > limit:
            raise ValueError(f"must be at most {limit} characters")
        if "\x00" in value:
            raise ValueError("must not contain NUL characters")
        _unicode(value)
        return value.strip()

    return check


# Bidirectional embedding, override and isolate controls: invisible, they can make a text read
# differently from what it holds ("Trojan Source", CVE-2021-42574). Refused in new free text.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check_no_bidi(value: Any, field: str = "payload") -> None:
    """Refuse bidirectional control characters anywhere in a text or nested payload.

    :raises ValidationError: one was found; the field is named.
    """
    if isinstance(value, str):
        if any(c in BIDI_CONTROLS for c in value):
            raise ValidationError(
                "must not contain bidirectional control characters (U+202A-U+202E, U+2066-U+2069)",
                field=field,
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            check_no_bidi(item, key if field == "payload" else field)
    elif isinstance(value, list):
        for item in value:
            check_no_bidi(item, field)


def _unicode(value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (it holds a lone surrogate)") from None


def _enum(choices: tuple[str, ...]) -> Checker:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return str(value)

    return check


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be a whole number")
    if value < 0 or value > MAX_COUNT:
        raise ValueError(f"must be between 0 and {MAX_COUNT}")
    return value


def _adm_level(value: Any) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValueError("must be an administrative level from 1 to 5")
    return value


_DEGREES = re.compile(r"^-?[0-9]{1,3}(\.[0-9]{1,7})?$")


def _degrees(limit: int) -> Checker:
    """Decimal degrees kept as text (payloads hold no floats): at most 7 decimals (~1 cm)."""

    def check(value: Any) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = format(value, ".7f").rstrip("0").rstrip(".")
        if not isinstance(value, str) or not _DEGREES.match(value.strip()):
            raise ValueError("must be decimal degrees, e.g. 36.2021 (at most 7 decimals)")
        if abs(float(value)) > limit:
            raise ValueError(f"must be between -{limit} and {limit}")
        return value.strip()

    return check


def _positive(value: Any) -> int:
    number = _count(value)
    if number == 0:
        raise ValueError("must be greater than 0")
    return number


def parse_time(value: Any) -> str:
    """Normalise an ISO 8601 time to ``YYYY-MM-DDTHH:MM:SSZ`` (UTC); naive means UTC."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        raise ValueError("must be an ISO 8601 date-time, e.g. 2016-12-15T08:30:00Z")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError("must be an ISO 8601 date-time, e.g. 2016-12-15T08:30:00Z") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if not 1900 <= moment.year <= 2200:
        raise ValueError("year must be between 1900 and 2200")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _date(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a date YYYY-MM-DD")
    try:
        return (
            date.fromisoformat(value[:10]).isoformat()
            if len(value) == 10
            else parse_time(value)[:10]
        )
    except ValueError:
        raise ValueError("must be a date YYYY-MM-DD") from None


def _list_of(item: Checker, limit: int = 50) -> Checker:
    def check(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise ValueError("must be a list")
        if len(value) > limit:
            raise ValueError(f"must have at most {limit} items")
        return [item(v) for v in value]

    return check


def _breakdown(value: Any) -> dict[str, dict[str, int]]:
    if not isinstance(value, dict):
        raise ValueError("must be an object of dimension -> {value: count}")
    result: dict[str, dict[str, int]] = {}
    for dim, counts in value.items():
        if dim not in DIMENSIONS:
            raise ValueError(f"unknown dimension '{dim}' (use {', '.join(DIMENSIONS)})")
        if not isinstance(counts, dict):
            raise ValueError(f"'{dim}' must map values to counts")
        inner: dict[str, int] = {}
        for key, n in counts.items():
            if key not in DIMENSIONS[dim]:
                raise ValueError(f"'{dim}' value '{key}' must be one of {DIMENSIONS[dim]}")
            inner[key] = _count(n)
        result[dim] = inner
    return result


def _cargo_sent(value: Any) -> list[dict[str, Any]]:
    """Items loaded on a trip: ``[{"item": id, "quantity": n}]``, each item once."""
    return _items(value, {"quantity": _positive}, ())


def _cargo_received(value: Any) -> list[dict[str, Any]]:
    """How each item of a trip's cargo is accounted for on arrival."""
    return _items(value, {"delivered": _count}, ("lost", "diverted"))


def _items(
    value: Any, required: dict[str, Checker], optional: tuple[str, ...]
) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not value:
        raise ValueError("must be a non-empty list of items")
    if len(value) > 50:
        raise ValueError("must have at most 50 items")
    out: list[dict[str, Any]] = []
    for entry in value:
        if not isinstance(entry, dict):
            raise ValueError("each item must be an object")
        unknown = set(entry) - {"item", *required, *optional}
        if unknown:
            raise ValueError(f"unknown item field '{sorted(unknown)[0]}'")
        try:
            clean: dict[str, Any] = {"item": _ident(entry.get("item"))}
            for name, check in required.items():
                clean[name] = check(entry.get(name))
            for name in optional:
                if entry.get(name) is not None:
                    clean[name] = _count(entry[name])
        except ValueError as exc:
            raise ValueError(f"item {entry.get('item')!r}: {exc}") from None
        if any(o["item"] == clean["item"] for o in out):
            raise ValueError(f"item {clean['item']!r} is listed twice")
        out.append(clean)
    return out


_DECIMAL = re.compile(r"^[0-9]{1,7}(\.[0-9]{1,3})?$")


def _figures(value: Any) -> dict[str, str]:
    """Planning figures by name, as decimal text (payloads hold no floats)."""
    from corridor.domain.needs import FIGURES

    if not isinstance(value, dict) or not value:
        raise ValueError("must be an object of figure name -> number")
    out: dict[str, str] = {}
    for name, number in value.items():
        if name not in FIGURES:
            raise ValueError(f"unknown figure '{name}' (use {', '.join(FIGURES)})")
        text = str(number) if isinstance(number, int) and not isinstance(number, bool) else number
        if not isinstance(text, str) or not _DECIMAL.match(text):
            raise ValueError(f"'{name}' must be a number such as 15 or 3.5")
        out[name] = text
    return out


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("must be an object")
    return value


def _public_key(value: Any) -> str:
    if not isinstance(value, str) or not _KEY.match(value):
        raise ValueError("must be an Ed25519 public key: base64 of 32 bytes")
    return value


def _signature(value: Any) -> str:
    if not isinstance(value, str) or not _SIG.match(value):
        raise ValueError("must be an Ed25519 signature: base64 of 64 bytes")
    return value


def _hex64(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValueError("must be 64 lowercase hex characters")
    return value


@dataclass(frozen=True)
class Field:
    """One payload field: its checker, whether it is required, and its help text."""

    check: Checker
    required: bool = True
    help: str = ""


def _req(check: Checker, help_text: str) -> Field:
    return Field(check, True, help_text)


def _opt(check: Checker, help_text: str) -> Field:
    return Field(check, False, help_text)


@dataclass(frozen=True)
class FactType:
    """A kind of fact: its name, what it means, and its payload fields."""

    name: str
    summary: str
    fields: Mapping[str, Field]
    check_more: Callable[[dict[str, Any]], None] | None = None


def _check_headcount(payload: dict[str, Any]) -> None:
    total = payload["total"]
    for dim, counts in payload.get("breakdown", {}).items():
        if sum(counts.values()) > total:
            raise ValidationError(f"'{dim}' counts add up to more than total", field="breakdown")
    if payload.get("trip_id") and payload["stage"] != "departed":
        raise ValidationError(
            "a count of a vehicle (trip_id) must have stage 'departed'", field="stage"
        )


def _check_site(payload: dict[str, Any]) -> None:
    if ("pcode" in payload) != ("adm_level" in payload):
        raise ValidationError(
            "a p-code needs its administrative level (1-5), and a level needs a p-code",
            field="adm_level",
        )
    if ("lat" in payload) != ("lon" in payload):
        raise ValidationError("give both latitude and longitude, or neither", field="lat")


def _check_estimate(payload: dict[str, Any]) -> None:
    low, high = payload.get("low"), payload.get("high")
    if low is not None and high is not None and low > high:
        raise ValidationError("low must not exceed high", field="low")


def _check_correction(payload: dict[str, Any]) -> None:
    if payload["action"] == "replace":
        if "replacement" not in payload:
            raise ValidationError("a 'replace' correction needs a replacement", field="replacement")
        target_type = FACT_TYPES.get(payload["target_type"])
        if target_type is None or target_type.name == "entry.corrected":
            raise ValidationError("cannot replace a correction", field="target_type")
        payload["replacement"] = validate_payload(target_type.name, payload["replacement"])
    elif "replacement" in payload:
        raise ValidationError("a 'void' correction takes no replacement", field="replacement")


_TYPES = [
    FactType(
        "operation.defined",
        "An evacuation operation exists, possibly conditioned on others.",
        {
            "name": _req(_text(200), "Name of the operation."),
            "conditioned_on": _opt(_list_of(_ident), "Operation ids this one is linked to."),
            "description": _opt(_text(2000), "What is agreed: who, from where, to where."),
            "name_ar": _opt(_text(200), "Arabic name, shown on Arabic pages and reports."),
            "months": _opt(
                _enum(MONTH_NAMES),
                "Arabic month names: msa (ديسمبر, the default) or levantine (كانون الأول).",
            ),
            "time_zone": _opt(
                check_zone, "IANA time zone its times are shown in (Asia/Damascus); UTC."
            ),
        },
    ),
    FactType(
        "operation.time_zone_set",
        "The operation's times are shown in another time zone (stored times stay UTC).",
        {
            "time_zone": _req(check_zone, "IANA time zone name, e.g. Asia/Damascus or UTC."),
            "reason": _opt(_text(1000), "Why it changed (e.g. set wrong at creation)."),
        },
    ),
    FactType(
        "operation.status_changed",
        "The operation moved to a new status, with the reason.",
        {
            "status": _req(_enum(STATUSES), "planned, active, suspended, resumed or closed."),
            "reason": _opt(_text(1000), "Why (e.g. a new condition stalled the start)."),
        },
    ),
    FactType(
        "site.defined",
        "A place: pickup district, crossing, gathering point, camp.",
        {
            "site_id": _req(_ident, "Stable id of the site."),
            "name": _req(_text(200), "Display name."),
            "kind": _req(
                _enum(SITE_KINDS), "pickup, crossing, gathering, camp, relatives, hospital."
            ),
            "name_ar": _opt(_text(200), "Arabic name."),
            "pcode": _opt(_ident, "P-code of the administrative area the site is in (OCHA CODs)."),
            "adm_level": _opt(_adm_level, "Administrative level of the p-code, 1-5."),
            "lat": _opt(_degrees(90), "Latitude, decimal degrees (WGS 84), as text."),
            "lon": _opt(_degrees(180), "Longitude, decimal degrees (WGS 84), as text."),
        },
        _check_site,
    ),
    FactType(
        "vehicle.registered",
        "A bus, ambulance or other vehicle joins the fleet.",
        {
            "vehicle_id": _req(_ident, "Stable id (fleet number)."),
            "kind": _req(_enum(VEHICLE_KINDS), "bus, ambulance, truck, car or other."),
            "capacity": _req(_positive, "Seats (or stretchers)."),
            "agency": _opt(_text(200), "Operator, e.g. ICRC or SARC."),
        },
    ),
    FactType(
        "person.registered",
        "A person registered at a site under a token, not a name.",
        {
            "person_id": _req(_token, "Wristband or QR token."),
            "site_id": _req(_ident, "Where they registered."),
            "group": _req(_enum(GROUPS), "civilian, fighter or unknown."),
            "age": _req(_enum(AGES), "adult, child or unknown."),
            "sex": _req(_enum(SEXES), "female, male or unknown."),
            "triage": _req(_enum(TRIAGE), "critical, serious, walking or none."),
            "household_id": _opt(_token, "Token shared by a household."),
            "personal_digest": _opt(
                _hex64,
                "SHA-256 of the encrypted personal details (name, phone...), kept outside "
                "the ledger so they can be purged without breaking the chain.",
            ),
            "vulnerabilities": _opt(_list_of(_text(60), 20), "e.g. unaccompanied, disability."),
            "destination": _opt(_enum(DESTINATIONS), "Preferred destination."),
        },
    ),
    FactType(
        "person.boarded",
        "A registered person boarded a trip's vehicle.",
        {
            "person_id": _req(_token, "Token of the person."),
            "trip_id": _req(_ident, "Trip they boarded."),
        },
    ),
    FactType(
        "person.arrived",
        "Reception marked one person of a trip arrived (token scanned or typed).",
        {
            "person_id": _req(_token, "Token of the person."),
            "trip_id": _req(_ident, "Trip they arrived on."),
            "site_id": _req(_ident, "Where they arrived."),
        },
    ),
    FactType(
        "trip.dispatched",
        "A vehicle is assigned a trip from an origin to a destination.",
        {
            "trip_id": _req(_ident, "Stable id of the trip."),
            "vehicle_id": _req(_ident, "Vehicle making the trip."),
            "origin": _req(_ident, "Pickup site."),
            "destination": _req(_ident, "Planned destination site."),
            "convoy": _opt(_ident, "Convoy this trip travels in, if any."),
            "cargo": _opt(
                _cargo_sent,
                "Aid loaded (an aid convoy's trip): [{item, quantity}], e.g. water_l, "
                "food_ration, blanket.",
            ),
        },
    ),
    FactType(
        "trip.departed",
        "A trip's vehicle left its pickup site.",
        {
            "trip_id": _req(_ident, "Trip that left."),
        },
    ),
    FactType(
        "trip.arrived",
        "A trip ended; how everyone who boarded is accounted for.",
        {
            "trip_id": _req(_ident, "Trip that ended."),
            "site_id": _req(_ident, "Where it actually arrived."),
            "arrived": _req(_count, "People who arrived at site_id."),
            "diverted": _opt(_count, "People taken elsewhere (e.g. hospital) on the way."),
            "died": _opt(_count, "People who died en route."),
            "missing": _opt(_count, "People unaccounted for."),
            "cargo": _opt(
                _cargo_received,
                "How the cargo is accounted for: [{item, delivered, lost, diverted}]; "
                "sent = delivered + lost + diverted.",
            ),
        },
    ),
    FactType(
        "site.capacity_declared",
        "How many people a site can shelter from now on (the latest declaration holds).",
        {
            "site_id": _req(_ident, "The site."),
            "places": _req(_count, "People it can shelter."),
            "tents": _opt(_count, "Tents standing."),
            "beds": _opt(_count, "Beds or mattresses."),
            "note": _opt(_text(1000), "Source or condition of the figure."),
        },
    ),
    FactType(
        "stock.distributed",
        "Aid handed out at a site: it leaves the site's stock.",
        {
            "site_id": _req(_ident, "Where it was handed out."),
            "item": _req(_ident, "Item, e.g. water_l, food_ration, blanket."),
            "quantity": _req(_positive, "How many units."),
            "note": _opt(_text(1000), "To whom or what for."),
        },
    ),
    FactType(
        "operation.figures_set",
        "Planning figures for the operation's needs, replacing the defaults named.",
        {
            "figures": _req(_figures, 'Figure name -> number, e.g. {"water_l": "20"}.'),
            "reason": _opt(_text(1000), "Why these figures."),
        },
    ),
    FactType(
        "headcount.recorded",
        "An unnamed tally: a bus counted, walk-ins, private cars.",
        {
            "site_id": _req(_ident, "Where the count was made."),
            "stage": _req(_enum(HEADCOUNT_STAGES), "departed, arrived or waiting (a snapshot)."),
            "total": _req(_count, "How many people."),
            "trip_id": _opt(_ident, "The vehicle's trip, when a bus is counted."),
            "method": _opt(_enum(HEADCOUNT_METHODS), "bus, walk_in, private_vehicle, checkpoint."),
            "breakdown": _opt(_breakdown, "Counts by dimension: group, age, sex, triage."),
        },
        _check_headcount,
    ),
    FactType(
        "incident.reported",
        "Something happened: an attack, a blockade, a death.",
        {
            "kind": _req(_enum(INCIDENT_KINDS), "attack, gunfire, shelling, blockade, ..."),
            "severity": _req(_enum(SEVERITIES), "low, medium or high."),
            "description": _req(_text(2000), "What happened."),
            "site_id": _opt(_ident, "Where."),
            "trip_id": _opt(_ident, "Trip involved."),
            "killed": _opt(_count, "People killed."),
            "wounded": _opt(_count, "People wounded."),
        },
    ),
    FactType(
        "estimate.reported",
        "A figure reported by someone else, with its source.",
        {
            "metric": _req(_enum(METRICS), "evacuated, remaining, waiting, killed, ..."),
            "value": _req(_count, "The figure."),
            "source": _req(_text(200), "Who reported it (SOHR, ICRC, state media)."),
            "low": _opt(_count, "Lower end of a range."),
            "high": _opt(_count, "Upper end of a range."),
            "qualifier": _opt(_text(40), "about, at least, up to, some, thousands."),
            "outlet": _opt(_text(200), "Publication that carried it."),
            "url": _opt(_text(2000), "Link."),
            "place": _opt(_text(200), "Place the figure is about."),
            "as_of": _opt(_date, "Date the figure refers to."),
            "note": _opt(_text(2000), "Anything else."),
        },
        _check_estimate,
    ),
    FactType(
        "text.made_public",
        "A coordinator approved one free-text field of a fact for public outputs, in the words"
        " given (the reviewed wording is what is published, never the field itself).",
        {
            "target": _req(_ident, "Id of the fact whose text is made public."),
            "field": _req(_enum(PUBLIC_TEXT_FIELDS), "reason, description, source, outlet, place."),
            "wording": _req(_text(2000), "The reviewed words public outputs print."),
        },
    ),
    FactType(
        "text.made_private",
        "A coordinator withdrew a fact's free-text field from public outputs again.",
        {
            "target": _req(_ident, "Id of the fact whose text is private again."),
            "field": _req(_enum(PUBLIC_TEXT_FIELDS), "reason, description, source, outlet, place."),
        },
    ),
    FactType(
        "device.key_registered",
        "A device signs its facts with this Ed25519 key from a sequence number on.",
        {
            "device": _req(_ident, "The device whose key this is."),
            "public_key": _req(_public_key, "Ed25519 public key, base64 of 32 bytes."),
            "from_seq": _req(_positive, "First sequence number of the device signed with it."),
        },
    ),
    FactType(
        "device.key_revoked",
        "A device key may no longer sign, from a sequence number on (lost or stolen laptop).",
        {
            "device": _req(_ident, "The device whose key is revoked."),
            "public_key": _req(_public_key, "The key revoked."),
            "from_seq": _req(_positive, "First sequence number no longer accepted with it."),
            "reason": _req(_text(1000), "Why."),
        },
    ),
    FactType(
        "entry.corrected",
        "Corrects an earlier fact: voids it or replaces its payload.",
        {
            "target": _req(_ident, "Id of the fact corrected."),
            "target_type": _req(_ident, "Type of the fact corrected."),
            "action": _req(_enum(("void", "replace")), "void or replace."),
            "reason": _req(_text(1000), "Why."),
            "replacement": _opt(_object, "The corrected payload (for replace)."),
        },
        _check_correction,
    ),
]
FACT_TYPES: dict[str, FactType] = {t.name: t for t in _TYPES}


def validate_payload(type_name: str, payload: Any) -> dict[str, Any]:
    """Check a payload against its type; return a normalised copy.

    :raises ValidationError: unknown type, unknown or missing field, or a bad value.
    """
    spec = FACT_TYPES.get(type_name)
    if spec is None:
        raise ValidationError(f"unknown fact type '{type_name}'", field="type")
    if not isinstance(payload, dict):
        raise ValidationError("payload must be an object", field="payload")
    unknown = sorted(set(payload) - set(spec.fields))
    if unknown:
        raise ValidationError(f"unknown field for {type_name}", field=str(unknown[0]))
    clean: dict[str, Any] = {}
    for name, fld in spec.fields.items():
        if name not in payload or payload[name] is None:
            if fld.required:
                raise ValidationError("is required", field=name)
            continue
        try:
            clean[name] = fld.check(payload[name])
        except ValueError as exc:
            raise ValidationError(str(exc), field=name) from None
    if spec.check_more is not None:
        spec.check_more(clean)
    try:  # free-form values (a correction's replacement) are stored as UTF-8 text
        _unicode(json.dumps(clean, ensure_ascii=False))
    except ValueError as exc:
        raise ValidationError(str(exc), field="payload") from None
    return clean


# Field order of a sealed fact on the wire and in exports.
ENVELOPE = (
    "id",
    "type",
    "op",
    "actor",
    "occurred_at",
    "payload",
    "device",
    "seq",
    "recorded_at",
    "prev_hash",
    "hash",
)


@dataclass(frozen=True)
class Draft:
    """A fact as recorded on a device, before it is sealed into the device's chain."""

    id: str
    type: str
    op: str
    actor: str
    occurred_at: str
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Fact:
    """A sealed fact: a draft plus its place in its device's hash chain."""

    id: str
    type: str
    op: str
    actor: str
    occurred_at: str
    payload: dict[str, Any]
    device: str
    seq: int
    recorded_at: str
    prev_hash: str
    hash: str
    payload_json: str = ""
    sig: str = ""  # the device's Ed25519 signature of ``hash`` (base64); "" before signing began

    def as_dict(self) -> dict[str, Any]:
        """The fact as a JSON-ready mapping (the export and sync wire format)."""
        return {
            "id": self.id,
            "type": self.type,
            "op": self.op,
            "actor": self.actor,
            "occurred_at": self.occurred_at,
            "payload": self.payload,
            "device": self.device,
            "seq": self.seq,
            "recorded_at": self.recorded_at,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
            **({"sig": self.sig} if self.sig else {}),
        }


def _field(raw: Mapping[str, Any], name: str, check: Checker) -> Any:
    if name not in raw:
        raise ValidationError("is required", field=name)
    try:
        return check(raw[name])
    except ValueError as exc:
        raise ValidationError(str(exc), field=name) from None


def validate_draft(raw: Mapping[str, Any]) -> Draft:
    """Build a validated draft from a mapping (API body, CSV row, JSON line).

    :raises ValidationError: with the offending field named.
    """
    if not isinstance(raw, Mapping):
        raise ValidationError("a fact must be an object")
    type_name = _field(raw, "type", _enum(tuple(FACT_TYPES)))
    return Draft(
        id=_field(raw, "id", _ident),
        type=type_name,
        op=_field(raw, "op", _ident),
        actor=_field(raw, "actor", _text(120)),
        occurred_at=_field(raw, "occurred_at", parse_time),
        payload=validate_payload(type_name, raw.get("payload")),
    )


def validate_fact(raw: Mapping[str, Any]) -> Fact:
    """Build a sealed fact from a mapping (import or sync); the hash is checked by the ledger.

    :raises ValidationError: with the offending field named.
    """
    draft = validate_draft(raw)
    return Fact(
        id=draft.id,
        type=draft.type,
        op=draft.op,
        actor=draft.actor,
        occurred_at=draft.occurred_at,
        payload=draft.payload,
        device=_field(raw, "device", _ident),
        seq=_field(raw, "seq", _positive),
        recorded_at=_field(raw, "recorded_at", parse_time),
        prev_hash=_field(raw, "prev_hash", _hex64),
        hash=_field(raw, "hash", _hex64),
        sig=_field(raw, "sig", _signature) if raw.get("sig") else "",
    )
