"""The whole Corridor exception hierarchy."""

from typing import Any


class CorridorError(Exception):
    """Base class of every error Corridor raises on purpose."""

    # The message behind the error when the system made its text (a code with values, see
    # ``corridor.domain.messages``): edges say it in the reader's language; str() is English.
    said: dict[str, Any] | None = None


class ValidationError(CorridorError):
    """Input is malformed or breaks a rule; nothing was written."""

    def __init__(self, message: str, *, field: str | None = None, index: int | None = None):
        self.field = field
        self.index = index
        where = []
        if index is not None:
            where.append(f"fact #{index}")
        if field is not None:
            where.append(f"field '{field}'")
        prefix = f"{', '.join(where)}: " if where else ""
        super().__init__(prefix + message)
        self.message = message


class ConflictError(CorridorError):
    """A fact clashes with what the ledger holds (same id, different content; broken chain)."""


class NeedsConfirmation(ConflictError):
    """Allowed, but the rules ask a person to confirm first: resend with ``confirm`` set."""


class Forbidden(CorridorError):
    """The user may not do this, or not here (their role or their sites do not allow it)."""


class NotFound(CorridorError):
    """A referenced operation, site, trip, person or fact does not exist."""


class StorageError(CorridorError):
    """The database could not be opened, migrated or written."""


class ConfigError(CorridorError):
    """A setting is missing or invalid."""


class SyncError(CorridorError):
    """A sync peer could not be reached, or answered with something other than the protocol."""


class MissingExtra(ConfigError):
    """An optional part of Corridor is not installed: says which extra to install."""

    def __init__(self, extra: str, what: str, exc: BaseException | None = None):
        self.extra = extra
        cause = f" ({exc})" if exc is not None else ""
        super().__init__(
            f"{what} needs the optional part corridor[{extra}]{cause}: "
            f"pip install 'corridor[{extra}]'"
        )
