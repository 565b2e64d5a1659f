"""The transparency log over HTTP: signed checkpoints and the proofs an observer checks them by.

The log routes are public: they hold hashes, a signature and totals by operation and stage
(counts under 5 suppressed), never a fact's content or anything about a person.
"""

from __future__ import annotations

from typing import Any

from corridor.services import transparency
from corridor.web.context import Ctx
from corridor.web.forms import Field

CONSISTENCY_FIELDS = (
    Field("first", "int", required=True, help="Size of the older tree (facts)."),
    Field("second", "int", required=True, help="Size of the newer tree (facts)."),
)
INCLUSION_FIELDS = (
    Field("fact_id", required=True, help="Id of the fact."),
    Field("tree_size", "int", required=True, help="Size of the tree (a checkpoint's)."),
)


def api_checkpoint(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """The newest signed checkpoint, with the totals published with it."""
    return transparency.latest_checkpoint(store=ctx.store)


def api_consistency(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Proof that the tree of `second` facts extends the tree of `first` (RFC 9162)."""
    return transparency.consistency(store=ctx.store, first=v["first"], second=v["second"])


def api_inclusion(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Proof that a fact is among the first `tree_size` facts (RFC 9162)."""
    return transparency.inclusion(store=ctx.store, fact_id=v["fact_id"], tree_size=v["tree_size"])


def make_checkpoint(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Sign a checkpoint of the whole ledger now."""
    return transparency.make_checkpoint(store=ctx.store, clock=ctx.clock)
