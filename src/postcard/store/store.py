"""One object that holds the database and its repositories."""

from __future__ import annotations

from pathlib import Path

from postcard.store.cards import CardRepo
from postcard.store.contacts import ContactRepo
from postcard.store.db import Database
from postcard.store.events import EventRepo
from postcard.store.senders import SenderRepo
from postcard.store.settings import SettingsRepo


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.contacts = ContactRepo(db)
        self.events = EventRepo(db)
        self.cards = CardRepo(db)
        self.senders = SenderRepo(db)
        self.settings = SettingsRepo(db)

    @classmethod
    def open(cls, path: Path, backups_dir: Path | None = None) -> Store:
        return cls(Database.open(path, backups_dir))

    def close(self) -> None:
        self.db.close()
