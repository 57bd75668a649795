"""Vertical-text rules: numerals, hyphens, upright ASCII, UAX #50 orientation and fallbacks (hagaki.md §2)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postcard.core.vertical import (
    VERTICAL_HYPHEN,
    address_for_vertical,
    fallback_rotation,
    kanji_numerals,
    name_for_vertical,
    orientation,
    presentation_form,
    vertical_hyphens,
)


# --- kanji_numerals --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25", "二五"),
        ("10", "一〇"),
        ("1222", "一二二二"),
        ("0", "〇"),
        ("１２３", "一二三"),
        ("3丁目", "三丁目"),
        ("末広町5の7", "末広町五の七"),
        ("ヒカリエ34F", "ヒカリエ三四F"),
        ("番地なし", "番地なし"),
    ],
)
def test_digits_style_writes_each_digit_as_a_kanji(text: str, expected: str) -> None:
    assert kanji_numerals(text) == expected
    assert kanji_numerals(text, style="digits") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10", "十"),
        ("22", "二十二"),
        ("20", "二十"),
        ("11", "十一"),
        ("99", "九十九"),
        ("7", "七"),
        ("105", "一〇五"),
        ("1324", "一三二四"),
        ("05", "〇五"),
        ("１０", "十"),
        ("2丁目22-10", "二丁目二十二-十"),
    ],
)
def test_juu_style_uses_ten_for_two_digit_numbers_only(text: str, expected: str) -> None:
    assert kanji_numerals(text, style="juu") == expected


def test_arabic_style_keeps_digits_but_makes_them_full_width() -> None:
    assert kanji_numerals("1-3-2", style="arabic") == "１-３-２"
    assert kanji_numerals("１２", style="arabic") == "１２"


def test_unknown_numeral_style_is_refused() -> None:
    with pytest.raises(ValueError, match="roman"):
        kanji_numerals("1", style="roman")  # type: ignore[arg-type]


# --- vertical_hyphens ------------------------------------------------------------------------------------
@pytest.mark.parametrize("hyphen", list("-‐‑‒–—―−－"))
def test_every_hyphen_like_character_becomes_the_vertical_stroke(hyphen: str) -> None:
    assert vertical_hyphens(f"1{hyphen}2") == "1丨2"
    assert VERTICAL_HYPHEN == "丨" == "\u4e28"


def test_katakana_long_vowel_mark_is_kept_but_the_hyphens_after_it_are_not() -> None:
    assert vertical_hyphens("センター-1-2") == "センター丨1丨2"
    assert vertical_hyphens("センター1-2") == "センター1丨2"
    assert vertical_hyphens("コーヒービル") == "コーヒービル"
    assert vertical_hyphens("ｾﾝﾀｰ") == "ｾﾝﾀｰ"  # half-width ｰ in katakana is a long vowel too


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1ー2ー3", "1丨2丨3"),
        ("１ー２", "１丨２"),
        ("一ー二", "一丨二"),
        ("十ー五", "十丨五"),
        ("1ｰ2", "1丨2"),
        ("ー1", "ー1"),
        ("1ー", "1ー"),
        ("2丁目5番地", "2丁目5番地"),
    ],
)
def test_long_vowel_mark_is_a_separator_only_between_numerals(text: str, expected: str) -> None:
    assert vertical_hyphens(text) == expected


# --- address_for_vertical / name_for_vertical ------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "numerals", "expected"),
    [
        ("1-2-3", "digits", "一丨二丨三"),
        ("2丁目5-7", "digits", "二丁目五丨七"),
        ("１２３－４", "digits", "一二三丨四"),
        ("センター-1-2", "digits", "センター丨一丨二"),
        ("センター1-2", "digits", "センター一丨二"),
        ("10-22", "juu", "十丨二十二"),
        ("105-3", "juu", "一〇五丨三"),
        ("1-3-2", "arabic", "１丨３丨２"),
        ("渋谷2-21-1 ヒカリエ34F", "digits", "渋谷二丨二一丨一 ヒカリエ三十四階"),
        ("A棟#3", "digits", "Ａ棟＃三"),
        # floors are counted: 十五階, 地下一階, 十二階, in every kanji style
        ("15F", "digits", "十五階"),
        ("3Ｆ", "digits", "三階"),
        ("B1F", "digits", "地下一階"),
        ("B1", "digits", "地下一階"),
        ("ABCビルB2 南側", "digits", "ＡＢＣビル地下二階 南側"),
        ("地下1F", "digits", "地下一階"),
        ("12階", "digits", "十二階"),
        ("サンシャイン60 45階", "digits", "サンシャイン六〇 四十五階"),
        ("15F", "juu", "十五階"),
        # other counters are counted too; identifiers (street numbers, rooms, buildings) go digit by digit
        ("3丁目12番5号", "digits", "三丁目十二番五号"),
        ("北12条西4丁目", "digits", "北十二条西四丁目"),
        ("721番地", "digits", "七二一番地"),
        ("1203号室", "digits", "一二〇三号室"),
        ("12号室", "digits", "一二号室"),
        ("12号室", "juu", "十二号室"),
        # not floors: a letter touches the F, or B has three digits
        ("A3F", "digits", "Ａ三Ｆ"),
        ("3FL", "digits", "三ＦＬ"),
        ("B101", "digits", "Ｂ一〇一"),
        # Arabic: two digits stay half width for one 縦中横 cell, others full width
        ("15F", "arabic", "15階"),
        ("B1F", "arabic", "地下１階"),
        ("2-21-1", "arabic", "２丨21丨１"),
        ("1203号室", "arabic", "１２０３号室"),
    ],
)
def test_address_for_vertical(line: str, numerals: str, expected: str) -> None:
    assert address_for_vertical(line, numerals=numerals) == expected  # type: ignore[arg-type]


def test_name_for_vertical_makes_ascii_upright_and_keeps_digits_arabic() -> None:
    assert name_for_vertical("3M") == "３Ｍ"
    assert name_for_vertical("第1営業部") == "第１営業部"
    assert name_for_vertical("ABC-1") == "ＡＢＣ－１"
    assert name_for_vertical("山田 太郎") == "山田 太郎"


@given(st.text(alphabet="0123456789０１２３４５６７８９-－ーｰセンタabcBFXYZ丁目番地号階 ", max_size=30))
def test_address_for_vertical_leaves_no_half_width_letters_digits_or_hyphens(line: str) -> None:
    for numerals in ("digits", "juu"):
        out = address_for_vertical(line, numerals=numerals)
        assert not any(ch.isascii() and ch != " " for ch in out)
        assert not set("0123456789０１２３４５６７８９") & set(out)
    arabic = address_for_vertical(line, numerals="arabic")
    assert not any(ch.isascii() and not ch.isdigit() and ch != " " for ch in arabic)
    assert all(len(run) == 2 for run in re.findall("[0-9]+", arabic))  # half width only as a 縦中横 pair


@given(st.text(max_size=30))
def test_vertical_hyphens_keeps_the_length(text: str) -> None:
    assert len(vertical_hyphens(text)) == len(text)


# --- orientation (UAX #50, the hagaki.md §2.3 table) -----------------------------------------------------
@pytest.mark.parametrize("ch", list("ー〜～（）「」『』【】〔〕［］｛｝〈〉《》：；｜"))
def test_transformed_rotated_characters(ch: str) -> None:
    assert orientation(ch) == "Tr"


@pytest.mark.parametrize("ch", list("、。，．！？ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"))
def test_transformed_upright_characters(ch: str) -> None:
    assert orientation(ch) == "Tu"


@pytest.mark.parametrize("ch", list("Az09-‐‒–—―−~…‥()[]|=－＝") + ["é", " "])
def test_rotated_characters(ch: str) -> None:
    assert orientation(ch) == "R"


@pytest.mark.parametrize("ch", list("１ａＡ漢字あア・〒々〇＋＃％＠＆丨﨑") + ["𠮷", "\u3000", "㈱", "①"])
def test_upright_characters(ch: str) -> None:
    assert orientation(ch) == "U"


# --- presentation forms and fallbacks ----
@pytest.mark.parametrize(
    ("ch", "form"),
    [
        ("、", "︑"),
        ("。", "︒"),
        ("，", "︐"),
        ("「", "﹁"),
        ("」", "﹂"),
        ("『", "﹃"),
        ("』", "﹄"),
        ("（", "︵"),
        ("）", "︶"),
        ("【", "︻"),
        ("】", "︼"),
        ("…", "︙"),
        ("！", "︕"),
        ("？", "︖"),
    ],
)
def test_presentation_forms(ch: str, form: str) -> None:
    assert presentation_form(ch) == form
    assert orientation(form) == "U"


@pytest.mark.parametrize("ch", ["ー", "〜", "あ", "A"])
def test_no_presentation_form(ch: str) -> None:
    assert presentation_form(ch) is None


@pytest.mark.parametrize("ch", ["ー", "〜", "「", "」", "（", "：", "A", "1", "-"])
def test_rotated_and_transformed_rotated_characters_turn_clockwise(ch: str) -> None:
    assert fallback_rotation(ch) == (90.0, 0.0, 0.0)


@pytest.mark.parametrize("ch", ["、", "。", "，", "．"])
def test_commas_and_stops_move_to_the_upper_right_quadrant(ch: str) -> None:
    rotation, dx, dy = fallback_rotation(ch)
    assert rotation == 0.0
    assert (dx, dy) == (0.5, -0.5)  # right and up (y grows downward)


@pytest.mark.parametrize("ch", ["っ", "ゃ", "ッ", "ョ", "ヵ"])
def test_small_kana_shift_slightly_up_and_right(ch: str) -> None:
    assert fallback_rotation(ch) == (0.0, 0.1, -0.1)


@pytest.mark.parametrize("ch", ["漢", "あ", "！", "？", "１", "〒"])
def test_upright_characters_stay_put(ch: str) -> None:
    assert fallback_rotation(ch) == (0.0, 0.0, 0.0)
