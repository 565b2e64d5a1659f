"""How many remain: people waiting by the ledger, and what others report, as a range.

Sources that disagree are shown as a range with who said what; they are never averaged.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from corridor.storage.base import Store

SOURCE_KEYS = ("source", "value", "low", "high", "qualifier", "as_of", "at", "outlet")


@dataclass
class Remaining:
    """Waiting by the ledger, and the reported range of people still to leave."""

    waiting: int  # registered and not departed, plus the latest unnamed waiting counts
    waiting_by_site: dict[str, int]
    low: int | None  # lowest reported figure (or lower bound) among the latest per source
    high: int | None  # highest reported figure (or upper bound)
    sources: list[dict[str, Any]] = field(default_factory=list)  # latest figure of each source

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return dict(self.__dict__)


def remaining(*, store: Store, op: str) -> Remaining:
    """The ledger's waiting people per site, and the latest "remaining" figure of each source."""
    by_site: Counter[str] = Counter()
    for (stage, site, dim, _value), n in store.headcounts(op).items():
        if dim != "total":
            continue
        if stage in ("registered", "waiting_counted"):
            by_site[site] += n
        elif stage == "registered_departed":
            by_site[site] -= n
    waiting_by_site = {s: n for s, n in sorted(by_site.items()) if n > 0}
    return Remaining(waiting=sum(waiting_by_site.values()), waiting_by_site=waiting_by_site,
                     **reported_range(store=store, op=op))  # fmt: skip


def reported_range(*, store: Store, op: str) -> dict[str, Any]:
    """The latest "remaining" figure of each source and the range they span (low, high,
    sources): what others report, without the ledger's own count."""
    latest: dict[str, dict[str, Any]] = {}
    for row in store.query("estimates", op=op, metric="remaining"):
        when = (row.get("as_of") or "", row["at"])
        held = latest.get(row["source"])
        if held is None or when > (held.get("as_of") or "", held["at"]):
            latest[row["source"]] = row
    sources = sorted(
        ({k: r.get(k) for k in SOURCE_KEYS} for r in latest.values()),
        key=lambda r: (r["value"], r["source"]),
    )
    lows = [_bound(r, "low") for r in sources]
    highs = [_bound(r, "high") for r in sources]
    return {
        "low": min(lows) if lows else None,
        "high": max(highs) if highs else None,
        "sources": sources,
    }


def _bound(row: dict[str, Any], side: str) -> int:
    """A source's lower or upper figure: its stated bound, else its value."""
    value = row[side] if row[side] is not None else row["value"]
    return int(value)
