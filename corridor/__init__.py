"""Corridor: run a humanitarian evacuation from an append-only, tamper-evident ledger."""

from corridor.version import __version__

__all__ = ["__version__"]
