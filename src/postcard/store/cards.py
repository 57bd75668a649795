"""The card log: every card drafted, printed, sent or replied to; and other logged touches."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from postcard.core.followups import LastContact
from postcard.core.model import Card, CardStatus, Contact, EventProgress, Stage, Touch, utcnow
from postcard.errors import PostcardError
from postcard.store.db import Database
from postcard.store.rows import date_in, date_out, time_in, time_out

_COLS = ("id, contact_id, event_id, sender_id, template, text, personal, format, seed, status, options, "
         "drafted_at, printed_at, sent_at, replied_at")  # fmt: skip

# Each contact's last touch: a sent card, a logged touch, a meeting (an event, the day met); ``contact_id, d``.
_LAST_TOUCH_DATES = """SELECT contact_id, max(d) AS d FROM (
                   SELECT contact_id, substr(COALESCE(sent_at, printed_at), 1, 10) AS d FROM cards
                       WHERE status IN ('sent', 'replied')
                   UNION ALL SELECT contact_id, date FROM touches
                   UNION ALL SELECT ec.contact_id, e.date FROM event_contacts ec JOIN events e ON e.id = ec.event_id
                   UNION ALL SELECT id, met_on FROM contacts
               ) WHERE d IS NOT NULL GROUP BY contact_id"""


def _card(row: Sequence[object]) -> Card:
    return Card(
        id=int(row[0]),  # type: ignore[arg-type]
        contact_id=int(row[1]),  # type: ignore[arg-type]
        event_id=row[2],  # type: ignore[arg-type]
        sender_id=row[3],  # type: ignore[arg-type]
        template=str(row[4]),
        text=str(row[5]),
        personal=str(row[6]),
        format=str(row[7]),
        seed=int(row[8]),  # type: ignore[arg-type]
        status=CardStatus(row[9]),
        options=json.loads(str(row[10])),
        drafted_at=time_in(row[11]),  # type: ignore[arg-type]
        printed_at=time_in(row[12]),  # type: ignore[arg-type]
        sent_at=time_in(row[13]),  # type: ignore[arg-type]
        replied_at=time_in(row[14]),  # type: ignore[arg-type]
    )


# A card's Stage in SQL: a draft counts as written when it has a line of its own.
# What a draft's line may hold and still be empty: the window saves the line as typed (an Enter, a space, a
# full-width space), and SQLite's trim() alone strips only the ASCII space.
_BLANK = "char(32, 9, 10, 13, 12288)"
_STAGE = (
    "CASE status WHEN 'replied' THEN 4 WHEN 'sent' THEN 3 WHEN 'printed' THEN 2 "
    f"ELSE (CASE WHEN trim(personal, {_BLANK}) <> '' OR trim(text, {_BLANK}) <> '' THEN 1 ELSE 0 END) END"
)


@dataclass(frozen=True)
class LogRow:
    """A card with the names a person reads in the log, and the person's search key (their names and readings
    folded, as the people table searches them)."""

    card: Card
    contact_name: str
    event_name: str
    person_key: str = ""


class CardRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, card: Card) -> Card:
        now = utcnow()
        card.drafted_at = card.drafted_at or now
        if card.status is not CardStatus.DRAFT and card.printed_at is None:
            card.printed_at = now
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO cards (contact_id, event_id, sender_id, template, text, personal, format, seed, "
                "status, options, drafted_at, printed_at, sent_at, replied_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (card.contact_id, card.event_id, card.sender_id, card.template, card.text, card.personal,
                 card.format, card.seed, card.status.value, json.dumps(card.options, ensure_ascii=False),
                 time_out(card.drafted_at), time_out(card.printed_at), time_out(card.sent_at),
                 time_out(card.replied_at)),
            )  # fmt: skip
        card.id = int(cur.lastrowid or 0)
        return card

    def save_draft(self, card: Card) -> Card:
        """Insert or update a draft (drafts are saved as the user types)."""
        if card.id is None:
            card.status = CardStatus.DRAFT
            return self.add(card)
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE cards SET template = ?, text = ?, personal = ?, format = ?, seed = ?, options = ?, "
                "sender_id = ?, event_id = ? WHERE id = ? AND status = 'draft'",
                (card.template, card.text, card.personal, card.format, card.seed,
                 json.dumps(card.options, ensure_ascii=False), card.sender_id, card.event_id, card.id),
            )  # fmt: skip
        return card

    def record_printed(self, cards: Iterable[Card]) -> list[Card]:
        """Log a printed batch in one transaction: drafts become printed, new cards are inserted."""
        now = utcnow()
        out = []
        with self.db.transaction() as conn:
            for card in cards:
                card.status = CardStatus.PRINTED
                card.printed_at = now
                cur = conn.execute(  # a saved draft becomes printed (as it printed); any other card is a new row
                    "UPDATE cards SET status = 'printed', printed_at = ?, text = ?, seed = ?, options = ?, format = ?,"
                    " template = ?, personal = ?, sender_id = ? WHERE id = ?",
                    (time_out(now), card.text, card.seed, json.dumps(card.options, ensure_ascii=False), card.format,
                     card.template, card.personal, card.sender_id, card.id),
                )  # fmt: skip
                if card.id is None or cur.rowcount == 0:
                    card.id = None
                    self.add(card)
                out.append(card)
        return out

    def get(self, card_id: int) -> Card | None:
        row = self.db.execute(f"SELECT {_COLS} FROM cards WHERE id = ?", (card_id,)).fetchone()
        return _card(row) if row else None

    def existing_ids(self, card_ids: Iterable[int]) -> set[int]:
        """The ids among ``card_ids`` that the log has, in one query (any number of ids)."""
        rows = self.db.execute(
            "SELECT id FROM cards WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(card_ids)),)
        ).fetchall()
        return {int(r[0]) for r in rows}

    def set_status(self, card_ids: Iterable[int], status: CardStatus, when: dt.datetime | None = None) -> int:
        """Mark cards sent or replied; returns how many changed. A draft cannot be marked sent."""
        when = when or utcnow()
        column = {
            CardStatus.SENT: "sent_at",
            CardStatus.REPLIED: "replied_at",
            CardStatus.PRINTED: "printed_at",
        }
        if status not in column:
            raise PostcardError(f"cannot set a card back to {status.value}")
        changed = 0
        with self.db.transaction() as conn:
            for cid in card_ids:
                cur = conn.execute(
                    f"UPDATE cards SET status = ?, {column[status]} = COALESCE({column[status]}, ?) "
                    "WHERE id = ? AND status <> 'draft'",
                    (status.value, time_out(when), cid),
                )
                changed += cur.rowcount
        return changed

    def list(
        self,
        *,
        contact_id: int | None = None,
        event_id: int | None = None,
        status: CardStatus | None = None,
        query: str = "",
    ) -> list[LogRow]:
        where, params = ["1"], []  # type: ignore[var-annotated]
        if contact_id is not None:
            where.append("c.contact_id = ?")
            params.append(contact_id)
        if event_id is not None:
            where.append("c.event_id = ?")
            params.append(event_id)
        if status is not None:
            where.append("c.status = ?")
            params.append(status.value)
        if query:
            where.append("(c.text LIKE ? OR p.family_name || p.given_name LIKE ? OR p.search_key LIKE ?)")
            params += [f"%{query}%"] * 3
        cols = ", ".join("c." + c.strip() for c in _COLS.split(","))
        rows = self.db.execute(
            f"SELECT {cols}, p.family_name, p.given_name, p.company, COALESCE(e.name, ''), p.search_key FROM cards c "
            "JOIN contacts p ON p.id = c.contact_id LEFT JOIN events e ON e.id = c.event_id "
            f"WHERE {' AND '.join(where)} ORDER BY c.drafted_at DESC, c.id DESC",
            tuple(params),
        ).fetchall()
        out = []
        for row in rows:
            fam, giv, company, event_name, key = row[15:]
            name = Contact(family_name=fam, given_name=giv, company=company).display_name
            out.append(LogRow(_card(row[:15]), name, event_name, key or ""))
        return out

    def thanked_for_event(self, contact_id: int, event_id: int | None) -> list[Card]:
        """Cards already printed/sent to this contact for this event (for the "thank twice?" warning)."""
        sql = f"SELECT {_COLS} FROM cards WHERE contact_id = ? AND status <> 'draft' AND event_id IS ?"
        return [_card(r) for r in self.db.execute(sql, (contact_id, event_id)).fetchall()]

    def thanked_in_event(self, event_id: int) -> Sequence[Card]:
        """Every card printed/sent for this event (not the drafts), in the order they were logged."""
        sql = f"SELECT {_COLS} FROM cards WHERE status <> 'draft' AND event_id = ? ORDER BY id"
        return [_card(r) for r in self.db.execute(sql, (event_id,)).fetchall()]

    def drafts_for_event(self, event_id: int | None) -> dict[int, Card]:
        return {c.contact_id: c for c in self.each_draft(event_id)}

    def each_draft(self, event_id: int | None, chunk: int = 500) -> Iterator[Card]:
        """The drafts for an event (or for none), in the order they were saved, read ``chunk`` rows at a time."""
        sql = f"SELECT {_COLS} FROM cards WHERE status = 'draft' AND event_id IS ? ORDER BY id"
        cursor = self.db.execute(sql, (event_id,))
        while rows := cursor.fetchmany(chunk):
            yield from map(_card, rows)

    def stages_for_event(self, event_id: int) -> dict[int, Stage]:
        """Per contact with a card for this event, how far their thank-you has come (see :class:`Stage`)."""
        rows = self.db.execute(
            f"SELECT contact_id, max({_STAGE}) FROM cards WHERE event_id = ? GROUP BY contact_id", (event_id,)
        ).fetchall()
        return {int(r[0]): Stage(int(r[1])) for r in rows if r[1]}

    def event_progress(self) -> dict[int, EventProgress]:
        """For every event: people met, lines written, cards printed, cards sent (each person counted once)."""
        rows = self.db.execute(
            "SELECT ec.event_id, count(*), sum(COALESCE(s.stage, 0) >= 1), sum(COALESCE(s.stage, 0) >= 2), "
            "sum(COALESCE(s.stage, 0) >= 3) FROM event_contacts ec JOIN contacts p ON p.id = ec.contact_id "
            f"LEFT JOIN (SELECT event_id, contact_id, max({_STAGE}) AS stage FROM cards GROUP BY event_id, contact_id)"
            " s ON s.event_id = ec.event_id AND s.contact_id = ec.contact_id WHERE p.archived = 0 GROUP BY ec.event_id"
        ).fetchall()
        return {int(r[0]): EventProgress(int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows}

    def delete_draft(self, card_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM cards WHERE id = ? AND status = 'draft'", (card_id,))

    # --- other touches -------------------------------------------------------------------------------------
    def add_touch(self, touch: Touch) -> Touch:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO touches (contact_id, date, kind, note) VALUES (?, ?, ?, ?)",
                (touch.contact_id, date_out(touch.date), touch.kind, touch.note),
            )
        touch.id = int(cur.lastrowid or 0)
        return touch

    def touches(self, contact_id: int) -> list[Touch]:
        rows = self.db.execute(
            "SELECT id, contact_id, date, kind, note FROM touches WHERE contact_id = ? ORDER BY date DESC",
            (contact_id,),
        ).fetchall()
        return [Touch(id=r[0], contact_id=r[1], date=date_in(r[2]), kind=r[3], note=r[4]) for r in rows]  # type: ignore[arg-type]

    def last_touches(self) -> dict[int, dt.date]:
        """For every contact, the date of the last touch: a sent card, a logged touch, or a meeting."""
        rows = self.db.execute(_LAST_TOUCH_DATES).fetchall()
        return {int(r[0]): dt.date.fromisoformat(r[1][:10]) for r in rows}

    def intervals_and_last_touches(self) -> list[tuple[int | None, dt.date | None]]:
        """For every contact not archived, its keep-in-touch interval (None: the default) and the date of its last
        touch (None: never), as :meth:`last_touches` has it: all the follow-ups' count needs, without the people."""
        rows = self.db.execute(
            f"""SELECT c.interval_days, last.d FROM contacts c LEFT JOIN ({_LAST_TOUCH_DATES}) AS last
                    ON last.contact_id = c.id
                WHERE c.archived = 0"""
        ).fetchall()
        return [(r[0], dt.date.fromisoformat(r[1][:10]) if r[1] is not None else None) for r in rows]

    def last_contacts(self) -> dict[int, LastContact]:
        """For every contact, the last contact and what it was: a card sent ("card"), a logged touch (its kind:
        "call", "lunch"...), or a meeting ("meeting": an event or the met date). The same dates as
        :meth:`last_touches`; on one day a touch is named before a card, a card before a meeting."""
        rows = self.db.execute(
            """SELECT contact_id, substr(COALESCE(sent_at, printed_at), 1, 10), 'card', '', 1 FROM cards
                   WHERE status IN ('sent', 'replied') AND COALESCE(sent_at, printed_at) IS NOT NULL
               UNION ALL SELECT contact_id, date, kind, note, 2 FROM touches WHERE date IS NOT NULL
               UNION ALL SELECT ec.contact_id, e.date, 'meeting', e.name, 0 FROM event_contacts ec
                   JOIN events e ON e.id = ec.event_id WHERE e.date IS NOT NULL
               UNION ALL SELECT id, met_on, 'meeting', '', 0 FROM contacts WHERE met_on IS NOT NULL"""
        ).fetchall()
        best: dict[int, tuple[str, int, LastContact]] = {}
        for contact_id, day, kind, note, rank in rows:
            key = (str(day)[:10], int(rank))
            current = best.get(int(contact_id))
            if current is None or key > current[:2]:
                best[int(contact_id)] = (*key, LastContact(dt.date.fromisoformat(key[0]), str(kind), str(note or "")))
        return {contact_id: entry[2] for contact_id, entry in best.items()}
