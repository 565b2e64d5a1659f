"""The accounts part of the store: web accounts, sessions, API tokens, failed logins.

Contract: ``tests/storage/test_account_store_contract.py``.
"""

from __future__ import annotations

from typing import Any, Protocol


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
