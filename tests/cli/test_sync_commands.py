"""`corridor node`, `tokens`, `sync` (with a store as the peer) and `purge --synced`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from corridor.cli import main


def run(db: Path, *args: str, ok: bool = True, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(main, ["--db", str(db), "--actor", "tester", *args], env=env)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def server(tmp_path: Path) -> Path:
    path = tmp_path / "server.db"
    run(path, "init", "--device", "server")
    return path


def _node(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.db"
    run(path, "init", "--device", name)
    return path


def test_it_shows_a_node_token_once_and_keeps_only_its_hash(server: Path) -> None:
    token = run(server, "node", "add", "desk1").stdout.strip().splitlines()[0]
    assert token.startswith("crd_")
    listed = json.loads(run(server, "node", "list").stdout)
    assert [n["name"] for n in listed] == ["desk1"] and token not in json.dumps(listed)
    assert token.encode() not in server.read_bytes()
    again = run(server, "node", "add", "desk1", ok=False)
    assert again.exit_code == 1 and "already exists" in again.output
    assert "revoked" in run(server, "node", "revoke", "desk1").stdout
    assert run(server, "node", "add", "bad name!", ok=False).exit_code == 1


def test_it_reserves_ranges_and_issues_tokens_offline(server: Path, tmp_path: Path) -> None:
    one, two = _node(tmp_path, "desk1"), _node(tmp_path, "desk2")
    run(one, "tokens", "reserve", "--peer", str(server), "--count", "3")
    run(two, "tokens", "reserve", "--peer", str(server), "--count", "3")
    assert run(one, "tokens", "issue", "2").stdout.split() == ["W-000001-9", "W-000002-7"]
    assert run(two, "tokens", "issue", "3").stdout.split() == [
        "W-000004-3",
        "W-000005-1",
        "W-000006-0",
    ]
    short = run(one, "tokens", "issue", "2", ok=False)
    assert short.exit_code == 1 and "only 1 W tokens left" in short.output
    assert run(one, "tokens", "issue", "1", "--prefix", "w!", ok=False).exit_code == 1
    ranges = json.loads(run(server, "tokens", "list").stdout)
    assert [(r["device"], r["first_number"]) for r in ranges] == [("desk1", 1), ("desk2", 4)]


def test_it_syncs_with_a_store_and_purges_only_what_was_acknowledged(
    server: Path, tmp_path: Path
) -> None:
    node = _node(tmp_path, "desk1")
    key = tmp_path / "key"
    run(node, "keygen", str(key))
    env = {"CORRIDOR_KEY_FILE": str(key)}
    run(node, "operation", "ev1", "Drill")
    run(node, "site", "a", "Site A", "--kind", "pickup")
    assert "never synced" in run(node, "purge", "--synced", "--yes", ok=False).output
    run(node, "register", "W-000001", "--site", "a", "--name", "Amal", env=env)
    out = run(node, "sync", "--peer", str(server)).stdout
    # The node's key registration (made by init), the operation, the site and the person.
    assert "sent 4 (4 new there, 1 with personal details)" in out
    run(node, "register", "W-000002", "--site", "a", "--name", "Omar", env=env)
    status = json.loads(run(node, "sync", "--status").stdout)
    assert status["peers"][0]["to_push"] == 1
    before = run(node, "summary").stdout
    out = run(node, "purge", "--synced", "--yes").stdout
    assert "1 registrations up to cursor 5" in out  # with the server key fact pulled
    assert run(node, "summary").stdout == before
    assert "OK" in run(node, "verify").stdout
    details = run(server, "reveal", "W-000001", "--purpose", "tracing", env=env).stdout
    assert json.loads(details) == {"name": "Amal"}
    assert run(node, "purge", "--synced", "--up-to", "1", ok=False).exit_code == 2


def test_it_needs_a_token_for_an_http_peer(tmp_path: Path) -> None:
    node = _node(tmp_path, "desk1")
    result = run(node, "sync", "--peer", "http://127.0.0.1:9", ok=False)
    assert result.exit_code == 1 and "node token" in result.output
    assert run(node, "sync", ok=False).exit_code == 2


@pytest.mark.parametrize("layout", ["a4", "wristband"])
def test_a_printed_label_sheet_decodes_back_to_its_tokens(
    server: Path, tmp_path: Path, layout: str
) -> None:
    import pypdfium2
    import zxingcpp

    run(server, "tokens", "reserve", "--peer", str(server), "--count", "30")
    pdf = tmp_path / "labels.pdf"
    out = run(server, "tokens", "print", "W:2-24", "--layout", layout, "-o", str(pdf)).stdout
    assert "23 " in out and "W-000002-7" in out
    found = []
    for page in pypdfium2.PdfDocument(pdf.read_bytes()):
        image = page.render(scale=150 / 72).to_pil()
        found.extend(r.text for r in zxingcpp.read_barcodes(image))
    wanted = run(server, "tokens", "issue", "24").stdout.split()[1:]
    assert sorted(found) == sorted(wanted) and len(found) == 23


def test_it_prints_only_reserved_numbers(server: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "labels.pdf"
    refused = run(server, "tokens", "print", "W:1-10", "-o", str(pdf), ok=False)
    assert refused.exit_code == 1 and "not inside a reserved range" in refused.output
    assert not pdf.exists()
    bad = run(server, "tokens", "print", "W1-10", "-o", str(pdf), ok=False)
    assert bad.exit_code != 0 and "PREFIX:FIRST-LAST" in bad.output
