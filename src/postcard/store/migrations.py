"""Schema upgrades, one function per step: ``_migrate_to_N(conn)`` brings a database from N-1 to N.

A new database is created from ``schema.sql`` at :data:`CURRENT_VERSION` and never runs these. Each step is
run inside the single exclusive transaction that :func:`postcard.store.db.Database.open` holds, after the file
has been copied to the backups folder.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from postcard.core.book import search_key_for_row

CURRENT_VERSION = 4


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


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    """Add suggested readings; make event names unique (repeats merged or renamed); drop intervals below a day."""
    conn.execute("ALTER TABLE contacts ADD COLUMN suggested_family_reading TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE contacts ADD COLUMN suggested_given_reading TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE contacts SET interval_days = NULL WHERE interval_days <= 0")
    events = conn.execute("SELECT id, name, date, place, notes FROM events ORDER BY id").fetchall()
    first: dict[str, tuple[int, str | None, str, str]] = {}
    names = {row[1] for row in events}
    for event_id, name, date, place, notes in events:
        if name not in first:
            first[name] = (event_id, date, place, notes)
            continue
        keep, keep_date, keep_place, keep_notes = first[name]
        if date is None or keep_date is None or date == keep_date:
            # The same event twice (two imports into one new event at once): one event with everyone and every card.
            conn.execute(
                "INSERT OR IGNORE INTO event_contacts (event_id, contact_id) "
                "SELECT ?, contact_id FROM event_contacts WHERE event_id = ?",
                (keep, event_id),
            )
            conn.execute("UPDATE cards SET event_id = ? WHERE event_id = ?", (keep, event_id))
            conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            conn.execute(
                "UPDATE events SET date = COALESCE(date, ?), place = CASE WHEN place = '' THEN ? ELSE place END, "
                "notes = CASE WHEN notes = '' THEN ? ELSE notes END WHERE id = ?",
                (date, place, notes, keep),
            )
            first[name] = (keep, keep_date or date, keep_place or place, keep_notes or notes)
        else:  # the same name on another day (a yearly seminar): keep both, told apart by the date
            new_name = f"{name} ({date})"
            while new_name in names:
                new_name += f" #{event_id}"
            names.add(new_name)
            conn.execute("UPDATE events SET name = ? WHERE id = ?", (new_name, event_id))
    conn.execute("CREATE UNIQUE INDEX events_name ON events(name)")


def _migrate_to_4(conn: sqlite3.Connection) -> None:
    """Index the name with the postal code: finding a duplicate stays fast when many people share a name."""
    conn.execute("DROP INDEX IF EXISTS contacts_name")
    conn.execute("CREATE INDEX contacts_name ON contacts(family_name, given_name, postal_code)")


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _migrate_to_2,
    3: _migrate_to_3,
    4: _migrate_to_4,
}


def upgrade(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every step after ``from_version`` in order (the caller holds the transaction)."""
    if from_version < 1 or from_version > CURRENT_VERSION:
        raise ValueError(f"no upgrade from schema {from_version}")
    for version in range(from_version + 1, CURRENT_VERSION + 1):
        STEPS[version](conn)
        conn.execute(f"PRAGMA user_version = {version}")
