"""Normalisation of postal codes, readings, names and free text as they come from real files."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postcard.core.text import (
    clean,
    format_postal_code,
    is_japanese_postal_code,
    normalize_postal_code,
    normalize_reading,
    normalize_text,
    split_full_name,
    starts_with_prefecture,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("〒150-8512", "1508512"),
        ("１５０－８５１２", "1508512"),
        ("150ー8512", "1508512"),  # a long-vowel mark typed for the hyphen
        ("150−8512", "1508512"),  # U+2212 minus
        ("1508512", "1508512"),
        ("〒 150-8512 ", "1508512"),
        ("〒１５０ー８５１２", "1508512"),
        ("SW1A 1AA", "SW1A 1AA"),  # a UK postcode is kept as given
        ("95014", "95014"),
        ("10117", "10117"),
        ("150-85123", "150-85123"),  # not 3+4 digits: not treated as Japanese
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_postal_code(raw: str | None, expected: str) -> None:
    assert normalize_postal_code(raw) == expected


@given(st.text(alphabet=st.sampled_from("0123456789０１２３４５６７８９-－ー〒 　ABＡｂSW\t"), max_size=12))
def test_normalize_postal_code_is_idempotent(raw: str) -> None:
    once = normalize_postal_code(raw)
    assert normalize_postal_code(once) == once


@given(st.text(alphabet="0123456789", min_size=7, max_size=7),
       st.sampled_from(["{}-{}", "〒{}-{}", "{}{}", "{}ー{}", "〒 {}－{}"]),
       st.booleans())  # fmt: skip
def test_any_written_form_of_a_code_gives_seven_digits(digits: str, shape: str, wide: bool) -> None:
    written = shape.format(digits[:3], digits[3:])
    if wide:
        written = written.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    code = normalize_postal_code(written)
    assert code == digits
    assert is_japanese_postal_code(code)
    assert format_postal_code(code) == f"{digits[:3]}-{digits[3:]}"


def test_format_and_recognise_postal_codes() -> None:
    assert format_postal_code("1508512") == "150-8512"
    assert format_postal_code("SW1A 1AA") == "SW1A 1AA"
    assert is_japanese_postal_code("1508512")
    assert not is_japanese_postal_code("95014")
    assert not is_japanese_postal_code("１５０８５１２")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｱﾝﾄﾞｳ", "アンドウ"),
        ("ｶﾞｯｺｳ ﾊﾟﾊﾟ", "ガッコウ パパ"),  # voiced marks join the kana they follow
        ("あんどう", "あんどう"),  # hiragana stays hiragana
        ("アンドウ", "アンドウ"),  # katakana stays katakana
        ("  やまだ\u3000たろう ", "やまだ たろう"),
        ("ＹＡＭＡＤＡ", "YAMADA"),
        ("", ""),
    ],
)
def test_normalize_reading(raw: str, expected: str) -> None:
    assert normalize_reading(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("髙橋", "髙橋"),
        ("山﨑", "山﨑"),  # a compatibility ideograph is not folded to 崎
        ("𠮷野家", "𠮷野家"),
        ("ｾﾙﾘｱﾝﾀﾜｰ６階", "セルリアンタワー6階"),
        ("Ｂｌｄｇ．\u3000３Ｆ", "Bldg. 3F"),
        ("line\x00one\x07", "lineone"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_clean_keeps_newlines_and_collapses_spaces() -> None:
    assert clean(" a \t b\u3000\u3000c \n d ") == "a b c \n d"
    assert clean(None) == ""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("山田 太郎", ("山田", "太郎")),
        ("山田\u3000太郎", ("山田", "太郎")),
        ("長谷川", ("長谷川", "")),  # no space: not guessed
        ("John Doe", ("Doe", "John")),
        ("Mary Ann Smith", ("Smith", "Mary Ann")),
        ("Madonna", ("Madonna", "")),
        ("", ("", "")),
    ],
)
def test_split_full_name(raw: str, expected: tuple[str, str]) -> None:
    assert split_full_name(raw) == expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("東京都渋谷区", True),
        ("北海道札幌市", True),
        ("京都府京都市", True),
        ("神奈川県横浜市", True),
        ("渋谷区桜丘町", False),
        ("セルリアンタワー6階", False),
    ],
)
def test_starts_with_prefecture(address: str, expected: bool) -> None:
    assert starts_with_prefecture(address) is expected
