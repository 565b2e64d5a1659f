"""What every part of :class:`~corridor.storage.sql.SqlStore` stands on: the adapter's
transactions, this node's device id and clock."""

from __future__ import annotations

import contextlib
from typing import Any

from corridor.storage.db import Db


class Connected:
    """The hooks an adapter provides (a write transaction holding the single-writer lock, a
    read cursor) and the attributes every part of the store reads."""

    device: str
    _now: Any

    def _write(self) -> contextlib.AbstractContextManager[Db]:
        raise NotImplementedError

    def _read(self) -> contextlib.AbstractContextManager[Db]:
        raise NotImplementedError
