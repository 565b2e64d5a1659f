"""The transparency log: signed checkpoints over the ledger, and the proofs served with them.

A checkpoint states, under this node's device key, the Merkle root of the first ``size`` facts
(RFC 9162 hashing, ``corridor.domain.merkle``), the time, and a digest of the totals published
from exactly those facts, protected like every public figure (``services/disclosure.py``).
Anyone holding two checkpoints can ask for a consistency proof and check, with hashes only,
that the later log extends the earlier one with nothing removed or changed; and anyone holding
a fact can check it is in a checkpoint (inclusion proof).
"""

from __future__ import annotations

from typing import Any

from corridor.clock import Clock
from corridor.domain.merkle import totals_digest
from corridor.domain.signing import sign_checkpoint
from corridor.errors import ConfigError, ConflictError, NotFound, ValidationError
from corridor.services.disclosure import checkpoint_totals
from corridor.storage.base import Store

MAX_PROOF_SIZE = 2**40
ATTEMPTS = 5  # protections tried while facts arrive (each takes seconds on a large operation)


def origin(store: Store) -> str:
    """The name of this node's log in its checkpoints."""
    return f"corridor:{store.device}"


def make_checkpoint(*, store: Store, clock: Clock) -> dict[str, Any]:
    """Sign and keep a checkpoint of the whole ledger now; return it with its totals.

    :raises ConfigError: this node has no device key to sign with.
    """
    if store.signer is None:
        raise ConfigError(
            "this node has no device key to sign checkpoints with: run `corridor init` "
            "(or set CORRIDOR_DEVICE_KEY_FILE)"
        )
    store.fill_merkle_chunks()
    head, totals = _head_with_totals(store, clock)
    checkpoint = sign_checkpoint(
        store.signer,
        origin=origin(store),
        size=head["size"],
        root=head["root"],
        timestamp=clock.now(),
        totals_digest=totals_digest(totals),
    ).as_dict()
    store.save_checkpoint(checkpoint, totals)
    return {"checkpoint": checkpoint, "totals": totals}


def _head_with_totals(
    store: Store, clock: Clock
) -> tuple[dict[str, Any], dict[str, dict[str, int | None]]]:
    """The tree head and its protected totals, both of the same facts.

    The protection reads the derived tables after the head was read: it is retried while
    facts were appended in between, so the totals are those of exactly ``size`` facts.
    """
    for _ in range(ATTEMPTS):
        head = store.tree_head()
        totals = checkpoint_totals(store=store, clock=clock, raw=head["totals"])
        if store.position() == head["size"]:
            return head, totals
    raise ConflictError("facts kept arriving while the checkpoint's totals were protected")


def latest_checkpoint(*, store: Store) -> dict[str, Any]:
    """The newest checkpoint this node signed, with its totals.

    :raises NotFound: none yet.
    """
    found = store.checkpoints(limit=1)
    if not found:
        raise NotFound("no checkpoint yet: run `corridor checkpoint`")
    return found[0]


def checkpoint_if_grown(*, store: Store, clock: Clock) -> dict[str, Any] | None:
    """A new checkpoint when the ledger grew since the last one (the schedule's step)."""
    found = store.checkpoints(limit=1)
    if found and found[0]["checkpoint"]["tree_size"] == store.position():
        return None
    return make_checkpoint(store=store, clock=clock)


def consistency(*, store: Store, first: int, second: int) -> dict[str, Any]:
    """The consistency proof from the tree of ``first`` facts to that of ``second``.

    :raises ValidationError: not 0 < first <= second.
    :raises NotFound: the ledger holds fewer than ``second`` facts.
    """
    if not 0 < first <= second <= MAX_PROOF_SIZE:
        raise ValidationError("need 0 < first <= second", field="first")
    proof = store.consistency(first, second)
    return {"first": first, "second": second, "proof": proof}


def inclusion(*, store: Store, fact_id: str, tree_size: int) -> dict[str, Any]:
    """The proof that a fact is among the first ``tree_size`` facts.

    :raises ValidationError: a tree size of 0.
    :raises NotFound: no such fact in that tree.
    """
    if not 0 < tree_size <= MAX_PROOF_SIZE:
        raise ValidationError("must be at least 1", field="tree_size")
    return store.inclusion(fact_id, tree_size)
