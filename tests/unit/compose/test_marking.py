"""Marking cards sent or replied: by id, or an event's printed batch; drafts never."""

from __future__ import annotations

import pytest

from postcard.compose.marking import NothingToMarkError, mark_cards, printed_cards
from postcard.compose.reprint import UnknownCardError
from postcard.context import AppContext
from postcard.core.model import Card, CardStatus, Event
from tests.unit.compose.conftest import SMITH, YAMADA, add


def test_an_events_printed_batch_is_marked_sent_and_drafts_are_left_alone(ctx: AppContext) -> None:
    event = ctx.store.events.add(Event("PyCon"))
    yamada, smith = add(ctx, **YAMADA), add(ctx, **SMITH)
    printed = ctx.store.cards.record_printed([Card(contact_id=yamada.id or 0, text="ありがとう", event_id=event.id)])
    draft = ctx.store.cards.save_draft(Card(contact_id=smith.id or 0, text="Thanks", event_id=event.id))
    assert printed_cards(ctx.store, event.id or 0) == [printed[0].id]
    assert mark_cards(ctx.store, CardStatus.SENT, event_id=event.id) == 1
    assert ctx.store.cards.get(printed[0].id or 0).status is CardStatus.SENT  # type: ignore[union-attr]
    assert ctx.store.cards.get(draft.id or 0).status is CardStatus.DRAFT  # type: ignore[union-attr]
    with pytest.raises(NothingToMarkError):
        mark_cards(ctx.store, CardStatus.SENT, event_id=event.id)  # nothing printed is waiting any more
    assert mark_cards(ctx.store, CardStatus.REPLIED, card_ids=[printed[0].id or 0]) == 1
    with pytest.raises(UnknownCardError):
        mark_cards(ctx.store, CardStatus.SENT, card_ids=[999])


def test_the_cards_named_are_checked_in_one_read_and_an_unknown_one_marks_nothing(ctx: AppContext) -> None:
    yamada = add(ctx, **YAMADA)
    cards = ctx.store.cards.record_printed([Card(contact_id=yamada.id or 0, text=str(i)) for i in range(200)])
    ids = [c.id or 0 for c in cards]
    with pytest.raises(UnknownCardError) as raised:
        mark_cards(ctx.store, CardStatus.SENT, card_ids=[*ids[:5], 9998, *ids[5:], 9999])
    assert raised.value.card_id == 9998  # the first unknown one, as named
    assert all(r.card.status is CardStatus.PRINTED for r in ctx.store.cards.list())  # nothing was marked
    reads: list[str] = []
    ctx.store.db.conn.set_trace_callback(lambda sql: reads.append(sql) if sql.lstrip().startswith("SELECT") else None)
    try:
        assert mark_cards(ctx.store, CardStatus.SENT, card_ids=ids) == 200
    finally:
        ctx.store.db.conn.set_trace_callback(None)
    assert len(reads) == 1  # one look-up for 200 ids, not one per card
