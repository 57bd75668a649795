"""The card log: drafts, printed batches, sent and replied; other touches; last touches."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from postcard.core.model import Card, CardStatus, Contact, Event, Stage, Touch
from postcard.errors import PostcardError
from postcard.store.contacts import search_key
from postcard.store.store import Store


@pytest.fixture
def people(store: Store) -> tuple[int, int, int]:
    ids = tuple(store.contacts.add(Contact(family_name=n, given_name="様子")).id for n in "ABC")
    return ids  # type: ignore[return-value]


@pytest.fixture
def event_id(store: Store) -> int:
    return store.events.add(Event("Seminar", dt.date(2026, 5, 1))).id  # type: ignore[return-value]


def test_save_draft_inserts_then_updates(store: Store, people: tuple[int, ...], event_id: int) -> None:
    card = Card(contact_id=people[0], text="先日は\nありがとう", template="ja-seminar", event_id=event_id,
                personal="お話が良かった", seed=7, options={"ink": "#123"})  # fmt: skip
    store.cards.save_draft(card)
    assert card.id is not None and card.status is CardStatus.DRAFT
    card.text, card.personal, card.options = "改めて", "また会いましょう", {"ink": "#456"}
    store.cards.save_draft(card)
    got = store.cards.get(card.id)
    assert got is not None
    assert (got.text, got.personal, got.options, got.status) == ("改めて", "また会いましょう",
                                                                 {"ink": "#456"}, "draft")  # fmt: skip
    assert got.drafted_at is not None and got.printed_at is None
    assert store.cards.drafts_for_event(event_id) == {people[0]: got}


def test_save_draft_never_rewrites_a_printed_card(store: Store, people: tuple[int, ...]) -> None:
    [card] = store.cards.record_printed([Card(contact_id=people[0], text="as printed")])
    card.text = "edited later"
    store.cards.save_draft(card)
    got = store.cards.get(card.id)  # type: ignore[arg-type]
    assert got is not None and got.text == "as printed" and got.status is CardStatus.PRINTED


def test_record_printed_turns_drafts_into_printed_and_adds_new(
    store: Store, people: tuple[int, ...], event_id: int
) -> None:
    draft = store.cards.save_draft(Card(contact_id=people[0], text="draft", event_id=event_id))
    draft.text, draft.seed = "final text", 42
    fresh = Card(contact_id=people[1], text="new card", event_id=event_id)
    printed = store.cards.record_printed([draft, fresh])
    assert [c.status for c in printed] == [CardStatus.PRINTED] * 2
    rows = store.cards.list(event_id=event_id)
    assert len(rows) == 2  # the draft was updated, not duplicated
    by_contact = {r.card.contact_id: r.card for r in rows}
    assert by_contact[people[0]].id == draft.id
    assert (by_contact[people[0]].text, by_contact[people[0]].seed) == ("final text", 42)
    assert by_contact[people[1]].text == "new card"
    assert all(c.status is CardStatus.PRINTED and c.printed_at for c in by_contact.values())
    assert store.cards.drafts_for_event(event_id) == {}


def test_a_printed_draft_is_logged_as_it_printed(store: Store, people: tuple[int, ...]) -> None:
    draft = store.cards.save_draft(Card(contact_id=people[0], text="", template="ja-seminar", format="jp-hagaki"))
    draft.format, draft.template, draft.personal, draft.text = "a6", "en-talk", "See you", "Thanks\nSee you"
    store.cards.record_printed([draft])
    logged = store.cards.get(draft.id or 0)
    assert logged is not None and logged.status == CardStatus.PRINTED
    assert (logged.format, logged.template, logged.personal, logged.text) == ("a6", "en-talk", "See you",
                                                                             "Thanks\nSee you")  # fmt: skip


def test_record_printed_is_one_transaction(store: Store, people: tuple[int, ...]) -> None:
    draft = store.cards.save_draft(Card(contact_id=people[0], text="draft"))
    broken = Card(contact_id=99999, text="nobody")  # fails the foreign key, after the draft was updated
    with pytest.raises(sqlite3.IntegrityError):
        store.cards.record_printed([draft, broken])
    got = store.cards.get(draft.id)  # type: ignore[arg-type]
    assert got is not None and got.status is CardStatus.DRAFT and got.printed_at is None
    assert len(store.cards.list()) == 1


def test_set_status_sent_and_replied(store: Store, people: tuple[int, ...]) -> None:
    printed = store.cards.record_printed([Card(contact_id=people[0], text="a"),
                                          Card(contact_id=people[1], text="b")])  # fmt: skip
    draft = store.cards.save_draft(Card(contact_id=people[2], text="c"))
    ids = [c.id for c in printed]
    mailed = dt.datetime(2026, 5, 3, 12, tzinfo=dt.UTC)
    assert store.cards.set_status([*ids, draft.id], CardStatus.SENT, mailed) == 2  # type: ignore[list-item]
    assert store.cards.get(draft.id).status is CardStatus.DRAFT  # type: ignore[arg-type, union-attr]
    sent = store.cards.get(ids[0])  # type: ignore[arg-type]
    assert sent is not None and sent.status is CardStatus.SENT and sent.sent_at == mailed
    # marking again keeps the first date
    store.cards.set_status([ids[0]], CardStatus.SENT, mailed + dt.timedelta(days=9))  # type: ignore[list-item]
    assert store.cards.get(ids[0]).sent_at == mailed  # type: ignore[arg-type, union-attr]
    assert store.cards.set_status([ids[0]], CardStatus.REPLIED) == 1  # type: ignore[list-item]
    replied = store.cards.get(ids[0])  # type: ignore[arg-type]
    assert replied is not None and replied.status is CardStatus.REPLIED and replied.replied_at
    assert [r.card.id for r in store.cards.list(status=CardStatus.SENT)] == [ids[1]]


def test_existing_ids_names_the_logged_cards_among_many(store: Store, people: tuple[int, ...]) -> None:
    cards = store.cards.record_printed([Card(contact_id=people[i % len(people)], text=str(i)) for i in range(40)])
    draft = store.cards.save_draft(Card(contact_id=people[0], text="draft"))
    logged = {c.id for c in cards} | {draft.id}
    asked = [*range(-5, 50_000, 7), *logged]  # more ids than SQLite takes as parameters in one statement
    assert store.cards.existing_ids(asked) == logged
    assert store.cards.existing_ids([]) == set()


def test_a_card_cannot_go_back_to_draft(store: Store, people: tuple[int, ...]) -> None:
    [card] = store.cards.record_printed([Card(contact_id=people[0], text="a")])
    with pytest.raises(PostcardError, match="draft"):
        store.cards.set_status([card.id], CardStatus.DRAFT)  # type: ignore[list-item]


def test_thanked_for_event(store: Store, people: tuple[int, ...], event_id: int) -> None:
    other = store.events.add(Event("Other", dt.date(2026, 6, 1)))
    a, b, c = people
    store.cards.save_draft(Card(contact_id=a, text="draft only", event_id=event_id))
    [printed] = store.cards.record_printed([Card(contact_id=b, text="printed", event_id=event_id)])
    store.cards.record_printed([Card(contact_id=c, text="other event", event_id=other.id)])
    [no_event] = store.cards.record_printed([Card(contact_id=c, text="no event")])
    assert store.cards.thanked_for_event(a, event_id) == []
    assert [x.id for x in store.cards.thanked_for_event(b, event_id)] == [printed.id]
    assert store.cards.thanked_for_event(c, event_id) == []
    assert [x.id for x in store.cards.thanked_for_event(c, None)] == [no_event.id]


def test_log_list_filters_and_names(store: Store, people: tuple[int, ...], event_id: int) -> None:
    org = store.contacts.add(Contact(company="まちづくり協会", honorific="御中"))
    store.cards.record_printed([Card(contact_id=people[0], text="セミナーの御礼", event_id=event_id),
                                Card(contact_id=org.id, text="Thanks")])  # type: ignore[arg-type]  # fmt: skip
    rows = store.cards.list()
    assert {(r.contact_name, r.event_name) for r in rows} == {("A 様子", "Seminar"), ("まちづくり協会", "")}
    assert [r.contact_name for r in store.cards.list(contact_id=org.id)] == ["まちづくり協会"]
    assert [r.card.text for r in store.cards.list(query="御礼")] == ["セミナーの御礼"]
    assert [r.card.text for r in store.cards.list(query="まちづくり")] == ["Thanks"]
    by_name = {r.contact_name: r.person_key for r in rows}  # the person's own search key, as the book stores it
    assert by_name == {"A 様子": search_key(store.contacts.get(people[0])), "まちづくり協会": search_key(org)}  # type: ignore[arg-type]


def test_delete_draft_only_deletes_drafts(store: Store, people: tuple[int, ...]) -> None:
    draft = store.cards.save_draft(Card(contact_id=people[0], text="draft"))
    [printed] = store.cards.record_printed([Card(contact_id=people[1], text="printed")])
    store.cards.delete_draft(draft.id)  # type: ignore[arg-type]
    store.cards.delete_draft(printed.id)  # type: ignore[arg-type]
    assert store.cards.get(draft.id) is None  # type: ignore[arg-type]
    assert store.cards.get(printed.id) is not None  # type: ignore[arg-type]


def test_touches_round_trip(store: Store, people: tuple[int, ...]) -> None:
    store.cards.add_touch(Touch(people[0], dt.date(2026, 1, 5), "call", "新年の挨拶"))
    store.cards.add_touch(Touch(people[0], dt.date(2026, 3, 1), "lunch"))
    touches = store.cards.touches(people[0])
    assert [(t.date, t.kind, t.note) for t in touches] == [
        (dt.date(2026, 3, 1), "lunch", ""), (dt.date(2026, 1, 5), "call", "新年の挨拶")
    ]  # fmt: skip
    assert store.cards.touches(people[1]) == []


def test_last_touches_combines_cards_touches_events_and_met_on(store: Store) -> None:
    def person(name: str, met_on: dt.date | None = None) -> int:
        return store.contacts.add(Contact(family_name=name, met_on=met_on)).id  # type: ignore[return-value]

    sent, printed_only, at_event, met, touched, never = (
        person("sent"), person("printed"), person("event"), person("met", dt.date(2024, 2, 2)),
        person("touched", dt.date(2024, 1, 1)), person("never"),
    )  # fmt: skip
    [s, p] = store.cards.record_printed([Card(contact_id=sent, text="s"),
                                         Card(contact_id=printed_only, text="p")])  # fmt: skip
    store.cards.set_status([s.id], CardStatus.SENT, dt.datetime(2026, 3, 1, 23, tzinfo=dt.UTC))  # type: ignore[list-item]
    store.cards.add_touch(Touch(sent, dt.date(2026, 2, 1)))  # older than the card
    store.cards.add_touch(Touch(printed_only, dt.date(2025, 5, 5)))
    store.cards.add_touch(Touch(touched, dt.date(2025, 12, 24)))
    event = store.events.add(Event("Meetup", dt.date(2025, 6, 1)))
    store.events.link(event.id, [printed_only, at_event])  # type: ignore[arg-type]
    assert store.cards.last_touches() == {
        sent: dt.date(2026, 3, 1),
        printed_only: dt.date(2025, 6, 1),  # a card printed but not sent is not a touch yet
        at_event: dt.date(2025, 6, 1),
        met: dt.date(2024, 2, 2),
        touched: dt.date(2025, 12, 24),
    }
    assert never not in store.cards.last_touches()
    assert p.id is not None
    store.contacts.archive(met)
    contact = store.contacts.get(touched)
    assert contact is not None
    store.contacts.update(dataclasses.replace(contact, interval_days=30))
    assert sorted(store.cards.intervals_and_last_touches(), key=str) == sorted(
        [(None, dt.date(2026, 3, 1)), (None, dt.date(2025, 6, 1)), (None, dt.date(2025, 6, 1)),
         (30, dt.date(2025, 12, 24)), (None, None)], key=str)  # fmt: skip


@pytest.mark.parametrize("typed", ["\n", " \n ", "\u3000", "\t\r\n"])
def test_a_line_of_blanks_as_typed_is_no_line_written(
    store: Store, people: tuple[int, ...], event_id: int, typed: str
) -> None:
    """The window saves the personal line as typed: an Enter alone in it is not a line written (the person stays
    "not yet", and the event counts no line for them); a character is."""
    store.cards.save_draft(Card(contact_id=people[0], text="", template="ja-meishi", event_id=event_id, personal=typed))
    store.cards.save_draft(Card(contact_id=people[1], text=typed, event_id=event_id))
    store.cards.save_draft(Card(contact_id=people[2], text="", event_id=event_id, personal=typed + "x"))
    assert store.cards.stages_for_event(event_id) == {people[2]: Stage.WRITTEN}
    store.events.link(event_id, list(people))
    progress = store.cards.event_progress()[event_id]
    assert (progress.people, progress.written) == (3, 1)
