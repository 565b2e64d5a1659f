"""The sitrep routes over real HTTP (uvicorn on a loopback port)."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request

from corridor.storage import SqlStore
from corridor.web.sitrep_routes import sitrep_routes
from tests import factories as f
from tests.sitrep.scenario import D1, two_days


@pytest.fixture
def base_url(sqlite_store: SqlStore) -> Iterator[str]:
    sqlite_store.record(two_days())

    def coordinator(request: Request) -> bool:  # stands in for the app's role check
        return request.headers.get("x-test-role") == "coordinator"

    app = Starlette(routes=sitrep_routes(store=sqlite_store, op=f.OP, full_access=coordinator))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _get(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_it_serves_the_arabic_page_from_accept_language(base_url: str) -> None:
    status, headers, body = _get(f"{base_url}/sitrep?date={D1}", **{"Accept-Language": "ar-SY"})
    assert status == 200 and headers["content-language"] == "ar"
    assert 'dir="rtl"' in body.decode()


def test_it_gives_observers_the_suppressed_variant(base_url: str) -> None:
    _, _, public = _get(f"{base_url}/sitrep?date={D1}&lang=en")
    _, _, full = _get(f"{base_url}/sitrep?date={D1}&lang=en", **{"X-Test-Role": "coordinator"})
    assert "&lt;5" in public.decode() and "Public version" in public.decode()
    assert "&lt;5" not in full.decode()


def test_it_serves_the_pdf_and_defaults_to_the_last_active_day(base_url: str) -> None:
    status, headers, body = _get(f"{base_url}/sitrep.pdf?lang=ar")
    assert status == 200 and headers["content-type"] == "application/pdf"
    assert body.startswith(b"%PDF") and "2016-12-16" in headers["content-disposition"]


def test_it_answers_a_bad_date_with_400(base_url: str) -> None:
    status, _, body = _get(f"{base_url}/sitrep?date=yesterday")
    assert status == 400 and b"not a date" in body
