"""Mark a fact's free text public (in reviewed words) or private again; read what is public.

Rules: ``corridor/domain/public_text.py``. Only coordinators and admins mark text (permission
``coordinate``); the target must be a fact of this operation with that free-text field.
"""

from __future__ import annotations

from corridor.domain import public_text
from corridor.domain.events import Fact
from corridor.domain.messages import message, refusal
from corridor.domain.units import Kind, Unit
from corridor.errors import NotFound, ValidationError
from corridor.services.common import Recorded, Recorder
from corridor.storage.base import Store

# Where each fact type's text stands now (after corrections), by the fact's id.
_TABLES = {
    "operation.status_changed": "status_history",
    "incident.reported": "incidents",
    "estimate.reported": "estimates",
}


def marked(*, store: Store, op: str) -> dict[tuple[str, str], str]:
    """The public wording of every (fact id, field) marked public in an operation."""
    facts = [store.get(i) for i in store.fact_ids_of_unit(Unit(Kind.TEXT, op))]
    return public_text.fold(f for f in facts if f is not None)


def _target(store: Store, op: str, target: str, field: str) -> tuple[Fact, str]:
    """The target fact and its field's current text.

    :raises NotFound: no such fact in the operation (or it was voided).
    :raises ValidationError: a field that is not free text that may be made public.
    """
    fact = store.get(target)
    if fact is None or fact.op != op:
        raise refusal(NotFound, message("public_no_fact", fact=target, op=op))
    public_text.check_field(fact.type, field)
    rows = store.query(_TABLES[fact.type], op=op, fact_id=target)
    if not rows:
        raise refusal(NotFound, message("public_voided", fact=target))
    return fact, str(rows[0].get(field) or "")


def make_public(
    rec: Recorder,
    *,
    target: str,
    field: str,
    wording: str | None = None,
    at: str | None = None,
    fact_id: str | None = None,
) -> Recorded:
    """Approve one free-text field of a fact for public outputs, in ``wording`` (default: the
    field's text as it stands now, which the coordinator has just read).

    :raises Forbidden: the user may not coordinate.
    :raises NotFound: no such fact in the operation.
    :raises ValidationError: not a field that may be made public, or nothing to publish.
    """

    def check() -> None:
        rec.require_at("coordinate", None)
        _target(rec.store, rec.op, target, field)

    if not (wording or "").strip():  # the field's words, read before the draft is validated
        check()
        wording = _target(rec.store, rec.op, target, field)[1]
        if not wording.strip():
            raise refusal(ValidationError, message("public_nothing"), field="wording")
    payload = {"target": target, "field": field, "wording": wording}
    return rec.record("text.made_public", payload, at=at, fact_id=fact_id, check=check)


def make_private(
    rec: Recorder,
    *,
    target: str,
    field: str,
    at: str | None = None,
    fact_id: str | None = None,
) -> Recorded:
    """Withdraw a fact's free-text field from public outputs.

    :raises Forbidden: the user may not coordinate.
    :raises NotFound: no such fact in the operation.
    :raises ValidationError: not a field that may be made public.
    """

    def check() -> None:
        rec.require_at("coordinate", None)
        _target(rec.store, rec.op, target, field)

    payload = {"target": target, "field": field}
    return rec.record("text.made_private", payload, at=at, fact_id=fact_id, check=check)
