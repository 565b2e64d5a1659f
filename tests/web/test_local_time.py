"""Pages show ledger times in the operation's zone and name it; coordinators change the zone."""

from __future__ import annotations

from contextlib import closing

from corridor.domain.localtime import local_text
from corridor.i18n.wording import digits
from tests.web.harness import OP, Web


def test_a_coordinator_sets_the_zone_and_pages_show_local_times(web: Web) -> None:
    """Should refuse an unknown zone with nothing written, then record the change and show the
    status time on the dashboard and the status page in Damascus time, naming the zone."""
    status_at = str(web.store.query("operations", op=OP)[0]["status_at"])
    client, csrf = web.login("coordinator")
    with closing(client):
        before = web.store.position()
        bad = client.post("/status/time-zone", data={"csrf": csrf, "time_zone": "Mars/Olympus"})
        assert bad.status_code == 400 and "time zone" in bad.text
        assert web.store.position() == before
        assert 'Times are local: <bdi dir="ltr">UTC</bdi>.' in client.get("/dashboard").text
        r = client.post("/status/time-zone", data={"csrf": csrf, "time_zone": "Asia/Damascus"})
        assert r.status_code == 303
        shown = local_text(status_at, "Asia/Damascus")
        assert shown != local_text(status_at, "UTC")
        for path in ("/dashboard", "/status"):
            page = client.get(path).text
            assert f'datetime="{status_at}">{shown}</time>' in page
            assert 'Times are local: <bdi dir="ltr">Asia/Damascus</bdi>.' in page
        # an Arabic page: the same local time in Arabic-Indic digits, the zone still named
        arabic = client.get("/status?lang=ar").text
        assert f'datetime="{status_at}">{digits(shown, "ar")}</time>' in arabic
        assert shown not in arabic and '<bdi dir="ltr">Asia/Damascus</bdi>' in arabic
    with web.client("observer") as c:
        assert c.get("/api/status").json()["time_zone"] == "Asia/Damascus"
