"""Keeping the book right through the application layer: cleaning, checking and saving contacts, events, senders;
archive and restore; the postal code filling an address without overwriting what was typed."""

from __future__ import annotations

import datetime as dt

import pytest

from postcard.compose.book import (
    DuplicateContactError,
    FieldProblem,
    FieldProblemKind,
    InvalidRecordError,
    area_fill,
    check_contact,
    clean_contact,
    parse_tags,
    save_contact,
    save_event,
    save_sender,
    set_archived,
)
from postcard.context import AppContext
from postcard.core.model import Contact, Event, JointName, Sender
from postcard.store.events import DuplicateEventError
from tests.unit.compose.conftest import YAMADA, add


def test_clean_contact_normalises_like_an_import() -> None:
    typed = Contact(family_name=" 山田 ", given_name="太郎", family_reading="ﾔﾏﾀﾞ", postal_code="〒１００－０００５",
                    email=" taro@example.jp ", notes="line one\nline two", tags=["a", " a ", "", "b"],
                    joint_names=[JointName("花子", honorific="様"), JointName("", "", "様", "")])  # fmt: skip
    cleaned = clean_contact(typed)
    assert (cleaned.family_name, cleaned.family_reading, cleaned.postal_code) == ("山田", "ヤマダ", "1000005")
    assert cleaned.email == "taro@example.jp" and cleaned.notes == "line one\nline two"
    assert cleaned.tags == ["a", "b"]
    assert [j.given_name for j in cleaned.joint_names] == ["花子"]  # an empty joint row is dropped
    assert typed.family_name == " 山田 "  # the argument is left alone


def test_an_organisation_gets_onchu() -> None:
    assert clean_contact(Contact(company="株式会社みらい", honorific="")).honorific == "御中"
    assert clean_contact(Contact(family_name="山田", company="株式会社みらい", honorific="")).honorific == ""


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (Contact(), [FieldProblem("family_name", FieldProblemKind.NO_NAME)]),
        (Contact(email="taro@example.jp"), []),
        (Contact(family_name="山田", email="not an address"), [FieldProblem("email", FieldProblemKind.EMAIL)]),
        (Contact(family_name="山田", interval_days=0), [FieldProblem("interval_days", FieldProblemKind.INTERVAL)]),
        (Contact(family_name="山田", joint_names=[JointName("")]),
         [FieldProblem("joint_names", FieldProblemKind.JOINT_NAME, 0)]),
        (Contact(family_name="山田", joint_names=[JointName(str(i)) for i in range(4)]),
         [FieldProblem("joint_names", FieldProblemKind.TOO_MANY_JOINT_NAMES)]),
    ],
)  # fmt: skip
def test_check_contact(contact: Contact, expected: list[FieldProblem]) -> None:
    assert check_contact(contact) == expected


def test_parse_tags() -> None:
    assert parse_tags("seminar, VIP、大阪;seminar ,") == ["seminar", "VIP", "大阪"]


def test_save_contact_adds_links_and_updates(ctx: AppContext) -> None:
    event = ctx.store.events.add(Event("交流会", dt.date(2026, 11, 20)))
    stored = save_contact(ctx.store, Contact(family_name="山田", given_name=" 太郎", postal_code="100-0005"),
                          event_id=event.id)  # fmt: skip
    assert stored.id is not None and stored.given_name == "太郎" and stored.postal_code == "1000005"
    assert [c.id for c in ctx.store.contacts.list(event_id=event.id)] == [stored.id]
    stored.notes = "話した内容"
    save_contact(ctx.store, stored)
    assert ctx.store.contacts.get(stored.id).notes == "話した内容"  # type: ignore[union-attr]


def test_save_contact_refuses_what_cannot_be_saved(ctx: AppContext) -> None:
    with pytest.raises(InvalidRecordError) as caught:
        save_contact(ctx.store, Contact(email="broken"))
    assert caught.value.problems == [FieldProblem("email", FieldProblemKind.EMAIL)]
    assert ctx.store.contacts.count() == 0


