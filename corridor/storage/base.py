"""The storage interface every adapter implements: the ledger, sync state, and accounts.

Contract (checked by ``tests/storage/test_store_contract.py`` against every adapter):

- ``record(drafts)`` seals drafts into this node's own hash chain and appends them;
  ``append(facts)`` appends facts already sealed elsewhere (import, sync), checking their chains.
- Both are idempotent by fact id: a fact the ledger already holds is skipped, not stored again;
  the same id with different content is a :class:`~corridor.errors.ConflictError`.
- A batch is atomic: on any error nothing of it is written.
- Derived state (headcounts, trips, discrepancies, ...) is updated in the same transaction as
  the append, and ``rebuild()`` recomputes it from the log with the same result.
- ``read(since)`` returns facts in the order this store appended them, by a cursor that only
  grows, so a reader resuming from its last cursor misses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from corridor.domain.events import FACT_TYPES, Draft, Fact
from corridor.domain.keys import KeyEvent
from corridor.domain.signing import Signer
from corridor.domain.units import Unit

RECORD_COLUMNS = ("op", "fact_id", "at", "source_device")

Progress = Callable[[int], None]

# Derived tables a caller may query, and the columns each returns (in order).
DERIVED_TABLES: dict[str, tuple[str, ...]] = {
    "tally": ("op", "stage", "site", "dim", "value", "n"),
    "tally_hourly": ("op", "hour", "stage", "site", "dim", "value", "n"),
    "persons": (
        "op",
        "person_id",
        "site_id",
        "grp",
        "age",
        "sex",
        "triage",
        "household_id",
        "destination",
        "registered_at",
        "trip_id",  # the trip they are on (the last they rode)
        "boarded_at",
        "legs",  # every trip they rode, comma-separated (more than one if turned back)
        "arrived_at",  # reception's mark of their arrival (person.arrived)
        "arrival_site",
        "arrival_trip",
    ),
    # Every trip boarded by people who boarded more than one (accepted 0: refused as a
    # contradiction, see corridor.domain.people); people who boarded one trip are not listed.
    "boardings": ("op", "person_id", "trip_id", "boarded_at", "accepted"),
    # People on a trip whose arrivals reception marks by token, not marked once it arrived.
    "missing": ("op", "trip_id", "person_id", "since"),
    "trips": (
        "op",
        "trip_id",
        "vehicle_id",
        "origin",
        "destination",
        "convoy",
        "named",
        "counted",
        "boarded",
        "status",
        "dispatched_at",
        "departed_at",
        "arrived_at",
        "arrival_site",
        "arrived",
        "diverted",
        "died",
        "missing",
        "marked",  # people of the manifest marked arrived by token
        "unaccounted",  # boarded - arrived - diverted - died - missing once arrived, never < 0
    ),
    "discrepancies": ("op", "unit", "kind", "at", "detail"),
    "operations": (
        "op",
        "name",
        "conditioned_on",
        "description",
        "status",
        "status_at",
        "name_ar",
        "months",
        "time_zone",
        "figures",  # the operation's own planning figures (JSON), or None for the defaults
    ),
    "status_history": ("op", "fact_id", "at", "status", "reason", "actor"),
    # places/tents/beds: the latest capacity declared (None when none was), and since when.
    "sites": (
        "op",
        "site_id",
        "name",
        "kind",
        "name_ar",
        "pcode",
        "adm_level",
        "lat",
        "lon",
        "places",
        "tents",
        "beds",
        "capacity_at",
    ),
    # An aid trip's cargo by item; ``site`` is where it arrived (its destination until then).
    "cargo": (
        "op",
        "trip_id",
        "item",
        "sent",
        "delivered",
        "lost",
        "diverted",
        "site",
        "arrived",
    ),
    "distributions": ("op", "fact_id", "at", "site_id", "item", "quantity"),
    "vehicles": ("op", "vehicle_id", "kind", "capacity", "agency"),
    "incidents": (*RECORD_COLUMNS, *FACT_TYPES["incident.reported"].fields),
    "estimates": (*RECORD_COLUMNS, *FACT_TYPES["estimate.reported"].fields),
}


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

    def as_of(self, moment: str) -> Store:
        """A new in-memory store of the facts that happened up to a moment (close it after)."""
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


class SyncStore(Protocol):
    """What a node keeps to sync: chain heads, node tokens and keys, peers, token ranges.

    Contract: ``tests/storage/test_sync_store_contract.py``.
    """

    def device_heads(self) -> dict[str, int]:
        """The last sequence number held of every device's chain."""
        ...

    def copy_personal(self, fact_ids: Sequence[str], *, actor: str, peer: str) -> dict[str, str]:
        """Ciphertexts of personal details to send to a peer; logged once per call."""
        ...

    def add_sync_node(self, name: str, token_hash: str) -> None:
        """Allow a node to sync here under a token hash."""
        ...

    def sync_node_by_hash(self, token_hash: str) -> str | None:
        """The live node holding this token hash, if any."""
        ...

    def revoke_sync_node(self, name: str) -> None:
        """Stop a node's token from working."""
        ...

    def note_sync_node(self, name: str, *, position: int | None, pushed: int | None) -> None:
        """Remember a node's last call and what it reported."""
        ...

    def sync_nodes(self) -> list[dict[str, Any]]:
        """Every node allowed to sync here."""
        ...

    def sync_peer(self, peer: str) -> dict[str, Any]:
        """A peer's cursors and known chain heads."""
        ...

    def sync_peers(self) -> list[dict[str, Any]]:
        """Every peer this node has synced with."""
        ...

    def save_sync_peer(
        self,
        peer: str,
        *,
        pushed: int | None = None,
        pulled: int | None = None,
        peer_position: int | None = None,
        heads: Mapping[str, int] | None = None,
        error: str | None = None,
    ) -> None:
        """Advance a peer's cursors (never backwards) and heads; note success or an error."""
        ...

    def reserve_token_range(self, prefix: str, count: int, device: str) -> dict[str, Any]:
        """Allocate the next numbers of a token prefix to a device."""
        ...

    def keep_token_range(self, prefix: str, first: int, last: int, device: str) -> None:
        """Store a range allocated elsewhere to this node."""
        ...

    def issue_tokens(self, prefix: str, count: int) -> list[int]:
        """Hand out unused numbers of this device's ranges."""
        ...

    def token_ranges(self) -> list[dict[str, Any]]:
        """Every token range known here."""
        ...

    def bind_node_key(self, name: str, *, device: str, public_key: str) -> None:
        """Bind a sync node's token to a device id and the public key of its first key.

        :raises NotFound: no such node.
        """
        ...

    def bound_key(self, device: str) -> str | None:
        """The public key a live node token binds to this device, if any."""
        ...


