"""Every table of figures adds up to its headline, on the demo and on random operations.

Checked three ways: the summary service, the JSON API and the rendered dashboard (over real
HTTP). "Left, by category" is departures from pickup sites and crossings less the people
turned back; the by-site tables' totals are the headline figures; an estimate's "our count" on
a date after everything happened is today's figure.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corridor.clock import FrozenClock
from corridor.domain.events import Draft
from corridor.services import accounts
from corridor.services.demo import load_demo
from corridor.services.summary import SITE_COLUMNS, figures_as_of, summarize
from corridor.storage import SqlStore, open_store
from tests import factories as f
from tests.web.harness import running

HEADLINES = ("left", "returned", "arrived", "onward", "diverted", "died", "missing")
SITES = {
    "ramouseh": "crossing",
    "sukkari": "pickup",
    "khan": "gathering",
    "hospital": "hospital",
    "camp": "camp",
    "relatives": "relatives",
}
FAR = "2099-12-31"


def check_summary(store: SqlStore, op: str) -> dict[str, Any]:
    """The summary's tables against its headlines; returns it as a dict."""
    s = summarize(store=store, op=op).as_dict()
    for dim, values in s["departed_by_category"].items():
        assert sum(values.values()) - s["returned"] == s["left"], dim
    totals = {c: sum(r[c] for r in s["site_rows"]) for c in SITE_COLUMNS}
    for key in HEADLINES:
        assert totals[key] == s[key], key
    assert totals["departed"] - totals["returned"] == s["left"]
    assert totals["waiting_counted"] == s["waiting_counted"]
    for r in s["site_rows"]:
        assert r["departed"] - r["returned"] == r["left"], r
        if r["leg"] != "origin":
            assert r["departed"] == r["returned"] == r["left"] == 0, r
        assert r["arrived"] == 0 or r["leg"] == "reception", r
        assert r["onward"] == 0 or r["leg"] == "onward", r
    ours = figures_as_of(
        store=store, op=op, wanted=[("evacuated", FAR), ("killed", FAR), ("waiting", FAR)]
    )
    assert ours == {
        ("evacuated", FAR): s["left"],
        ("killed", FAR): s["died"],
        ("waiting", FAR): s["waiting_counted"],
    }
    return s


def _number(text: str) -> int:
    return int(text.replace(",", "").replace("−", "-").strip())


def check_web(base: str, token: str, s: dict[str, Any]) -> None:
    """The JSON summary and the dashboard page show the same sums as the service."""
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=auth) as client:
        api = client.get("/api/summary").json()
        html = client.get("/dashboard").text
    for key in (*HEADLINES, "waiting_counted", "unaccounted"):
        assert api[key] == s[key], key
    for table in api["site_tables"]:
        assert table["totals"] == {c: sum(r[c] for r in table["rows"]) for c in table["columns"]}
    by_leg = {t["leg"]: t["totals"] for t in api["site_tables"]}
    assert by_leg.get("origin", {}).get("left", 0) == s["left"]
    assert by_leg.get("reception", {}).get("arrived", 0) == s["arrived"]
    assert by_leg.get("onward", {}).get("onward", 0) == s["onward"]
    # The page: each headline, each leg's total row, each category's rows down to "left".
    figures = dict(re.findall(r'data-key="(\w+)"><b>([^<]+)</b>', html))
    for key in ("left", "returned", "arrived", "onward", "died", "missing", "unaccounted"):
        assert _number(figures[key]) == s[key], key
    for leg, body in re.findall(r'data-leg="(\w+)">(.*?)</table>', html, re.S):
        shown = dict(re.findall(r'<td data-label="[^"]*" data-key="(\w+)">([^<]+)</td>', body))
        for key, total in by_leg[leg].items():
            assert _number(shown[key]) == total, (leg, key)
    categories = re.findall(r'<tbody data-dim="(\w+)">(.*?)</tbody>', html, re.S)
    assert len(categories) == len(s["departed_by_category"])
    for dim, body in categories:
        cells = dict(re.findall(r'data-value="(\w+)">([^<]+)</td>', body))
        left = _number(cells.pop("left"))
        assert sum(_number(v) for v in cells.values()) == left == s["left"], dim


