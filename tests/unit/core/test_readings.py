"""Suggested readings: the dictionary search, variant kanji, kana, given names, and when nothing is suggested."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcard.core.model import Contact
from postcard.core.readings import GIVEN_NAMES, ReadingDictionary, ReadingSuggester, read_name

WORDS = ["山\tやま,さん", "山崎\tやまざき", "崎\tさき", "高橋\tたかはし", "高\tたか,こう", "橋\tはし",
         "長谷川\tはせがわ", "長\tなが,ちょう", "蓮\tはす,れん", "平野\tへいや,ひらの"]  # fmt: skip
SMALL = "\n".join(sorted(WORDS)) + "\n"


@pytest.fixture
def small() -> ReadingDictionary:
    return ReadingDictionary(SMALL)


def test_dictionary_finds_exact_words_only(small: ReadingDictionary) -> None:
    assert len(small) == 10
    assert small.readings("山") == ("やま", "さん")
    assert small.readings("長谷川") == ("はせがわ",)
    assert small.readings("長谷") == ()
    assert small.readings("") == ()
    assert small.readings("龍") == ()  # after the last word


def test_longest_words_first(small: ReadingDictionary) -> None:
    assert read_name("長谷川", small) == "はせがわ"
    assert read_name("高橋", small) == "たかはし"
    assert read_name("山崎", small) == "やまざき"


def test_variant_kanji_are_folded_before_reading(small: ReadingDictionary) -> None:
    assert read_name("髙橋", small) == "たかはし"
    assert read_name("山﨑", small) == "やまざき"


def test_kana_are_kept_in_hiragana(small: ReadingDictionary) -> None:
    assert read_name("さくら", small) == "さくら"
    assert read_name("ロイド", small) == "ろいど"
    assert read_name("山ノ", small) == "やまの"


def test_a_character_no_word_covers_gives_no_reading(small: ReadingDictionary) -> None:
    assert read_name("山田", small) == ""  # 田 is not in the small dictionary: no half-read name


def test_common_given_names_are_read_as_names(small: ReadingDictionary) -> None:
    assert read_name("蓮", small) == "はす"
    assert read_name("蓮", small, given=True) == GIVEN_NAMES["蓮"] == "れん"


def test_suggester_fills_only_japanese_names_without_reading(small: ReadingDictionary) -> None:
    suggester = ReadingSuggester(small)
    contact = Contact(family_name="髙橋", given_name="蓮")
    assert suggester.suggest(contact)
    assert (contact.suggested_family_reading, contact.suggested_given_reading) == ("たかはし", "れん")
    assert contact.reading_suggested and contact.reading_missing
    own = Contact(family_name="髙橋", given_name="蓮", family_reading="たかはし")
    assert not suggester.suggest(own) and own.suggested_reading == ""
    assert not suggester.suggest(Contact(family_name="Doe", given_name="Jane"))
    half = Contact(family_name="山田", given_name="蓮")
    assert not suggester.suggest(half) and half.suggested_reading == ""  # both parts or nothing


def test_real_dictionary_reads_common_names(kanwa_cache: Path) -> None:
    from postcard.io.kanwa import load_dictionary

    dictionary = load_dictionary(kanwa_cache)
    assert dictionary is not None and len(dictionary) > 100_000
    suggester = ReadingSuggester(dictionary)
    names = [("髙橋", "健太", "たかはし けんた"), ("山﨑", "翼", "やまざき つばさ"), ("齋藤", "隆", "さいとう たかし"),
             ("長谷川", "結衣", "はせがわ ゆい")]  # fmt: skip
    for family, given, expected in names:
        contact = Contact(family_name=family, given_name=given)
        assert suggester.suggest(contact)
        assert contact.suggested_reading == expected


def test_real_dictionary_gets_most_held_out_names_right(kanwa_cache: Path, data_dir: Path) -> None:
    """A floor, not the figure (benchmarks/readings.py prints it): 33 of the 40 held-out names in 2026."""
    from postcard.io.kanwa import load_dictionary

    dictionary = load_dictionary(kanwa_cache)
    assert dictionary is not None
    suggester = ReadingSuggester(dictionary)
    rows = [line.split("\t") for line in (data_dir / "readings-common-names.tsv").read_text("utf-8").splitlines()
            if line and not line.startswith("#")]  # fmt: skip
    held_out = [row for row in rows if row[0] == "B"]
    assert len(held_out) == 40
    right = 0
    for _set, family, given, fam_r, giv_r in held_out:
        contact = Contact(family_name=family, given_name=given)
        suggester.suggest(contact)
        right += (contact.suggested_family_reading, contact.suggested_given_reading) == (fam_r, giv_r)
    assert right >= 30
