"""System-made text has no English left in Arabic: every message, qualifier, audit action and
refusal, and the Arabic report of every day of the demo.

What may stay Latin: ids, tokens and proper nouns, which the renderer isolates (U+2068..U+2069)
or the report prints as free text in ``<bdi>`` (typed by a person, in their language), command
names in backticks, and the quantile names P10/P50/P90.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

import pytest

from corridor.domain import lifecycle
from corridor.domain.forecast import Forecast
from corridor.domain.messages import (
    ACTIONS,
    AUDIT_WORDS,
    CORRECTIONS,
    FACT_NAMES,
    LEGACY,
    QUALIFIERS,
    TEMPLATES,
    english,
    message,
)
from corridor.domain.vocabulary import STATUSES
from corridor.errors import CorridorError
from corridor.i18n.wording import Wording
from corridor.services.demo import load_demo
from corridor.services.sitrep import make_sitrep
from corridor.sitrep.headline import CAVEAT_DIMS, ORDER
from corridor.sitrep.render import render_html
from corridor.storage.base import Store
from tests import factories as f
from tests.conftest import make_store

NAMES = {"ansari": "حي الأنصاري", "khan-al-aasal": "خان العسل"}
AT = "2016-12-15T14:05:00Z"
# A sample value for every parameter a message may have (a new key must get one here).
SAMPLES: dict[str, Any] = {
    "trip": "bus-01-t05",
    "on": "amb-03-t09",
    "person": "QR-0042",
    "vehicle": "bus-03",
    "op": "aleppo-2016",
    "site": "ansari",
    "origin": "ramouseh",
    "shelters": ["khan-al-aasal", "ansari"],
    "status": "active",
    "new": "suspended",
    "allowed": ["suspended", "closed"],
    "role": "observer",
    "action": "board",
    "at": AT,
    "since": AT,
    "state": message("trip_arrived", site="khan-al-aasal", at=AT),
    "source": message("plan_left_estimate", value=8000, source="SOHR", at=AT, since_n=1250),
    "facts": ["F-1", "F-2"],
    "path": "/register",
    "route": "trips.dispatch",
    "pause_hours": [message("hours", n=12), message("hours", n=30)],
    "share": 0.125,
    "travel_cv": 0.23,
    "handling_cv": 0.41,
    "rate": 0.25,
    "days": 7.5,
    "hours": 31.5,
    "text": "a note someone typed",
    "fact": "F-7",
    "fact_type": "vehicle.registered",
    "field": "reason",
    "fields": ["description", "reason"],
    "places": [message("plan_site_places", site="khan-al-aasal", n=5200)],
    "fits": 5200,
    "left": 12000,
    "more": 6800,
    "item": "water_l",
    "items": [
        message(
            "cargo_item",
            item="water_l",
            sent=2000,
            delivered=1500,
            lost=500,
            diverted=0,
            total=2000,
        )
    ],
    "sent": 2000,
    "delivered": 1500,
    "lost": 500,
    "total": 2000,
}
ISOLATED = re.compile("\u2068[^\u2069]*\u2069")
QUOTED = re.compile(r"`[^`]*`")
ALLOWED = {"P10", "P50", "P90"}


def english_left(text: str) -> list[str]:
    """Latin words, Latin digits and Latin commas left once ids and commands are taken out."""
    bare = QUOTED.sub(" ", ISOLATED.sub(" ", text))
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", bare) if w not in ALLOWED]
    digits = re.findall(r"(?<![A-Za-z0-9])[0-9]+", bare)
    commas = ["," for _ in re.findall(r",", bare)]
    return words + digits + commas


def test_the_checker_finds_english_digits_and_commas() -> None:
    """Should flag what the other tests look for, and leave ids and commands alone."""
    assert english_left("الرحلة trip ١٢") == ["trip"]
    assert english_left("عدد 12, و") == ["12", ","]
    assert english_left("الرحلة \u2068bus-01\u2069 `corridor serve` P50") == []


def sample(code: str) -> dict[str, Any]:
    """A message of this code with a sample value for every parameter its sentence names."""
    names = re.findall(r"%\((\w+)\)s", TEMPLATES[code])
    missing = [n for n in names if n not in SAMPLES and not _numeric(n)]
    assert missing == [], f"give {code}'s parameters a sample: {missing}"
    return message(code, **{n: SAMPLES.get(n, 1234) for n in names})


def _numeric(name: str) -> bool:
    counts = {"n", "boarded", "arrived", "diverted", "died", "missing", "accounted", "counted"}
    return name in counts | {"named", "capacity", "trips", "turnarounds", "gap_hours"} | {
        "min_trips", "value", "since_n", "cycles", "pauses", "runs"
    }  # fmt: skip


@pytest.mark.parametrize("code", sorted(set(TEMPLATES) - {LEGACY}))
def test_every_message_reads_in_arabic_without_english(code: str) -> None:
    """Should render every discrepancy, assumption, refusal and audit message in Arabic."""
    msg = sample(code)
    arabic = Wording("ar", NAMES).render(msg)
    assert english_left(arabic) == [], arabic
    assert "حي الأنصاري" in arabic or "site" not in msg  # sites by their Arabic name
    assert english(msg) == Wording("en").render(msg)  # English: the same sentence twice


@pytest.mark.parametrize("qualifier", sorted(QUALIFIERS))
def test_every_qualifier_reads_in_arabic(qualifier: str) -> None:
    """Should say about/around/some/perhaps... in Arabic, with the number in Arabic digits."""
    text = Wording("ar").figure(35000, qualifier, 30000, 40000)
    assert english_left(text) == [], text
    assert "٣٥٬٠٠٠" in text and "(٣٠٬٠٠٠–٤٠٬٠٠٠)" in text


def test_an_unknown_qualifier_is_kept_as_typed_and_isolated() -> None:
    assert Wording("ar").figure(12, "circa") == "\u2068circa\u2069 ١٢"
    assert Wording("en").figure(12, "About") == "about 12"


@pytest.mark.parametrize(
    "action",
    [
        *sorted(AUDIT_WORDS),
        *(f"refused {t} P-1" for t in sorted(FACT_NAMES)),
        *(f"corrected trip.arrived F-9 ({c})" for c in sorted(CORRECTIONS)),
        "refused trips.dispatch",
    ],
)
def test_every_audit_action_reads_in_arabic(action: str) -> None:
    text = Wording("ar").action(action)
    assert english_left(text) == [], text


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_refusal_of_a_closed_operation_reads_in_arabic(action: str) -> None:
    """Should refuse with a message the desk reads in Arabic (and English in str())."""
    refusing = [s for s in STATUSES if action not in lifecycle.ALLOWED.get(s, frozenset())]
    assert "closed" in refusing
    for status in refusing:
        with pytest.raises(CorridorError) as caught:
            lifecycle.check_open(status, action)
        said = caught.value.said
        assert said is not None and str(caught.value) == english(said)
        assert english_left(Wording("ar").render(said)) == []


def test_a_trip_refusal_names_the_known_state_in_arabic() -> None:
    trip = f.trip_row("T1", status="en_route", origin="ansari", departed_at=AT)
    with pytest.raises(CorridorError) as caught:
        lifecycle.check_depart(trip)
    assert "T1 has already left (on the road since it left ansari at 2016-12-15 14:05)" in str(
        caught.value
    )
    assert caught.value.said is not None
    arabic = Wording("ar", NAMES).render(caught.value.said)
    assert "حي الأنصاري" in arabic and "٢٠١٦-١٢-١٥ ١٤:٠٥" in arabic
    assert english_left(arabic) == []


class _SystemText(HTMLParser):
    """The text of a page outside ``<bdi>`` (free text a person typed), ``<style>`` and
    ``<title>``."""

    SKIP = ("bdi", "style", "title", "code")

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.depth += tag in self.SKIP

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag in self.SKIP

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


def system_text(html: str) -> str:
    """What the system wrote on a page (not what a person typed)."""
    parser = _SystemText()
    parser.feed(html)
    return " ".join(parser.parts)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    stores = make_store("sqlite", tmp_path_factory.mktemp("demo"))
    store = next(stores)
    load_demo(store=store)
    yield store
    store.close()


def test_the_demo_discrepancies_read_in_arabic(demo: Store) -> None:
    """Should render every discrepancy the demo has in Arabic, sites by their Arabic names."""
    names = {s["site_id"]: s["name_ar"] for s in demo.query("sites", op="aleppo-2016")}
    rows = demo.query("discrepancies", op="aleppo-2016")
    assert {d["kind"] for d in rows} >= {"unreconciled", "over_capacity"}
    for d in rows:
        assert english_left(Wording("ar", names).detail(d["detail"])) == [], d


@pytest.mark.parametrize("public", [False, True])
def test_the_arabic_report_of_every_demo_day_has_no_english(demo: Store, public: bool) -> None:
    """Should leave no system-made English, Latin digit or Latin comma in any day's report."""
    assumptions = (message("plan_runs", runs=200, hours=30.5), sample("plan_spread"))
    forecast = Forecast(20.0, 31.0, 48.0, assumptions, as_of="2016-12-16T09:00:00Z")
    for day in range(13, 24):
        date = f"2016-12-{day}"
        html = make_sitrep(
            store=demo,
            op="aleppo-2016",
            date=date,
            lang="ar",
            public=public,
            forecast=forecast,
            pdf=False,
            generated_at="2016-12-24T08:00:00Z",
        ).html
        assert english_left(system_text(html)) == [], date
        assert "كانون الأول" in html and "ديسمبر" not in html  # the operation's month names
        assert "إخلاء شرق حلب" in html  # its Arabic name


