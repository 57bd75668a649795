"""The contact book's own rules: merging a duplicate's fields, the search key and its folding, tags in a field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from postcard.core.book import fold_query, merge_into, search_key, split_tags
from postcard.core.model import Contact, JointName
from tests.unit.store.test_contacts import full_contact


def test_merge_fills_gaps_and_never_overwrites() -> None:
    existing = Contact(family_name="山田", given_name="太郎", email="taro@example.jp", notes="my own note",
                       honorific="先生", tags=["seminar", "vip"], joint_names=[JointName("花子")],
                       met_on=dt.date(2026, 1, 1))  # fmt: skip
    incoming = Contact(family_name="山田", given_name="太郎", family_reading="やまだ",
                       email="other@example.jp", notes="imported note", company="鈴木商店",
                       tags=["vip", "名刺"],
                       joint_names=[JointName("次郎")], met_on=dt.date(2026, 5, 14))  # fmt: skip
    assert merge_into(existing, incoming)
    assert existing.email == "taro@example.jp" and existing.notes == "my own note"
    assert existing.honorific == "先生"
    assert existing.family_reading == "やまだ" and existing.company == "鈴木商店"
    assert existing.tags == ["seminar", "vip", "名刺"]
    assert existing.joint_names == [JointName("花子")]
    assert existing.met_on == dt.date(2026, 5, 14)
    assert not merge_into(existing, dataclasses.replace(incoming, met_on=dt.date(2025, 1, 1)))


def test_merge_of_the_same_record_changes_nothing() -> None:
    contact = full_contact()
    assert not merge_into(contact, full_contact())
    assert contact == full_contact()


def test_the_search_key_folds_kana_and_case_like_a_query() -> None:
    contact = Contact(family_name="山田", given_name="太郎", family_reading="ヤマダ", company="ｿﾌﾄ Works")
    key = search_key(contact)
    for query in ("やまだ", "ヤマダ", "ソフト", "works", "太郎 山田"):
        assert fold_query(query) in key, query


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("seminar, VIP、大阪;seminar ,", ["seminar", "VIP", "大阪"]),  # ASCII and ideographic commas, semicolon
        ("取引先，展示会；ゴルフ", ["取引先", "展示会", "ゴルフ"]),  # full-width comma and semicolon
        ("* myContacts ::: 取引先 ::: 勉強会", ["* myContacts", "取引先", "勉強会"]),  # Google's labels
        ("ＶＩＰ､ｾﾐﾅｰ", ["VIP", "セミナー"]),  # normalised like any field; the half-width 、 splits too
        ("  golf\u3000 club , Golf", ["golf club", "Golf"]),  # trimmed, spaces collapsed; case is kept
        ("b, a, b, c, a", ["b", "a", "c"]),  # each once, in the order first written
        ("Tokyo/Osaka・大阪: 2026", ["Tokyo/Osaka・大阪: 2026"]),  # no other punctuation splits
        ("", []),
        (" ,、; ::: ", []),
    ],
)
def test_split_tags(text: str, tags: list[str]) -> None:
    assert split_tags(text) == tags


def test_tags_joined_for_display_read_back_as_themselves() -> None:
    tags = split_tags("VIP、大阪；勉強会 ::: golf club")
    assert split_tags(", ".join(tags)) == tags
