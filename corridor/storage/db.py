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

FACT_COLUMNS = ("pos", *ENVELOPE)
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

    def rows_in(
        self, sql: str, values: Sequence[Any], prefix: Sequence[Any] = ()
    ) -> list[tuple[Any, ...]]:
        """Run ``sql`` (containing ``IN ({})``) over ``values`` in chunks; concatenate rows."""
        out: list[tuple[Any, ...]] = []
        for chunk in chunks(list(values)):
            marks = ", ".join("?" * len(chunk))
            out.extend(self.rows(sql.format(marks), [*prefix, *chunk]))
        return out

    def run_in(self, sql: str, values: Sequence[Any]) -> None:
        """Run a statement containing ``IN ({})`` over ``values`` in chunks."""
        for chunk in chunks(list(values)):
            self.run(sql.format(", ".join("?" * len(chunk))), chunk)


def chunks(values: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """Split a list into slices of at most ``size``."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def fact_from_row(row: Sequence[Any]) -> tuple[int, Fact]:
    """A ledger row (in ``FACT_COLUMNS`` order) as (cursor, fact)."""
    pos, fid, type_, op, actor, occurred, payload, device, seq, recorded, prev, digest = row
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
    )
