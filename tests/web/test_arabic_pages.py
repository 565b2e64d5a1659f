"""Arabic pages say what the system made in Arabic, and the desk reads Arabic-Indic digits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from corridor.clock import SystemClock
from corridor.domain.messages import message
from corridor.errors import CorridorError
from corridor.services import accounts
from corridor.services.common import Recorder
from corridor.services.demo import load_demo
from corridor.services.dispatch import depart_trip
from corridor.storage import open_store
from tests.i18n.test_generated_text import english_left, system_text
from tests.web.harness import OP, PASSWORD, Web, running

# What may stay Latin on an Arabic page besides ids: the other language's name in the switcher,
# the signed-in user's name, and the forecast's quantile names.
CHROME = {"English", "cora"}


def test_the_desk_reads_arabic_indic_and_persian_digits(web: Web) -> None:
    """Should record a headcount typed ٣٤ as 34 and a token typed QR-٠٠٤٢ as QR-0042."""
    client, csrf = web.login("registrar")
    with closing(client):
        r = client.post(
            "/reception",
            data={"csrf": csrf, "site_id": "site-a", "stage": "waiting", "total": "٣٤"},
        )
        assert r.status_code == 303, r.text[:500]
        r = client.post(
            "/register",
            data={"csrf": csrf, "person_id": "QR-٠٠۴۲", "site_id": "site-a", "age": "child"},
        )
        assert r.status_code == 303, r.text[:500]
    counts = [f for _, f in web.store.read(0, limit=100_000) if f.type == "headcount.recorded"]
    assert counts[-1].payload["total"] == 34
    assert web.store.query("persons", op=OP, person_id="QR-0042")


def test_the_desk_form_lets_a_browser_type_arabic_digits(web: Web) -> None:
    """Should offer count fields as numeric text (a number input drops ٠-٩ as it is typed)."""
    client, _ = web.login("registrar")
    with closing(client):
        page = client.get("/reception?lang=ar").text
    assert 'name="total" type="text" inputmode="numeric"' in page
    assert 'type="number"' not in page


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """The Aleppo demo with a refused write and a read of person rows in its audit log."""
    path: Path = tmp_path_factory.mktemp("arabic") / "demo.db"
    clock = SystemClock()
    store = open_store(f"sqlite:///{path}", clock=clock)
    load_demo(store=store, until="2016-12-16T10:00:00Z")  # suspended: departures are refused
    with pytest.raises(CorridorError):
        depart_trip(
            Recorder(store=store, clock=clock, actor="cora", op="aleppo-2016"), trip_id="bus-01-t05"
        )
    read = message("read_person_rows", n=12, site=["ansari"], path="/register")
    accounts.log_read(store=store, clock=clock, actor="cora", what=read)
    accounts.add_user(
        store=store, clock=clock, username="cora", role="coordinator", sites=[], password=PASSWORD
    )
    with running(store, op="aleppo-2016") as base:
        yield Web(base=base, store=store)
    store.close()


def _id_parts(demo: Web) -> set[str]:
    """The pieces of vehicle ids ("bus", "01"), shown as written in a select's options."""
    ids = [v["vehicle_id"] for v in demo.store.query("vehicles", op="aleppo-2016")]
    return {part for i in ids for part in re.split(r"[^A-Za-z0-9]+", i)}


@pytest.mark.parametrize(
    "path",
    ["/dashboard", "/discrepancies", "/audit", "/estimates", "/status", "/trips", "/incidents"],
)
def test_the_arabic_pages_leave_no_system_made_english(demo: Web, path: str) -> None:
    """Should show discrepancies, refusals, audit entries, qualifiers and counts in Arabic."""
    client, _ = demo.login("coordinator")
    with closing(client):
        page = client.get(f"{path}?lang=ar").text
    left = [w for w in english_left(system_text(page)) if w not in CHROME | _id_parts(demo)]
    assert left == [], path
    if path == "/audit":
        assert "رُفض مغادرة" in page and "تُرفض المغادرات حتى تصبح جارية" in page
        assert "١٢ صفوف أشخاص في حي الأنصاري" in page
    if path == "/discrepancies":
        assert "على متنها ٧٨ وسعة المركبة ٧٥" in page
    if path == "/estimates":
        assert "حوالي ٣٬٠٠٠" in page and "ربما ٥٠٬٠٠٠" in page
    if path == "/dashboard":
        assert "إخلاء شرق حلب" in page and "إخلاء الفوعة وكفريا" in page


def test_a_refused_public_text_mark_is_said_in_arabic(web: Web) -> None:
    """Should refuse making an unknown fact's text public in Arabic on an Arabic page, and
    write nothing."""
    client, csrf = web.login("coordinator")
    with closing(client):
        before = web.store.position()
        r = client.post(
            "/public-text?lang=ar",
            data={
                "csrf": csrf,
                "target": "no-such-fact",
                "field": "description",
                "back": "incidents",
                "public": "1",
                "wording": "كلمات مراجعة",
            },
        )
    assert r.status_code == 404, r.text[:500]
    assert "لا توجد واقعة" in r.text and "no fact" not in r.text
    assert web.store.position() == before
