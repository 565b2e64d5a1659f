"""The accounts contract (``AccountStore``), run against every storage adapter.

Accounts, sessions, API tokens and failed logins live beside the ledger, not in it; secrets
arrive hashed. Only methods of the interface are called.
"""

from __future__ import annotations

from corridor.storage import SqlStore

AT = "2016-12-15T08:00:00Z"
LATER = "2016-12-15T09:00:00Z"


def _account(store: SqlStore, name: str = "cora", role: str = "coordinator") -> None:
    store.save_account(username=name, password_hash="hash-1", role=role, sites="", at=AT)


def test_an_account_is_saved_read_listed_and_deleted(store: SqlStore) -> None:
    assert store.get_account("cora") is None
    _account(store)
    store.save_account(username="reg", password_hash="h", role="registrar", sites="a,b", at=AT)
    cora = store.get_account("cora")
    assert cora is not None and (cora["role"], cora["password_hash"]) == ("coordinator", "hash-1")
    assert [a["username"] for a in store.list_accounts()] == ["cora", "reg"]
    assert store.delete_account("cora") is True
    assert store.delete_account("cora") is False
    assert [a["username"] for a in store.list_accounts()] == ["reg"]


def test_replacing_an_account_ends_its_sessions(store: SqlStore) -> None:
    _account(store)
    store.save_session(digest="s1", username="cora", csrf="c", at=AT, expires_at=LATER)
    session = store.get_session("s1")
    assert session is not None and (session["username"], session["csrf"]) == ("cora", "c")
    _account(store, role="admin")
    assert store.get_session("s1") is None


def test_sessions_end_and_expired_ones_are_pruned(store: SqlStore) -> None:
    _account(store)
    store.save_session(digest="s1", username="cora", csrf="c", at=AT, expires_at=LATER)
    store.save_session(digest="s2", username="cora", csrf="d", at=AT, expires_at="2016-12-16")
    store.delete_session("s1")
    assert store.get_session("s1") is None
    store.prune_auth(now="2016-12-15T12:00:00Z", failures_before=AT)
    assert store.get_session("s2") is not None
    store.prune_auth(now="2016-12-17T00:00:00Z", failures_before=AT)
    assert store.get_session("s2") is None


def test_api_tokens_go_with_their_account(store: SqlStore) -> None:
    _account(store)
    store.save_token(digest="t1", username="cora", label="laptop", at=AT)
    token = store.get_token("t1")
    assert token is not None and (token["username"], token["label"]) == ("cora", "laptop")
    assert store.get_token("t2") is None
    store.delete_account("cora")
    assert store.get_token("t1") is None


def test_failed_logins_are_counted_since_a_time_and_cleared(store: SqlStore) -> None:
    for at in ("2016-12-15T08:00:00Z", "2016-12-15T08:01:00Z", "2016-12-15T08:02:00Z"):
        store.note_login_failure("cora", at)
    store.note_login_failure("10.0.0.1", AT)
    assert store.login_failures("cora", "2016-12-15T08:00:30Z") == 2
    assert store.login_failure_times("cora", "2016-12-15T08:00:30Z") == [
        "2016-12-15T08:01:00Z",
        "2016-12-15T08:02:00Z",
    ]
    store.prune_auth(now=LATER, failures_before="2016-12-15T08:01:30Z")
    assert store.login_failures("cora", AT) == 1
    store.clear_login_failures("cora")
    assert store.login_failures("cora", AT) == 0
    assert store.login_failures("10.0.0.1", AT) == 0  # pruned: older than the cut