class AccountStore(Protocol):
    """Web accounts, sessions, API tokens and failed logins (node-local, outside the ledger).

    Secrets arrive hashed. Contract: ``tests/storage/test_account_store_contract.py``.
    """

    def save_account(
        self, *, username: str, password_hash: str, role: str, sites: str, at: str
    ) -> None:
        """Create an account or replace its hash, role and sites (comma-separated).

        Replacing an account ends its sessions.
        """
        ...

    def get_account(self, username: str) -> dict[str, Any] | None:
        """One account by name, or None."""
        ...

    def delete_account(self, username: str) -> bool:
        """Remove an account with its sessions and tokens; False when there was none."""
        ...

    def prune_auth(self, *, now: str, failures_before: str) -> None:
        """Forget expired sessions and failed logins older than a time."""
        ...

    def list_accounts(self) -> list[dict[str, Any]]:
        """Every account."""
        ...

    def save_session(
        self, *, digest: str, username: str, csrf: str, at: str, expires_at: str
    ) -> None:
        """Store a session under the digest of its cookie value."""
        ...

    def get_session(self, digest: str) -> dict[str, Any] | None:
        """A session by digest (username, csrf, expires_at), or None."""
        ...

    def delete_session(self, digest: str) -> None:
        """End a session."""
        ...

    def save_token(self, *, digest: str, username: str, label: str, at: str) -> None:
        """Store an API token under its digest."""
        ...

    def get_token(self, digest: str) -> dict[str, Any] | None:
        """An API token by digest (username, label), or None."""
        ...

    def note_login_failure(self, subject: str, at: str) -> None:
        """Remember a failed login of a subject (username or client address)."""
        ...

    def login_failures(self, subject: str, since: str) -> int:
        """Failed logins of a subject since a time."""
        ...

    def login_failure_times(self, subject: str, since: str) -> list[str]:
        """When a subject's failed logins since a time happened, oldest first."""
        ...

    def clear_login_failures(self, subject: str) -> None:
        """Forget a subject's failed logins."""
        ...


class Store(LedgerStore, SyncStore, AccountStore, Protocol):
    """Everything a node's store offers: what ``open_store`` returns and the edges hold.

    A service that needs only part of it still takes a ``Store``; each part has its own
    contract suite, run on every adapter.
    """
