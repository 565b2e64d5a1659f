"""Schema migrations: apply the pending ones, rebuild derived state when one asks, fix the
node's device id."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

from corridor.storage import derive
from corridor.storage.connected import Connected

MIGRATIONS = Path(__file__).parent / "migrations"
REBUILD_MARK = "-- corridor: rebuild derived state"  # a migration that needs a rebuild says so


class Migrations(Connected):
    """Brings a store's schema up to date when it is opened (the adapters call ``_migrate``)."""

    dialect = "sqlite"

    def _migrate(self, device: str | None) -> None:
        """Apply pending migrations, each in one transaction with its record; fix the node id."""
        with self._write() as db:
            db.run(
                "CREATE TABLE IF NOT EXISTS _migrations "
                "(id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = {r[0] for r in db.rows("SELECT id FROM _migrations")}
        for path in sorted(MIGRATIONS.glob(f"*.{self.dialect}.sql")):
            name = path.name.split(".")[0]
            if name in done:
                continue
            text = path.read_text()
            with self._write() as db:
                for statement in _statements(text):
                    db.run(statement)
                if REBUILD_MARK in text:  # the derived tables changed shape or meaning
                    db.run(
                        "INSERT INTO meta (key, value) VALUES ('rebuild', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (name,),
                    )
                db.run(
                    "INSERT INTO _migrations (id, applied_at) VALUES (?, ?)", (name, self._now())
                )
        with self._write() as db:
            # After every migration, so the fold runs on the tables it expects; the flag goes
            # with the rebuild's transaction, so an interrupted one is redone on the next open.
            if db.rows("SELECT value FROM meta WHERE key = 'rebuild'"):
                derive.rebuild(db)
                db.run("DELETE FROM meta WHERE key = 'rebuild'")
        with self._write() as db:
            found = db.rows("SELECT value FROM meta WHERE key = 'device'")
            if found:
                self.device = found[0][0]
            else:
                self.device = device or "node-" + _random_suffix()
                db.run("INSERT INTO meta (key, value) VALUES ('device', ?)", (self.device,))


def _statements(sql: str) -> Iterator[str]:
    text = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
    for part in text.split(";"):
        if part.strip():
            yield part.strip()


def _random_suffix() -> str:
    return secrets.token_hex(4)
