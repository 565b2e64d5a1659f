"""An observer's HTTP client for a server's transparency log (``/transparency/v1/*``)."""

from __future__ import annotations

from typing import Any

import httpx

from corridor.errors import NotFound, StorageError


class HttpSource:
    """A server publishing its log at ``url``."""

    def __init__(self, url: str, *, timeout: float = 60.0) -> None:
        self.name = url.rstrip("/")
        self._client = httpx.Client(
            base_url=self.name, timeout=httpx.Timeout(timeout, connect=10.0)
        )

    def checkpoint(self) -> dict[str, Any]:
        """The server's newest checkpoint and its totals."""
        reply: dict[str, Any] = self._get("/transparency/v1/checkpoint", {})
        return reply

    def consistency(self, first: int, second: int) -> list[str]:
        """The server's consistency proof between two tree sizes."""
        reply = self._get("/transparency/v1/consistency", {"first": first, "second": second})
        proof = reply.get("proof")
        if not isinstance(proof, list) or not all(isinstance(p, str) for p in proof):
            raise StorageError(f"{self.name} sent a malformed proof")
        return proof

    def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        try:
            r = self._client.get(path, params=params)
        except httpx.HTTPError as exc:
            raise StorageError(f"cannot reach {self.name}: {exc}") from None
        try:
            body = r.json()
        except ValueError:
            body = {}
        if r.status_code == 404:
            raise NotFound(str(body.get("error") or f"{path} not found at {self.name}"))
        if r.status_code != 200 or not isinstance(body, dict):
            raise StorageError(f"{self.name}{path} answered {r.status_code}: {body}")
        return body

    def close(self) -> None:
        """Close the connection."""
        self._client.close()
