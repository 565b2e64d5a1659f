"""A real server for web tests: uvicorn on a free loopback port over a seeded store."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn

from corridor.clock import SystemClock
from corridor.config import Settings
from corridor.domain.signing import Signer
from corridor.services import accounts, keys
from corridor.services.operation import (
    change_status,
    define_operation,
    define_site,
    register_vehicle,
)
from corridor.storage.base import Store
from corridor.web.app import create_app

OP = "op1"
PASSWORD = "correct horse battery"
# persona -> (account, role, sites)
PERSONAS = {
    "observer": ("olga", "observer", []),
    "registrar": ("rami", "registrar", ["site-a"]),
    "coordinator": ("cora", "coordinator", []),
    "admin": ("ada", "admin", []),
    "driver": ("dani", "registrar", ["site-a", "recv"]),
    "registrar_b": ("rhea", "registrar", ["site-b"]),
}


# Tests check behaviour, not speed: a PDF rendered on a loaded 2-core machine may take longer
# than httpx's 5 s default, which would make the timeout a hidden timing assertion.
TIMEOUT = 60.0


@dataclass
class Web:
    """A running server, its store and an API token per persona."""

    base: str
    store: Store
    tokens: dict[str, str] = field(default_factory=dict)

    def client(self, persona: str | None = None) -> httpx.Client:
        """An HTTP client signed in with a persona's API token (or anonymous)."""
        headers = {"Authorization": f"Bearer {self.tokens[persona]}"} if persona else {}
        return httpx.Client(
            base_url=self.base, headers=headers, follow_redirects=False, timeout=TIMEOUT
        )

    def login(self, persona: str) -> tuple[httpx.Client, str]:
        """A cookie session for a persona (close it with ``closing``) and its CSRF token."""
        client = httpx.Client(base_url=self.base, follow_redirects=False, timeout=TIMEOUT)
        login = {"username": PERSONAS[persona][0], "password": PASSWORD}
        r = client.post("/login", data=login)
        assert r.status_code == 303, r.text
        page = client.get("/register" if persona != "observer" else "/dashboard").text
        marker = 'name="csrf" value="'
        csrf = page.split(marker, 1)[1].split('"', 1)[0]
        return client, csrf


def seed(store: Store) -> dict[str, str]:
    """An active operation with two pickup sites, a reception site, a bus, and the personas."""
    clock = SystemClock()
    store.signer = Signer.generate()  # a signing node, as `corridor init` makes one
    keys.register_own_key(store=store, clock=clock, actor="setup")
    ctx: dict[str, Any] = {"store": store, "clock": clock, "actor": "setup", "op": OP}
    define_operation(**ctx, name="Test evacuation")
    change_status(**ctx, status="active", reason="test")
    for site_id, kind in (("site-a", "pickup"), ("site-b", "pickup"), ("recv", "gathering")):
        define_site(**ctx, site_id=site_id, name=site_id.upper(), kind=kind)
    register_vehicle(**ctx, vehicle_id="bus-1", kind="bus", capacity=60)
    tokens = {}
    for persona, (name, role, sites) in PERSONAS.items():
        accounts.add_user(
            store=store, clock=clock, username=name, role=role, sites=sites, password=PASSWORD
        )
        tokens[persona] = accounts.add_token(store=store, clock=clock, username=name, label="tests")
    return tokens


def free_port() -> int:
    """A loopback port nobody is listening on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running(store: Store, op: str = OP) -> Iterator[str]:
    """Serve the app over a store on loopback; yield its base URL."""
    app = create_app(Settings(db="unused", op=op), store, SystemClock())
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
