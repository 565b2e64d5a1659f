"""Reception's writes: a site's capacity, aid handed out at a site, an operation's planning
figures (each through ``services.common.Recorder``). What reception reads is
``services/shelter.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from corridor.errors import ConflictError, NotFound
from corridor.services.common import Recorded, Recorder, payload_of
from corridor.services.operation import require_site
from corridor.services.shelter import stocks


@dataclass(frozen=True)
class Capacity:
    """How many people a site can shelter from now on (the latest declaration holds)."""

    site_id: str
    places: int
    tents: int | None = None
    beds: int | None = None
    note: str | None = None


def declare_capacity(
    rec: Recorder, capacity: Capacity, *, at: str | None = None, fact_id: str | None = None
) -> Recorded:
    """Declare a site's capacity.

    :raises NotFound: no such site.
    :raises Forbidden: the user does not coordinate at this site.
    :raises ConflictError: the operation is closed.
    """

    def check() -> None:
        rec.require_open("supply")
        rec.require_at("coordinate", capacity.site_id)
        require_site(rec.store, rec.op, capacity.site_id)

    return rec.record(
        "site.capacity_declared", payload_of(capacity), at=at, fact_id=fact_id, check=check
    )


@dataclass(frozen=True)
class Distribution:
    """Aid handed out at a site; it leaves the site's stock."""

    site_id: str
    item: str
    quantity: int
    note: str | None = None


def distribute(
    rec: Recorder, handed: Distribution, *, at: str | None = None, fact_id: str | None = None
) -> Recorded:
    """Record aid handed out at a site.

    :raises NotFound: no such site.
    :raises Forbidden: the user may not write at this site.
    :raises ConflictError: more than the site's stock of the item, or the operation is closed.
    """
    site_id, item, quantity = handed.site_id, handed.item, handed.quantity

    def check() -> None:
        rec.require_open("supply")
        rec.require_at("register", site_id)
        require_site(rec.store, rec.op, site_id)
        held = stocks(rec.store, rec.op).get((site_id, item), 0)
        if quantity > held:
            raise ConflictError(
                f"{site_id} holds {held:,} {item}: a distribution of {quantity:,} is more than "
                "its stock (record the delivery first)"
            )

    return rec.record("stock.distributed", payload_of(handed), at=at, fact_id=fact_id, check=check)


def set_figures(
    rec: Recorder,
    *,
    figures: dict[str, str],
    reason: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
) -> Recorded:
    """Replace some of the operation's planning figures (the others keep their defaults).

    :raises NotFound: no such operation.
    :raises Forbidden: the user does not coordinate.
    :raises ValidationError: an unknown figure or a value that is not a number.
    """

    def check() -> None:
        if not rec.store.query("operations", op=rec.op):
            raise NotFound(f"no operation '{rec.op}'")
        rec.require_at("coordinate", None)

    payload = {"figures": figures, "reason": reason}
    return rec.record("operation.figures_set", payload, at=at, fact_id=fact_id, check=check)


__all__ = ["declare_capacity", "distribute", "set_figures"]
