"""Pure rules: fact types, validation, hash chains, folds, what every edge shares (no I/O)."""
