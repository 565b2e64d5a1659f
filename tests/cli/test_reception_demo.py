"""The Aleppo demo's shelter figures, in `corridor summary --json`, the dashboard and the sitrep
(English and Arabic), checked against values worked out by hand from the demo's facts."""

from __future__ import annotations

import json
import re

import httpx
from click.testing import CliRunner

from corridor.cli import main
from corridor.demo.aid import AID_CONVOYS, DISTRIBUTIONS
from corridor.services.demo import load_demo
from corridor.services.sitrep import make_sitrep
from corridor.storage.sql import SqlStore
from tests.services.test_figures_add_up import served

# Arrivals counted at the camps (no departures): 3,100 + 2,600 + 4,200 + 4,500 + 4,900.
CAMPS = 19_300
# Water: 20,000 + 11,500 delivered - 15,000 - 10,000 handed out; 15,000 on the road.
# Food rations: 10,000 + 7,400 delivered - 9,000 - 6,000 handed out; 12,000 on the road.
STOCK = {"water_l": (6_500, 15_000), "food_ration": (2_400, 12_000)}
# Needs a day: water 19,300 * 15 l; food (19,300 * 2,100 + 772 pregnant * 285) / 2,100 kcal.
PER_DAY = {"water_l": 289_500.0, "food_ration": round((19_300 * 2100 + 772 * 285) / 2100, 1)}
# Days: low = stock / need, high = (stock + on the road) / need (the operation is closed).
DAYS = {"water_l": (0.02, 0.07), "food_ration": (0.12, 0.74)}


def test_the_hand_computed_inputs_match_the_demo() -> None:
    water = sum(c.get("water_l", (0,))[0] for *_, c in AID_CONVOYS if c)
    assert water == 31_500
    assert sum(q for _, item, q in DISTRIBUTIONS if item == "water_l") == 25_000
    assert round(6_500 / 289_500, 2) == 0.02 and round(21_500 / 289_500, 2) == 0.07


def test_summary_json_dashboard_and_sitrep_show_the_demo_figures(sqlite_store: SqlStore) -> None:
    load_demo(store=sqlite_store)
    result = CliRunner().invoke(main, ["--db", sqlite_store.url, "summary", "--json"])
    assert result.exit_code == 0, result.output
    shelter = json.loads(result.output)["reception"]
    sites = {r["site"]: r for r in shelter["sites"]}
    camps = sites["idlib-camps"]
    assert (camps["occupancy"], camps["places"], camps["free"], camps["over"]) == (
        CAMPS,
        18_000,
        -1_300,
        True,
    )
    assert (sites["khan-al-aasal"]["places"], sites["border-hospitals"]["places"]) == (6000, 300)
    cover = {c["item"]: c for c in shelter["cover"] if c["site"] == "idlib-camps"}
    for item, (stock, road) in STOCK.items():
        assert (cover[item]["stock"], cover[item]["on_the_road"]) == (stock, road)
        assert cover[item]["per_day"] == PER_DAY[item]
        assert (cover[item]["days_low"], cover[item]["days_high"]) == DAYS[item]
    assert [d["kind"] for d in shelter["discrepancies"]] == ["site_over_capacity"]
    assert not [
        d for d in sqlite_store.query("discrepancies", op="aleppo-2016") if "cargo" in d["kind"]
    ]

    with (
        served(sqlite_store, "aleppo-2016") as (base, token),
        httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client,
    ):
        html = client.get("/dashboard").text
        api = client.get("/api/summary").json()
    row = re.search(r'<tr data-site="idlib-camps" class="bad">(.*?)</tr>', html, re.S)
    assert row is not None
    assert '<td data-label="People" data-key="occupancy">19,300</td>' in row.group(1)
    days = re.search(
        r'data-cover="idlib-camps/water_l">.*?data-key="days" dir="ltr">([^<]+)<', html
    )
    assert days is not None and days.group(1) == "0.02–0.07"
    assert api["reception"]["sites"] == shelter["sites"]

    for lang, people, places in (("en", "19,300", "18,000"), ("ar", "١٩٬٣٠٠", "١٨٬٠٠٠")):
        page = make_sitrep(
            store=sqlite_store, op="aleppo-2016", date="2016-12-22", lang=lang, pdf=False
        ).html
        row = re.search(r'<span data-site="idlib-camps">(.*?)</span>', page, re.S)
        assert row is not None, lang
        assert people in row.group(1) and places in row.group(1), (lang, row.group(1))
        assert 'data-cover="idlib-camps/food_ration"' in page
