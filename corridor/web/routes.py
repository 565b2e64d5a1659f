"""The whole URL table in one place: path, method, kind, the permission it needs, its view.

Kinds: ``page`` (GET, HTML), ``form`` (POST from an HTML form: redirect on success, the page
again with the error otherwise), ``api`` (JSON in and out, listed in the OpenAPI document) and
``raw`` (a view that makes its own response). ``tests/web/test_authz.py`` holds an expected
allow/deny for every entry and fails when a route is added without one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from corridor.web.forms import Field
from corridor.web.views import (
    accounts,
    arrivals,
    audit,
    dashboard,
    discrepancies,
    estimates,
    incidents,
    meta,
    public_text,
    reception,
    registrations,
    sitrep,
    status,
    sync,
    transparency,
    trips,
    wristbands,
)

# "public": anyone; "signed_in": any account; otherwise a permission of corridor.domain.access.
PUBLIC, SIGNED_IN = "public", "signed_in"


@dataclass(frozen=True)
class Entry:
    """One route."""

    method: str
    path: str
    kind: str
    permission: str
    view: Callable[..., Any]
    fields: tuple[Field, ...] = ()
    page: str = ""  # form routes: the page shown again with the error
    summary: str = ""

    @property
    def key(self) -> str:
        """``METHOD path``, the entry's name in tests and the OpenAPI document."""
        return f"{self.method} {self.path}"


def _api(method: str, path: str, perm: str, view: Callable[..., Any], *fields: Field) -> Entry:
    return Entry(method, path, "api", perm, view, fields, summary=(view.__doc__ or "").strip())


def _form(path: str, perm: str, view: Callable[..., Any], fields: Any, page: str) -> Entry:
    return Entry("POST", path, "form", perm, view, tuple(fields), page=page)


def _page(path: str, perm: str, view: Callable[..., Any], *fields: Field) -> Entry:
    return Entry("GET", path, "page", perm, view, fields)


