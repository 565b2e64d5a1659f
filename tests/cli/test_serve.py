"""`corridor serve` answers real HTTP with the summary page and JSON."""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Iterator

import pytest

from corridor.services.demo import load_demo
from corridor.storage import SqlStore
from corridor.web.minimal import serve


@pytest.fixture
def server(sqlite_store: SqlStore) -> Iterator[str]:
    load_demo(store=sqlite_store)
    httpd = serve(sqlite_store, "aleppo-2016", "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_it_serves_the_status_page_and_json(server: str) -> None:
    with urllib.request.urlopen(server + "/api/summary", timeout=10) as response:
        data = json.load(response)
    assert data["status"] == "closed" and data["left"] > 0
    with urllib.request.urlopen(server + "/", timeout=10) as response:
        page = response.read().decode()
    assert "Eastern Aleppo evacuation" in page and f"{data['left']:,}" in page
    assert "ALP-" not in page  # no person tokens on the public page
