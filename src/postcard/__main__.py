"""``python -m postcard`` runs the command line."""

from postcard.cli.main import main

raise SystemExit(main())
