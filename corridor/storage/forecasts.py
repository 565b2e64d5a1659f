"""Stored background results: completion forecasts and protected public snapshots, one row per
operation each, replaced by each new computation."""

from __future__ import annotations

import json
from typing import Any

from corridor.storage.connected import Connected


class ForecastsMixin(Connected):
    """Save and read the latest forecast of an operation (see migration 0010_forecasts)."""

    def save_forecast(
        self, *, op: str, position: int, computed_at: str, body: dict[str, Any]
    ) -> None:
        """Replace an operation's forecast (the body is JSON: figures, assumptions or what is
        missing)."""
        text = json.dumps(body, sort_keys=True, ensure_ascii=False)
        with self._write() as db:
            db.run(
                "INSERT INTO forecasts (op, position, computed_at, body) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (op) DO UPDATE SET position = excluded.position, "
                "computed_at = excluded.computed_at, body = excluded.body",
                (op, position, computed_at, text),
            )

    def get_forecast(self, op: str) -> dict[str, Any] | None:
        """An operation's latest forecast: position, computed_at and body; or None."""
        with self._read() as db:
            rows = db.rows("SELECT position, computed_at, body FROM forecasts WHERE op = ?", (op,))
        if not rows:
            return None
        position, computed_at, body = rows[0]
        return {"position": int(position), "computed_at": computed_at, "body": json.loads(body)}

    def save_public_snapshot(
        self, *, op: str, position: int, computed_at: str, body: dict[str, Any]
    ) -> None:
        """Replace an operation's protected public snapshot (migration 0011_public_snapshots)."""
        text = json.dumps(body, sort_keys=True, ensure_ascii=False)
        with self._write() as db:
            db.run(
                "INSERT INTO public_snapshots (op, position, computed_at, body) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (op) DO UPDATE SET position = excluded.position, "
                "computed_at = excluded.computed_at, body = excluded.body",
                (op, position, computed_at, text),
            )

    def get_public_snapshot(self, op: str) -> dict[str, Any] | None:
        """An operation's latest protected snapshot: position, computed_at and body; or None."""
        with self._read() as db:
            rows = db.rows(
                "SELECT position, computed_at, body FROM public_snapshots WHERE op = ?", (op,)
            )
        if not rows:
            return None
        position, computed_at, body = rows[0]
        return {"position": int(position), "computed_at": computed_at, "body": json.loads(body)}
