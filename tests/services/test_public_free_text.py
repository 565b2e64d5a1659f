"""No free text in public outputs: names, phone numbers and tokens typed into every free-text
field of the ledger appear in no public sitrep (HTML, and text extracted from the PDF), no
observer page or API answer, and no aggregated export."""

from __future__ import annotations

import io
import json

import httpx
import pypdfium2 as pdfium
from openpyxl import load_workbook

from corridor.clock import FrozenClock
from corridor.domain.personal import new_key_text, parse_key
from corridor.services import accounts, exports
from corridor.services.disclosure import compute_snapshot
from corridor.services.register import register_person
from corridor.services.sitrep import make_sitrep
from corridor.storage import SqlStore
from tests import factories as f
from tests.sitrep.scenario import D1, D2, two_days
from tests.web.harness import running

NAME, PHONE, TOKEN = "Rania Haddad", "+963 944 123 456", "W-SECRET9"
SECRETS = (NAME, PHONE, TOKEN, "Abu Ahmad", "0944123456", "TOKEN-7731", "H-SECRET")


def _seeded(store: SqlStore) -> None:
    """The two-day scenario, with secrets in every free-text field a fact has."""
    store.record(two_days())
    at = f"{D1}T10:00:00Z"
    store.record(
        [
            f.status("suspended", f"{NAME} ({PHONE}) stopped the convoy", at=at),
            f.status("resumed", f"talks with Abu Ahmad, token {TOKEN}", at=f"{D1}T11:00:00Z"),
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
        with httpx.Client(base_url=base, headers=auth) as c:
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
