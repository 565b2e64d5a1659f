"""A minimal, read-only status page and JSON summary over HTTP (stdlib server).

Serves ``/`` (HTML, refreshes every 30 s, no scripts) and ``/api/summary`` (JSON). Totals only:
no tokens or per-person rows are served, so it is safe to show on a screen.
"""

from __future__ import annotations

import html
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from corridor.errors import CorridorError
from corridor.services.reconcile import Summary, summarize
from corridor.storage.base import Store


def render(summary: Summary) -> str:
    """The status page for one operation."""
    e = html.escape
    figures = [
        ("Left", summary.left),
        ("Arrived", summary.arrived),
        ("In transit", summary.in_transit),
        ("Waiting (counted)", summary.waiting_counted),
        ("Died en route", summary.died),
        ("Missing", summary.missing),
    ]
    cells = "".join(
        f"<div class=fig><b>{n:,}</b><span>{e(label)}</span></div>" for label, n in figures
    )
    reported = "".join(
        f"<tr><td>{e(r['as_of'] or r['at'][:10])}</td><td>{e(r['metric'])}</td>"
        f"<td>{e(r['qualifier'] or '')} {r['value']:,}</td><td>{e(r['source'])}</td></tr>"
        for r in summary.estimates
    )
    return f"""<!doctype html><html lang=en><head><meta charset=utf-8>
<meta name=viewport content="width=device-width,initial-scale=1">
<meta http-equiv=refresh content=30><title>Corridor - {e(summary.name)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:1rem;max-width:60rem}}
.figs{{display:flex;flex-wrap:wrap;gap:.5rem}}.fig{{border:1px solid #999;padding:.5rem 1rem}}
.fig b{{display:block;font-size:1.6rem}}td,th{{padding:.2rem .6rem;text-align:left}}</style>
</head><body><h1>{e(summary.name)}</h1>
<p>Status: <strong>{e(summary.status)}</strong> since {e(summary.status_at or "-")}.
Trips: {e(", ".join(f"{k} {v}" for k, v in sorted(summary.trips_by_status.items())))}.
Open discrepancies: {len(summary.discrepancies)}.</p>
<div class=figs>{cells}</div>
<h2>Figures reported by others</h2><table><tr><th>As of<th>Metric<th>Figure<th>Source</tr>
{reported}</table></body></html>"""


def make_handler(store: Store, op: str) -> type[BaseHTTPRequestHandler]:
    """A request handler bound to one store and operation."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            try:
                summary = summarize(store=store, op=op)
            except CorridorError as exc:
                self._send(404, "text/plain", str(exc))
                return
            if self.path == "/":
                self._send(200, "text/html; charset=utf-8", render(summary))
            elif self.path == "/api/summary":
                body: dict[str, Any] = summary.as_dict()
                self._send(200, "application/json", json.dumps(body, default=str))
            else:
                self._send(404, "text/plain", "not found")

        def _send(self, code: int, kind: str, text: str) -> None:
            data = text.encode("utf-8")
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return  # quiet: the CLI prints where it listens

    return Handler


def serve(store: Store, op: str, host: str, port: int) -> ThreadingHTTPServer:
    """Create the server (the caller runs ``serve_forever``)."""
    return ThreadingHTTPServer((host, port), make_handler(store, op))
