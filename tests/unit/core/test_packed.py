"""Packed contacts and cards come back equal to what went in, every field of them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from postcard.core.model import Card, CardStatus, Contact, JointName
from postcard.core.packed import PackedCards, PackedContacts, pack_card, pack_contact, unpack_card, unpack_contact

FULL = Contact(
    family_name="山田", given_name="太郎", family_reading="やまだ", given_reading="たろう", honorific="先生",
    company="株式会社みらい設計", company_reading="みらいせっけい", department="営業部", title="部長",
    joint_names=[JointName("花子", "", "様", "はなこ"), JointName("一郎", "佐藤", "殿")], postal_code="1000005",
    address1="東京都千代田区丸の内", address2="1-9-1", address3="グラントウキョウノースタワー12階", country="",
    email="taro@example.jp", phone="03-1234-5678", notes="懇親会で隣の席。\n二行目", key_person=True,
    interval_days=90, tags=["VIP", "展示会2026"], archived=True, met_on=dt.date(2026, 11, 20),
    suggested_family_reading="やまだ", suggested_given_reading="たろう", id=42,
    created_at=dt.datetime(2026, 11, 1, 9, 30, 5, tzinfo=dt.UTC),
    updated_at=dt.datetime(2026, 11, 2, 10, 0, 0, 123456, tzinfo=dt.timezone(dt.timedelta(hours=9))),
)  # fmt: skip


def test_a_contact_with_every_field_set_comes_back_equal() -> None:
    assert all(getattr(FULL, f.name) != f.default for f in dataclasses.fields(Contact) if f.name != "country")
    back = unpack_contact(pack_contact(FULL))
    assert back == FULL and back is not FULL
    assert back.joint_names[1] == JointName("一郎", "佐藤", "殿") and back.updated_at == FULL.updated_at
    assert unpack_contact(pack_contact(Contact())) == Contact()  # every default (None, empty lists) too
    assert len(pack_contact(FULL)) < 600  # far smaller than the object (more than a kilobyte)


def test_a_card_with_its_options_comes_back_equal() -> None:
    card = Card(contact_id=3, text="先日は\nありがとうございました", template="ja-seminar", format="a6", event_id=7,
                sender_id=1, personal="ありがとう", seed=123456789, status=CardStatus.SENT,
                options={"variation": 1.5, "numerals": "juu", "extra": {"a": [1, 2]}},
                drafted_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC), id=9)  # fmt: skip
    back = unpack_card(pack_card(card))
    assert back == card and back.status is CardStatus.SENT


def test_packed_contacts_and_cards_read_like_a_list_and_a_mapping() -> None:
    people = [dataclasses.replace(FULL, id=i, given_name=f"{i}郎") for i in (5, 3, 8)] + [Contact(family_name="林")]
    packed = PackedContacts(people)
    assert list(packed) == people and packed[1] == people[1] and packed[-1] == people[-1]
    assert packed[1:3] == people[1:3] and len(packed) == 4 and list(packed.ids) == [5, 3, 8, -1]
    packed[0].given_name = "changed"  # a read is a copy
    assert packed[0] == people[0]
    other = PackedContacts()
    other.append_packed(pack_contact(people[2]), 8)
    assert list(other) == [people[2]] and list(other.ids) == [8]
    with pytest.raises(IndexError):
        packed[4]
    drafts = PackedCards((c.contact_id, c) for c in [Card(contact_id=5, text="", personal="また"), Card(3, "x")])
    assert dict(drafts) == {5: Card(contact_id=5, text="", personal="また"), 3: Card(3, "x")}
    assert 5 in drafts and 4 not in drafts and drafts.get(4) is None and len(drafts) == 2
