"""Events (a seminar, a meetup, a business-card exchange) and who was met there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from postcard.core.model import Event
from postcard.errors import PostcardError
from postcard.store.db import Database
from postcard.store.rows import date_in, date_out


def _event(row: tuple[object, ...]) -> Event:
    return Event(id=int(row[0]), name=str(row[1]), date=date_in(row[2]), place=str(row[3]),  # type: ignore[arg-type]
                 notes=str(row[4]))  # fmt: skip


class EventRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, event: Event) -> Event:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO events (name, date, place, notes) VALUES (?, ?, ?, ?)",
                (event.name, date_out(event.date), event.place, event.notes),
            )
        event.id = int(cur.lastrowid or 0)
        return event

    def update(self, event: Event) -> Event:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE events SET name = ?, date = ?, place = ?, notes = ? WHERE id = ?",
                (event.name, date_out(event.date), event.place, event.notes, event.id),
            )
        return event

    def get(self, event_id: int) -> Event | None:
        row = self.db.execute("SELECT id, name, date, place, notes FROM events WHERE id = ?", (event_id,)).fetchone()
        return _event(row) if row else None

    def find(self, name: str, date: dt.date | None = None) -> Event | None:
        """The event with this name (and date, when given); the most recent one when names repeat."""
        sql = "SELECT id, name, date, place, notes FROM events WHERE name = ?"
        params: tuple[object, ...] = (name,)
        if date is not None:
            sql += " AND date = ?"
            params += (date.isoformat(),)
        row = self.db.execute(sql + " ORDER BY date DESC, id DESC LIMIT 1", params).fetchone()
        return _event(row) if row else None

    def resolve(self, name_or_id: str) -> Event:
        """An event named by the user on the command line: its id, or its exact name."""
        event = self.get(int(name_or_id)) if name_or_id.isdigit() else None
        event = event or self.find(name_or_id)
        if event is None:
            raise PostcardError(f"no event named {name_or_id!r} (see 'postcard events')")
        return event

    def get_or_create(self, name: str, date: dt.date | None = None, place: str = "") -> Event:
        return (
            self.find(name, date)
            or (self.find(name) if date is None else None)
            or self.add(Event(name=name, date=date, place=place))
        )

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
