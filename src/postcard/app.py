"""The composition root: the one place that builds the application context."""

from __future__ import annotations

import logging
import os
import sqlite3

from postcard import paths as paths_mod
from postcard.context import AppContext
from postcard.store.db import keep_backups_fresh
from postcard.store.store import Store

log = logging.getLogger("postcard")


def build_context(home: str | os.PathLike[str] | None = None) -> AppContext:
    """Resolve the paths (``--home``, ``POSTCARD_HOME`` or the platform dirs), open the database."""
    paths = paths_mod.resolve(home).ensure()
    store = Store.open(paths.database, paths.backups_dir)
    try:
        keep_backups_fresh(store.db, paths.backups_dir)
    except (OSError, sqlite3.Error) as exc:  # a backup that cannot be made must not stop the user's work
        log.warning("could not back up %s: %s", paths.database, exc)
    ctx = AppContext(paths=paths, store=store)
    if store.db.upgraded_from is not None and store.db.upgraded_from < 3:
        ctx.store.contacts.suggest_readings(ctx.readings)  # names kept before readings were suggested
    return ctx
