"""Reading the ledger and the derived tables."""

from __future__ import annotations

from typing import Any

from corridor.domain.events import Fact
from corridor.domain.rows import Person, Trip
from corridor.domain.units import Unit
from corridor.errors import ValidationError
from corridor.storage.base.tables import DERIVED_TABLES
from corridor.storage.connected import Connected
from corridor.storage.db import FACT_SELECT, fact_from_row, last_pos


class Reads(Connected):
    """Facts by cursor or id, and rows of the derived tables."""

    def read(self, since: int = 0, limit: int = 1000) -> list[tuple[int, Fact]]:
        """Facts after cursor ``since`` in append order, with their cursors."""
        with self._read() as db:
            rows = db.rows(FACT_SELECT + " WHERE pos > ? ORDER BY pos LIMIT ?", (since, limit))
        return [fact_from_row(r) for r in rows]

    def has_facts_after(self, moment: str) -> bool:
        """Whether any fact happened after a moment (a ledger time)."""
        with self._read() as db:
            return bool(db.rows("SELECT 1 FROM ledger WHERE occurred_at > ? LIMIT 1", (moment,)))

    def position(self) -> int:
        """The cursor of the last fact appended."""
        with self._read() as db:
            return last_pos(db)

    def fact_ids_of_unit(self, unit: Unit) -> list[str]:
        """Ids of the facts folded into one unit of derived state, in append order."""
        with self._read() as db:
            rows = db.rows("SELECT id FROM ledger WHERE unit = ? ORDER BY pos", (unit.encode(),))
        return [r[0] for r in rows]

    def get(self, fact_id: str) -> Fact | None:
        """One fact by id."""
        with self._read() as db:
            rows = db.rows(FACT_SELECT + " WHERE id = ?", (fact_id,))
        return fact_from_row(rows[0])[1] if rows else None

    def query(self, table: str, *, op: str | None = None, **where: Any) -> list[dict[str, Any]]:
        """Rows of a derived table filtered by equality on its columns."""
        cols = DERIVED_TABLES.get(table, ())
        return [dict(zip(cols, r, strict=True)) for r in self._rows(table, op, where)]

    def persons(
        self,
        op: str,
        *,
        person_id: str | None = None,
        trip_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Person]:
        """People of an operation, by token; a filter left None is not applied."""
        where = {"person_id": person_id, "trip_id": trip_id, "household_id": household_id}
        return [Person._make(r) for r in self._rows("persons", op, _given(where))]

    def trips(
        self,
        op: str,
        *,
        trip_id: str | None = None,
        vehicle_id: str | None = None,
        origin: str | None = None,
        status: str | None = None,
        arrival_site: str | None = None,
    ) -> list[Trip]:
        """Trips of an operation, by id; a filter left None is not applied."""
        where = {
            "trip_id": trip_id,
            "vehicle_id": vehicle_id,
            "origin": origin,
            "status": status,
            "arrival_site": arrival_site,
        }
        return [Trip._make(r) for r in self._rows("trips", op, _given(where))]

    def _rows(self, table: str, op: str | None, where: dict[str, Any]) -> list[tuple[Any, ...]]:
        cols, sql, values = _select(table, op, where)
        with self._read() as db:
            return db.rows(sql + f" ORDER BY {', '.join(cols[:2])}", values)

    def latest(
        self, table: str, *, order_by: str, limit: int, op: str | None = None, **where: Any
    ) -> list[dict[str, Any]]:
        """The newest ``limit`` rows of a derived table by one column, filtered by equality."""
        if order_by not in DERIVED_TABLES.get(table, ()):
            raise ValidationError(f"cannot order '{table}' by '{order_by}'", field="order_by")
        cols, sql, values = _select(table, op, where)
        sql += f" ORDER BY {order_by} DESC, {cols[1]} DESC LIMIT ?"
        with self._read() as db:
            rows = db.rows(sql, [*values, int(limit)])
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def headcounts(self, op: str) -> dict[tuple[str, str, str, str], int]:
        """Current headcounts of an operation: (stage, site, dim, value) -> people."""
        with self._read() as db:
            rows = db.rows(
                "SELECT stage, site, dim, value, n FROM tally WHERE op = ? AND n <> 0", (op,)
            )
        return {(r[0], r[1], r[2], r[3]): int(r[4]) for r in rows}


def _given(where: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in where.items() if v is not None}


def _select(
    table: str, op: str | None, where: dict[str, Any]
) -> tuple[tuple[str, ...], str, list[Any]]:
    """Columns, ``SELECT ... WHERE`` text and values for equality filters on a derived table.

    :raises ValidationError: an unknown table or column (names come from a fixed list, never
        from input, so the SQL is built only from them).
    """
    cols = DERIVED_TABLES.get(table)
    if cols is None:
        raise ValidationError(f"no derived table '{table}'", field="table")
    filters = dict(where, **({"op": op} if op is not None else {}))
    for name in filters:
        if name not in cols:
            raise ValidationError(f"'{table}' has no column '{name}'", field=name)
    clause = " AND ".join(f"{c} = ?" for c in filters)
    sql = f"SELECT {', '.join(cols)} FROM {table}" + (f" WHERE {clause}" if clause else "")
    return cols, sql, list(filters.values())
