"""Web edge (a minimal read-only page until the full web UI lands)."""
