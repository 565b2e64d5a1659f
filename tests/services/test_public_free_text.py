"""No free text in public outputs: names, phone numbers and tokens typed into every free-text
field of the ledger appear in no public sitrep (HTML, and text extracted from the PDF), no
observer page or API answer, and no aggregated export; what a coordinator made public appears
there in its reviewed wording until it is withdrawn."""

from __future__ import annotations

import io
import json

import httpx
import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from corridor.clock import FrozenClock
from corridor.domain.access import Principal
from corridor.domain.personal import new_key_text, parse_key
from corridor.errors import Forbidden, NotFound, ValidationError
from corridor.services import accounts, exports, public_text
from corridor.services.disclosure import compute_snapshot
from corridor.services.register import register_person
from corridor.services.sitrep import make_sitrep
from corridor.storage import SqlStore
from tests import factories as f
from tests.sitrep.scenario import D1, D2, two_days
from tests.web.harness import TIMEOUT, running

NAME, PHONE, TOKEN = "Rania Haddad", "+963 944 123 456", "W-SECRET9"
SECRETS = (NAME, PHONE, TOKEN, "Abu Ahmad", "0944123456", "TOKEN-7731", "H-SECRET")
RESUMED, INCIDENT, ESTIMATE, VEHICLE = "st-resumed", "inc-1", "est-1", "veh-9"
# The reviewed public wordings a coordinator gives (checked words, not the original's).
WORDS = {
    (RESUMED, "reason"): "Talks resumed at the crossing",
    (INCIDENT, "description"): "Gunfire near Ramouseh, one person wounded",
    (ESTIMATE, "source"): "A local monitoring group",
}


def _seeded(store: SqlStore) -> None:
    """The two-day scenario, with secrets in every free-text field a fact has."""
    store.record(two_days())
    at = f"{D1}T10:00:00Z"
    store.record(
        [
            f.status("suspended", f"{NAME} ({PHONE}) stopped the convoy", at=at),
            f.status(
                "resumed", f"talks with Abu Ahmad, token {TOKEN}", at=f"{D1}T11:00:00Z", id=RESUMED
            ),
            f.draft(
                "incident.reported",
                {
                    "kind": "gunfire",
                    "severity": "low",
                    "description": f"{NAME} hurt, call {PHONE}, card {TOKEN}",
                    "site_id": "ramouseh",
                    "killed": 0,
                    "wounded": 1,
                },
                at=at,
                id=INCIDENT,
            ),
            f.draft(
                "estimate.reported",
                {
                    "metric": "evacuated",
                    "value": 120,
                    "source": f"{NAME} on WhatsApp {PHONE}",
                    "qualifier": "TOKEN-7731",
                    "outlet": "Abu Ahmad's blog",
                    "url": "https://example.org/0944123456",
                    "place": f"house of {NAME}",
                    "note": f"ask {TOKEN}",
                    "as_of": D1,
                },
                at=at,
                id=ESTIMATE,
            ),
            f.draft(
                "estimate.reported",
                {"metric": "remaining", "value": 900, "source": NAME, "outlet": PHONE, "as_of": D2},
                at=f"{D2}T10:00:00Z",
            ),
            f.draft(
                "vehicle.registered",
                {"vehicle_id": "bus-9", "kind": "bus", "capacity": 50, "agency": PHONE},
                at=at,
                id=VEHICLE,
            ),
        ]
    )
    register_person(
        store=store,
        clock=FrozenClock(prefix="reg"),
        actor="desk",
        op=f.OP,
        person_id=TOKEN,
        site_id="ramouseh",
        household_id="H-SECRET",
        details={"name": NAME, "phone": PHONE},
        key=parse_key(new_key_text()),
    )


def _leaked(text: str) -> list[str]:
    return [s for s in SECRETS if s.lower() in text.lower()]


