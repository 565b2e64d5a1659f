"""Every ledger fact type: what it means, its payload fields, and payload validation."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from corridor.domain.checks import (
    Checker,
    adm_level,
    breakdown,
    cargo_received,
    cargo_sent,
    check_unicode,
    count,
    degrees,
    figure_values,
    free_text,
    hex64,
    ident,
    iso_date,
    json_object,
    list_of,
    one_of,
    positive,
    public_key,
    token,
)
from corridor.domain.localtime import check_zone
from corridor.domain.vocabulary import (
    AGES,
    DESTINATIONS,
    GROUPS,
    HEADCOUNT_METHODS,
    HEADCOUNT_STAGES,
    INCIDENT_KINDS,
    METRICS,
    MONTH_NAMES,
    PUBLIC_TEXT_FIELDS,
    SEVERITIES,
    SEXES,
    SITE_KINDS,
    STATUSES,
    TRIAGE,
    VEHICLE_KINDS,
)
from corridor.errors import ValidationError


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
            "name": _req(free_text(200), "Name of the operation."),
            "conditioned_on": _opt(list_of(ident), "Operation ids this one is linked to."),
            "description": _opt(free_text(2000), "What is agreed: who, from where, to where."),
            "name_ar": _opt(free_text(200), "Arabic name, shown on Arabic pages and reports."),
            "months": _opt(
                one_of(MONTH_NAMES),
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
            "reason": _opt(free_text(1000), "Why it changed (e.g. set wrong at creation)."),
        },
    ),
    FactType(
        "operation.status_changed",
        "The operation moved to a new status, with the reason.",
        {
            "status": _req(one_of(STATUSES), "planned, active, suspended, resumed or closed."),
            "reason": _opt(free_text(1000), "Why (e.g. a new condition stalled the start)."),
        },
    ),
    FactType(
        "site.defined",
        "A place: pickup district, crossing, gathering point, camp.",
        {
            "site_id": _req(ident, "Stable id of the site."),
            "name": _req(free_text(200), "Display name."),
            "kind": _req(
                one_of(SITE_KINDS), "pickup, crossing, gathering, camp, relatives, hospital."
            ),
            "name_ar": _opt(free_text(200), "Arabic name."),
            "pcode": _opt(ident, "P-code of the administrative area the site is in (OCHA CODs)."),
            "adm_level": _opt(adm_level, "Administrative level of the p-code, 1-5."),
            "lat": _opt(degrees(90), "Latitude, decimal degrees (WGS 84), as text."),
            "lon": _opt(degrees(180), "Longitude, decimal degrees (WGS 84), as text."),
        },
        _check_site,
    ),
    FactType(
        "vehicle.registered",
        "A bus, ambulance or other vehicle joins the fleet.",
        {
            "vehicle_id": _req(ident, "Stable id (fleet number)."),
            "kind": _req(one_of(VEHICLE_KINDS), "bus, ambulance, truck, car or other."),
            "capacity": _req(positive, "Seats (or stretchers)."),
            "agency": _opt(free_text(200), "Operator, e.g. ICRC or SARC."),
        },
    ),
    FactType(
        "person.registered",
        "A person registered at a site under a token, not a name.",
        {
            "person_id": _req(token, "Wristband or QR token."),
            "site_id": _req(ident, "Where they registered."),
            "group": _req(one_of(GROUPS), "civilian, fighter or unknown."),
            "age": _req(one_of(AGES), "adult, child or unknown."),
            "sex": _req(one_of(SEXES), "female, male or unknown."),
            "triage": _req(one_of(TRIAGE), "critical, serious, walking or none."),
            "household_id": _opt(token, "Token shared by a household."),
            "personal_digest": _opt(
                hex64,
                "SHA-256 of the encrypted personal details (name, phone...), kept outside "
                "the ledger so they can be purged without breaking the chain.",
            ),
            "vulnerabilities": _opt(list_of(free_text(60), 20), "e.g. unaccompanied, disability."),
            "destination": _opt(one_of(DESTINATIONS), "Preferred destination."),
        },
    ),
    FactType(
        "person.boarded",
        "A registered person boarded a trip's vehicle.",
        {
            "person_id": _req(token, "Token of the person."),
            "trip_id": _req(ident, "Trip they boarded."),
        },
    ),
    FactType(
        "person.arrived",
        "Reception marked one person of a trip arrived (token scanned or typed).",
        {
            "person_id": _req(token, "Token of the person."),
            "trip_id": _req(ident, "Trip they arrived on."),
            "site_id": _req(ident, "Where they arrived."),
        },
    ),
    FactType(
        "trip.dispatched",
        "A vehicle is assigned a trip from an origin to a destination.",
        {
            "trip_id": _req(ident, "Stable id of the trip."),
            "vehicle_id": _req(ident, "Vehicle making the trip."),
            "origin": _req(ident, "Pickup site."),
            "destination": _req(ident, "Planned destination site."),
            "convoy": _opt(ident, "Convoy this trip travels in, if any."),
            "cargo": _opt(
                cargo_sent,
                "Aid loaded (an aid convoy's trip): [{item, quantity}], e.g. water_l, "
                "food_ration, blanket.",
            ),
        },
    ),
    FactType(
        "trip.departed",
        "A trip's vehicle left its pickup site.",
        {
            "trip_id": _req(ident, "Trip that left."),
        },
    ),
    FactType(
        "trip.arrived",
        "A trip ended; how everyone who boarded is accounted for.",
        {
            "trip_id": _req(ident, "Trip that ended."),
            "site_id": _req(ident, "Where it actually arrived."),
            "arrived": _req(count, "People who arrived at site_id."),
            "diverted": _opt(count, "People taken elsewhere (e.g. hospital) on the way."),
            "died": _opt(count, "People who died en route."),
            "missing": _opt(count, "People unaccounted for."),
            "cargo": _opt(
                cargo_received,
                "How the cargo is accounted for: [{item, delivered, lost, diverted}]; "
                "sent = delivered + lost + diverted.",
            ),
        },
    ),
    FactType(
        "site.capacity_declared",
        "How many people a site can shelter from now on (the latest declaration holds).",
        {
            "site_id": _req(ident, "The site."),
            "places": _req(count, "People it can shelter."),
            "tents": _opt(count, "Tents standing."),
            "beds": _opt(count, "Beds or mattresses."),
            "note": _opt(free_text(1000), "Source or condition of the figure."),
        },
    ),
    FactType(
        "stock.distributed",
        "Aid handed out at a site: it leaves the site's stock.",
        {
            "site_id": _req(ident, "Where it was handed out."),
            "item": _req(ident, "Item, e.g. water_l, food_ration, blanket."),
            "quantity": _req(positive, "How many units."),
            "note": _opt(free_text(1000), "To whom or what for."),
        },
    ),
    FactType(
        "operation.figures_set",
        "Planning figures for the operation's needs, replacing the defaults named.",
        {
            "figures": _req(figure_values, 'Figure name -> number, e.g. {"water_l": "20"}.'),
            "reason": _opt(free_text(1000), "Why these figures."),
        },
    ),
    FactType(
        "headcount.recorded",
        "An unnamed tally: a bus counted, walk-ins, private cars.",
        {
            "site_id": _req(ident, "Where the count was made."),
            "stage": _req(one_of(HEADCOUNT_STAGES), "departed, arrived or waiting (a snapshot)."),
            "total": _req(count, "How many people."),
            "trip_id": _opt(ident, "The vehicle's trip, when a bus is counted."),
            "method": _opt(one_of(HEADCOUNT_METHODS), "bus, walk_in, private_vehicle, checkpoint."),
            "breakdown": _opt(breakdown, "Counts by dimension: group, age, sex, triage."),
        },
        _check_headcount,
    ),
    FactType(
        "incident.reported",
        "Something happened: an attack, a blockade, a death.",
        {
            "kind": _req(one_of(INCIDENT_KINDS), "attack, gunfire, shelling, blockade, ..."),
            "severity": _req(one_of(SEVERITIES), "low, medium or high."),
            "description": _req(free_text(2000), "What happened."),
            "site_id": _opt(ident, "Where."),
            "trip_id": _opt(ident, "Trip involved."),
            "killed": _opt(count, "People killed."),
            "wounded": _opt(count, "People wounded."),
        },
    ),
    FactType(
        "estimate.reported",
        "A figure reported by someone else, with its source.",
        {
            "metric": _req(one_of(METRICS), "evacuated, remaining, waiting, killed, ..."),
            "value": _req(count, "The figure."),
            "source": _req(free_text(200), "Who reported it (SOHR, ICRC, state media)."),
            "low": _opt(count, "Lower end of a range."),
            "high": _opt(count, "Upper end of a range."),
            "qualifier": _opt(free_text(40), "about, at least, up to, some, thousands."),
            "outlet": _opt(free_text(200), "Publication that carried it."),
            "url": _opt(free_text(2000), "Link."),
            "place": _opt(free_text(200), "Place the figure is about."),
            "as_of": _opt(iso_date, "Date the figure refers to."),
            "note": _opt(free_text(2000), "Anything else."),
        },
        _check_estimate,
    ),
    FactType(
        "text.made_public",
        "A coordinator approved one free-text field of a fact for public outputs, in the words"
        " given (the reviewed wording is what is published, never the field itself).",
        {
            "target": _req(ident, "Id of the fact whose text is made public."),
            "field": _req(
                one_of(PUBLIC_TEXT_FIELDS), "reason, description, source, outlet, place."
            ),
            "wording": _req(free_text(2000), "The reviewed words public outputs print."),
        },
    ),
    FactType(
        "text.made_private",
        "A coordinator withdrew a fact's free-text field from public outputs again.",
        {
            "target": _req(ident, "Id of the fact whose text is private again."),
            "field": _req(
                one_of(PUBLIC_TEXT_FIELDS), "reason, description, source, outlet, place."
            ),
        },
    ),
    FactType(
        "device.key_registered",
        "A device signs its facts with this Ed25519 key from a sequence number on.",
        {
            "device": _req(ident, "The device whose key this is."),
            "public_key": _req(public_key, "Ed25519 public key, base64 of 32 bytes."),
            "from_seq": _req(positive, "First sequence number of the device signed with it."),
        },
    ),
    FactType(
        "device.key_revoked",
        "A device key may no longer sign, from a sequence number on (lost or stolen laptop).",
        {
            "device": _req(ident, "The device whose key is revoked."),
            "public_key": _req(public_key, "The key revoked."),
            "from_seq": _req(positive, "First sequence number no longer accepted with it."),
            "reason": _req(free_text(1000), "Why."),
        },
    ),
    FactType(
        "entry.corrected",
        "Corrects an earlier fact: voids it or replaces its payload.",
        {
            "target": _req(ident, "Id of the fact corrected."),
            "target_type": _req(ident, "Type of the fact corrected."),
            "action": _req(one_of(("void", "replace")), "void or replace."),
            "reason": _req(free_text(1000), "Why."),
            "replacement": _opt(json_object, "The corrected payload (for replace)."),
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
        check_unicode(json.dumps(clean, ensure_ascii=False))
    except ValueError as exc:
        raise ValidationError(str(exc), field="payload") from None
    return clean
