"""The ledger part of the store: record, append, read, derived state, integrity.

Contract: ``tests/storage/test_store_contract.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from corridor.domain.events import Draft, Fact
from corridor.domain.keys import KeyEvent
from corridor.domain.rows import Person, Trip
from corridor.domain.signing import Signer
from corridor.domain.units import Unit

Progress = Callable[[int], None]


@dataclass
class AppendResult:
    """What an append did: the facts it added and the ids it skipped as already present."""

    added: list[Fact] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class VerifyReport:
    """What ``verify`` found: facts and devices checked, and every problem."""

    facts: int = 0
    devices: int = 0
    problems: list[str] = field(default_factory=list)
    signed: int = 0  # facts whose signature checked out
    unsigned: dict[str, int] = field(default_factory=dict)  # per device: facts before its key

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems


class LedgerStore(Protocol):
    """The ledger and its derived state: what the services record and read.

    Also the audit log of personal-data reads and refused writes, the transparency log and the
    stored forecasts, which are kept beside the ledger. Contract:
    ``tests/storage/test_store_contract.py``.
    """

    device: str
    url: str
    signer: Signer | None  # this device's signing key (from its key file), if it has one

    def record(
        self, drafts: Sequence[Draft], personal: Mapping[str, str] | None = None
    ) -> AppendResult:
        """Seal drafts into this node's chain and append them (idempotent by id).

        ``personal`` maps fact ids to encrypted personal details, stored beside the ledger in
        the same transaction (each must match its fact's ``personal_digest``).

        :raises ValidationError: a correction that does not fit its target.
        :raises ConflictError: an id already used for different content.
        """
        ...

    def append(
        self, facts: Sequence[Fact], personal: Mapping[str, str] | None = None
    ) -> AppendResult:
        """Append facts sealed elsewhere, checking hashes and chains (idempotent by id).

        :raises ConflictError: bad hash, chain gap or fork, or an id reused.
        """
        ...

    def read(self, since: int = 0, limit: int = 1000) -> list[tuple[int, Fact]]:
        """Facts after cursor ``since`` in append order, with their cursors."""
        ...

    def position(self) -> int:
        """The cursor of the last fact appended (0 for an empty ledger)."""
        ...

    def get(self, fact_id: str) -> Fact | None:
        """One fact by id."""
        ...

    def fact_ids_of_unit(self, unit: Unit) -> list[str]:
        """Ids of the facts folded into one unit of derived state, in append order."""
        ...

    def read_personal(self, fact_ids: Sequence[str], *, actor: str, purpose: str) -> dict[str, str]:
        """Encrypted personal details by fact id; the read is logged in the same transaction."""
        ...

    def purge_personal(self, *, actor: str, up_to: int | None = None) -> int:
        """Delete personal details of facts up to a cursor (default all); logged."""
        ...

    def personal_log(self) -> list[dict[str, Any]]:
        """Every read and purge of personal details."""
        ...

    def query(self, table: str, *, op: str | None = None, **where: Any) -> list[dict[str, Any]]:
        """Rows of a derived table (see ``DERIVED_TABLES``), filtered by equality."""
        ...

    def persons(
        self,
        op: str,
        *,
        person_id: str | None = None,
        trip_id: str | None = None,
        household_id: str | None = None,
    ) -> list[Person]:
        """People of an operation (``persons``), by token; a filter left None is not applied."""
        ...

    def trips(
        self,
        op: str,
        *,
        trip_id: str | None = None,
        vehicle_id: str | None = None,
        origin: str | None = None,
        status: str | None = None,
        arrival_site: str | None = None,
    ) -> list[Trip]:
        """Trips of an operation (``trips``), by id; a filter left None is not applied."""
        ...

    def latest(
        self, table: str, *, order_by: str, limit: int, op: str | None = None, **where: Any
    ) -> list[dict[str, Any]]:
        """The newest ``limit`` rows of a derived table by one of its columns (descending)."""
        ...

    def headcounts(self, op: str) -> dict[tuple[str, str, str, str], int]:
        """Current headcounts of an operation: (stage, site, dim, value) -> people."""
        ...

    def verify(self, progress: Progress | None = None) -> VerifyReport:
        """Recheck every hash chain, device head and cursor."""
        ...

    def rebuild(self, progress: Progress | None = None) -> None:
        """Recompute all derived state from the log."""
        ...

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every derived table's rows, sorted (for comparing stores and rebuilds)."""
        ...

    def derived_matches_log(self) -> bool:
        """Whether derived state equals a rebuild from the log (a check: it changes nothing)."""
        ...

    def key_events(self) -> list[KeyEvent]:
        """Every key registration and revocation in the ledger."""
        ...

    def tree_head(self) -> dict[str, Any]:
        """``{"size", "root", "totals"}``: the Merkle root of the whole ledger and the published
        totals of the same facts, from one snapshot."""
        ...

    def tree_root(self, size: int) -> str:
        """The Merkle root (hex) of the first ``size`` facts.

        :raises NotFound: the ledger holds fewer facts.
        """
        ...

    def inclusion(self, fact_id: str, size: int) -> dict[str, Any]:
        """A fact's leaf index, leaf hash and audit path in the tree of ``size`` facts.

        :raises NotFound: the fact is not among the first ``size``.
        """
        ...

    def consistency(self, first: int, second: int) -> list[str]:
        """The consistency proof (hex) from the tree of ``first`` facts to that of ``second``."""
        ...

    def fill_merkle_chunks(self) -> int:
        """Cache the hashes of complete chunks of leaves; return how many were added."""
        ...

    def verify_tree(self) -> list[str]:
        """Recompute the cached chunk hashes from the ledger; describe each that differs."""
        ...

    def save_checkpoint(self, checkpoint: dict[str, Any], totals: Any) -> None:
        """Keep a checkpoint this node signed, with the totals published with it."""
        ...

    def checkpoints(self, limit: int = 100) -> list[dict[str, Any]]:
        """The latest checkpoints this node signed (``{"checkpoint", "totals"}``), newest first."""
        ...

    def log_refusal(self, *, actor: str, reason: str) -> None:
        """Record a refused write (a forged or badly signed fact) in the audit log."""
        ...

    def log_access(self, *, actor: str, action: str, purpose: str, at: str) -> None:
        """Log a read of per-person rows in the personal-data access log."""
        ...

    def has_facts_after(self, moment: str) -> bool:
        """Whether any fact happened after a moment (a ledger time)."""
        ...

    def save_forecast(
        self, *, op: str, position: int, computed_at: str, body: dict[str, Any]
    ) -> None:
        """Replace an operation's stored completion forecast."""
        ...

    def get_forecast(self, op: str) -> dict[str, Any] | None:
        """An operation's latest forecast (position, computed_at, body), or None."""
        ...

    def save_public_snapshot(
        self, *, op: str, position: int, computed_at: str, body: dict[str, Any]
    ) -> None:
        """Replace an operation's protected public snapshot (``services/disclosure.py``)."""
        ...

    def get_public_snapshot(self, op: str) -> dict[str, Any] | None:
        """An operation's latest protected snapshot (position, computed_at, body), or None."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
