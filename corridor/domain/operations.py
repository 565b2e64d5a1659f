"""Which operation a command or a page works on when none is named."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def default_operation(configured: str | None, known: Callable[[], Iterable[str]]) -> str:
    """The configured operation; else the first known operation id alphabetically ("" if none).

    ``known`` is only called without a configured operation (it reads the store).
    """
    return configured or min(known(), default="")
