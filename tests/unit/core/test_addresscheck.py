"""The address check against Japan Post's data: each problem as data, and the addresses that are fine."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from postcard.core.addresscheck import AddressProblem, AddressProblemKind, PostalAreas, check_address
from postcard.core.model import Contact, Sender
from postcard.core.postal import PostalArea, areas

K = AddressProblemKind


def kinds(**fields: str) -> list[AddressProblemKind]:
    return [p.kind for p in check_address(Contact(**fields))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        ("1000005", ["東京都千代田区丸の内1-9-1"]),
        ("1000005", ["東京都千代田区丸の内", "1-9-1", "丸ノ内ビルディング10階"]),
        ("1000005", ["丸の内1-9-1"]),  # the code and the town deliver it
        ("1000005", ["東京都千代田区丸の内一丁目9番1号"]),
        ("1508512", ["東京都渋谷区桜丘町", "", "セルリアンタワー"]),  # a large office's own code needs no number
        ("1510051", ["東京都渋谷区千駄ケ谷1-2-3"]),
        ("1510051", ["東京都渋谷区千駄ヶ谷1-2-3"]),  # ヶ and ケ are the same
        ("4980000", ["三重県木曽岬町1-2"]),  # a code of two prefectures; 桑名郡 left out
        ("4980000", ["愛知県弥富市前ケ須町1-2"]),
        ("7960088", ["愛媛県八幡浜市1378番地"]),
        ("5750000", ["大阪府四條畷市中野1-1"]),  # 四條畷 = 四条畷
        ("1000301", ["東京都利島村248番地"]),
        ("0600000", ["北海道札幌市中央区北1条西2丁目"]),
    ],
)
def test_deliverable_addresses_have_no_problem(code: str, lines: list[str]) -> None:
    a1, a2, a3 = (lines + ["", "", ""])[:3]
    assert kinds(postal_code=code, address1=a1, address2=a2, address3=a3) == []


def test_no_address_at_all() -> None:
    assert check_address(Contact()) == [AddressProblem(K.NO_ADDRESS)]
    assert kinds(postal_code="1000005") == [K.NO_ADDRESS]  # a code alone has no street number or name line


def test_postal_code_problems_carry_the_code() -> None:
    assert kinds(address1="東京都千代田区丸の内1-9-1") == [K.NO_POSTAL_CODE]
    assert check_address(Contact(postal_code="ABC-DEFG!!", address1="東京都千代田区丸の内1-9-1")) == [
        AddressProblem(K.MALFORMED_POSTAL_CODE, found="ABC-DEFG!!")
    ]
    assert check_address(Contact(postal_code="0000000", address1="東京都千代田区丸の内1-9-1")) == [
        AddressProblem(K.UNKNOWN_POSTAL_CODE, found="0000000")
    ]


def test_code_of_another_prefecture() -> None:
    problems = check_address(Contact(postal_code="1000005", address1="大阪府大阪市北区梅田3-1-1"))
    assert problems == [AddressProblem(K.PREFECTURE_MISMATCH, found="大阪府", expected="東京都")]


def test_code_of_another_city() -> None:
    problems = check_address(Contact(postal_code="1000005", address1="東京都新宿区西新宿2-8-1"))
    assert problems == [AddressProblem(K.CITY_MISMATCH, found="新宿区", expected="千代田区")]


@pytest.mark.parametrize(
    "lines",
    [["東京都千代田区丸の内"], ["東京都千代田区丸の内", "", "丸ノ内ビルディング10階"], ["東京都千代田区丸の内 B1F"]],
)
def test_no_street_number(lines: list[str]) -> None:
    a1, a2, a3 = (lines + ["", "", ""])[:3]
    assert kinds(postal_code="1000005", address1=a1, address2=a2, address3=a3) == [K.NO_STREET_NUMBER]


def test_several_problems_at_once() -> None:
    assert kinds(postal_code="1000005", address1="大阪府大阪市北区梅田") == [K.PREFECTURE_MISMATCH, K.NO_STREET_NUMBER]


def test_abroad_only_an_empty_address_is_a_problem() -> None:
    assert kinds(country="USA") == [K.NO_ADDRESS]
    assert kinds(country="USA", address1="1 Infinite Loop", address2="Cupertino CA", postal_code="95014") == []
    assert kinds(country="United Kingdom", address1="Baker Street") == []


def test_a_sender_is_checked_the_same_way() -> None:
    sender = Sender(family_name="小林", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷")
    assert [p.kind for p in check_address(sender)] == [K.NO_STREET_NUMBER]


def test_the_cache_looks_each_code_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import postcard.core.addresscheck as module

    calls: list[str] = []
    real = module.areas
    monkeypatch.setattr(module, "areas", lambda code: calls.append(code) or real(code))
    cache = PostalAreas()
    for _ in range(3):
        assert check_address(Contact(postal_code="1000005", address1="東京都千代田区丸の内1-9-1"), lookup=cache) == []
    assert calls == ["1000005"]


def test_codes_looked_up_together_are_not_looked_up_again() -> None:
    single: list[str] = []
    many: list[set[str]] = []

    def one(code: str) -> list[PostalArea]:
        single.append(code)
        return areas(code)

    def several(codes: Iterable[str]) -> dict[str, list[PostalArea]]:
        many.append(set(codes))
        return {code: areas(code) for code in codes}

    cache = PostalAreas(one, many=several)
    cache.prefetch(["1000005", "5300001", "abc", "", "1000005"])
    cache.prefetch(["1000005"])  # known already: no query
    assert many == [{"1000005", "5300001"}]
    assert cache.get("1000005") == areas("1000005") and cache.get("5300001")[0].city == "大阪市北区"
    assert cache.get("0000000") == [] and single == ["0000000"]
    PostalAreas(one).prefetch(["1500002"])  # nothing to look many up with: each when asked for
    assert single == ["0000000"]


def test_a_full_cache_is_emptied_before_a_batch() -> None:
    cache = PostalAreas(limit=3, many=lambda codes: {code: areas(code) for code in codes})
    cache.prefetch(["1000005", "5300001"])
    cache.prefetch(["1500002", "0600000"])
    assert set(cache._cache) == {"1500002", "0600000"}
