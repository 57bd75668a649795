"""Sender profiles: who the cards are from."""

from __future__ import annotations

from postcard.core.model import Sender
from postcard.store.db import Database

_FIELDS = ("label", "family_name", "given_name", "company", "postal_code", "address1", "address2", "address3",
           "country", "email")  # fmt: skip


class SenderRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, sender: Sender) -> Sender:
        with self.db.transaction() as conn:
            if sender.is_default or not self.list():
                conn.execute("UPDATE senders SET is_default = 0")
                sender.is_default = True
            cur = conn.execute(
                f"INSERT INTO senders ({', '.join(_FIELDS)}, is_default) VALUES ({', '.join('?' * len(_FIELDS))}, ?)",
                (*(getattr(sender, f) for f in _FIELDS), int(sender.is_default)),
            )
        sender.id = int(cur.lastrowid or 0)
        return sender

    def update(self, sender: Sender) -> Sender:
        with self.db.transaction() as conn:
            if sender.is_default:
                conn.execute("UPDATE senders SET is_default = 0")
            conn.execute(
                f"UPDATE senders SET {', '.join(f + ' = ?' for f in _FIELDS)}, is_default = ? WHERE id = ?",
                (*(getattr(sender, f) for f in _FIELDS), int(sender.is_default), sender.id),
            )
        return sender

    def list(self) -> list[Sender]:
        rows = self.db.execute(f"SELECT id, is_default, {', '.join(_FIELDS)} FROM senders ORDER BY id").fetchall()
        return [Sender(id=int(r[0]), is_default=bool(r[1]), **dict(zip(_FIELDS, r[2:], strict=True))) for r in rows]

    def get(self, sender_id: int) -> Sender | None:
        return next((s for s in self.list() if s.id == sender_id), None)

    def default(self) -> Sender | None:
        senders = self.list()
        return next((s for s in senders if s.is_default), senders[0] if senders else None)
