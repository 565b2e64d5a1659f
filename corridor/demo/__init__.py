"""The Aleppo 2016 demo scenario, and a desk's day as facts for the sync tests (pure)."""
