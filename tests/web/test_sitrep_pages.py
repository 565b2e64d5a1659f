"""The sitrep page and PDF in the web app, over real HTTP, with the app's own roles."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from corridor.clock import SystemClock
from corridor.services import accounts
from corridor.services.disclosure import compute_snapshot
from corridor.storage import SqlStore
from tests import factories as f
from tests.sitrep.scenario import D1, two_days
from tests.web.harness import PASSWORD, running


@pytest.fixture
def clients(sqlite_store: SqlStore) -> Iterator[dict[str, httpx.Client]]:
    sqlite_store.record(two_days())
    clock = SystemClock()
    tokens = {}
    for name, role in (("olga", "observer"), ("cora", "coordinator")):
        accounts.add_user(
            store=sqlite_store, clock=clock, username=name, role=role, sites=[], password=PASSWORD
        )
        tokens[role] = accounts.add_token(
            store=sqlite_store, clock=clock, username=name, label="tests"
        )
    with running(sqlite_store, op=f.OP) as base:
        made = {
            role: httpx.Client(
                base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60.0
            )
            for role, token in tokens.items()
        }
        made["anonymous"] = httpx.Client(base_url=base, timeout=60.0)
        yield made
        for client in made.values():
            client.close()


def test_it_serves_the_arabic_page_from_accept_language(clients: dict[str, httpx.Client]) -> None:
    r = clients["coordinator"].get(f"/sitrep?date={D1}", headers={"Accept-Language": "ar-SY"})
    assert r.status_code == 200 and r.headers["content-language"] == "ar"
    assert 'dir="rtl"' in r.text


def test_it_gives_observers_the_suppressed_variant(
    clients: dict[str, httpx.Client], sqlite_store: SqlStore
) -> None:
    before = clients["observer"].get(f"/sitrep?date={D1}&lang=en").text
    assert "No public figures yet" in before  # never computed in the request
    compute_snapshot(store=sqlite_store, clock=SystemClock(), op=f.OP)
    public = clients["observer"].get(f"/sitrep?date={D1}&lang=en").text
    full = clients["coordinator"].get(f"/sitrep?date={D1}&lang=en").text
    asked = clients["coordinator"].get(f"/sitrep?date={D1}&lang=en&public=1").text
    assert ">x<" in public and "Public version" in public
    assert "No public figures yet" not in public
    assert ">x<" not in full
    assert "Public version" in asked


def test_it_serves_the_pdf_and_defaults_to_the_last_active_day(
    clients: dict[str, httpx.Client],
) -> None:
    r = clients["observer"].get("/sitrep.pdf?lang=ar")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF") and "2016-12-16" in r.headers["content-disposition"]


def test_it_answers_a_bad_date_with_400_and_strangers_with_401(
    clients: dict[str, httpx.Client],
) -> None:
    r = clients["coordinator"].get("/sitrep?date=yesterday")
    assert r.status_code == 400 and "not a date" in r.text
    assert clients["anonymous"].get(f"/sitrep?date={D1}").status_code == 401


def test_its_csp_lets_through_exactly_its_own_styles(clients: dict[str, httpx.Client]) -> None:
    """Should hash the report's inline <style> into its CSP (the app's default would drop it)."""
    import base64
    import hashlib
    import re

    r = clients["coordinator"].get(f"/sitrep?date={D1}&lang=ar")
    policy = r.headers["content-security-policy"]
    style = re.search(r"<style>(.*?)</style>", r.text, re.S)
    assert style is not None
    digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy and "unsafe-inline" not in policy
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    dashboard = clients["coordinator"].get("/dashboard").headers["content-security-policy"]
    assert "style-src" not in dashboard  # other pages keep the plain policy
