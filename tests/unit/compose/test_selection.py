"""Who is in a batch, and who already got a card for the event (as data)."""

from __future__ import annotations

import pytest

from postcard.compose.selection import (
    UnknownContactError,
    UnknownSenderError,
    already_thanked,
    select_contacts,
    sender_for,
)
from postcard.context import AppContext
from postcard.core.model import Card, Event, Sender
from tests.unit.compose.conftest import SMITH, YAMADA, add


def test_an_events_people_all_or_only_the_unthanked(ctx: AppContext) -> None:
    yamada, smith, other = add(ctx, **YAMADA), add(ctx, **SMITH), add(ctx, family_name="田中")
    event = ctx.store.events.add(Event("勉強会"))
    assert event.id is not None
    ctx.store.events.link(event.id, [yamada.id or 0, smith.id or 0])
    assert {c.id for c in select_contacts(ctx.store, event=event)} == {yamada.id, smith.id}
    [card] = ctx.store.cards.record_printed([Card(contact_id=yamada.id or 0, text="ありがとう", event_id=event.id)])
    assert [c.id for c in select_contacts(ctx.store, event=event, unthanked=True)] == [smith.id]
    assert len(select_contacts(ctx.store)) == 3 and other.id
    [thanked] = already_thanked(ctx.store, select_contacts(ctx.store, event=event), event)
    assert thanked.contact.id == yamada.id and [c.id for c in thanked.cards] == [card.id]
    assert already_thanked(ctx.store, [yamada], None) == []


def test_given_ids_keep_their_order_and_an_unknown_one_is_named(ctx: AppContext) -> None:
    a, b = add(ctx, **YAMADA), add(ctx, **SMITH)
    assert [c.id for c in select_contacts(ctx.store, contact_ids=[b.id or 0, a.id or 0])] == [b.id, a.id]
    with pytest.raises(UnknownContactError) as info:
        select_contacts(ctx.store, contact_ids=[a.id or 0, 99])
    assert info.value.contact_id == 99 and "no contact with id 99" in str(info.value)


def test_the_sender_is_the_default_unless_one_is_named(ctx: AppContext) -> None:
    assert sender_for(ctx.store, None) is None
    first = ctx.store.senders.add(Sender(family_name="小林", is_default=True))
    second = ctx.store.senders.add(Sender(family_name="佐藤"))
    assert sender_for(ctx.store, None) == first and sender_for(ctx.store, second.id) == second
    with pytest.raises(UnknownSenderError):
        sender_for(ctx.store, 42)