def _pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_no_secret_reaches_a_public_output(sqlite_store: SqlStore) -> None:
    _seeded(sqlite_store)
    full = make_sitrep(store=sqlite_store, op=f.OP, date=D1, pdf=False).html
    assert NAME in full  # the coordinators' report has the words: the seeding is real
    snap = compute_snapshot(store=sqlite_store, clock=FrozenClock(), op=f.OP)
    for day in (D1, D2):
        for lang in ("en", "ar"):
            report = make_sitrep(
                store=sqlite_store, op=f.OP, date=day, lang=lang, public=True, snapshot=snap
            )
            assert _leaked(report.html) == [], (day, lang)
            text = _pdf_text(report.pdf or b"")
            assert "x" in text and _leaked(text) == [], (day, lang)
    tables = io.StringIO()
    exports.write_hxl(store=sqlite_store, op=f.OP, out=tables, snapshot=snap)
    for fmt in ("csv", "json"):
        exports.write_aggregate(store=sqlite_store, op=f.OP, fmt=fmt, out=tables, snapshot=snap)
    assert _leaked(tables.getvalue()) == []
    book_file = io.BytesIO()
    exports.write_aggregate(store=sqlite_store, op=f.OP, fmt="xlsx", out=book_file, snapshot=snap)
    book = load_workbook(io.BytesIO(book_file.getvalue()), read_only=True)
    cells = " ".join(str(c) for row in book["people"].values for c in row)
    book.close()
    assert _leaked(cells) == []
    clock = FrozenClock()
    accounts.add_user(
        store=sqlite_store, clock=clock, username="olga", role="observer", sites=[],
        password="x" * 12,
    )  # fmt: skip
    token = accounts.add_token(store=sqlite_store, clock=clock, username="olga", label="t")
    with running(sqlite_store, op=f.OP) as base:
        auth = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, headers=auth, timeout=TIMEOUT) as c:
            seen = {
                path: c.get(path)
                for path in (
                    "/api/summary",
                    "/api/timeseries",
                    "/dashboard",
                    "/dashboard/live",
                    "/estimates",
                    f"/sitrep?date={D1}",
                    f"/sitrep?date={D1}&lang=ar",
                    "/transparency/v1/checkpoint",
                )
            }
            pdf = c.get(f"/sitrep.pdf?date={D1}")
    for path, r in seen.items():
        if r.status_code == 200:
            assert _leaked(r.text) == [], path
    assert seen["/api/summary"].status_code == 200 and seen["/estimates"].status_code == 200
    assert json.loads(seen["/api/summary"].text)["estimates"]  # figures kept, words dropped
    assert pdf.status_code == 200 and _leaked(_pdf_text(pdf.content)) == []


def _token(store: SqlStore, username: str, role: str, sites: list[str] | None = None) -> str:
    clock = FrozenClock()
    accounts.add_user(
        store=store, clock=clock, username=username, role=role, sites=sites or [],
        password="x" * 12,
    )  # fmt: skip
    return accounts.add_token(store=store, clock=clock, username=username, label="t")


def _observed(base: str, token: str) -> dict[str, str]:
    """What an observer reads where free text could appear."""
    with httpx.Client(
        base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT
    ) as c:
        pages = {
            p: c.get(p)
            for p in ("/api/summary", "/estimates", "/api/estimates", "/status", "/api/status")
        }
        pages["/sitrep"] = c.get(f"/sitrep?date={D1}")
        pages["/sitrep ar"] = c.get(f"/sitrep?date={D1}&lang=ar")
    assert all(r.status_code == 200 for r in pages.values()), {
        p: r.status_code for p, r in pages.items()
    }
    return {p: r.text for p, r in pages.items()}


