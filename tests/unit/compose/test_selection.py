"""Who is in a batch, and who already got a card for the event (as data)."""

from __future__ import annotations

import pytest

from postcard.compose import selection
from postcard.compose.selection import (
    UnknownContactError,
    UnknownSenderError,
    already_thanked,
    select_contacts,
    select_packed,
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


def test_a_print_run_reads_the_same_people_in_the_same_order(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    people = [  # readings in hiragana, katakana, suggested only, none; a name that is a prefix of another
        {"family_name": "山田", "given_name": "太郎", "family_reading": "やまだ", "given_reading": "たろう"},
        {"family_name": "山田", "given_name": "太", "family_reading": "ヤマダ", "given_reading": "タ"},
        {"family_name": "阿部", "given_name": "凛", "suggested_family_reading": "あべ",
         "suggested_given_reading": "りん"},
        {"family_name": "Smith", "given_name": "Emily"}, {"family_name": "", "company": "株式会社みらい"},
        {"family_name": "山", "given_name": "", "family_reading": "やま"}, {"family_name": "林", "given_name": "凛"},
    ]  # fmt: skip
    ids = [add(ctx, **fields).id or 0 for fields in people * 3]
    event = ctx.store.events.add(Event("勉強会"))
    ctx.store.events.link(event.id or 0, ids[:-2])
    monkeypatch.setattr(selection, "CHUNK", 4)  # several chunks of the store's rows
    for kwargs in ({"event": event}, {}, {"event": event, "unthanked": True}):
        assert list(select_packed(ctx.store, **kwargs)) == select_contacts(ctx.store, **kwargs)  # type: ignore[arg-type]
    order = [ids[5], ids[0], ids[5], ids[11]]  # given ids: their order, repeats kept
    assert list(select_packed(ctx.store, contact_ids=order)) == select_contacts(ctx.store, contact_ids=order)
    with pytest.raises(UnknownContactError) as info:
        select_packed(ctx.store, contact_ids=[ids[0], 999, 998])
    assert info.value.contact_id == 998
    packed = select_packed(ctx.store, event=event)
    [card] = ctx.store.cards.record_printed([Card(contact_id=ids[3], text="ありがとう", event_id=event.id)])
    thanked = already_thanked(ctx.store, packed, event)
    assert thanked == already_thanked(ctx.store, list(packed), event)
    assert [(t.contact.id, [c.id for c in t.cards]) for t in thanked] == [(ids[3], [card.id])]
