"""The observer's side: keep the checkpoints seen, check each new one extends them.

An observer runs this on their own machine against a server's published log (HTTP) or a copy
of a store (file). It needs no account and no personal data: checkpoints, consistency proofs
and the totals published with each checkpoint. Its directory holds:

- ``key.pub``: the server's public key, pinned the first time (or given with ``--key``);
- ``checkpoints/*.json``: every signed checkpoint seen, from this source or copied in from
  other observers (that is how a split view is caught: two observers compare what they saw);
- ``evidence/*.json``: for every inconsistency, both signed checkpoints.

What it checks, each run:

1. the new checkpoint's signature, by the pinned key;
2. the totals served are the ones the checkpoint signed (their digest);
3. against every checkpoint already in the directory: same size means same root; a smaller one
   must be extended by the new one (a consistency proof from the source, checked here with
   hashes only); a larger one means the log shrank unless the source can prove the new one is
   just older;
4. with ``recount``, that every total shown is the one computed from the checkpoint's facts.

The files in the directory are this module's only I/O.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from corridor.domain.merkle import totals_digest, verify_consistency
from corridor.domain.signing import Checkpoint, checkpoint_from_dict, checkpoint_signed
from corridor.errors import CorridorError, ValidationError
from corridor.services import transparency
from corridor.storage.base import Store


class Source(Protocol):
    """Where an observer reads a log from."""

    name: str

    def checkpoint(self) -> dict[str, Any]:
        """The newest checkpoint and its totals: ``{"checkpoint": {...}, "totals": {...}}``."""
        ...

    def consistency(self, first: int, second: int) -> list[str]:
        """The consistency proof (hex hashes) between two tree sizes."""
        ...


@dataclass
class Observation:
    """What one run found."""

    checkpoint: dict[str, Any] | None = None
    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


class SeenDir:
    """The observer's directory of checkpoints seen."""

    def __init__(self, path: Path) -> None:
        self.path = path
        (path / "checkpoints").mkdir(parents=True, exist_ok=True)

    def pinned_key(self) -> str | None:
        """The server key pinned here, if any."""
        file = self.path / "key.pub"
        return file.read_text(encoding="ascii").strip() if file.exists() else None

    def pin(self, key: str) -> None:
        """Pin the server's key."""
        (self.path / "key.pub").write_text(key + "\n", encoding="ascii")

    def seen(self) -> list[tuple[Path, Checkpoint]]:
        """Every checkpoint file here that parses, oldest size first."""
        out = []
        for file in sorted((self.path / "checkpoints").glob("*.json")):
            try:
                raw = json.loads(file.read_text(encoding="utf-8"))
                out.append((file, checkpoint_from_dict(raw.get("checkpoint", raw))))
            except (OSError, ValueError, ValidationError):
                continue
        return sorted(out, key=lambda item: (item[1].size, item[1].timestamp))

    def keep(self, checkpoint: Checkpoint, totals: Any, source: str) -> Path:
        """Write a checkpoint seen (once per size and root)."""
        file = self.path / "checkpoints" / f"{checkpoint.size:012d}-{checkpoint.root[:16]}.json"
        if not file.exists():
            body = {"checkpoint": checkpoint.as_dict(), "totals": totals, "source": source}
            file.write_text(json.dumps(body, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return file

    def record_evidence(self, evidence: dict[str, Any], at: str) -> Path:
        """Write the evidence of an inconsistency (both signed checkpoints)."""
        folder = self.path / "evidence"
        folder.mkdir(exist_ok=True)
        n = len(list(folder.glob("*.json"))) + 1
        file = folder / f"{at.replace(':', '')}-{n}.json"
        file.write_text(json.dumps(evidence, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return file


def observe(
    *,
    seen: SeenDir,
    source: Source,
    now: str,
    public_key: str | None = None,
    recount: Callable[[Checkpoint], dict[str, Any]] | None = None,
) -> Observation:
    """Check the source's newest checkpoint against every one seen; keep it when sound.

    :param public_key: the server key to trust (pinned in the directory on first use).
    :param recount: totals recomputed from the checkpoint's facts, when the observer has them.
    """
    report = Observation()
    try:
        served = source.checkpoint()
        new = checkpoint_from_dict(served.get("checkpoint") if isinstance(served, dict) else None)
    except CorridorError as exc:
        report.problems.append(f"cannot read a checkpoint from {source.name}: {exc}")
        return report
    totals = served.get("totals")
    report.checkpoint = new.as_dict()
    key = public_key or seen.pinned_key()
    if not checkpoint_signed(new, key):
        why = "not by the pinned server key" if key and new.public_key != key else "bad"
        report.problems.append(f"the checkpoint's signature is {why}: it proves nothing")
        return report
    if key is None:
        seen.pin(new.public_key)
        report.checked.append(f"pinned the server key {new.public_key} (first use)")
    report.checked.append(f"signature of the checkpoint of {new.size} facts")
    if not isinstance(totals, dict) or totals_digest(totals) != new.totals_digest:
        report.problems.append("the totals served are not those the checkpoint signed")
    else:
        report.checked.append("totals are the ones the checkpoint signed")
    for _file, old in seen.seen():
        if old.origin != new.origin or not checkpoint_signed(old, new.public_key):
            continue
        _compare(report, seen, source, old, new, now)
    if recount is not None and report.ok:
        _recount(report, new, totals, recount)
    if report.ok:
        seen.keep(new, totals, source.name)
    return report


def _compare(
    report: Observation, seen: SeenDir, source: Source, old: Checkpoint, new: Checkpoint, now: str
) -> None:
    def fork(why: str) -> None:
        evidence = {"problem": why, "earlier": old.as_dict(), "now": new.as_dict()}
        report.problems.append(why)
        report.evidence.append(evidence)
        seen.record_evidence(evidence, now)

    if old.size == new.size:
        if old.root != new.root:
            fork(f"FORK: two signed checkpoints of {new.size} facts with different roots")
        return
    first, second = (old, new) if old.size < new.size else (new, old)
    if first.size == 0:
        return
    try:
        proof = [bytes.fromhex(p) for p in source.consistency(first.size, second.size)]
    except (CorridorError, ValueError) as exc:
        if old.size > new.size:
            fork(
                f"TRUNCATED: a checkpoint of {old.size} facts was seen, the source now shows "
                f"{new.size} and cannot prove the larger one ({exc})"
            )
        else:
            fork(f"no consistency proof from {old.size} to {new.size} facts: {exc}")
        return
    good = verify_consistency(
        first.size, second.size, bytes.fromhex(first.root), bytes.fromhex(second.root), proof
    )
    if not good:
        fork(
            f"NOT CONSISTENT: the log of {second.size} facts does not extend the log of "
            f"{first.size} facts seen before (facts removed, changed or a split view)"
        )
    elif old.size > new.size:
        report.checked.append(f"older than one seen ({old.size} facts), but consistent with it")
    else:
        report.checked.append(f"extends the checkpoint of {old.size} facts seen before")


def _recount(
    report: Observation,
    new: Checkpoint,
    totals: Any,
    recount: Callable[[Checkpoint], dict[str, Any]],
) -> None:
    try:
        counted = recount(new)
    except CorridorError as exc:
        report.problems.append(f"cannot recount from the facts given: {exc}")
        return
    if not agrees(totals, counted):
        report.problems.append(
            "the published totals differ from those computed from the checkpoint's facts: "
            f"published {json.dumps(totals, sort_keys=True)}, "
            f"recounted {json.dumps(counted, sort_keys=True)}"
        )
    else:
        report.checked.append(f"totals recounted from the {new.size} facts match")


def agrees(published: Any, counted: dict[str, Any]) -> bool:
    """Whether published totals are the recounted ones: the same operations and stages, and
    every figure shown equal to the count. A withheld one (None) cannot be checked: what the
    node withholds depends on what it published before (``services/disclosure.py``), not on
    the facts alone."""
    if not isinstance(published, dict) or published.keys() != counted.keys():
        return False
    for op, stages in counted.items():
        shown = published[op]
        if not isinstance(shown, dict) or shown.keys() != stages.keys():
            return False
        if any(v is not None and v != stages[k] for k, v in shown.items()):
            return False
    return True


def recount(facts: list[Any], checkpoint: Checkpoint, scratch: Any) -> dict[str, Any]:
    """The totals computed from a checkpoint's own facts, in a scratch store.

    The facts (from ``corridor export``) must be the checkpoint's: their Merkle root is checked
    first. Appending them checks every hash, chain and signature again.

    :raises ValidationError: too few facts, or not the ones the checkpoint covers.
    """
    from corridor.domain.merkle import leaf_data, leaf_hash, root_of

    sealed = facts[: checkpoint.size]
    if len(sealed) < checkpoint.size:
        raise ValidationError(
            f"the facts file holds {len(facts)} facts; the checkpoint covers {checkpoint.size}"
        )
    root = root_of([leaf_hash(leaf_data(f.hash, f.sig)) for f in sealed])
    if root.hex() != checkpoint.root:
        raise ValidationError("these facts are not the ones the checkpoint covers (root differs)")
    for start in range(0, len(sealed), 2000):
        scratch.append(sealed[start : start + 2000])
    totals: dict[str, Any] = scratch.tree_head()["totals"]
    return totals


class StoreSource:
    """A log read from a store opened here (a copy on a USB disk, or the node's own)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.name = store.url

    def checkpoint(self) -> dict[str, Any]:
        """The store's newest checkpoint."""
        return transparency.latest_checkpoint(store=self.store)

    def consistency(self, first: int, second: int) -> list[str]:
        """A consistency proof computed from the store."""
        proof: list[str] = transparency.consistency(store=self.store, first=first, second=second)[
            "proof"
        ]
        return proof