def test_every_headline_caveat_and_flag_reads_in_arabic(demo: Store) -> None:
    """Should say each caveat and flag of the report's headline (sitrep/headline.py) in Arabic,
    with Arabic digits, local times and no English: every unknown share, sources that disagree,
    and every pair of figures out of order."""
    date = "2016-12-22"
    made = make_sitrep(store=demo, op="aleppo-2016", date=date, lang="ar", pdf=False)
    caveats = [{"kind": "unknown", "dim": d, "percent": 12 + i} for i, d in enumerate(CAVEAT_DIMS)]
    caveats.append({"kind": "disagree", "low": 7000, "high": 15000, "sources": 3})
    flags = [{"kind": f"{a}_over_{b}", "a": 3100 + i, "b": 2900} for i, (a, b) in enumerate(ORDER)]
    headline = replace(made.sitrep.headline, caveats=caveats, flags=flags)
    names = {
        s["site_id"]: {"en": s["name"], "ar": s["name_ar"] or ""}
        for s in demo.query("sites", op="aleppo-2016")
    }
    html = render_html(
        replace(made.sitrep, headline=headline),
        lang="ar",
        site_names=names,
        generated_at="2016-12-23T08:00:00Z",
        months="levantine",
    )
    start = html.rindex("<div", 0, html.index('id="caveats"'))
    care = html[start : html.index("</section>", start)]
    assert care.count('class="flag"') == len(ORDER)  # a new kind of flag must get its sentence
    assert "تختلف المصادر" in care and "٧٬٠٠٠" in care and "١٥٬٠٠٠" in care
    assert all(f"{n}٪" in care for n in ("١٢", "١٣", "١٤", "١٥"))
    assert english_left(system_text(care)) == []
    assert english_left(system_text(html)) == []
    # the demo is in Damascus time: the footer's time is local (08:00 UTC is 10:00) and the zone
    # is named, in Arabic digits
    assert "٢٠١٦-١٢-٢٣ ١٠:٠٠" in html and "Asia/Damascus" in html
