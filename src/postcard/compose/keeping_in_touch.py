"""Keeping in touch after the card: who is due a word (ranked), the last contact with each, logging a touch, and
the one-line note a person sends by e-mail (as a ``mailto:`` address for the mail client).

The note is written to the recipient, so it follows the recipient's language (a Japanese name gets Japanese),
not the window's: like a template, it is content, not interface.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote

from postcard.compose.drafting import contact_lang
from postcard.core.followups import FollowUp, LastContact, count_due, rank
from postcard.core.model import Contact, Sender, Touch
from postcard.core.options import TouchKind
from postcard.errors import PostcardError
from postcard.paths import Paths
from postcard.store.store import Store


@dataclass(frozen=True)
class FollowUpRow:
    """One person in the follow-ups list: how overdue, and the last contact (None: never heard from)."""

    follow_up: FollowUp
    last: LastContact | None

    @property
    def contact(self) -> Contact:
        return self.follow_up.contact


@dataclass(frozen=True)
class Note:
    """A short e-mail: to, subject and body, ready for :func:`mailto_url`."""

    to: str
    subject: str
    body: str


def follow_ups(store: Store, today: dt.date, *, include_not_due: bool = False) -> list[FollowUpRow]:
    """Who is due a word, most overdue first (key people first among equals), with their last contact. *Reads*."""
    last = store.cards.last_contacts()
    ranked = rank(
        store.contacts.list(), {cid: lc.date for cid, lc in last.items()}, today, include_not_due=include_not_due
    )
    return [FollowUpRow(f, last.get(f.contact.id or 0)) for f in ranked]


def due_count(store: Store, today: dt.date) -> int:
    """How many people are due a word today: as many as :func:`follow_ups` lists, from each person's interval and
    last touch alone (no contacts built, no last contact named: the window's start asks for it). *Reads*."""
    return count_due(store.cards.intervals_and_last_touches(), today)


def due_count_with_own_connection(paths: Paths, today: dt.date) -> int:
    """:func:`due_count` through a connection of its own, for a worker thread (the window's connection stays on
    its thread). *Reads*."""
    store = Store.open(paths.database, paths.backups_dir)
    try:
        return due_count(store, today)
    finally:
        store.close()


def log_touch(store: Store, contact: Contact, kind: str, note: str = "", day: dt.date | None = None) -> Touch:
    """Log a call, a lunch, an e-mail or a note with ``contact`` (today unless ``day``). *Writes*."""
    if contact.id is None or store.contacts.get(contact.id) is None:
        raise PostcardError(f"no contact {contact.display_name!r} in the book")
    kind = kind.strip() or TouchKind.NOTE
    return store.cards.add_touch(Touch(contact.id, day or dt.date.today(), kind, note.strip()))


def note_for(contact: Contact, sender: Sender | None) -> Note:
    """A short, friendly line to someone one has not written to for a while, in their language."""
    if not contact.email.strip():
        raise PostcardError(f"{contact.display_name} has no e-mail address")
    signature = sender.full_name if sender is not None else ""
    if contact_lang(contact) == "ja":
        name = f"{contact.family_name}様" if contact.family_name else contact.display_name
        body = (
            f"{name}\n\nご無沙汰しております。お元気でお過ごしでしょうか。\nまたお話しできるのを楽しみにしております。"
        )
        return Note(contact.email.strip(), "ご無沙汰しております", body + (f"\n\n{signature}" if signature else ""))
    name = contact.given_name or contact.display_name
    body = f"Hi {name},\n\nI was thinking of you today. How are things going?\nIt would be lovely to catch up soon."
    return Note(contact.email.strip(), "Thinking of you", body + (f"\n\n{signature}" if signature else ""))


def mailto_url(note: Note) -> str:
    """``mailto:`` with the subject and body percent-encoded as UTF-8 (RFC 6068): spaces as ``%20``, line breaks
    as ``%0D%0A``, so that every mail client reads the same text, Japanese included."""
    if not note.to or any(ch in note.to for ch in "\r\n,;?") or "@" not in note.to:
        raise PostcardError(f"not an e-mail address: {note.to!r}")

    def encode(text: str) -> str:
        return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")

    return f"mailto:{quote(note.to, safe='@')}?subject={encode(note.subject)}&body={encode(note.body)}"
