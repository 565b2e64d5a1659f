"""ODK/Kobo import benchmark (`make bench`): submissions per second, first import and re-import.

Each submission is its own transaction (all or nothing per submission, the desk's rules), so
the first import costs one commit per submission; a re-import only looks each one up. The same
Central OData JSON export of N generated submissions is imported into a fresh SQLite file.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corridor.clock import FrozenClock  # noqa: E402
from corridor.services.odk_import import import_submissions  # noqa: E402
from corridor.storage import open_store  # noqa: E402
from tests import factories as f  # noqa: E402
from tests.sitrep.scenario import two_days  # noqa: E402


def export(n: int) -> bytes:
    """A Central OData export of n registrations at the scenario's crossing."""
    rows = []
    for i in range(1, n + 1):
        instance = f"uuid:{uuid.UUID(int=i)}"
        rows.append(
            {
                "__id": instance,
                "meta": {"instanceID": instance},
                "end": "2016-12-15T07:10:00.000+02:00",
                "person_id": f"W-{i:06d}",
                "site_id": "ramouseh",
                "group": "civilian",
                "age": "adult",
                "sex": "female",
                "triage": "none",
                "__system": {"submitterName": "enumerator-1", "reviewState": None},
            }
        )
    return json.dumps({"value": rows}).encode()


def main() -> None:
    """Print submissions/s of a first import and of a re-import."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, default=2000)
    n = parser.parse_args().submissions
    data = export(n)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/odk.db")
        store.record(two_days())
        print("\n== ODK import (SQLite, one transaction per submission) ==")
        print(f"{'run':<12}{'submissions':>12}{'seconds':>10}{'per s':>10}")
        for run in ("first", "re-import"):
            start = time.perf_counter()
            report = import_submissions(
                store=store, clock=FrozenClock(), op=f.OP, fmt="json", data=data
            )
            took = time.perf_counter() - start
            assert len(report.outcomes) == n
            print(f"{run:<12}{n:>12}{took:>10.2f}{n / took:>10.0f}")
        store.close()


if __name__ == "__main__":
    main()