@contextmanager
def served(store: SqlStore, op: str) -> Iterator[tuple[str, str]]:
    """The app over a store, and an admin's API token."""
    clock = FrozenClock()
    accounts.add_user(
        store=store, clock=clock, username="ada", role="admin", sites=[], password="x" * 12
    )
    token = accounts.add_token(store=store, clock=clock, username="ada", label="t")
    with running(store, op=op) as base:
        yield base, token


def test_the_demo_adds_up(sqlite_store: SqlStore) -> None:
    """Should add up on the Aleppo demo, where 280 people were turned back."""
    load_demo(store=sqlite_store)
    s = check_summary(sqlite_store, "aleppo-2016")
    assert (s["left"], s["returned"]) == (31935, 280)
    with served(sqlite_store, "aleppo-2016") as (base, token):
        check_web(base, token, s)


# --- random operations ------------------------------------------------------------------------

hours = st.integers(min_value=0, max_value=47).map(
    lambda h: f"2016-12-{15 + h // 24}T{h % 24:02d}:30:00Z"
)


@st.composite
def trips(draw: st.DrawFn, n: int) -> list[Draft]:
    """A trip from a pickup site or crossing, counted with categories, perhaps departed and
    arrived at reception, onward, or back where it started."""
    trip, origin = f"T{n}", draw(st.sampled_from(["ramouseh", "sukkari"]))
    total = draw(st.integers(min_value=0, max_value=60))
    children = draw(st.integers(min_value=0, max_value=total))
    fighters = draw(st.integers(min_value=0, max_value=total))
    breakdown = {"age": {"child": children}, "group": {"fighter": fighters}}
    at = draw(hours)
    facts = [f.dispatch(trip, origin=origin, destination="khan", at=at)]
    named = draw(st.integers(min_value=0, max_value=min(total, 3)))
    for i in range(named):
        age = draw(st.sampled_from(["adult", "child"]))
        facts += [
            f.person(f"{trip}-p{i}", origin, age=age, at=at),
            f.board(f"{trip}-p{i}", trip, at=at),
        ]
    if total:
        facts.append(f.count(origin, total, trip=trip, breakdown=breakdown, at=at))
    stage = draw(st.sampled_from(["loading", "departed", "arrived"]))
    if stage == "loading":
        return facts
    facts.append(f.depart(trip, at=at))
    if stage == "departed":
        return facts
    boarded = max(total, named)
    where = draw(st.sampled_from(["khan", "hospital", "camp", origin]))
    died = draw(st.integers(min_value=0, max_value=min(boarded, 2)))
    missing = draw(st.integers(min_value=0, max_value=min(boarded - died, 2)))
    arrived = draw(st.integers(min_value=0, max_value=boarded - died - missing))
    facts.append(f.arrive(trip, arrived, site_id=where, died=died, missing=missing, at=at))
    return facts


@st.composite
def tallies(draw: st.DrawFn) -> Draft:
    """Unnamed people: private vehicles leaving, walk-ins arriving, people waiting."""
    stage, site = draw(
        st.sampled_from(
            [
                ("departed", "ramouseh"),
                ("departed", "sukkari"),
                ("departed", "khan"),  # a second leg: not part of "left"
                ("arrived", "khan"),
                ("arrived", "camp"),
                ("arrived", "relatives"),
                ("arrived", "sukkari"),
                ("waiting", "sukkari"),
                ("waiting", "ramouseh"),
            ]
        )
    )
    total = draw(st.integers(min_value=1, max_value=80))
    kids = draw(st.integers(min_value=0, max_value=total))
    return f.count(site, total, stage=stage, breakdown={"age": {"child": kids}}, at=draw(hours))


@st.composite
def operations(draw: st.DrawFn) -> list[Draft]:
    facts = [f.draft("operation.defined", {"name": "Random"}), f.vehicle("bus-1", capacity=60)]
    facts += [f.site(site, kind=kind) for site, kind in SITES.items()]
    for n in range(draw(st.integers(min_value=0, max_value=6))):
        facts += draw(trips(n))
    facts += draw(st.lists(tallies(), max_size=6))
    return facts


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(facts=operations())
def test_random_operations_add_up(facts: list[Draft]) -> None:
    """Should add up whatever mix of trips, turned-back buses, walk-ins and counts happened."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/op.db", clock=FrozenClock(), device="desk-1")
        try:
            store.record(facts)
            s = check_summary(store, f.OP)
            with served(store, f.OP) as (base, token):
                check_web(base, token, s)
        finally:
            store.close()
