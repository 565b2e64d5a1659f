"""Accounts, sessions, tokens and sign-in limits, on every store adapter."""

from __future__ import annotations

import argon2
import pytest

from corridor.clock import FrozenClock
from corridor.errors import NotFound, ValidationError
from corridor.services import accounts
from corridor.storage.base import Store

PASSWORD = "correct horse battery"


def _add(store: Store, clock: FrozenClock, name: str = "rami") -> None:
    accounts.add_user(
        store=store,
        clock=clock,
        username=name,
        role="registrar",
        sites=["a", "b"],
        password=PASSWORD,
    )


@pytest.fixture
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Minimum-cost argon2id for tests of the sign-in limits, which hash dozens of passwords.

    The production parameters are pinned by the argon2 test below, which runs without this.
    """
    cheap = argon2.PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(accounts, "_HASHER", cheap)
    monkeypatch.setattr(accounts, "_DUMMY_HASH", cheap.hash("corridor-no-such-user"))


def test_it_keeps_only_an_argon2_hash_of_the_password(store: Store, clock: FrozenClock) -> None:
    _add(store, clock)
    account = store.get_account("rami")
    assert account is not None and account["password_hash"].startswith("$argon2id$")
    # The production cost (RFC 9106, low memory), for real and unknown users alike.
    production = argon2.profiles.RFC_9106_LOW_MEMORY
    assert argon2.extract_parameters(account["password_hash"]) == production
    assert argon2.extract_parameters(accounts._DUMMY_HASH) == production
    assert PASSWORD not in account["password_hash"]
    user = accounts.principal(store, "rami")
    assert user is not None and user.sites == frozenset({"a", "b"})
    assert user.can_at("register", "a") and not user.can_at("register", "c")


def test_it_opens_a_session_that_expires(store: Store, clock: FrozenClock) -> None:
    _add(store, clock)
    session, csrf = accounts.login(
        store=store, clock=clock, username="rami", password=PASSWORD, client="c1"
    )
    found = accounts.session_user(store=store, clock=clock, session=session)
    assert found is not None and found[0].username == "rami" and found[1] == csrf
    assert store.get_session(session) is None  # only the digest is stored
    later = FrozenClock("2016-12-15T20:00:01Z")
    assert accounts.session_user(store=store, clock=later, session=session) is None
    accounts.logout(store=store, session=session)
    assert accounts.session_user(store=store, clock=clock, session=session) is None


def test_it_slows_one_address_with_growing_waits_and_never_locks_the_owner_out(
    store: Store, clock: FrozenClock
) -> None:
    """Should throttle per (account, address) with doubling waits, not lock the account."""
    _add(store, clock)
    for _ in range(accounts.FREE_PER_PAIR):
        with pytest.raises(ValidationError):
            accounts.login(store=store, clock=clock, username="rami", password="nope", client="x")
    with pytest.raises(accounts.RateLimited) as first:
        accounts.login(store=store, clock=clock, username="rami", password=PASSWORD, client="x")
    assert first.value.retry_after == accounts.FIRST_DELAY
    # The owner, from their own address, is not held up by the stranger's failures.
    session, _ = accounts.login(
        store=store, clock=clock, username="rami", password=PASSWORD, client="y"
    )
    assert session
    # After the wait, one more failure from x doubles the next wait.
    later = FrozenClock("2016-12-15T08:00:05Z")
    with pytest.raises(ValidationError):
        accounts.login(store=store, clock=later, username="rami", password="nope", client="x")
    with pytest.raises(accounts.RateLimited) as second:
        accounts.login(store=store, clock=later, username="rami", password=PASSWORD, client="x")
    assert second.value.retry_after == 2 * accounts.FIRST_DELAY


@pytest.mark.usefixtures("cheap_argon2")
def test_it_does_not_let_rotating_addresses_lock_an_account(
    store: Store, clock: FrozenClock
) -> None:
    """Should let the owner in after wrong passwords from many addresses (no hard lock)."""
    _add(store, clock)
    for n in range(30):
        with pytest.raises(ValidationError):
            accounts.login(
                store=store, clock=clock, username="rami", password="nope", client=f"10.0.0.{n}"
            )
    session, _ = accounts.login(
        store=store, clock=clock, username="rami", password=PASSWORD, client="10.9.9.9"
    )
    assert session


@pytest.mark.usefixtures("cheap_argon2")
def test_it_slows_one_address_spraying_many_accounts(store: Store, clock: FrozenClock) -> None:
    """Should throttle an address that fails on many accounts, and only that address."""
    _add(store, clock)
    for n in range(accounts.FREE_PER_CLIENT):
        with pytest.raises(ValidationError):
            accounts.login(
                store=store, clock=clock, username=f"user{n}", password="nope", client="z"
            )
    with pytest.raises(accounts.RateLimited):
        accounts.login(store=store, clock=clock, username="rami", password=PASSWORD, client="z")
    assert accounts.login(store=store, clock=clock, username="rami", password=PASSWORD, client="w")


def test_it_normalises_user_names(store: Store, clock: FrozenClock) -> None:
    """Should treat " Rami " and rami as one account, at creation and at sign-in."""
    _add(store, clock, name=" Rami ")
    assert [a["username"] for a in store.list_accounts()] == ["rami"]
    session, _ = accounts.login(
        store=store, clock=clock, username=" RAMI", password=PASSWORD, client="c"
    )
    found = accounts.session_user(store=store, clock=clock, session=session)
    assert found is not None and found[0].username == "rami"


def test_it_ends_sessions_when_the_password_or_role_changes(
    store: Store, clock: FrozenClock
) -> None:
    """Should sign out every session of an account whose password or role is changed."""
    _add(store, clock)
    session, _ = accounts.login(
        store=store, clock=clock, username="rami", password=PASSWORD, client="c"
    )
    accounts.add_user(
        store=store,
        clock=clock,
        username="rami",
        role="coordinator",
        sites=[],
        password="a brand new password",
    )
    assert accounts.session_user(store=store, clock=clock, session=session) is None


def test_it_issues_tokens_for_existing_accounts_only(store: Store, clock: FrozenClock) -> None:
    _add(store, clock)
    token = accounts.add_token(store=store, clock=clock, username="rami", label="tablet")
    user = accounts.token_user(store=store, token=token)
    assert user is not None and user.role == "registrar"
    assert accounts.token_user(store=store, token=token + "x") is None
    assert store.get_token(token) is None  # only the digest is stored
    with pytest.raises(NotFound):
        accounts.add_token(store=store, clock=clock, username="nobody", label="x")


@pytest.mark.parametrize(
    ("name", "role", "sites", "password", "field"),
    [
        ("bad name!", "observer", [], PASSWORD, "username"),
        ("olga", "boss", [], PASSWORD, "role"),
        ("rami", "registrar", [], PASSWORD, "site"),
        ("olga", "observer", [], "short", "password"),
    ],
)
def test_it_refuses_bad_accounts(
    store: Store,
    clock: FrozenClock,
    name: str,
    role: str,
    sites: list[str],
    password: str,
    field: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.add_user(
            store=store, clock=clock, username=name, role=role, sites=sites, password=password
        )
    assert caught.value.field == field
    assert store.list_accounts() == []


def test_it_logs_reads_of_personal_rows(store: Store, clock: FrozenClock) -> None:
    accounts.log_read(store=store, clock=clock, actor="rami", what="3 person rows at a")
    assert store.personal_log() == [
        {
            "at": clock.now(),
            "actor": "rami",
            "action": "view",
            "fact_id": None,
            "purpose": "3 person rows at a",
        }
    ]


def test_it_removes_an_account_with_its_sessions_and_tokens(
    store: Store, clock: FrozenClock
) -> None:
    _add(store, clock)
    token = accounts.add_token(store=store, clock=clock, username="rami", label="lost tablet")
    session, _ = accounts.login(
        store=store, clock=clock, username="rami", password=PASSWORD, client="c"
    )
    accounts.remove_user(store=store, username="rami")
    assert accounts.token_user(store=store, token=token) is None
    assert accounts.session_user(store=store, clock=clock, session=session) is None
    with pytest.raises(NotFound):
        accounts.remove_user(store=store, username="rami")


def test_it_forgets_old_failures_and_expired_sessions(store: Store, clock: FrozenClock) -> None:
    _add(store, clock)
    with pytest.raises(ValidationError):
        accounts.login(store=store, clock=clock, username="rami", password="no", client="c")
    old_session, _ = accounts.login(
        store=store, clock=clock, username="rami", password=PASSWORD, client="c"
    )
    later = FrozenClock("2016-12-16T08:00:00Z")
    accounts.login(store=store, clock=later, username="rami", password=PASSWORD, client="c")
    assert store.login_failures("client:c", "2000-01-01T00:00:00Z") == 0
    assert store.get_session(accounts.digest(old_session)) is None
