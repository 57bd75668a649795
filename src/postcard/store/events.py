"""Events (a seminar, a meetup, a business-card exchange) and who was met there.

Event names are unique (a UNIQUE index), so ``--event NAME`` always means one event; an import into a new event
creates it with an upsert, so two imports at once still make one event.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from postcard.core.model import Event
from postcard.core.text import normalize_text
from postcard.errors import PostcardError
from postcard.store.db import Database
from postcard.store.rows import date_in, date_out


def _event(row: tuple[object, ...]) -> Event:
    return Event(id=int(row[0]), name=str(row[1]), date=date_in(row[2]), place=str(row[3]),  # type: ignore[arg-type]
                 notes=str(row[4]))  # fmt: skip


class DuplicateEventError(PostcardError):
    """An event with this name exists already."""

    def __init__(self, existing: Event) -> None:
        self.existing = existing
        when = f", {existing.date.isoformat()}" if existing.date else ""
        super().__init__(f"an event named {existing.name!r} exists already (id {existing.id}{when})")


def event_name(name: str) -> str:
    """An event name as stored: cleaned like any text; PostcardError when nothing is left."""
    cleaned = normalize_text(name)
    if not cleaned:
        raise PostcardError("an event needs a name")
    return cleaned


class EventRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, event: Event) -> Event:
        """Store a new event; DuplicateEventError when one with its name exists already."""
        event.name = event_name(event.name)
        try:
            with self.db.transaction() as conn:
                cur = conn.execute(
                    "INSERT INTO events (name, date, place, notes) VALUES (?, ?, ?, ?)",
                    (event.name, date_out(event.date), event.place, event.notes),
                )
        except sqlite3.IntegrityError:
            existing = self.find(event.name)
            if existing is None:
                raise
            raise DuplicateEventError(existing) from None
        event.id = int(cur.lastrowid or 0)
        return event

    def update(self, event: Event) -> Event:
        event.name = event_name(event.name)
        try:
            with self.db.transaction() as conn:
                conn.execute(
                    "UPDATE events SET name = ?, date = ?, place = ?, notes = ? WHERE id = ?",
                    (event.name, date_out(event.date), event.place, event.notes, event.id),
                )
        except sqlite3.IntegrityError:
            existing = self.find(event.name)
            if existing is None or existing.id == event.id:
                raise
            raise DuplicateEventError(existing) from None
        return event

    def get(self, event_id: int) -> Event | None:
        row = self.db.execute("SELECT id, name, date, place, notes FROM events WHERE id = ?", (event_id,)).fetchone()
        return _event(row) if row else None

    def find(self, name: str, date: dt.date | None = None) -> Event | None:
        """The event with this name (names are unique); with ``date``, only when it is on that day."""
        name = normalize_text(name)
        row = self.db.execute("SELECT id, name, date, place, notes FROM events WHERE name = ?", (name,)).fetchone()
        event = _event(row) if row else None
        if event is not None and date is not None and event.date != date:
            return None
        return event

    def resolve(self, name_or_id: str) -> Event:
        """An event named by the user on the command line: its id, or its exact name."""
        if not normalize_text(name_or_id):
            raise PostcardError("name the event (--event NAME or its id; see 'postcard events')")
        event = self.get(int(name_or_id)) if name_or_id.isdigit() and len(name_or_id) < 19 else None
        event = event or self.find(name_or_id)
        if event is None:
            shown = name_or_id if len(name_or_id) <= 60 else name_or_id[:57] + "..."
            raise PostcardError(f"no event named {shown!r} (see 'postcard events')")
        return event

    def get_or_create(self, name: str, date: dt.date | None = None, place: str = "") -> Event:
        """The event called ``name``, created if new (an upsert: two imports at once still make one event).

        An existing event without a date gets ``date``; one on another day is refused (PostcardError), since an
        event name means one event.
        """
        name = event_name(name)
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO events (name, date, place) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
                (name, date_out(date), place),
            )
            if date is not None:
                conn.execute("UPDATE events SET date = ? WHERE name = ? AND date IS NULL", (date_out(date), name))
        event = self.find(name)
        assert event is not None
        if date is not None and event.date != date:
            raise PostcardError(
                f"the event {name!r} is on {event.date.isoformat() if event.date else '?'}, not {date.isoformat()}; "
                "leave out --date or give the event another name"
            )
        return event

    def list(self) -> list[Event]:
        rows = self.db.execute(
            "SELECT id, name, date, place, notes FROM events ORDER BY date IS NULL, date DESC, id DESC"
        ).fetchall()
        return [_event(r) for r in rows]

    def link(self, event_id: int, contact_ids: Iterable[int]) -> None:
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO event_contacts (event_id, contact_id) VALUES (?, ?)",
                [(event_id, cid) for cid in contact_ids],
            )

    def unlink(self, event_id: int, contact_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM event_contacts WHERE event_id = ? AND contact_id = ?", (event_id, contact_id))

    def contact_counts(self) -> dict[int, int]:
        rows = self.db.execute("SELECT event_id, count(*) FROM event_contacts GROUP BY event_id").fetchall()
        return {int(r[0]): int(r[1]) for r in rows}

    def events_of(self, contact_id: int) -> list[Event]:
        rows = self.db.execute(
            "SELECT e.id, e.name, e.date, e.place, e.notes FROM events e JOIN event_contacts ec "
            "ON ec.event_id = e.id WHERE ec.contact_id = ? ORDER BY e.date DESC",
            (contact_id,),
        ).fetchall()
        return [_event(r) for r in rows]
