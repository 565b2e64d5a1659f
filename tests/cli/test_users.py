"""`corridor user add/list/remove` and `corridor token add`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from corridor.cli import main


def run(db: str, *args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == code, result.output
    return result


def test_it_creates_accounts_and_prints_a_generated_password_once(tmp_path: Path) -> None:
    db = str(tmp_path / "ops.db")
    first = run(db, "user", "add", "ada", "--role", "admin", "--if-missing")
    again = run(db, "user", "add", "ada", "--role", "admin", "--if-missing")
    assert "Password (shown once): " in first.output
    assert "exists" in again.output and "Password" not in again.output
    bad = run(db, "user", "add", "rami", "--role", "registrar", code=1)
    assert "needs at least one site" in bad.output
    secret = tmp_path / "pw"
    secret.write_text("short\n")
    short = run(
        db, "user", "add", "olga", "--role", "observer", "--password-file", str(secret), code=1
    )
    assert "at least 10" in short.output
    token = run(db, "token", "add", "ada").output.strip()
    assert token.startswith("cor_")
    assert "no account" in run(db, "token", "add", "nobody", code=1).output
    assert run(db, "user", "list").output.split() == ["ada", "admin"]
    assert "removed" in run(db, "user", "remove", "ada").output
    assert run(db, "user", "list").output == ""
