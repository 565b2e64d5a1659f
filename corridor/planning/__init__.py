"""Vehicle plans for an evacuation, their checks, bounds and completion forecast (pure)."""
