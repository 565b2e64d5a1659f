"""The sync status page: the app's layout, peers and nodes, English and Arabic, over real HTTP."""

from __future__ import annotations

import re

from corridor.services import nodes
from tests.web.harness import Web


def _seed_sync(web: Web) -> None:
    """A node that synced here (reported 40 facts, 15 pushed) and a peer with a failed call."""
    nodes.add_node(store=web.store, name="desk-7")
    web.store.note_sync_node("desk-7", position=40, pushed=15)
    web.store.save_sync_peer("http://hq.example:8000", pushed=0, pulled=0, peer_position=9)
    web.store.save_sync_peer("http://hq.example:8000", error="connection refused")


def test_it_shows_peers_and_nodes_in_the_layout(any_web: Web) -> None:
    """Should draw the page inside the app's layout, with the peer and node rows."""
    _seed_sync(any_web)
    with any_web.client("coordinator") as c:
        r = c.get("/sync/status?lang=en")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert '<nav aria-label="Main">' in page and 'href="/sync/status" aria-current="page"' in page
    assert "<h1>Sync status</h1>" in page and 'http-equiv="refresh"' in page
    peer = re.search(r"<tr><td><bdi>http://hq.example:8000</bdi></td>(.*?)</tr>", page)
    assert peer, page
    # Everything here is still to push; 9 facts there not pulled; the last error is shown.
    assert f"<td>{any_web.store.position():,}</td><td>9</td>" in peer.group(1)
    assert "connection refused" in peer.group(1)
    node = re.search(r"<tr><td><bdi>desk-7</bdi></td>(.*?)</tr>", page)
    assert node and "<td>40</td><td>25</td>" in node.group(1), page


def test_it_is_in_arabic_with_lang_ar(any_web: Web) -> None:
    """Should serve the page right to left with Arabic headings and the nav link."""
    _seed_sync(any_web)
    with any_web.client("coordinator") as c:
        page = c.get("/sync/status?lang=ar").text
    assert 'dir="rtl"' in page and "<h1>حالة المزامنة</h1>" in page
    assert "العقد التي تتزامن مع هذه العقدة" in page and ">المزامنة</a>" in page
    assert "Sync status" not in page and "desk-7" in page


def test_the_nav_link_is_only_for_those_who_operate(any_web: Web) -> None:
    """Should show the Sync link to a registrar, not to an observer (who is refused the page)."""
    with any_web.client("registrar") as c:
        assert 'href="/sync/status"' in c.get("/dashboard?lang=en").text
    with any_web.client("observer") as c:
        assert 'href="/sync/status"' not in c.get("/dashboard?lang=en").text
        assert c.get("/sync/status").status_code == 403


def test_an_empty_node_says_none(any_web: Web) -> None:
    """Should say None under both headings when nothing syncs."""
    with any_web.client("coordinator") as c:
        page = c.get("/sync/status?lang=en").text
    assert page.count('<td colspan="6">None</td>') == 1
    assert page.count('<td colspan="5">None</td>') == 1
