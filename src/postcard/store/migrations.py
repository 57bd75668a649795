"""Schema upgrades, one function per step: ``_migrate_to_N(conn)`` brings a database from N-1 to N.

A new database is created from ``schema.sql`` at :data:`CURRENT_VERSION` and never runs these. Each step is
run inside the single exclusive transaction that :func:`postcard.store.db.Database.open` holds, after the file
has been copied to the backups folder.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from postcard.core.book import search_key_for_row

CURRENT_VERSION = 2


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    """Add the met-on date, the search key, card options, other touches and settings."""
    conn.execute("ALTER TABLE contacts ADD COLUMN met_on TEXT")
    conn.execute("ALTER TABLE contacts ADD COLUMN search_key TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE cards ADD COLUMN options TEXT NOT NULL DEFAULT '{}'")
    conn.execute(
        """CREATE TABLE touches (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'note',
            note TEXT NOT NULL DEFAULT ''
        )"""
    )
    conn.execute("CREATE INDEX touches_contact ON touches(contact_id)")
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("CREATE INDEX IF NOT EXISTS cards_event ON cards(event_id)")
    rows = conn.execute(
        "SELECT id, family_name, given_name, family_reading, given_reading, company, email FROM contacts"
    ).fetchall()
    conn.executemany(
        "UPDATE contacts SET search_key = ? WHERE id = ?",
        [(search_key_for_row(*row[1:]), row[0]) for row in rows],
    )


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _migrate_to_2,
}


def upgrade(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every step after ``from_version`` in order (the caller holds the transaction)."""
    for version in range(from_version + 1, CURRENT_VERSION + 1):
        STEPS[version](conn)
        conn.execute(f"PRAGMA user_version = {version}")
