"""Events and who was met there."""

from __future__ import annotations

import datetime as dt

import pytest

from postcard.core.model import Contact, Event
from postcard.errors import PostcardError
from postcard.store.store import Store


def test_add_get_update(store: Store) -> None:
    event = store.events.add(Event("地域DXセミナー", dt.date(2026, 11, 20), "東京・丸の内", "第3回"))
    assert event.id is not None
    assert store.events.get(event.id) == event
    event.place, event.date = "大阪", None
    store.events.update(event)
    assert store.events.get(event.id) == Event("地域DXセミナー", None, "大阪", "第3回", event.id)
    assert store.events.get(event.id + 1) is None


def test_find_prefers_the_date_then_the_most_recent(store: Store) -> None:
    old = store.events.add(Event("勉強会", dt.date(2025, 4, 1)))
    new = store.events.add(Event("勉強会", dt.date(2026, 4, 1)))
    assert store.events.find("勉強会") == new
    assert store.events.find("勉強会", dt.date(2025, 4, 1)) == old
    assert store.events.find("勉強会", dt.date(2024, 4, 1)) is None
    assert store.events.find("べんきょうかい") is None


def test_resolve_by_id_or_name(store: Store) -> None:
    event = store.events.add(Event("Meetup", dt.date(2026, 1, 1)))
    numbered = store.events.add(Event("2026", dt.date(2026, 2, 1)))
    assert store.events.resolve(str(event.id)) == event
    assert store.events.resolve("Meetup") == event
    assert store.events.resolve("2026") == numbered  # not an id: found by name
    with pytest.raises(PostcardError, match="'nope'"):
        store.events.resolve("nope")


def test_get_or_create_does_not_double(store: Store) -> None:
    day = dt.date(2026, 5, 14)
    first = store.events.get_or_create("名刺交換 2026-05-14", day)
    again = store.events.get_or_create("名刺交換 2026-05-14", day)
    undated = store.events.get_or_create("名刺交換 2026-05-14")  # a name alone finds the dated one
    assert first.id == again.id == undated.id
    other_day = store.events.get_or_create("名刺交換 2026-05-14", dt.date(2026, 5, 15))
    assert other_day.id != first.id
    assert len(store.events.list()) == 2


def test_list_newest_first_and_undated_last(store: Store) -> None:
    undated = store.events.add(Event("Someday"))
    old = store.events.add(Event("Old", dt.date(2024, 1, 1)))
    new = store.events.add(Event("New", dt.date(2026, 1, 1)))
    assert [e.id for e in store.events.list()] == [new.id, old.id, undated.id]


def test_link_unlink_counts_and_events_of(store: Store) -> None:
    a = store.contacts.add(Contact(family_name="A"))
    b = store.contacts.add(Contact(family_name="B"))
    first = store.events.add(Event("First", dt.date(2026, 1, 1)))
    second = store.events.add(Event("Second", dt.date(2026, 3, 1)))
    assert a.id and b.id and first.id and second.id
    store.events.link(first.id, [a.id, b.id])
    store.events.link(first.id, [a.id])  # linking twice is harmless
    store.events.link(second.id, [a.id])
    assert store.events.contact_counts() == {first.id: 2, second.id: 1}
    assert [e.id for e in store.events.events_of(a.id)] == [second.id, first.id]
    store.events.unlink(first.id, a.id)
    assert store.events.contact_counts() == {first.id: 1, second.id: 1}
    assert [c.id for c in store.contacts.list(event_id=first.id)] == [b.id]


def test_link_to_a_missing_contact_is_refused(store: Store) -> None:
    event = store.events.add(Event("First"))
    assert event.id is not None
    with pytest.raises(Exception, match="FOREIGN KEY"):
        store.events.link(event.id, [12345])
    assert store.events.contact_counts() == {}
