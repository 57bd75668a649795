"""The composition root: the one place that builds the application context."""

from __future__ import annotations

import os

from postcard import paths as paths_mod
from postcard.context import AppContext
from postcard.store.store import Store


def build_context(home: str | os.PathLike[str] | None = None) -> AppContext:
    """Resolve the paths (``--home``, ``POSTCARD_HOME`` or the platform dirs), open the database."""
    paths = paths_mod.resolve(home).ensure()
    store = Store.open(paths.database, paths.backups_dir)
    return AppContext(paths=paths, store=store)
