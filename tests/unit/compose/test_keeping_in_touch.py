"""Keeping in touch: the ranked list with each person's last contact, logging a touch, the mailto: note."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from postcard.compose.keeping_in_touch import Note, due_count, follow_ups, log_touch, mailto_url, note_for
from postcard.context import AppContext
from postcard.core.model import Card, CardStatus, Event, Sender, Touch
from postcard.errors import PostcardError

from .conftest import SMITH, YAMADA, add

TODAY = dt.date(2027, 4, 1)


def test_the_list_is_ranked_with_the_last_contact_and_what_it_was(ctx: AppContext) -> None:
    store = ctx.store
    met = add(ctx, family_name="佐藤", given_name="花子", met_on=dt.date(2026, 1, 10))  # long ago: most overdue
    key = add(ctx, family_name="鈴木", given_name="一郎", key_person=True, met_on=dt.date(2026, 9, 1))
    called = add(ctx, **YAMADA, met_on=dt.date(2026, 1, 10))
    store.cards.add_touch(Touch(called.id or 0, dt.date(2026, 8, 20), "lunch", "ramen"))
    carded = add(ctx, **SMITH)
    event = store.events.add(Event(name="Meetup", date=dt.date(2026, 3, 1)))
    store.events.link(event.id or 0, [carded.id or 0])
    card = store.cards.add(Card(contact_id=carded.id or 0, text="Thanks", status=CardStatus.PRINTED))
    store.cards.set_status([card.id or 0], CardStatus.SENT, dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC))
    recent = add(ctx, family_name="伊藤", given_name="誠", met_on=dt.date(2027, 3, 1))

    rows = follow_ups(store, TODAY)
    assert [r.contact.id for r in rows] == [met.id, called.id, key.id]  # Smith's card and Ito's meeting are recent
    assert [(r.last.kind, r.last.note) for r in rows if r.last] == [("meeting", ""), ("lunch", "ramen"),
                                                                     ("meeting", "")]  # fmt: skip
    assert rows[1].last is not None and rows[1].last.date == dt.date(2026, 8, 20)
    everyone = follow_ups(store, TODAY, include_not_due=True)
    last = {r.contact.id: r.last for r in everyone}
    assert last[carded.id] is not None and (last[carded.id].kind, last[carded.id].date) == (
        "card",
        dt.date(2026, 11, 2),
    )
    assert last[recent.id] is not None and last[recent.id].kind == "meeting"
    assert due_count(store, TODAY) == 3


def test_the_due_count_agrees_with_the_list_on_a_varied_book(ctx: AppContext) -> None:
    store = ctx.store
    start = dt.date(2025, 1, 1)
    intervals = [None, 30, 90, 182, 365, 14]
    events = [store.events.add(Event(f"会{i}", start + dt.timedelta(days=40 * i))) for i in range(6)]
    store.events.add(Event("日付なし"))
    people = []
    for i in range(60):
        met = start + dt.timedelta(days=11 * i) if i % 3 else None
        person = add(ctx, family_name=f"人{i}", interval_days=intervals[i % 6], key_person=i % 7 == 0, met_on=met)
        people.append(person.id or 0)
        if i % 4 == 0:
            store.cards.add_touch(Touch(person.id or 0, start + dt.timedelta(days=17 * i), "lunch"))
        if i % 5 == 0:
            store.events.link(events[i % 6].id or 0, [person.id or 0])
    printed = store.cards.record_printed([Card(contact_id=cid, text="ありがとう") for cid in people[::2]])
    for n, card in enumerate(printed[::2]):  # half the printed cards are sent, on varied days
        store.cards.set_status([card.id or 0], CardStatus.SENT, dt.datetime(2025, 2, 1, tzinfo=dt.UTC) +
                               dt.timedelta(days=23 * n))  # fmt: skip
    store.cards.set_status([printed[1].id or 0], CardStatus.REPLIED, dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    archived = people[::9]
    for cid in archived:  # archived people are never due
        store.contacts.archive(cid)
    due = []
    for day in range(0, 1500, 15):  # from few due to everyone overdue
        today = start + dt.timedelta(days=day)
        count = due_count(store, today)
        assert count == len(follow_ups(store, today)), today
        due.append(count)
    assert len(set(due)) > 20 and max(due) == len(people) - len(archived)  # the days cover the whole range


def test_key_people_come_first_among_equals(ctx: AppContext) -> None:
    plain = add(ctx, family_name="あ", given_name="一")
    key = add(ctx, family_name="ん", given_name="二", key_person=True)
    assert [r.contact.id for r in follow_ups(ctx.store, TODAY)] == [key.id, plain.id]  # never heard from: equal


def test_a_logged_touch_takes_someone_off_the_list(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA, met_on=dt.date(2026, 1, 10))
    assert [r.contact.id for r in follow_ups(ctx.store, TODAY)] == [contact.id]
    touch = log_touch(ctx.store, contact, "call", "  about the seminar  ", TODAY)
    assert (touch.kind, touch.note, touch.date) == ("call", "about the seminar", TODAY)
    assert follow_ups(ctx.store, TODAY) == []
    assert ctx.store.cards.touches(contact.id or 0)[0].kind == "call"
    with pytest.raises(PostcardError):
        log_touch(ctx.store, add(ctx, family_name="x").__class__(family_name="unsaved"), "call")


def test_the_note_follows_the_recipients_language_and_signs_with_the_sender(ctx: AppContext) -> None:
    sender = Sender(family_name="小林", given_name="葵")
    ja = note_for(add(ctx, **YAMADA, email="yamada@example.jp"), sender)
    assert ja.to == "yamada@example.jp" and ja.subject == "ご無沙汰しております"
    assert ja.body.startswith("山田様\n\n") and ja.body.endswith("小林 葵")
    en = note_for(add(ctx, **SMITH, email="emily@example.com"), None)
    assert en.body.startswith("Hi Emily,") and "小林" not in en.body
    with pytest.raises(PostcardError, match="no e-mail"):
        note_for(add(ctx, family_name="鈴木"), sender)


def test_the_mailto_url_is_percent_encoded_utf8() -> None:
    note = Note("yamada@example.jp", "ご無沙汰 & お元気?", "山田様\n\nまた 100% お会いしたいです")
    url = mailto_url(note)
    assert url.isascii() and " " not in url and "+" not in url
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "yamada@example.jp"
    query = parse_qs(parts.query)
    assert query["subject"] == ["ご無沙汰 & お元気?"]
    assert query["body"] == ["山田様\r\n\r\nまた 100% お会いしたいです"]  # line breaks as CRLF (RFC 6068)
    assert "%20" in url and "%0D%0A" in url and unquote(url).startswith("mailto:yamada@example.jp?subject=ご無沙汰")
    for bad in ("", "no-at-sign", "a@b.c?cc=x@y.z", "a@b.c\r\nBcc: x@y.z"):
        with pytest.raises(PostcardError):
            mailto_url(Note(bad, "s", "b"))