def test_marked_text_is_published_in_its_reviewed_words_until_withdrawn(
    sqlite_store: SqlStore,
) -> None:
    _seeded(sqlite_store)
    snap = compute_snapshot(store=sqlite_store, clock=FrozenClock(), op=f.OP)
    coord = _token(sqlite_store, "cora", "coordinator")
    observer = _token(sqlite_store, "olga", "observer")
    with running(sqlite_store, op=f.OP) as base:
        with httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {coord}"}, timeout=TIMEOUT
        ) as c:
            for (target, field), words in WORDS.items():
                r = c.post(
                    "/api/public-text",
                    json={"target": target, "field": field, "public": "1", "wording": words},
                )
                assert r.status_code == 201, r.text
                assert r.json()["wording"] == words
            # Without a wording, the field's words as they stand are published (reviewed).
            r = c.post(
                "/api/public-text", json={"target": ESTIMATE, "field": "outlet", "public": "1"}
            )
            assert r.json()["wording"] == "Abu Ahmad's blog"
            r = c.post(
                "/api/public-text", json={"target": ESTIMATE, "field": "outlet", "public": "0"}
            )
            assert r.status_code == 201 and r.json()["public"] is False
        seen = _observed(base, observer)
        for path, text in seen.items():
            assert _leaked(text) == [], path
        for path in ("/sitrep", "/sitrep ar"):
            for words in WORDS.values():
                assert words in seen[path], (path, words)
        assert WORDS[(ESTIMATE, "source")] in seen["/estimates"]
        summary = json.loads(seen["/api/summary"])
        assert [e.get("source") for e in summary["estimates"] if e.get("source")] == [
            WORDS[(ESTIMATE, "source")]
        ]
        assert WORDS[(RESUMED, "reason")] in seen["/status"]
        report = make_sitrep(
            store=sqlite_store, op=f.OP, date=D1, public=True, snapshot=snap, pdf=True
        )
        text = " ".join(_pdf_text(report.pdf or b"").split())
        assert _leaked(text) == [] and WORDS[(INCIDENT, "description")] in text
        # Withdrawn (a later fact): gone from every public output again.
        with httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {coord}"}, timeout=TIMEOUT
        ) as c:
            for target, field in WORDS:
                r = c.post(
                    "/api/public-text", json={"target": target, "field": field, "public": "0"}
                )
                assert r.status_code == 201, r.text
        after = _observed(base, observer)
    for path, text in after.items():
        assert _leaked(text) == [], path
        for words in WORDS.values():
            assert words not in text, (path, words)


def test_registrars_and_observers_cannot_mark_text(sqlite_store: SqlStore) -> None:
    _seeded(sqlite_store)
    tokens = {
        "registrar": _token(sqlite_store, "reg", "registrar", ["ramouseh"]),
        "observer": _token(sqlite_store, "olga", "observer"),
    }
    before = sqlite_store.position()
    with running(sqlite_store, op=f.OP) as base:
        for role, token in tokens.items():
            with httpx.Client(
                base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT
            ) as c:
                body = {"target": INCIDENT, "field": "description", "public": "1"}
                assert c.post("/api/public-text", json=body).status_code == 403, role
    assert sqlite_store.position() == before
    assert public_text.marked(store=sqlite_store, op=f.OP) == {}
    with pytest.raises(Forbidden):  # the rule is the service's too, not only the route's
        public_text.make_public(
            store=sqlite_store, clock=FrozenClock(), actor="reg", op=f.OP, target=INCIDENT,
            field="description", wording="x", principal=Principal("reg", "registrar"),
        )  # fmt: skip


@pytest.mark.parametrize(
    ("target", "field", "error", "says"),
    [
        ("no-such-fact", "description", NotFound, "no fact 'no-such-fact'"),
        (INCIDENT, "reason", ValidationError, "'reason' is not a free-text field"),
        (ESTIMATE, "note", ValidationError, "one of"),  # internal notes are never published
        (VEHICLE, "source", ValidationError, "has no text that can be made public"),
    ],
)
def test_bad_marks_are_refused_and_change_nothing(
    store: SqlStore, target: str, field: str, error: type[Exception], says: str
) -> None:
    _seeded(store)
    before = store.position()
    for wording in ("Reviewed words", None):
        with pytest.raises(error, match=says):
            public_text.make_public(
                store=store, clock=FrozenClock(), actor="cora", op=f.OP, target=target,
                field=field, wording=wording,
            )  # fmt: skip
    with pytest.raises(error, match=says):
        public_text.make_private(
            store=store, clock=FrozenClock(), actor="cora", op=f.OP, target=target, field=field
        )
    assert store.position() == before
    assert public_text.marked(store=store, op=f.OP) == {}


def test_the_latest_mark_wins_whatever_order_facts_arrive_in(store: SqlStore) -> None:
    _seeded(store)
    at = f"{D2}T12:00:00Z"
    made = f.draft(
        "text.made_public",
        {"target": INCIDENT, "field": "description", "wording": "Gunfire"},
        at=at,
        id="m-1",
    )
    withdrawn = f.draft(
        "text.made_private", {"target": INCIDENT, "field": "description"}, at=f"{D2}T13:00:00Z"
    )
    store.record([withdrawn])  # the later withdrawal arrives first (sync)
    store.record([made])
    assert public_text.marked(store=store, op=f.OP) == {}
    store.rebuild()
    assert public_text.marked(store=store, op=f.OP) == {}
