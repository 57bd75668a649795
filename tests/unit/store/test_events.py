"""Events and who was met there."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from postcard.core.model import Contact, Event
from postcard.errors import PostcardError
from postcard.store.events import DuplicateEventError
from postcard.store.store import Store


def test_add_get_update(store: Store) -> None:
    event = store.events.add(Event("地域DXセミナー", dt.date(2026, 11, 20), "東京・丸の内", "第3回"))
    assert event.id is not None
    assert store.events.get(event.id) == event
    event.place, event.date = "大阪", None
    store.events.update(event)
    assert store.events.get(event.id) == Event("地域DXセミナー", None, "大阪", "第3回", event.id)
    assert store.events.get(event.id + 1) is None


def test_event_names_are_unique(store: Store) -> None:
    first = store.events.add(Event("勉強会", dt.date(2025, 4, 1)))
    with pytest.raises(DuplicateEventError, match="'勉強会' exists already") as caught:
        store.events.add(Event(" 勉強会 ", dt.date(2026, 4, 1)))  # cleaned like any name first
    assert caught.value.existing == first
    other = store.events.add(Event("勉強会2026", dt.date(2026, 4, 1)))
    other.name = "勉強会"
    with pytest.raises(DuplicateEventError):
        store.events.update(other)
    assert [e.name for e in store.events.list()] == ["勉強会2026", "勉強会"]


def test_an_event_needs_a_name(store: Store) -> None:
    for name in ("", "   ", "\u3000"):
        with pytest.raises(PostcardError, match="needs a name"):
            store.events.add(Event(name))
        with pytest.raises(PostcardError, match="name the event"):
            store.events.resolve(name)


def test_find_by_name_and_day(store: Store) -> None:
    event = store.events.add(Event("勉強会", dt.date(2025, 4, 1)))
    assert store.events.find("勉強会") == event
    assert store.events.find("勉強会", dt.date(2025, 4, 1)) == event
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
    with pytest.raises(PostcardError, match="is on 2026-05-14, not 2026-05-15"):
        store.events.get_or_create("名刺交換 2026-05-14", dt.date(2026, 5, 15))
    assert len(store.events.list()) == 1


def test_get_or_create_dates_an_undated_event(store: Store) -> None:
    undated = store.events.get_or_create("Meetup")
    dated = store.events.get_or_create("Meetup", dt.date(2026, 2, 1))
    assert dated.id == undated.id and dated.date == dt.date(2026, 2, 1)


def test_two_processes_creating_one_event_make_one(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    Store.open(path).close()
    script = (
        "import sys; from pathlib import Path; from postcard.store.store import Store\n"
        "s = Store.open(Path(sys.argv[1]))\n"
        "for _ in range(20): s.events.get_or_create('地域DXセミナー2026')\n"
        "s.close()\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path)]) for _ in range(3)]
    assert [proc.wait(timeout=60) for proc in procs] == [0, 0, 0]
    store = Store.open(path)
    try:
        assert [e.name for e in store.events.list()] == ["地域DXセミナー2026"]
    finally:
        store.close()


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
