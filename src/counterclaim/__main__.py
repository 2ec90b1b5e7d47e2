"""``python -m counterclaim`` runs the CLI."""

from counterclaim.cli import main

main()
