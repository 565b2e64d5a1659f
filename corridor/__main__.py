"""`python -m corridor` runs the CLI."""

from corridor.cli import main

main()
