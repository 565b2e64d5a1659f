"""Accounts, sign-in with rate limiting, sessions and API tokens.

Passwords are kept as argon2id hashes; session ids and API tokens are random and only their
SHA-256 digests are stored, so a copy of the database lets nobody sign in.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from corridor.clock import Clock, format_time
from corridor.domain.access import Principal, check_role
from corridor.domain.messages import Message, encode
from corridor.errors import CorridorError, NotFound, ValidationError
from corridor.storage.base import Store

_HASHER = PasswordHasher()
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,59}$")
SESSION_HOURS = 12
# Throttling, never locking: an outsider who knows a user name must not be able to keep its
# owner out. Failures count per (account, address) pair, so guesses from one address slow
# only that address for that account; a second, looser count per address slows one address
# spraying many accounts. Past the free attempts each further failure doubles the wait.
FREE_PER_PAIR = 3
FREE_PER_CLIENT = 20
FIRST_DELAY = 5  # seconds, after the free attempts
MAX_DELAY = 15 * 60
FAILURE_WINDOW = timedelta(hours=1)
# A fixed hash to verify against when the user does not exist, so timing does not tell.
_DUMMY_HASH = _HASHER.hash("corridor-no-such-user")


class RateLimited(CorridorError):
    """Too many failed sign-ins from this address: try again after ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def normalise(username: str) -> str:
    """The one form of a user name: no surrounding spaces, lower case (" Cora" is cora)."""
    return username.strip().lower()


def digest(secret: str) -> str:
    """SHA-256 of a session id or token (what the store keeps)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def add_user(
    *, store: Store, clock: Clock, username: str, role: str, sites: list[str], password: str
) -> None:
    """Create or update an account.

    Saving an existing account ends all of its sessions, so a changed password or role takes
    effect at once for whoever holds an old cookie.

    :raises ValidationError: bad name, role, sites or a password under 10 characters.
    """
    username = normalise(username)
    if not _NAME.match(username):
        raise ValidationError("1-60 letters, digits or . _ @ -", field="username")
    check_role(role, sites)
    for site in sites:
        if not _NAME.match(site):
            raise ValidationError(f"bad site id '{site}'", field="site")
    if len(password) < 10:
        raise ValidationError("must be at least 10 characters", field="password")
    store.save_account(
        username=username,
        password_hash=_HASHER.hash(password),
        role=role,
        sites=",".join(sites),
        at=clock.now(),
    )


def remove_user(*, store: Store, username: str) -> None:
    """Delete an account; its sessions and API tokens stop working at once.

    :raises NotFound: no such account.
    """
    if not store.delete_account(normalise(username)):
        raise NotFound(f"no account '{username}'")


def principal(store: Store, username: str) -> Principal | None:
    """The access-rule view of an account, or None when it does not exist."""
    account = store.get_account(username)
    if account is None:
        return None
    sites = frozenset(s for s in account["sites"].split(",") if s)
    return Principal(username=username, role=account["role"], sites=sites)


def login(
    *, store: Store, clock: Clock, username: str, password: str, client: str
) -> tuple[str, str]:
    """Check a password and open a session; return (session id, CSRF token).

    :raises RateLimited: this address failed too often (for this account, or overall) and must
        wait; the wait doubles with each further failure, up to 15 minutes.
    :raises ValidationError: wrong name or password (the message does not say which).
    """
    username = normalise(username)
    since = _ago(clock, FAILURE_WINDOW)
    store.prune_auth(now=clock.now(), failures_before=since)
    pair, by_client = f"pair:{username}|{client}", f"client:{client}"
    wait = max(
        _wait(store.login_failure_times(pair, since), FREE_PER_PAIR, clock),
        _wait(store.login_failure_times(by_client, since), FREE_PER_CLIENT, clock),
    )
    if wait > 0:
        raise RateLimited(
            f"too many failed sign-ins from this address: try again in {wait} seconds", wait
        )
    account = store.get_account(username) if _NAME.match(username) else None
    if not _password_matches(account["password_hash"] if account else None, password):
        for subject in (pair, by_client):
            store.note_login_failure(subject, clock.now())
        raise ValidationError("wrong user name or password", field="password")
    store.clear_login_failures(pair)
    session, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    store.save_session(
        digest=digest(session),
        username=username,
        csrf=csrf,
        at=clock.now(),
        expires_at=_ago(clock, -timedelta(hours=SESSION_HOURS)),
    )
    return session, csrf


def _wait(times: list[str], free: int, clock: Clock) -> int:
    """Seconds still to wait after these failures (0 while within the free attempts)."""
    if len(times) < free:
        return 0
    delay = min(MAX_DELAY, FIRST_DELAY * 2 ** (len(times) - free))
    last = _parse(max(times))
    return max(
        0, math.ceil((last + timedelta(seconds=delay) - _parse(clock.now())).total_seconds())
    )


def _password_matches(stored: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def session_user(*, store: Store, clock: Clock, session: str) -> tuple[Principal, str] | None:
    """The user and CSRF token of a live session, or None (unknown or expired)."""
    found = store.get_session(digest(session))
    if found is None or found["expires_at"] <= clock.now():
        return None
    user = principal(store, found["username"])
    return (user, found["csrf"]) if user else None


def logout(*, store: Store, session: str) -> None:
    """End a session."""
    store.delete_session(digest(session))


def add_token(*, store: Store, clock: Clock, username: str, label: str) -> str:
    """Issue an API token for an account; it is shown once and only its digest is kept.

    :raises NotFound: no such account.
    """
    if store.get_account(username) is None:
        raise NotFound(f"no account '{username}'")
    token = "cor_" + secrets.token_urlsafe(32)
    store.save_token(digest=digest(token), username=username, label=label, at=clock.now())
    return token


def token_user(*, store: Store, token: str) -> Principal | None:
    """The user an API token belongs to, or None."""
    found = store.get_token(digest(token))
    return principal(store, found["username"]) if found else None


def log_read(*, store: Store, clock: Clock, actor: str, what: str | Message) -> None:
    """Record that a user was shown per-person rows (the audit log).

    :param what: what was shown, as text or as a message (kept as its code and values, so
        the audit page says it in the reader's language).
    """
    purpose = what if isinstance(what, str) else encode([what])
    store.log_access(actor=actor, action="view", purpose=purpose, at=clock.now())


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _ago(clock: Clock, delta: timedelta) -> str:
    return format_time(_parse(clock.now()) - delta)
