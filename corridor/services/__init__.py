"""Use cases: each records or reads through the storage interface, never an adapter."""