TRIP = "/trips/{trip_id}"
ROUTES: tuple[Entry, ...] = (
    Entry("GET", "/", "raw", PUBLIC, meta.home),
    Entry("GET", "/healthz", "raw", PUBLIC, meta.health),
    Entry("GET", "/openapi.json", "raw", PUBLIC, meta.openapi),
    Entry("GET", "/login", "page", PUBLIC, accounts.login_page),
    Entry("POST", "/login", "raw", PUBLIC, accounts.do_login, accounts.LOGIN_FIELDS),
    Entry("POST", "/logout", "raw", SIGNED_IN, accounts.do_logout),
    _page("/dashboard", "totals", dashboard.page),
    _page("/dashboard/live", "totals", dashboard.live),
    _page("/register", "register", registrations.page),
    _form(
        "/register", "register", registrations.register, registrations.REGISTER_FIELDS, "/register"
    ),
    _form("/board", "register", registrations.board, registrations.BOARD_FIELDS, "/register"),
    _form(
        "/household",
        "register",
        registrations.household_form,
        registrations.HOUSEHOLD_FORM_FIELDS,
        "/register",
    ),
    _page("/trips", "operate", trips.page, *trips.TRIPS_QUERY),
    _form("/trips", "register", trips.dispatch, trips.DISPATCH_FIELDS, "/trips"),
    _form(TRIP + "/depart", "register", trips.depart, trips.DEPART_FIELDS, "/trips"),
    _form(TRIP + "/arrive", "register", trips.arrive, trips.ARRIVE_FIELDS, "/trips"),
    _form(TRIP + "/reconcile", "coordinate", trips.reconcile, trips.RECONCILE_FIELDS, "/trips"),
    _page("/discrepancies", "coordinate", discrepancies.page, *discrepancies.QUERY),
    _page("/reception", "operate", reception.page),
    _form("/reception", "register", reception.headcount, reception.HEADCOUNT_FIELDS, "/reception"),
    _form("/reception/arrivals", "register", arrivals.mark, arrivals.ARRIVAL_FIELDS, "/reception"),
    _page("/missing", "coordinate", arrivals.page),
    _page("/incidents", "operate", incidents.page),
    _form("/incidents", "register", incidents.report, incidents.INCIDENT_FIELDS, "/incidents"),
    _page("/estimates", "totals", estimates.page),
    _form("/estimates", "coordinate", estimates.report, estimates.ESTIMATE_FIELDS, "/estimates"),
    _page("/status", "totals", status.page),
    _form("/status", "coordinate", status.change, status.STATUS_FIELDS, "/status"),
    _form("/status/time-zone", "coordinate", status.change_zone, status.ZONE_FIELDS, "/status"),
    _form("/public-text", "coordinate", public_text.mark, public_text.MARK_FIELDS, "/status"),
    _page("/audit", "coordinate", audit.page),
    Entry("GET", "/sitrep", "raw", "totals", sitrep.page, sitrep.SITREP_FIELDS),
    Entry("GET", "/sitrep.pdf", "raw", "totals", sitrep.pdf, sitrep.SITREP_FIELDS),
    _page("/sync/status", "operate", sync.page),
    Entry(
        "GET", "/tokens/labels.pdf", "raw", "coordinate", wristbands.pdf, wristbands.LABEL_FIELDS
    ),
    _page("/admin/users", "admin", accounts.page),
    _form("/admin/users", "admin", accounts.create_user, accounts.USER_FIELDS, "/admin/users"),
    # JSON API
    _api("GET", "/api/summary", "totals", dashboard.api_summary),
    _api("GET", "/api/timeseries", "totals", dashboard.api_timeseries),
    _api("GET", "/api/sites", "operate", trips.api_sites),
    _api(
        "GET", "/api/persons", "personal", registrations.api_persons, *registrations.PERSONS_FIELDS
    ),
    _api(
        "POST", "/api/persons", "register", registrations.register, *registrations.REGISTER_FIELDS
    ),
    _api("POST", "/api/boardings", "register", registrations.board, *registrations.BOARD_FIELDS),
    _api(
        "POST",
        "/api/households",
        "register",
        registrations.household_api,
        *registrations.HOUSEHOLD_API_FIELDS,
    ),
    _api("GET", "/api/trips", "operate", trips.api_trips, *trips.TRIPS_QUERY),
    _api("POST", "/api/trips", "register", trips.dispatch, *trips.DISPATCH_FIELDS),
    _api("POST", "/api" + TRIP + "/departure", "register", trips.depart, *trips.DEPART_FIELDS),
    _api("POST", "/api" + TRIP + "/arrival", "register", trips.arrive, *trips.ARRIVE_FIELDS),
    _api(
        "POST",
        "/api" + TRIP + "/reconciliation",
        "coordinate",
        trips.reconcile,
        *trips.RECONCILE_FIELDS,
    ),
    _api(
        "GET",
        "/api/discrepancies",
        "operate",
        discrepancies.api_discrepancies,
        *discrepancies.QUERY,
    ),
    _api("POST", "/api/headcounts", "register", reception.headcount, *reception.HEADCOUNT_FIELDS),
    _api("POST", "/api/arrivals", "register", arrivals.mark, *arrivals.ARRIVAL_FIELDS),
    _api("GET", "/api/missing", "coordinate", arrivals.api_missing),
    _api("GET", "/api/incidents", "operate", incidents.api_incidents),
    _api("POST", "/api/incidents", "register", incidents.report, *incidents.INCIDENT_FIELDS),
    _api("GET", "/api/estimates", "totals", estimates.api_estimates),
    _api("POST", "/api/estimates", "coordinate", estimates.report, *estimates.ESTIMATE_FIELDS),
    _api("GET", "/api/status", "totals", status.api_status),
    _api("POST", "/api/status", "coordinate", status.change, *status.STATUS_FIELDS),
    _api("POST", "/api/time-zone", "coordinate", status.change_zone, *status.ZONE_FIELDS),
    _api(
        "POST",
        "/api/public-text",
        "coordinate",
        public_text.mark,
        *public_text.MARK_FIELDS,
    ),
    _api("GET", "/api/audit", "coordinate", audit.api_audit),
    _api("GET", "/api/sync", "operate", sync.api_status),
    _api("GET", "/api/users", "admin", accounts.api_users),
    _api("POST", "/api/users", "admin", accounts.create_user, *accounts.USER_FIELDS),
    _api("POST", "/api/tokens", "admin", accounts.create_token, *accounts.TOKEN_FIELDS),
    # Transparency log (docs/observers.md): public, hashes and suppressed totals only.
    _api("GET", "/transparency/v1/checkpoint", PUBLIC, transparency.api_checkpoint),
    _api(
        "GET",
        "/transparency/v1/consistency",
        PUBLIC,
        transparency.api_consistency,
        *transparency.CONSISTENCY_FIELDS,
    ),
    _api(
        "GET",
        "/transparency/v1/inclusion",
        PUBLIC,
        transparency.api_inclusion,
        *transparency.INCLUSION_FIELDS,
    ),
    _api("POST", "/api/checkpoints", "coordinate", transparency.make_checkpoint),
)
