"""What every use case shares: drafts, the same-id rule, scope, status, and refusals audited.

Every recording service takes a :class:`Recorder` (store, clock, actor, operation, user) and
writes through :meth:`Recorder.write`, the one home of the same-id rule: a fact id already in the
ledger with the same content is a no-op (a resend after a lost reply); with other content it is a
conflict; otherwise the service's checks run and, if they pass, the fact is recorded. A refused
write is logged in the audit log with who tried what.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from corridor.clock import Clock
from corridor.domain import lifecycle
from corridor.domain.access import Principal
from corridor.domain.checks import check_no_bidi
from corridor.domain.events import Draft, Fact, validate_draft
from corridor.domain.ledger import canonical_json
from corridor.domain.messages import encode
from corridor.domain.rows import Trip
from corridor.errors import ConflictError, CorridorError, Forbidden, NotFound
from corridor.storage.base import Store

# Payload fields that differ between two sends of the same fact (fresh ciphertext each time).
_VOLATILE = ("personal_digest",)


@dataclass(frozen=True)
class Recorded(Draft):
    """A fact as a service recorded it; ``duplicate`` when the id was already in the ledger."""

    duplicate: bool = False


def make_draft(
    *,
    clock: Clock,
    actor: str,
    op: str,
    type_: str,
    payload: dict[str, Any],
    at: str | None = None,
    fact_id: str | None = None,
) -> Draft:
    """Validate one fact; the id is made here, on the recording device, unless given.

    :raises ValidationError: a bad field, named in the message.
    """
    clean = {k: v for k, v in payload.items() if v is not None}
    check_no_bidi(clean)  # a new fact's free text: old facts holding them still sync
    check_no_bidi(actor, "actor")
    return validate_draft(
        {
            "id": fact_id or clock.new_id(),
            "type": type_,
            "op": op,
            "actor": actor,
            "occurred_at": at or clock.now(),
            "payload": clean,
        }
    )


def _content(item: Draft | Fact) -> tuple[str, str, str]:
    payload = {k: v for k, v in item.payload.items() if k not in _VOLATILE}
    return (item.type, item.op, canonical_json(payload))


def as_recorded(item: Draft | Fact, *, duplicate: bool) -> Recorded:
    """A draft or stored fact as a service's answer."""
    return Recorded(
        id=item.id,
        type=item.type,
        op=item.op,
        actor=item.actor,
        occurred_at=item.occurred_at,
        payload=item.payload,
        duplicate=duplicate,
    )


def already(store: Store, drafts: Sequence[Draft]) -> list[Recorded] | None:
    """The same-id rule for a group of drafts recorded together.

    :returns: the stored facts when every id is already in the ledger with the same content
        (a resend: nothing to do), or None when none is.
    :raises ConflictError: an id is used by a different fact, or only part of the group is in.
    """
    found = [store.get(d.id) for d in drafts]
    if not any(found):
        return None
    for draft, fact in zip(drafts, found, strict=True):
        if fact is None:
            raise ConflictError(f"id {draft.id} belongs to a write that was only partly recorded")
        if _content(fact) != _content(draft):
            raise ConflictError(f"id {draft.id} is already used by a different fact")
    return [as_recorded(f, duplicate=True) for f in found if f is not None]


