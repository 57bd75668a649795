"""After printing: cards marked sent (after mailing) or replied (an answer came back). The one write here.

Both front ends call :func:`mark_cards`: the CLI's ``mark-sent`` (card ids, or ``--event``) and the window's
"Mark as sent" (the event's printed batch) and the log's selection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from postcard.compose.reprint import UnknownCardError
from postcard.core.model import CardStatus
from postcard.errors import PostcardError
from postcard.store.store import Store


class NothingToMarkError(PostcardError):
    """No card was named: no ids, and the event (if any) has no printed card waiting to be marked."""

    def __init__(self) -> None:
        super().__init__("no card to mark")


def printed_cards(store: Store, event_id: int) -> list[int]:
    """The ids of the event's cards that are printed and not yet marked sent (*reads*)."""
    return [r.card.id for r in store.cards.list(event_id=event_id, status=CardStatus.PRINTED) if r.card.id]


def mark_cards(
    store: Store,
    status: CardStatus,
    *,
    card_ids: Iterable[int] = (),
    event_id: int | None = None,
    when: dt.datetime | None = None,
) -> int:
    """Mark the cards ``card_ids`` and (with ``event_id``) the event's printed cards ``status`` (sent or replied);
    drafts are never marked. Returns how many changed (*writes*).

    Raises NothingToMarkError when no card is named, UnknownCardError for an id the log does not have.
    """
    ids = list(card_ids)
    if event_id is not None:
        ids += printed_cards(store, event_id)
    if not ids:
        raise NothingToMarkError()
    known = store.cards.existing_ids(ids)
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise UnknownCardError(unknown[0])
    return store.cards.set_status(ids, status, when)
