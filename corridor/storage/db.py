"""A thin wrapper over a DB-API cursor so one SQL text serves SQLite and PostgreSQL.

SQL is written with ``?`` placeholders; the PostgreSQL adapter rewrites them to ``%s``. Dialect
differences live here and in the two migration files, nowhere else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from corridor.domain.events import ENVELOPE, Fact

CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit

FACT_COLUMNS = ("pos", *ENVELOPE, "sig")
FACT_SELECT = "SELECT " + ", ".join(FACT_COLUMNS) + " FROM ledger"


class Db:
    """Runs SQL on one cursor with the adapter's placeholder style."""

    def __init__(self, cursor: Any, placeholder: str = "?") -> None:
        self.cursor = cursor
        self.placeholder = placeholder

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a query and fetch every row."""
        self.cursor.execute(self._sql(sql), tuple(params))
        return list(self.cursor.fetchall())

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement."""
        self.cursor.execute(self._sql(sql), tuple(params))

    def many(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows."""
        batch = [tuple(p) for p in params]
        if batch:
            self.cursor.executemany(self._sql(sql), batch)

    @property
    def postgres(self) -> bool:
        """Whether this runs on PostgreSQL (``%s`` placeholders)."""
        return self.placeholder == "%s"

    def insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        conflict: str = "",
    ) -> None:
        """Insert many rows, ``conflict`` being an optional ``ON CONFLICT ...`` clause.

        On PostgreSQL each statement is a round trip, so plain inserts go in one ``COPY``
        and upserts in one ``INSERT ... SELECT FROM unnest(arrays)``; SQLite runs in process,
        where ``executemany`` is already the fastest way.
        """
        batch = [tuple(r) for r in rows]
        if not batch:
            return
        names = ", ".join(columns)
        if self.postgres and not conflict:
            with self.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in batch:
                    copy.write_row(row)
            return
        casts = _array_casts(batch) if self.postgres else None
        if casts is None:
            marks = ", ".join("?" * len(columns))
            self.many(f"INSERT INTO {table} ({names}) VALUES ({marks}) {conflict}", batch)
            return
        arrays = [list(column) for column in zip(*batch, strict=True)]
        self.run(
            f"INSERT INTO {table} ({names}) SELECT * FROM unnest("
            + ", ".join(f"?::{cast}[]" for cast in casts)
            + f") {conflict}",
            arrays,
        )

    def delete_in(self, tables: Sequence[tuple[str, Sequence[Any]]], column: str) -> None:
        """Delete rows whose ``column`` is in the given values, per table.

        On PostgreSQL all tables go in one statement (data-modifying CTEs): a round trip
        costs more than deleting a few rows by index.
        """
        todo = [(t, list(v)) for t, v in tables if v]
        if not self.postgres or len(todo) < 2:
            for table, values in todo:
                self.run_in(f"DELETE FROM {table} WHERE {column} IN ({{}})", values)
            return
        parts = [
            f"d{i} AS (DELETE FROM {table} WHERE {column} = ANY(?))"
            for i, (table, _) in enumerate(todo)
        ]
        self.cursor.execute(
            self._sql("WITH " + ", ".join(parts) + " SELECT 1"),
            [values for _, values in todo],
            prepare=False,
        )

    def rows_in(
        self, sql: str, values: Sequence[Any], prefix: Sequence[Any] = ()
    ) -> list[tuple[Any, ...]]:
        """Run ``sql`` (containing ``IN ({})``) over ``values`` in chunks; concatenate rows."""
        if self.postgres:  # one array parameter: one round trip and one plan for any length
            if not values:
                return []
            # Never a prepared (generic) plan: only a plan made with the actual array can hash
            # it and see how many keys it holds.
            self.cursor.execute(
                self._sql(sql.replace("IN ({})", "= ANY(?)")),
                (*prefix, list(values)),
                prepare=False,
            )
            return list(self.cursor.fetchall())
        out: list[tuple[Any, ...]] = []
        for chunk in chunks(list(values)):
            marks = ", ".join("?" * len(chunk))
            out.extend(self.rows(sql.format(marks), [*prefix, *chunk]))
        return out

    def run_in(self, sql: str, values: Sequence[Any]) -> None:
        """Run a statement containing ``IN ({})`` over ``values`` in chunks."""
        if self.postgres:
            if values:
                self.cursor.execute(
                    self._sql(sql.replace("IN ({})", "= ANY(?)")), (list(values),), prepare=False
                )
            return
        for chunk in chunks(list(values)):
            self.run(sql.format(", ".join("?" * len(chunk))), chunk)


def _array_casts(rows: list[tuple[Any, ...]]) -> list[str] | None:
    """PostgreSQL array types for columns of only strings or only integers (else None)."""
    casts = []
    for column in zip(*rows, strict=True):
        if all(type(v) is str for v in column):
            casts.append("text")
        elif all(type(v) is int for v in column):
            casts.append("bigint")
        else:
            return None
    return casts


def chunks(values: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """Split a list into slices of at most ``size``."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def fact_from_row(row: Sequence[Any]) -> tuple[int, Fact]:
    """A ledger row (in ``FACT_COLUMNS`` order) as (cursor, fact)."""
    pos, fid, type_, op, actor, occurred, payload, device, seq, recorded, prev, digest, sig = row
    return int(pos), Fact(
        id=fid,
        type=type_,
        op=op,
        actor=actor,
        occurred_at=occurred,
        payload=json.loads(payload),
        device=device,
        seq=int(seq),
        recorded_at=recorded,
        prev_hash=prev,
        hash=digest,
        payload_json=payload,
        sig=sig or "",
    )


def last_pos(db: Db) -> int:
    """The cursor of the last fact in the ledger (0 when it is empty)."""
    return int(db.rows("SELECT COALESCE(MAX(pos), 0) FROM ledger")[0][0])
