"""The HTTP transport of sync: a peer reached at a URL with a node token (httpx).

Replies are checked as strictly as requests are on the other side. A refused batch raises the
same error the peer raised (400 ValidationError, 409 ConflictError); anything else that stops
a batch (no route, cut connection, timeout, 5xx) raises SyncError. Either way the caller's
cursors stay where they were, so the next round resends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from corridor.domain.events import Fact
from corridor.errors import ConfigError, ConflictError, SyncError, ValidationError
from corridor.services import sync_wire
from corridor.services.sync_wire import PeerInfo, PullBatch, PushAck


class HttpPeer:
    """A node serving the sync routes at ``url``."""

    def __init__(self, url: str, token: str, *, timeout: float = 60.0) -> None:
        self.name = url.rstrip("/")
        self._client = httpx.Client(
            base_url=self.name,
            headers={"Authorization": f"Bearer {token.strip()}"},
            timeout=httpx.Timeout(timeout, connect=10.0),
        )

    def info(self, *, position: int, pushed: int) -> PeerInfo:
        """What the peer holds (telling it what this node holds and has pushed)."""
        return sync_wire.parse_info(
            self._call("GET", "/sync/v1/info", params={"position": position, "pushed": pushed})
        )

    def push(self, facts: Sequence[Fact], personal: Mapping[str, str]) -> PushAck:
        """Send a batch; return the peer's acknowledgement."""
        body = sync_wire.push_body(facts, personal)
        return sync_wire.parse_ack(self._call("POST", "/sync/v1/push", json=body))

    def pull(self, since: int, *, limit: int, exclude: str, personal: bool) -> PullBatch:
        """Fetch the peer's facts after a cursor."""
        params = {"since": since, "limit": limit, "exclude": exclude, "personal": int(personal)}
        return sync_wire.parse_batch(self._call("GET", "/sync/v1/pull", params=params))

    def reserve_tokens(self, prefix: str, count: int, device: str) -> dict[str, Any]:
        """Ask the peer to allocate a token range to a device."""
        body = {"prefix": prefix, "count": count, "device": device}
        reply = self._call("POST", "/sync/v1/ranges", json=body)
        if not isinstance(reply, dict):
            raise SyncError("the peer's range reply is not an object")
        return reply

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self._client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise SyncError(f"cannot reach {self.name}: {exc.__class__.__name__}: {exc}") from None
        try:
            data = response.json()
        except ValueError:
            raise SyncError(
                f"{self.name} answered {response.status_code} with something other than JSON"
            ) from None
        if response.status_code == 200:
            return data
        message = data.get("error") if isinstance(data, dict) else None
        text = f"{self.name} refused: {message or response.status_code}"
        if response.status_code == 400:
            raise ValidationError(text)
        if response.status_code == 409:
            raise ConflictError(text)
        if response.status_code == 401:
            raise ConfigError(text)
        raise SyncError(text)
