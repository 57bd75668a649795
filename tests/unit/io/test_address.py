"""The address rules shared by the vCard and CSV readers and the vCard export."""

from __future__ import annotations

import pytest

from postcard.core.model import Contact
from postcard.io.address import adr_components, build_address, japanese_layout, split_building


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("東京都渋谷区桜丘町26-1 セルリアンタワー6F", ("東京都渋谷区桜丘町26-1", "セルリアンタワー6F")),
        (
            "大阪府大阪市北区梅田3-1-1　グランフロント大阪 タワーA",
            ("大阪府大阪市北区梅田3-1-1", "グランフロント大阪 タワーA"),
        ),
        ("北海道札幌市中央区北1条西2丁目1番地 札幌ビル", ("北海道札幌市中央区北1条西2丁目1番地", "札幌ビル")),
        ("東京都千代田区丸の内1-9-1", ("東京都千代田区丸の内1-9-1", "")),
        ("北海道札幌市北区北六条西4丁目", ("北海道札幌市北区北六条西4丁目", "")),
        ("東京都 千代田区 丸の内1-9-1", ("東京都 千代田区 丸の内1-9-1", "")),
        (
            "東京都中央区銀座4丁目 5-6",
            ("東京都中央区銀座4丁目 5-6", ""),
        ),  # more street number, not a building
        ("東京都中央区銀座4丁目 5-6 銀座ビル", ("東京都中央区銀座4丁目 5-6", "銀座ビル")),
        ("東京都港区六本木1-2-3 3F", ("東京都港区六本木1-2-3", "3F")),
    ],
)
def test_split_building_after_a_space(address: str, expected: tuple[str, str]) -> None:
    assert split_building(address) == expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("東京都渋谷区桜丘町26-1セルリアンタワー6階", ("東京都渋谷区桜丘町26-1", "セルリアンタワー6階")),
        (
            "東京都港区六本木6丁目10番1号六本木ヒルズ森タワー",
            ("東京都港区六本木6丁目10番1号", "六本木ヒルズ森タワー"),
        ),
        ("北海道札幌市中央区北1条西2丁目", ("北海道札幌市中央区北1条西2丁目", "")),
        ("東京都千代田区丸の内1-9-1", ("東京都千代田区丸の内1-9-1", "")),
    ],
)
def test_split_building_glued_to_the_number(address: str, expected: tuple[str, str]) -> None:
    assert split_building(address, require_space=False) == expected


def test_japanese_layout_is_decided_by_the_script() -> None:
    assert japanese_layout("東京都千代田区")
    assert japanese_layout("100-0005")
    assert not japanese_layout("Umeda 3-1-1 Osaka")


def test_build_address_japanese_and_western() -> None:
    jp = build_address(
        street="丸の内1-9-1",
        locality="千代田区",
        region="東京都",
        postal="１００－０００５",
        country="JP",
        extended="ビル",
    )
    assert (jp.address1, jp.address2, jp.address3, jp.postal_code, jp.country) == (
        "東京都千代田区丸の内1-9-1",
        "",
        "ビル",
        "1000005",
        "",
    )
    us = build_address(
        street="1 Main St,\n2nd floor",
        locality="Springfield",
        region="IL",
        postal="62701",
        country="USA",
        pobox="PO Box 7",
    )
    assert (us.address1, us.address2, us.address3, us.country) == (
        "1 Main St, 2nd floor",
        "Springfield IL",
        "PO Box 7",
        "USA",
    )


def test_adr_components_is_the_inverse() -> None:
    for contact in (
        Contact(address1="東京都千代田区丸の内1-9-1", address2="二号館", address3="101", postal_code="1000005"),
        Contact(address1="1 Main St", address2="Springfield IL", address3="Suite 5", country="USA"),
    ):
        pobox, extended, street, locality, region, postal, country = adr_components(contact)
        back = build_address(
            pobox=pobox,
            extended=extended,
            street=street,
            locality=locality,
            region=region,
            postal=postal,
            country=country,
        )
        got = (back.address1, back.address2, back.address3, back.postal_code, back.country)
        assert got == (
            contact.address1,
            contact.address2,
            contact.address3,
            contact.postal_code,
            contact.country,
        )
