"""Web fixtures: a seeded store served by uvicorn on loopback (SQLite; PostgreSQL too)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from corridor.clock import SystemClock
from corridor.storage import open_store
from tests.conftest import make_store
from tests.web.harness import Web, running, seed


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """One server per test module over a fresh SQLite store."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    store = open_store(f"sqlite:///{path}", clock=SystemClock(), device="web-1")
    tokens = seed(store)
    with running(store) as base:
        yield Web(base=base, store=store, tokens=tokens)
    store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_web(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[Web]:
    """A fresh server per test, over SQLite and over PostgreSQL."""
    for store in make_store(request.param, tmp_path):
        tokens = seed(store)
        with running(store) as base:
            yield Web(base=base, store=store, tokens=tokens)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def module_web(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Web]:
    """One server per test module, over SQLite and over PostgreSQL."""
    for store in make_store(request.param, tmp_path_factory.mktemp("mweb")):
        tokens = seed(store)
        with running(store) as base:
            yield Web(base=base, store=store, tokens=tokens)
