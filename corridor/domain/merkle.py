"""A Merkle tree over the ledger in append order, hashed as RFC 9162 (Certificate Transparency).

Pure functions. The tree of size ``n`` holds the first ``n`` facts of the ledger (cursors 1..n);
leaf ``i`` (from 0) is the fact at cursor ``i + 1``:

- leaf hash: ``SHA-256(0x00 || leaf data)``, the data being the fact's hash and signature;
- node hash: ``SHA-256(0x01 || left || right)``, the left subtree holding the largest power of two
  of leaves smaller than the node's size (RFC 9162 section 2.1.1).

Proofs are made from a *subtree function* ``subtree(lo, hi)`` that returns the hash of the
leaves ``lo..hi-1``: storage answers it from cached chunks, tests from a list. The verifiers are
the algorithms of RFC 9162 sections 2.1.3.2 and 2.1.4.2, and need nothing but hashes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from hashlib import sha256

Subtree = Callable[[int, int], bytes]
EMPTY_ROOT = sha256(b"").digest()


def leaf_data(fact_hash: str, sig: str = "") -> bytes:
    """What a fact contributes to the tree: its hash (which covers all of it) and signature."""
    return (fact_hash + (":" + sig if sig else "")).encode("ascii")


def leaf_hash(data: bytes) -> bytes:
    """RFC 9162 leaf hash."""
    return sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """RFC 9162 interior node hash."""
    return sha256(b"\x01" + left + right).digest()


def split(n: int) -> int:
    """The largest power of two smaller than ``n`` (``n`` > 1): the left subtree's size."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def root_of(leaves: Sequence[bytes]) -> bytes:
    """The Merkle tree hash of leaf hashes, in one pass (a stack of complete subtrees)."""
    if not leaves:
        return EMPTY_ROOT
    stack: list[tuple[int, bytes]] = []  # (size, hash) of complete subtrees, sizes decreasing
    for leaf in leaves:
        size, digest = 1, leaf
        while stack and stack[-1][0] == size:
            left_size, left = stack.pop()
            size, digest = left_size + size, node_hash(left, digest)
        stack.append((size, digest))
    _, digest = stack.pop()
    while stack:  # the right edge: fold the smaller subtrees into the larger ones
        _, left = stack.pop()
        digest = node_hash(left, digest)
    return digest


def list_subtree(leaves: Sequence[bytes]) -> Subtree:
    """A subtree function over leaf hashes held in memory."""
    return lambda lo, hi: root_of(leaves[lo:hi])


def inclusion_proof(index: int, size: int, subtree: Subtree) -> list[bytes]:
    """The audit path of leaf ``index`` in the tree of ``size`` leaves (RFC 9162 2.1.3.1).

    :raises ValueError: ``index`` outside the tree.
    """
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size}")
    return _path(index, 0, size, subtree)


def _path(m: int, lo: int, hi: int, subtree: Subtree) -> list[bytes]:
    n = hi - lo
    if n == 1:
        return []
    k = split(n)
    if m < k:
        return [*_path(m, lo, lo + k, subtree), subtree(lo + k, hi)]
    return [*_path(m - k, lo + k, hi, subtree), subtree(lo, lo + k)]


def consistency_proof(first: int, second: int, subtree: Subtree) -> list[bytes]:
    """The proof that the tree of ``second`` leaves extends that of ``first`` (RFC 9162 2.1.4.1).

    :raises ValueError: unless 0 < first <= second.
    """
    if not 0 < first <= second:
        raise ValueError(f"no consistency proof from {first} to {second}")
    if first == second:
        return []
    return _subproof(first, 0, second, True, subtree)


def _subproof(m: int, lo: int, hi: int, whole: bool, subtree: Subtree) -> list[bytes]:
    n = hi - lo
    if m == n:
        return [] if whole else [subtree(lo, hi)]
    k = split(n)
    if m <= k:
        return [*_subproof(m, lo, lo + k, whole, subtree), subtree(lo + k, hi)]
    return [*_subproof(m - k, lo + k, hi, False, subtree), subtree(lo, lo + k)]


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes
) -> bool:
    """True when ``proof`` shows leaf hash ``leaf`` at ``index`` in tree ``root`` of ``size``."""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]
) -> bool:
    """True when ``proof`` shows the tree ``second_root`` extends ``first_root`` unchanged."""
    if first == second:
        return not proof and first_root == second_root
    if not 0 < first < second or not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:  # an exact power of two: the old root is a node of the new tree
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0


def published_totals(rows: Sequence[tuple[str, str, int]]) -> dict[str, dict[str, int | None]]:
    """The totals published with a checkpoint: people per operation and stage, all sites.

    ``rows`` are (operation, stage, people). Counts 1-4 become None ("fewer than 5"), as
    observers see them; the same rule applied to a recount gives the same table.
    """
    out: dict[str, dict[str, int | None]] = {}
    for op, stage, n in sorted(rows):
        if n:
            out.setdefault(op, {})[stage] = None if 0 < n < 5 else int(n)
    return out


def totals_digest(totals: dict[str, dict[str, int | None]]) -> str:
    """SHA-256 (hex) of the totals' canonical JSON, which a checkpoint's signature covers."""
    import json

    text = json.dumps(totals, sort_keys=True, separators=(",", ":"))
    return sha256(text.encode("utf-8")).hexdigest()
