"""Compare the hand-written SQL wrapper (corridor.storage.db) with SQLAlchemy Core and Alembic.

Issue 16, move 8. Neither library is a dependency: install them aside first, e.g.
``pip install --target /tmp/libs-eval sqlalchemy alembic``, then run from the repository root:
``PYTHONPATH=.:bench:/tmp/libs-eval python bench/compare_sql.py [--no-postgres]``.

Measured in one run, on a SQLite file and on PostgreSQL (each in a fresh database or schema):

- ``Store.record``: the whole ingest path as it is (sealing, idempotency, insert, derived
  state), for scale;
- the ledger rows of the same facts, batches of 500, one transaction each, written by
  ``Db.insert`` (executemany on SQLite, COPY on PostgreSQL) and by SQLAlchemy Core
  (``conn.execute(ledger.insert(), rows)``; on PostgreSQL its "insertmanyvalues" batching);
- the device-head upsert (``ON CONFLICT ... DO UPDATE``), by ``Db.insert`` and by Core's
  dialect-specific ``insert().on_conflict_do_update`` (one per dialect: Core has no portable
  upsert);
- opening a fresh database: the hand-written migration runner against Alembic running the
  same SQL files as revisions, and what ``alembic stamp`` does to a field database that the
  runner already migrated.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import sqlalchemy as sa  # noqa: E402
from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from bench_ledger import BATCH, workload  # noqa: E402
from sqlalchemy.dialects import postgresql, sqlite  # noqa: E402

from corridor.clock import FrozenClock  # noqa: E402
from corridor.domain.ledger import Head, canonical_json, seal, unit_of  # noqa: E402
from corridor.storage import SqlStore, open_store  # noqa: E402
from corridor.storage.sql import LEDGER_COLUMNS, MIGRATIONS  # noqa: E402

NOW = "2016-12-15T08:00:00Z"


def rows_of(n: int) -> list[tuple[Any, ...]]:
    """Ledger rows of ``n`` sealed facts of the benchmark workload, in LEDGER_COLUMNS order."""
    facts = seal(list(workload(n)), device="bench-node", head=Head(), recorded_at=NOW)
    return [
        (
            i + 1, f.id, f.type, f.op, f.actor, f.occurred_at, canonical_json(f.payload),
            f.device, f.seq, f.recorded_at, f.prev_hash, f.hash, "",
            unit_of(f.id, f.type, f.op, f.payload), None,
        )
        for i, f in enumerate(facts)
    ]  # fmt: skip


class Place:
    """A fresh SQLite file or PostgreSQL schema, as a store and as a SQLAlchemy engine."""

    def __init__(self, kind: str, pg_url: str, tmp: str) -> None:
        self.kind = kind
        self.pg_url = pg_url
        self.schema: str | None = None
        if kind == "sqlite":
            self.path = os.path.join(tmp, f"{uuid.uuid4().hex}.db")
            self.target = self.path
        else:
            self.schema = f"cmp_{uuid.uuid4().hex[:10]}"
            self.target = pg_url

    def store(self) -> SqlStore:
        clock = FrozenClock(NOW)
        if self.kind == "sqlite":
            return open_store(self.target, clock=clock, device="bench-node")
        return open_store(self.target, clock=clock, device="bench-node", schema=self.schema)

    def engine(self) -> sa.Engine:
        if self.kind == "sqlite":
            engine = sa.create_engine(f"sqlite:///{self.path}")

            @sa.event.listens_for(engine, "connect")
            def _pragmas(conn: Any, _: Any) -> None:  # the store's own settings
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")

            return engine
        url = self.pg_url.replace("postgresql://", "postgresql+psycopg://", 1)
        schema = self.schema
        engine = sa.create_engine(url)

        @sa.event.listens_for(engine, "connect")
        def _path(conn: Any, _: Any) -> None:
            with conn.cursor() as cur:
                cur.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
                cur.execute(f'SET search_path TO "{schema}"')
            conn.commit()

        return engine

    def drop(self) -> None:
        if self.schema:
            import psycopg

            with psycopg.connect(self.pg_url, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')


def ledger_table(metadata: sa.MetaData) -> sa.Table:
    big = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    text = [sa.Column(c, sa.Text) for c in LEDGER_COLUMNS[1:] if c != "seq"]
    return sa.Table("ledger", metadata, sa.Column("pos", big, primary_key=True),
                    sa.Column("seq", big), *text)  # fmt: skip


def timed(work: Callable[[], None]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def batches(rows: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(rows), BATCH):
        yield rows[i : i + BATCH]


def record_all(place: Place, drafts: list[Any]) -> float:
    store = place.store()
    start = time.perf_counter()
    for i in range(0, len(drafts), BATCH):
        store.record(drafts[i : i + BATCH])
    seconds = time.perf_counter() - start
    store.close()
    return seconds


UPSERT = "ON CONFLICT (device) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"


def with_db(place: Place, rows: list[Any], heads: list[Any]) -> tuple[float, float]:
    """Ledger rows by ``Db.insert``; device heads one upsert a statement, as derive does."""
    store = place.store()
    start = time.perf_counter()
    for batch in batches(rows):
        with store._write() as db:
            db.insert("ledger", LEDGER_COLUMNS, batch)
    inserts = time.perf_counter() - start
    start = time.perf_counter()
    for batch in batches(heads):
        with store._write() as db:
            for head in batch:
                db.insert("devices", ("device", "seq", "hash"), [head], UPSERT)
    upserts = time.perf_counter() - start
    store.close()
    return inserts, upserts


def with_core(place: Place, dicts: list[Any], heads: list[Any]) -> tuple[float, float]:
    """The same through SQLAlchemy Core constructs, statements built once."""
    place.store().close()  # the same tables, made by the same migrations
    engine = place.engine()
    metadata = sa.MetaData()
    ledger = ledger_table(metadata)
    devices = sa.Table("devices", metadata, sa.Column("device", sa.Text, primary_key=True),
                       sa.Column("seq", sa.BigInteger), sa.Column("hash", sa.Text))  # fmt: skip
    upsert = (sqlite.insert if place.kind == "sqlite" else postgresql.insert)(devices)
    upsert = upsert.on_conflict_do_update(  # no portable upsert in Core: one per dialect
        index_elements=["device"], set_={"seq": upsert.excluded.seq, "hash": upsert.excluded.hash}
    )
    with engine.connect() as conn:
        start = time.perf_counter()
        for batch in batches(dicts):
            with conn.begin():
                conn.execute(ledger.insert(), batch)
        inserts = time.perf_counter() - start
        start = time.perf_counter()
        for batch in batches(heads):
            with conn.begin():
                for device, seq, digest in batch:
                    conn.execute(upsert, {"device": device, "seq": seq, "hash": digest})
        upserts = time.perf_counter() - start
    engine.dispose()
    return inserts, upserts


def ingest(kind: str, pg_url: str, tmp: str, n: int, rounds: int) -> dict[str, Any]:
    drafts = list(workload(n))
    rows = rows_of(n)
    dicts = [dict(zip(LEDGER_COLUMNS, r, strict=True)) for r in rows]  # Core takes mappings
    heads = [(f"node-{i % 50}", i, f"h{i}") for i in range(n // 4)]
    samples: dict[str, list[float]] = {}

    def keep(name: str, seconds: float, count: int) -> None:
        samples.setdefault(name, []).append(count / seconds)

    for _ in range(rounds):  # alternated, so a busy moment on the shared machine hits all
        place = Place(kind, pg_url, tmp)
        keep("Store.record facts/s (whole path, for scale)", record_all(place, drafts), n)
        place.drop()
        place = Place(kind, pg_url, tmp)
        inserts, upserts = with_db(place, rows, heads)
        place.drop()
        keep("ledger rows/s, corridor Db.insert", inserts, n)
        keep("device-head upserts/s, corridor Db.insert", upserts, len(heads))
        place = Place(kind, pg_url, tmp)
        inserts, upserts = with_core(place, dicts, heads)
        place.drop()
        keep("ledger rows/s, SQLAlchemy Core insert()", inserts, n)
        keep("device-head upserts/s, SQLAlchemy Core on_conflict_do_update", upserts, len(heads))
    return {name: round(statistics.median(values)) for name, values in samples.items()}


def alembic_tree(folder: Path, dialect: str) -> Config:
    """An Alembic environment whose revisions run the same SQL files as the hand-written
    runner, one revision per migration id, chained in file-name order."""
    versions = folder / "versions"
    versions.mkdir(parents=True)
    (folder / "env.py").write_text(
        "from alembic import context\n"
        "connection = context.config.attributes['connection']\n"
        "context.configure(connection=connection, target_metadata=None,"
        " transaction_per_migration=True)\n"
        "with context.begin_transaction():\n"
        "    context.run_migrations()\n"
    )
    previous = None
    for path in sorted(MIGRATIONS.glob(f"*.{dialect}.sql")):
        name = path.name.split(".")[0]
        (versions / f"{name}.py").write_text(
            "from pathlib import Path\nfrom alembic import op\n"
            f"revision = {name!r}\ndown_revision = {previous!r}\n"
            "branch_labels = None\ndepends_on = None\n"
            "def upgrade():\n"
            f"    text = Path({str(path)!r}).read_text()\n"
            "    body = '\\n'.join(line.split('--', 1)[0] for line in text.splitlines())\n"
            "    for part in body.split(';'):\n"
            "        if part.strip():\n"
            "            op.execute(part.strip())\n"
        )
        previous = name
    config = Config()
    config.set_main_option("script_location", str(folder))
    return config


def migrations(kind: str, pg_url: str, tmp: str, rounds: int) -> dict[str, Any]:
    dialect = "sqlite" if kind == "sqlite" else "postgres"
    ours, theirs, stamps = [], [], []
    folder = Path(tmp) / f"alembic-{dialect}"
    config = alembic_tree(folder, dialect)
    for _ in range(rounds):
        place = Place(kind, pg_url, tmp)
        start = time.perf_counter()
        place.store().close()
        ours.append(time.perf_counter() - start)
        engine = place.engine()
        with engine.begin() as conn:  # a field database the runner migrated: stamp it
            config.attributes["connection"] = conn
            stamps.append(timed(lambda: command.stamp(config, "head")))
            stamped = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        engine.dispose()
        place.drop()
        place = Place(kind, pg_url, tmp)
        engine = place.engine()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            theirs.append(timed(lambda: command.upgrade(config, "head")))
        engine.dispose()
        place.drop()
    return {
        "migration files": len(list(MIGRATIONS.glob(f"*.{dialect}.sql"))),
        "fresh database, hand-written runner (ms, with meta rows)": round(1000 * min(ours)),
        "fresh database, Alembic upgrade head (ms, same SQL)": round(1000 * min(theirs)),
        "stamp a migrated field database (ms)": round(1000 * min(stamps)),
        "stamped revision": stamped[0][0],
    }


def import_cost() -> dict[str, float]:
    """Milliseconds to import each library in a fresh interpreter (what `corridor` pays)."""
    import subprocess

    out = {}
    for module in ("corridor.storage", "sqlalchemy", "alembic.command"):
        code = f"import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        runs = [
            float(
                subprocess.run(
                    [sys.executable, "-c", code],
                    capture_output=True,
                    text=True,
                    env=env,
                    check=True,
                ).stdout
            )
            for _ in range(3)
        ]
        out[f"import {module} (ms)"] = round(1000 * min(runs), 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "CORRIDOR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    kinds = ["sqlite"] + ([] if args.no_postgres else ["postgres"])
    print(f"sqlalchemy {sa.__version__}; {args.facts:,} facts, batches of {BATCH}, "
          f"median of {args.rounds} alternated rounds; load {os.getloadavg()[0]:.1f}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            print(f"\n== {kind}: ingest ==")
            for name, value in ingest(kind, args.postgres, tmp, args.facts, args.rounds).items():
                print(f"  {name:<62}{value:>10,}")
            print(f"== {kind}: migrations ==")
            for name, value in migrations(kind, args.postgres, tmp, args.rounds).items():
                print(f"  {name:<62}{value!s:>10}")
    print("\n== import cost ==")
    for name, value in import_cost().items():
        print(f"  {name:<62}{value:>10}")
    print(f"load at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