def test_a_new_contact_already_in_the_book_is_refused_unless_added_anyway(ctx: AppContext) -> None:
    first = add(ctx, **YAMADA)
    with pytest.raises(DuplicateContactError) as caught:
        save_contact(ctx.store, Contact(family_name="山田", given_name="太郎", postal_code="100-0005"))
    assert caught.value.existing.id == first.id
    again = save_contact(ctx.store, Contact(family_name="山田", given_name="太郎", postal_code="100-0005"),
                         add_anyway=True)  # fmt: skip
    assert again.id != first.id and ctx.store.contacts.count() == 2
    first.notes = "edited"
    save_contact(ctx.store, first)  # editing a stored contact is not a duplicate of itself


def test_archive_and_restore_delete_nothing(ctx: AppContext) -> None:
    person = add(ctx, **YAMADA)
    assert set_archived(ctx.store, [person.id], True) == 1  # type: ignore[list-item]
    assert set_archived(ctx.store, [person.id], True) == 0  # type: ignore[list-item]
    assert ctx.store.contacts.list() == [] and ctx.store.contacts.get(person.id).archived  # type: ignore[arg-type,union-attr]
    assert set_archived(ctx.store, [person.id], False) == 1  # type: ignore[list-item]
    assert [c.id for c in ctx.store.contacts.list()] == [person.id]


def test_area_fill_fills_an_empty_line_and_never_what_was_typed() -> None:
    fill = area_fill("151-0051", "")
    assert fill is not None and fill.address1 == "東京都渋谷区千駄ヶ谷"
    assert (fill.area.prefecture, fill.area.city, fill.area.town) == ("東京都", "渋谷区", "千駄ヶ谷")
    assert area_fill("１５１００５１", "").address1 == "東京都渋谷区千駄ヶ谷"  # type: ignore[union-attr]
    # a new code replaces what the last one filled in...
    assert (
        area_fill("100-0005", "東京都渋谷区千駄ヶ谷", filled="東京都渋谷区千駄ヶ谷").address1 == "東京都千代田区丸の内"
    )  # type: ignore[union-attr]
    # ...but not what the user typed since
    typed = area_fill("100-0005", "東京都渋谷区千駄ヶ谷5丁目", filled="東京都渋谷区千駄ヶ谷")
    assert typed is not None and typed.address1 is None and typed.area.town == "丸の内"
    assert area_fill("100-0005", "大阪府大阪市北区梅田").address1 is None  # type: ignore[union-attr]
    assert area_fill("000-0000", "") is None and area_fill("1000", "") is None


def test_save_event_links_and_unlinks_people(ctx: AppContext) -> None:
    a, b = add(ctx, family_name="山田"), add(ctx, family_name="佐藤")
    event = save_event(ctx.store, Event(" 交流会 ", dt.date(2026, 11, 20), place="東京"), add=[a.id, b.id])  # type: ignore[list-item]
    assert event.name == "交流会" and {c.id for c in ctx.store.contacts.list(event_id=event.id)} == {a.id, b.id}
    event.place = "大阪"
    save_event(ctx.store, event, remove=[b.id])  # type: ignore[list-item]
    assert ctx.store.events.get(event.id).place == "大阪"  # type: ignore[arg-type,union-attr]
    assert [c.id for c in ctx.store.contacts.list(event_id=event.id)] == [a.id]
    with pytest.raises(InvalidRecordError):
        save_event(ctx.store, Event("  "))
    with pytest.raises(DuplicateEventError):
        save_event(ctx.store, Event("交流会"))


def test_save_sender(ctx: AppContext) -> None:
    first = save_sender(ctx.store, Sender(family_name="小林", given_name="葵", postal_code="151-0051"))
    assert first.postal_code == "1510051" and ctx.store.senders.default().id == first.id  # type: ignore[union-attr]
    second = save_sender(ctx.store, Sender(company="株式会社みらい", is_default=True, label="work"))
    assert ctx.store.senders.default().id == second.id  # type: ignore[union-attr]
    with pytest.raises(InvalidRecordError) as caught:
        save_sender(ctx.store, Sender(label="nobody"))
    assert caught.value.problems[0].kind is FieldProblemKind.SENDER_NAME
