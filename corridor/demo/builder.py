"""Collecting the demo's facts: sequential ids, times as the ledger writes them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from corridor.demo.scenario import OP


class Builder:
    """Collects facts with sequential ids and the right types."""

    def __init__(self) -> None:
        self.facts: list[dict[str, Any]] = []

    def add(
        self,
        type_: str,
        at: datetime | str,
        payload: dict[str, Any],
        op: str = OP,
        actor: str = "demo",
    ) -> str:
        fact_id = f"demo-{len(self.facts) + 1:06d}"
        when = at if isinstance(at, str) else at.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.facts.append(
            {
                "id": fact_id,
                "type": type_,
                "op": op,
                "actor": actor,
                "occurred_at": when,
                "payload": payload,
            }
        )
        return fact_id


def utc(text: str) -> datetime:
    """An ISO 8601 time read as UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
