"""Which key must have signed a device's fact, from the key facts in the ledger. Pure.

- ``device.key_registered`` (device, public_key, from_seq): the device's facts from ``from_seq``
  on are signed by this key, until a later registration takes over. A device registers its first
  key in its own chain, in a fact signed by that new key (``from_seq`` is the fact's own
  sequence number); it rotates with a fact signed by the old key (``from_seq`` after it).
- ``device.key_revoked`` (device, public_key, from_seq): facts from ``from_seq`` on signed by
  that key are refused (a lost laptop). Until a new key is registered, none are accepted.

Facts of a device before its first registration are *unsigned*: accepted (ledgers older than
signing keep working) and reported as such by ``verify``. Once a device has a key, a fact
without a good signature is refused: there is no going back to unsigned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from corridor.domain.events import Fact
from corridor.domain.signing import Verifier
from corridor.errors import ConflictError

KEY_TYPES = ("device.key_registered", "device.key_revoked")
REVOKED = "revoked"


class SignatureRefused(ConflictError):
    """A fact not signed by the key its device must sign with (forged, or a revoked key)."""


@dataclass(frozen=True)
class KeyEvent:
    """One key fact, as kept in the ``device_keys`` table."""

    device: str
    kind: str  # "registered" or "revoked"
    public_key: str
    from_seq: int
    fact_id: str


def key_event(fact: Fact) -> KeyEvent | None:
    """The key event a fact states, if it is a key fact."""
    if fact.type not in KEY_TYPES:
        return None
    p = fact.payload
    kind = "registered" if fact.type == "device.key_registered" else "revoked"
    return KeyEvent(p["device"], kind, p["public_key"], int(p["from_seq"]), fact.id)


@dataclass
class KeyBook:
    """The key events of some devices, answering which key must sign a given fact."""

    events: dict[str, list[KeyEvent]] = field(default_factory=dict)
    verifier: Verifier = field(default_factory=Verifier)

    @classmethod
    def of(cls, events: Iterable[KeyEvent]) -> KeyBook:
        """A book holding these events."""
        book = cls()
        for event in events:
            book.add(event)
        return book

    def add(self, event: KeyEvent) -> None:
        """Learn one key event (idempotent by fact id)."""
        known = self.events.setdefault(event.device, [])
        if all(e.fact_id != event.fact_id for e in known):
            known.append(event)

    def signed_from(self, device: str) -> int | None:
        """The first sequence number from which the device signs, or None (never)."""
        starts = [e.from_seq for e in self.events.get(device, []) if e.kind == "registered"]
        return min(starts) if starts else None

    def key_for(self, device: str, seq: int) -> str | None:
        """The key that must sign the device's fact ``seq``: None (unsigned) or REVOKED."""
        events = self.events.get(device, [])
        registered = [e for e in events if e.kind == "registered" and e.from_seq <= seq]
        if not registered:
            return None
        current = max(registered, key=lambda e: (e.from_seq, e.fact_id))
        for e in events:
            if e.kind == "revoked" and e.public_key == current.public_key and e.from_seq <= seq:
                return REVOKED
        return current.public_key

    def problem(self, fact: Fact) -> str | None:
        """Why a fact's signature is not acceptable, or None when it is (or may be unsigned)."""
        expected = self.key_for(fact.device, fact.seq)
        if expected is None:
            if fact.sig:
                return f"fact {fact.id}: signed, but device {fact.device} has no key registered"
            return None
        if expected == REVOKED:
            return (
                f"fact {fact.id}: device {fact.device}'s key is revoked from seq "
                f"{fact.seq} or earlier and no new key is registered"
            )
        if not fact.sig:
            return f"fact {fact.id}: device {fact.device} signs its facts, this one is unsigned"
        if not self.verifier.verify_fact(expected, fact.hash, fact.sig):
            return (
                f"fact {fact.id}: not signed by device {fact.device}'s key "
                f"(forged under its id, or altered)"
            )
        return None


def check_signatures(facts: Sequence[Fact], book: KeyBook) -> None:
    """Check new facts, in order, learning the key facts among them as they come.

    A registration by the device itself that starts at its own sequence number takes effect
    before that fact is checked (it is signed by the new key); any other takes effect after.

    :raises SignatureRefused: the first fact whose signature is not acceptable.
    """
    for fact in facts:
        event = key_event(fact)
        early = (
            event is not None
            and event.kind == "registered"
            and event.device == fact.device
            and event.from_seq == fact.seq
            and book.signed_from(fact.device) is None  # a rotation is signed by the old key
        )
        if event is not None and early:
            book.add(event)
        problem = book.problem(fact)
        if problem:
            raise SignatureRefused(problem)
        if event is not None and not early:
            book.add(event)
