"""The account-security gaps of issue 15, over real HTTP against uvicorn."""

from __future__ import annotations

from contextlib import closing

from corridor.clock import SystemClock
from corridor.services import accounts
from tests.web.harness import PASSWORD, PERSONAS, Web

HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options")


def test_it_keeps_healthz_public_but_shows_details_to_accounts_only(web: Web) -> None:
    with web.client() as anonymous, web.client("observer") as observer:
        public = anonymous.get("/healthz")
        signed_in = observer.get("/healthz")
    assert public.status_code == 200 and public.json() == {"ok": True}
    assert signed_in.json()["position"] == web.store.position()


def test_it_sends_security_headers_on_static_files_and_404s(web: Web) -> None:
    with web.client() as c:
        answers = [c.get("/static/style.css"), c.get("/no-such-page"), c.get("/sync/v1/info")]
    assert [a.status_code for a in answers] == [200, 404, 401]
    for answer in answers:
        assert all(h in answer.headers for h in HEADERS), answer.headers


def test_it_follows_next_only_to_paths_on_this_site(web: Web) -> None:
    name = PERSONAS["coordinator"][0]
    targets = {
        "/trips?status=loading": "/trips?status=loading",
        "//evil.example/x": "/dashboard",
        "https://evil.example/": "/dashboard",
        "/\\evil.example": "/dashboard",
    }
    for wanted, expected in targets.items():
        with web.client() as c:
            page = c.get("/login", params={"next": wanted})
            r = c.post("/login", data={"username": name, "password": PASSWORD, "next": wanted})
        assert r.status_code == 303 and r.headers["location"] == expected, wanted
        assert f'value="{expected}"' in page.text.replace("&amp;", "&")


def test_it_refuses_a_sign_in_posted_from_another_site(web: Web) -> None:
    name = PERSONAS["coordinator"][0]
    form = {"username": name, "password": PASSWORD}
    with web.client() as c:
        foreign = c.post("/login", data=form, headers={"Origin": "https://evil.example"})
        foreign_referer = c.post("/login", data=form, headers={"Referer": "https://evil.example/"})
        own = c.post("/login", data=form, headers={"Origin": web.base})
    assert foreign.status_code == 403 and "corridor_session" not in foreign.cookies
    assert foreign_referer.status_code == 403
    assert own.status_code == 303 and "corridor_session" in own.cookies


def test_it_ends_a_browser_session_when_the_role_changes(web: Web) -> None:
    name = PERSONAS["registrar"][0]
    client, _ = web.login("registrar")
    with closing(client):
        before = client.get("/register")
        accounts.add_user(
            store=web.store,
            clock=SystemClock(),
            username=name,
            role="observer",
            sites=[],
            password=PASSWORD,
        )
        after = client.get("/register")
    assert before.status_code == 200
    assert after.status_code == 303 and after.headers["location"].startswith("/login")


def test_it_refuses_bidirectional_controls_in_free_text(web: Web) -> None:
    before = web.store.position()
    body = {"kind": "shelling", "severity": "high", "description": "ok \u202etxt.exe"}
    with web.client("coordinator") as c:
        api = c.post("/api/incidents", json=body)
        isolate = c.post("/api/incidents", json={**body, "description": "a \u2067b\u2069"})
    assert api.status_code == 400 and api.json()["field"] == "description"
    assert "bidirectional" in api.json()["error"]
    assert isolate.status_code == 400
    assert web.store.position() == before
