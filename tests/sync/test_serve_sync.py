"""`corridor serve --sync-peer` syncs in the background; status pages show what is pending."""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx
import pytest

from corridor.clock import SystemClock
from corridor.demo.desk import desk_drafts
from corridor.services import accounts
from corridor.storage import open_store
from corridor.storage.base import Store
from tests.sync.conftest import Server, free_port, run

pytestmark = pytest.mark.postgres


def wait_until(check: object, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def coordinator_token(store: Store) -> dict[str, str]:
    """An API token of a coordinator account, as headers: status pages need a signed-in user."""
    clock = SystemClock()
    accounts.add_user(
        store=store, clock=clock, username="cora", role="coordinator", sites=[], password="x" * 12
    )
    token = accounts.add_token(store=store, clock=clock, username="cora", label="tests")
    return {"Authorization": f"Bearer {token}"}


def test_a_serving_node_syncs_both_ways_in_the_background(server: Server, tmp_path: Path) -> None:
    node_db = tmp_path / "node.db"
    run("--db", str(node_db), "init", "--device", "desk1")
    setup = open_store(f"sqlite:///{node_db}")
    at_node = coordinator_token(setup)
    setup.close()
    node = Server(
        str(node_db),
        free_port(),
        extra=[
            "--sync-peer",
            server.url,
            "--sync-interval",
            "0.2",
            "--token-file",
            str(tmp_path / "desk1.token"),
        ],
    )
    node.start()
    printed = ""
    try:
        desk = open_store(f"sqlite:///{node_db}")
        desk.record(desk_drafts("desk1", 0, 300))
        hq = open_store(server.db)
        at_server = coordinator_token(hq)
        hq.record(desk_drafts("hq", 0, 200))
        # 1 operation + the desk's key registration (made by init) + 300 from the desk + 200
        # recorded at the server, on both sides.
        assert wait_until(lambda: hq.position() == 502), node.log.read_text()
        assert wait_until(lambda: desk.position() == 502)
        assert httpx.get(node.url + "/api/sync").status_code == 401
        status = httpx.get(node.url + "/api/sync", headers=at_node).json()
        assert wait_until(
            lambda: (
                httpx.get(node.url + "/api/sync", headers=at_node).json()["peers"][0]["to_push"]
                == 0
            )
        )
        assert status["peers"][0]["peer"] == server.url
        page = httpx.get(server.url + "/sync/status", headers=at_server).text
        assert "desk1" in page and "Nodes that sync with this one" in page
        summary = httpx.get(node.url + "/api/summary", headers=at_node).json()
        assert summary["name"] == "Sync drill", summary
        assert desk.snapshot() == hq.snapshot()
        desk.close()
        hq.close()
    finally:
        printed = node.kill()
    # The rounds it printed sent the desk's 300 and its key registration once each, in one
    # round or several (a round may start before the desk has recorded all of them).
    sent = [int(n) for n in re.findall(r"^sync: sent (\d+),", printed, re.M)]
    assert sum(sent) == 301, printed


def test_a_wrong_token_is_refused_and_shown_on_the_status_page(
    server: Server, tmp_path: Path
) -> None:
    node_db = tmp_path / "node.db"
    (tmp_path / "bad.token").write_text("crd_not-a-token")
    run("--db", str(node_db), "init", "--device", "desk1")
    done = run(
        "--db",
        str(node_db),
        "sync",
        "--peer",
        server.url,
        "--token-file",
        str(tmp_path / "bad.token"),
        check=False,
    )
    assert done.returncode == 1 and "valid node token" in done.stderr
    status = run("--db", str(node_db), "sync", "--status").stdout
    assert "valid node token" in status


def test_token_ranges_asked_at_once_over_http_never_overlap(server: Server, tmp_path: Path) -> None:
    import threading

    from corridor.web.sync_client import HttpPeer

    token = (tmp_path / "desk1.token").read_text()
    got: list[dict[str, int]] = []

    def ask(device: str) -> None:
        peer = HttpPeer(server.url, token)
        for _ in range(5):
            got.append(peer.reserve_tokens("W", 250, device))
        peer.close()

    threads = [threading.Thread(target=ask, args=(f"desk{i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    numbers = [n for r in got for n in range(r["first_number"], r["last_number"] + 1)]
    assert len(numbers) == len(set(numbers)) == 8 * 5 * 250