@dataclass(frozen=True)
class Recorder:
    """Who records what where: every recording service takes one instead of five arguments.

    ``principal`` is the signed-in user, whose sites scope the checks; ``None`` is the local
    operator at the CLI (imports and the demo too), not site-scoped. :meth:`write` is the one
    write path: the same-id rule, then the service's checks, then the append; a refusal is
    audited and nothing is written.
    """

    store: Store
    clock: Clock
    actor: str
    op: str
    principal: Principal | None = None

    def in_op(self, op: str) -> Recorder:
        """The same recorder for another operation (a correction goes to its target's)."""
        return replace(self, op=op)

    def draft(
        self,
        type_: str,
        payload: Mapping[str, Any],
        *,
        at: str | None = None,
        fact_id: str | None = None,
    ) -> Draft:
        """Validate one fact of this operation by this actor (see :func:`make_draft`)."""
        return make_draft(
            clock=self.clock,
            actor=self.actor,
            op=self.op,
            type_=type_,
            payload=dict(payload),
            at=at,
            fact_id=fact_id,
        )

    def write(
        self,
        drafts: Sequence[Draft],
        check: Callable[[], None] | None = None,
        *,
        personal: Mapping[str, str] | None = None,
    ) -> list[Recorded]:
        """Record drafts in one transaction after the same-id rule and the service's checks.

        :raises CorridorError: whatever ``check`` raises (audited, nothing written).
        """
        done = already(self.store, drafts)
        if done is not None:
            return done
        try:
            if check is not None:
                check()
        except CorridorError as exc:
            # A refusal the system worded is logged as its message, so the audit page can say
            # it in the reader's language; other errors as their text.
            said = encode([exc.said]) if exc.said else ""
            reason = said if said and len(said) <= 500 else str(exc)
            refuse(store=self.store, clock=self.clock, drafts=drafts, reason=reason)
            raise
        self.store.record(list(drafts), personal=dict(personal) if personal else None)
        return [as_recorded(d, duplicate=False) for d in drafts]

    def record(
        self,
        type_: str,
        payload: Mapping[str, Any],
        *,
        at: str | None = None,
        fact_id: str | None = None,
        check: Callable[[], None] | None = None,
    ) -> Recorded:
        """Validate and record one fact through :meth:`write`; return it."""
        return self.write([self.draft(type_, payload, at=at, fact_id=fact_id)], check)[0]

    def require_open(self, action: str) -> None:
        """:raises ConflictError: the operation's status refuses this kind of write."""
        require_open(self.store, self.op, action)

    def require_at(self, permission: str, site_id: str | None) -> None:
        """:raises Forbidden: the user lacks the permission at this site."""
        require_at(self.principal, permission, site_id)


def payload_of(item: Any) -> dict[str, Any]:
    """A payload dataclass as the fact's payload (absent fields are dropped by the draft)."""
    return asdict(item)


def refuse(*, store: Store, clock: Clock, drafts: Sequence[Draft], reason: str) -> None:
    """Log a refused write in the audit log: who, which fact type, about what, and why."""
    if not drafts:
        return
    first = drafts[0]
    subject = first.payload.get("person_id") or first.payload.get("trip_id") or ""
    store.log_access(
        actor=first.actor,
        action=f"refused {first.type}" + (f" {subject}" if subject else ""),
        purpose=reason[:500],
        at=clock.now(),
    )


# --- shared checks --------------------------------------------------------------------------


def require_at(principal: Principal | None, permission: str, site_id: str | None) -> None:
    """Scope by the object's site. ``None`` is the local operator (the CLI), not site-scoped.

    :raises Forbidden: the user lacks the permission at this site.
    """
    if principal is not None and not principal.can_at(permission, site_id):
        raise Forbidden(f"you may not do this at site '{site_id or '-'}'")


def require_open(store: Store, op: str, action: str) -> None:
    """:raises ConflictError: the operation's status refuses this kind of write."""
    rows = store.query("operations", op=op)
    lifecycle.check_open(str(rows[0]["status"]) if rows else None, action)


def one_trip(store: Store, op: str, trip_id: str, message: str) -> Trip:
    """A trip as derived now.

    :raises NotFound: no such trip, with ``message``.
    """
    found = store.trips(op, trip_id=trip_id)
    if not found:
        raise NotFound(message)
    return found[0]


def one(store: Store, table: str, message: str, **where: Any) -> dict[str, Any]:
    """The one derived row matching ``where``.

    :raises NotFound: with ``message``.
    """
    rows = store.query(table, **where)
    if not rows:
        raise NotFound(message)
    return rows[0]
