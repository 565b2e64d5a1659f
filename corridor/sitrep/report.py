"""What a situation report holds: the rows it is built from, and the report itself."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from corridor.domain.forecast import Forecast
from corridor.domain.messages import Message
from corridor.sitrep.headline import Headline

Row = Mapping[str, Any]


@dataclass(frozen=True)
class SitrepRows:
    """Everything the builder reads: rows of derived tables (``Store.query``) for one operation."""

    operation: Row
    sites: Sequence[Row]
    vehicles: Sequence[Row]
    hourly: Sequence[Row]  # tally_hourly
    trips: Sequence[Row]
    discrepancies: Sequence[Row]
    status_history: Sequence[Row]
    incidents: Sequence[Row]
    estimates: Sequence[Row]
    linked: Sequence[tuple[Row, Sequence[Row]]] = ()  # (operation, its status history)


@dataclass
class Figure:
    """One headline figure: people on the report day and since the start. None = suppressed."""

    key: str
    day: int | None
    total: int | None


@dataclass
class CategoryRow:
    """People who left and arrived in one category (e.g. age = child)."""

    dim: str
    value: str
    left_day: int | None
    left_total: int | None
    arrived_day: int | None
    arrived_total: int | None


@dataclass
class EstimateRow:
    """A figure reported by someone else, beside the ledger's own count of the same thing."""

    metric: str
    value: int
    qualifier: str | None
    low: int | None
    high: int | None
    source: str
    as_of: str
    place: str | None
    ledger: int | None  # None: suppressed, or not comparable
    comparable: bool  # whether the ledger counts the same thing
    fact_id: str = ""  # the estimate.reported fact (to find its public wording)


@dataclass
class Sitrep:
    """One day's situation report for one operation."""

    op: str
    name: str
    date: str
    public: bool
    time_zone: str
    zone: str  # the zone as people read it, with its offset on the report day
    status: str
    status_changes: list[dict[str, Any]]
    linked: list[dict[str, Any]]
    figures: list[Figure]
    categories: list[CategoryRow]
    series: list[tuple[str, int, int]]  # (local hour, cumulative left, cumulative arrived)
    suspensions: list[tuple[str, str | None]]  # local (from, until) the operation was suspended
    trips: dict[str, int | None]
    vehicles_out: dict[str, int]  # trips that left on the day, by vehicle kind
    discrepancies_day: list[dict[str, Any]]
    discrepancies_by_kind: dict[str, int]
    incidents: list[dict[str, Any]]
    estimates: list[EstimateRow]
    forecast: Forecast | None
    headline: Headline
    more: dict[str, int] = field(default_factory=dict)  # items not listed, to keep 1-2 pages
    forecast_missing: Message | None = None  # why there is no forecast (a message), if known
    protected_at: str | None = None  # public variant: when its figures were protected

    def figure(self, key: str) -> Figure:
        """The headline figure with this key."""
        return next(f for f in self.figures if f.key == key)
