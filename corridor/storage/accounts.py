"""Accounts, sessions, API tokens and failed logins: the web's state, kept beside the ledger.

None of this is part of the hashed ledger: it is node-local access control. Secrets never reach
the database in the clear (the service layer hashes them before calling these methods).
"""

from __future__ import annotations

from typing import Any

from corridor.storage.connected import Connected

ACCOUNT_COLUMNS = ("username", "password_hash", "role", "sites", "created_at")


class AccountsMixin(Connected):
    """Account storage for :class:`~corridor.storage.sql.SqlStore` (see ``Store``)."""

    def save_account(
        self, *, username: str, password_hash: str, role: str, sites: str, at: str
    ) -> None:
        """Create an account or replace its hash, role and sites; end its sessions."""
        with self._write() as db:
            db.run("DELETE FROM accounts WHERE username = ?", (username,))
            # A new password or role must not leave an old cookie working.
            db.run("DELETE FROM sessions WHERE username = ?", (username,))
            db.run(
                "INSERT INTO accounts (username, password_hash, role, sites, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (username, password_hash, role, sites, at),
            )

    def delete_account(self, username: str) -> bool:
        """Remove an account with its sessions and tokens; False when there was none."""
        with self._write() as db:
            found = db.rows("SELECT 1 FROM accounts WHERE username = ?", (username,))
            for table in ("sessions", "api_tokens", "accounts"):
                db.run(f"DELETE FROM {table} WHERE username = ?", (username,))
        return bool(found)

    def prune_auth(self, *, now: str, failures_before: str) -> None:
        """Forget expired sessions and failed logins older than the rate-limit window."""
        with self._write() as db:
            db.run("DELETE FROM sessions WHERE expires_at <= ?", (now,))
            db.run("DELETE FROM login_failures WHERE at < ?", (failures_before,))

    def get_account(self, username: str) -> dict[str, Any] | None:
        """One account by name, or None."""
        with self._read() as db:
            rows = db.rows(
                f"SELECT {', '.join(ACCOUNT_COLUMNS)} FROM accounts WHERE username = ?",
                (username,),
            )
        return dict(zip(ACCOUNT_COLUMNS, rows[0], strict=True)) if rows else None

    def list_accounts(self) -> list[dict[str, Any]]:
        """Every account (hashes included: callers drop them before showing)."""
        with self._read() as db:
            rows = db.rows(f"SELECT {', '.join(ACCOUNT_COLUMNS)} FROM accounts ORDER BY username")
        return [dict(zip(ACCOUNT_COLUMNS, r, strict=True)) for r in rows]

    def save_session(
        self, *, digest: str, username: str, csrf: str, at: str, expires_at: str
    ) -> None:
        """Store a new session under the digest of its cookie value."""
        with self._write() as db:
            db.run(
                "INSERT INTO sessions (digest, username, csrf, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (digest, username, csrf, at, expires_at),
            )

    def get_session(self, digest: str) -> dict[str, Any] | None:
        """A session by digest: username, csrf, expires_at; or None."""
        with self._read() as db:
            rows = db.rows(
                "SELECT username, csrf, expires_at FROM sessions WHERE digest = ?", (digest,)
            )
        keys = ("username", "csrf", "expires_at")
        return dict(zip(keys, rows[0], strict=True)) if rows else None

    def delete_session(self, digest: str) -> None:
        """End a session (logout)."""
        with self._write() as db:
            db.run("DELETE FROM sessions WHERE digest = ?", (digest,))

    def save_token(self, *, digest: str, username: str, label: str, at: str) -> None:
        """Store an API token under its digest."""
        with self._write() as db:
            db.run(
                "INSERT INTO api_tokens (digest, username, label, created_at) VALUES (?, ?, ?, ?)",
                (digest, username, label, at),
            )

    def get_token(self, digest: str) -> dict[str, Any] | None:
        """An API token by digest: username and label; or None."""
        with self._read() as db:
            rows = db.rows("SELECT username, label FROM api_tokens WHERE digest = ?", (digest,))
        return {"username": rows[0][0], "label": rows[0][1]} if rows else None

    def note_login_failure(self, subject: str, at: str) -> None:
        """Remember one failed login for a subject (a username or a client address)."""
        with self._write() as db:
            db.run("INSERT INTO login_failures (subject, at) VALUES (?, ?)", (subject, at))

    def login_failures(self, subject: str, since: str) -> int:
        """How many failed logins a subject has had since a time."""
        return len(self.login_failure_times(subject, since))

    def login_failure_times(self, subject: str, since: str) -> list[str]:
        """When a subject's failed logins since a time happened, oldest first."""
        with self._read() as db:
            rows = db.rows(
                "SELECT at FROM login_failures WHERE subject = ? AND at >= ? ORDER BY at",
                (subject, since),
            )
        return [r[0] for r in rows]

    def clear_login_failures(self, subject: str) -> None:
        """Forget a subject's failed logins (after a successful one)."""
        with self._write() as db:
            db.run("DELETE FROM login_failures WHERE subject = ?", (subject,))

    def log_access(self, *, actor: str, action: str, purpose: str, at: str) -> None:
        """Record a read of per-person rows in the personal-data access log."""
        with self._write() as db:
            db.run(
                "INSERT INTO personal_access (at, actor, action, fact_id, purpose) "
                "VALUES (?, ?, ?, NULL, ?)",
                (at, actor, action, purpose),
            )

    def log_refusal(self, *, actor: str, reason: str) -> None:
        """Record a refused write (a forged or badly signed fact) in the audit log.

        Written in a transaction of its own: the refused batch itself was rolled back.
        """
        self.log_access(actor=actor, action="refused", purpose=reason[:1000], at=self._now())
