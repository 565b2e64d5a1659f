"""Put figures extracted from reports into the ledger as ``estimate.reported`` facts."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from corridor.domain.events import validate_draft
from corridor.domain.ledger import canonical_json
from corridor.services.common import Recorder
from corridor.storage.base.ledger import AppendResult


def record_estimates(rec: Recorder, payloads: Sequence[dict[str, Any]]) -> AppendResult:
    """Record each payload once: its fact id is derived from the operation and its content,
    and it occurred on the figure's as-of day (the clock only when there is none), so adding
    the same brief twice, at any time, adds nothing.

    :raises ValidationError: a payload that is not a valid ``estimate.reported``.
    """
    op, drafts = rec.op, []
    for payload in payloads:
        digest = hashlib.sha256(canonical_json([op, payload]).encode()).hexdigest()
        drafts.append(
            validate_draft(
                {
                    "id": f"est-{digest[:28]}",
                    "type": "estimate.reported",
                    "op": op,
                    "actor": rec.actor,
                    "occurred_at": f"{payload['as_of']}T00:00:00Z"
                    if payload.get("as_of")
                    else rec.clock.now(),
                    "payload": payload,
                }
            )
        )
    return rec.store.record(drafts)
