"""The log as the window shows it: every card with the names a person reads, and the events and people its
filters offer. *Reads*; the window reads it on a worker thread
(:func:`postcard.compose.reading.read_with_own_connection`)."""

from __future__ import annotations

from dataclasses import dataclass

from postcard.store.cards import LogRow
from postcard.store.store import Store


@dataclass(frozen=True)
class LogContents:
    """The cards (newest first), the events (id, name) and the people with a card (id, name; by name)."""

    rows: list[LogRow]
    events: list[tuple[int, str]]
    people: list[tuple[int, str]]


def read_log(store: Store) -> LogContents:
    rows = store.cards.list()
    events = [(e.id, e.name) for e in store.events.list() if e.id is not None]
    people = sorted({(r.card.contact_id, r.contact_name) for r in rows}, key=lambda p: p[1])
    return LogContents(rows, events, people)
