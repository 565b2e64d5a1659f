"""Reception's writes: a site's capacity, aid handed out at a site, an operation's planning
figures (each through ``services.common.write``). What reception reads is ``services/shelter.py``.
"""

from __future__ import annotations

from corridor.clock import Clock
from corridor.domain.access import Principal
from corridor.errors import ConflictError, NotFound
from corridor.services.common import Recorded, record_one, require_at, require_open
from corridor.services.operation import require_site
from corridor.services.shelter import stocks
from corridor.storage.base import Store


def declare_capacity(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    site_id: str,
    places: int,
    tents: int | None = None,
    beds: int | None = None,
    note: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
    principal: Principal | None = None,
) -> Recorded:
    """Declare how many people a site can shelter from now on (the latest declaration holds).

    :raises NotFound: no such site.
    :raises Forbidden: the user does not coordinate at this site.
    :raises ConflictError: the operation is closed.
    """

    def check() -> None:
        require_open(store, op, "supply")
        require_at(principal, "coordinate", site_id)
        require_site(store, op, site_id)

    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="site.capacity_declared",
        payload={"site_id": site_id, "places": places, "tents": tents, "beds": beds, "note": note},
        at=at,
        fact_id=fact_id,
        check=check,
    )


def distribute(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    site_id: str,
    item: str,
    quantity: int,
    note: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
    principal: Principal | None = None,
) -> Recorded:
    """Record aid handed out at a site; it leaves the site's stock.

    :raises NotFound: no such site.
    :raises Forbidden: the user may not write at this site.
    :raises ConflictError: more than the site's stock of the item, or the operation is closed.
    """

    def check() -> None:
        require_open(store, op, "supply")
        require_at(principal, "register", site_id)
        require_site(store, op, site_id)
        held = stocks(store, op).get((site_id, item), 0)
        if quantity > held:
            raise ConflictError(
                f"{site_id} holds {held:,} {item}: a distribution of {quantity:,} is more than "
                "its stock (record the delivery first)"
            )

    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="stock.distributed",
        payload={"site_id": site_id, "item": item, "quantity": quantity, "note": note},
        at=at,
        fact_id=fact_id,
        check=check,
    )


def set_figures(
    *,
    store: Store,
    clock: Clock,
    actor: str,
    op: str,
    figures: dict[str, str],
    reason: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
    principal: Principal | None = None,
) -> Recorded:
    """Replace some of the operation's planning figures (the others keep their defaults).

    :raises NotFound: no such operation.
    :raises Forbidden: the user does not coordinate.
    :raises ValidationError: an unknown figure or a value that is not a number.
    """

    def check() -> None:
        if not store.query("operations", op=op):
            raise NotFound(f"no operation '{op}'")
        require_at(principal, "coordinate", None)

    return record_one(
        store=store,
        clock=clock,
        actor=actor,
        op=op,
        type_="operation.figures_set",
        payload={"figures": figures, "reason": reason},
        at=at,
        fact_id=fact_id,
        check=check,
    )


__all__ = ["declare_capacity", "distribute", "set_figures"]
