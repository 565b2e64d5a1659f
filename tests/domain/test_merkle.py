"""RFC 9162 Merkle tree: reference roots, and proofs that verify and fail when tampered."""

from __future__ import annotations

import pytest

from corridor.domain import merkle

# The RFC 6962 / Certificate Transparency reference leaves and the roots of trees of 1..8.
CT_LEAVES = [
    bytes.fromhex(h)
    for h in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
LEAVES = [merkle.leaf_hash(d) for d in CT_LEAVES]


def _naive_root(leaves: list[bytes]) -> bytes:
    """MTH exactly as RFC 9162 2.1.1 writes it (recursive), to compare the one-pass version."""
    if len(leaves) == 1:
        return leaves[0]
    k = merkle.split(len(leaves))
    return merkle.node_hash(_naive_root(leaves[:k]), _naive_root(leaves[k:]))


def test_it_gives_the_reference_roots() -> None:
    assert merkle.root_of([]).hex() == (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )
    for n in range(1, 9):
        assert merkle.root_of(LEAVES[:n]).hex() == CT_ROOTS[n - 1]


def test_it_gives_the_reference_inclusion_proofs() -> None:
    tree = merkle.list_subtree(LEAVES)
    assert [p.hex() for p in merkle.inclusion_proof(0, 8, tree)] == [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]
    assert [p.hex() for p in merkle.inclusion_proof(5, 8, tree)] == [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]


MANY = [merkle.leaf_hash(bytes([i, i * 7 % 256])) for i in range(70)]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 8, 9, 16, 17, 31, 33, 70])
def test_it_proves_every_leaf_and_refuses_a_tampered_proof(size: int) -> None:
    tree = merkle.list_subtree(MANY[:size])
    root = merkle.root_of(MANY[:size])
    assert root == _naive_root(MANY[:size])
    for index in range(size):
        proof = merkle.inclusion_proof(index, size, tree)
        assert merkle.verify_inclusion(index, size, MANY[index], proof, root)
        assert not merkle.verify_inclusion(index, size, MANY[(index + 1) % 70], proof, root)
        if proof:
            bad = [proof[0][:-1] + bytes([proof[0][-1] ^ 1]), *proof[1:]]
            assert not merkle.verify_inclusion(index, size, MANY[index], bad, root)
        other_root = merkle.root_of([*MANY[:size], merkle.leaf_hash(b"one more")])
        assert not merkle.verify_inclusion(index, size + 1, MANY[index], proof, other_root)


@pytest.mark.parametrize("second", [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 40, 70])
def test_it_proves_every_older_tree_consistent_and_catches_a_change(second: int) -> None:
    tree = merkle.list_subtree(MANY[:second])
    new_root = merkle.root_of(MANY[:second])
    for first in range(1, second + 1):
        old_root = merkle.root_of(MANY[:first])
        proof = merkle.consistency_proof(first, second, tree)
        assert merkle.verify_consistency(first, second, old_root, new_root, proof)
        # A log whose first `first` leaves were changed cannot be proved to extend the old one.
        changed = [*MANY[: first - 1], merkle.leaf_hash(b"rewritten"), *MANY[first:second]]
        forged_root = merkle.root_of(changed)
        forged_proof = merkle.consistency_proof(first, second, merkle.list_subtree(changed))
        assert not merkle.verify_consistency(first, second, old_root, forged_root, forged_proof)
        if first < second:
            assert not merkle.verify_consistency(first, second, old_root, forged_root, proof)


def test_it_refuses_proofs_for_sizes_outside_the_tree() -> None:
    tree = merkle.list_subtree(MANY[:4])
    with pytest.raises(ValueError):
        merkle.inclusion_proof(4, 4, tree)
    with pytest.raises(ValueError):
        merkle.consistency_proof(0, 4, tree)
    assert not merkle.verify_consistency(0, 4, b"", merkle.root_of(MANY[:4]), [])
    assert not merkle.verify_consistency(
        3, 4, merkle.root_of(MANY[:3]), merkle.root_of(MANY[:4]), []
    )
