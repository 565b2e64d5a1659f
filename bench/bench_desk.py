"""Desk benchmark (`make bench`): register and board households of 5 by scans on a phone.

Starts the real server (`corridor serve`, a separate process) over a fresh SQLite ledger with an
active operation, a pickup site, a bus trip loading there and a registrar, then drives Debian's
chromium with Playwright at a 390 x 844 phone viewport, as a registrar with a keyboard-wedge
scanner works: each member's wristband is scanned (the scanner types the token and presses
Enter), the trip is chosen (sticky: only for the first household), and one tap on "Register
household" records the household and its boarding in one transaction. Each household is timed
from the empty desk to the confirmation on screen ("5 people of household ... boarded T1").

Taps are counted as what a finger does: clicks and choices in a list; scans are not taps.
Goal (issue 17): under 30 s and under 15 taps per household of 5 on a local server.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corridor.clock import SystemClock  # noqa: E402
from corridor.domain.tokens import make_token  # noqa: E402
from corridor.services import accounts  # noqa: E402
from corridor.services.common import Recorder  # noqa: E402
from corridor.services.dispatch import NewTrip, dispatch_trip  # noqa: E402
from corridor.services.operation import (  # noqa: E402
    NewOperation,
    NewSite,
    NewVehicle,
    change_status,
    define_operation,
    define_site,
    register_vehicle,
)
from corridor.storage import open_store  # noqa: E402

OP = "desk-bench"
PASSWORD = "bench desk password"
CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
MEMBERS = 5


def seed(path: Path) -> None:
    """An operation with one pickup site, a 1,000-seat bus trip loading there and a registrar."""
    clock = SystemClock()
    store = open_store(f"sqlite:///{path}", clock=clock, device="bench-desk")
    kw: dict[str, Any] = {"store": store, "clock": clock, "actor": "bench", "op": OP}
    define_operation(Recorder(**kw), NewOperation(name="Desk benchmark"))
    change_status(Recorder(**kw), status="active", reason="bench")
    define_site(Recorder(**kw), NewSite(site_id="pickup", name="Pickup", kind="pickup"))
    define_site(Recorder(**kw), NewSite(site_id="camp", name="Camp", kind="camp"))
    register_vehicle(Recorder(**kw), NewVehicle(vehicle_id="bus-1", kind="bus", capacity=1000))
    dispatch_trip(
        Recorder(**kw),
        NewTrip(trip_id="T1", vehicle_id="bus-1", origin="pickup", destination="camp"),
    )
    accounts.add_user(
        store=store,
        clock=clock,
        username="reg",
        role="registrar",
        sites=["pickup"],
        password=PASSWORD,
    )
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def one_household(page: Any, n: int) -> tuple[float, int]:
    """Register and board household ``n``; return (seconds, taps)."""
    tokens = [make_token("H", n * 10 + i) for i in range(MEMBERS)]
    taps = 0
    start = time.perf_counter()
    if page.input_value("#household-form select[name=trip_id]") != "T1":
        page.select_option("#household-form select[name=trip_id]", "T1")
        taps += 1
    for row, token in enumerate(tokens):
        field = page.locator(f"input[name=person_id_{row}]")
        field.type(token)  # the scanner types the code...
        field.press("Enter")  # ...and presses Enter: the next member's field takes the focus
    page.click("#household-submit")
    taps += 1
    page.wait_for_selector(f"#desk-done:has-text('household {tokens[0]}')")
    seconds = time.perf_counter() - start
    return seconds, taps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=20)
    args = parser.parse_args()
    if not os.path.exists(CHROMIUM):
        print("Desk benchmark skipped: no /usr/bin/chromium (run scripts/install-browser)")
        return
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "desk.db"
        seed(path)
        port = free_port()
        env = {**os.environ, "CORRIDOR_OP": OP}
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "corridor",
                "--db",
                str(path),
                "serve",
                "--port",
                str(port),
                "--no-forecast",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    httpx.get(base + "/healthz", timeout=2)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=CHROMIUM, args=["--headless", "--no-sandbox"], headless=True
                )
                page = browser.new_context(viewport=PHONE).new_page()
                page.goto(base + "/login")
                page.fill("input[name=username]", "reg")
                page.fill("input[name=password]", PASSWORD)
                page.press("input[name=password]", "Enter")
                page.wait_for_url("**/dashboard")
                page.goto(base + "/register")
                times, taps = [], []
                for n in range(1, args.households + 1):
                    seconds, tapped = one_household(page, n)
                    times.append(seconds)
                    taps.append(tapped)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    ordered = sorted(times)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(
        f"Desk, household of {MEMBERS} by scans on a 390 px phone, {len(times)} households "
        "(registered and boarded in one submit):"
    )
    print(
        f"desk       n={len(times):5d}  p50={statistics.median(times):7.2f} s   "
        f"p95={p95:7.2f} s   max={ordered[-1]:7.2f} s   (goal < 30 s)"
    )
    print(
        f"taps       p50={statistics.median(taps):5.0f}  max={max(taps):3d}  "
        f"first household={taps[0]}   (goal < 15)"
    )


if __name__ == "__main__":
    main()
