"""parse_csv: broken rows and their line numbers, unknown layouts, the column map."""

from __future__ import annotations

import pytest

from postcard.errors import ImportFormatError
from postcard.io.csvformats import parse_csv
from tests.unit.io.csvfixtures import EIGHT_HEADER, eight_rows, table


def test_eight_broken_row_quoted_newline_and_blank_rows_keep_line_numbers() -> None:
    lines = eight_rows().split("\r\n")
    note_row = (
        '新宿株式会社,"総務部\r\n第二課",,佐藤,次郎,jiro@example.jp,160-0023,東京都新宿区西新宿2-8-1,,,,,,,2026/11/22,,'
    )
    broken = "壊れた行,,,,,,,,,,,,,,2026/11/22,,,余分,余分"
    nameless = ",,,,,,,,,,,,,,2026/11/22,,"
    text = "\r\n".join([lines[0], lines[1], note_row, "", broken, nameless, ",,,,,,,,,,,,,,,,", lines[2], ""])
    result = parse_csv(text.encode("utf-8"), "eight.csv")
    assert [r.contact.family_name for r in result.records] == ["髙﨑", "佐藤", "田中"]
    # line 3 holds a field that runs on to line 4; the broken row is on line 6
    assert [r.line for r in result.records] == [2, 3, 9]
    assert result.records[1].contact.department == "総務部 第二課"  # a line break in a cell is a space
    assert [(i.line, i.reason.split(";")[0]) for i in result.issues] == [
        (6, "row has 19 fields but the header has 17"),
        (7, "no name, company or e-mail"),
    ]
    assert str(result.issues[0]).startswith("eight.csv:6: ")


def test_short_rows_are_padded_unless_most_fields_are_missing() -> None:
    text = table(EIGHT_HEADER, {"姓": "山田"}) + "A社,,,鈴木,花子,h@example.jp,,東京都\r\n只一列\r\n"
    result = parse_csv(text.encode(), "short.csv")
    assert [(r.contact.family_name, r.line) for r in result.records] == [("山田", 2), ("鈴木", 3)]
    assert [(i.line, i.reason) for i in result.issues] == [(4, "row has only 1 of 15 fields; row skipped")]
    assert result.records[1].contact.address1 == "東京都"


# --- unknown layouts and the column map


def test_unknown_header_without_map_lists_the_columns() -> None:
    data = "Surname,Forename,Mail\n山田,太郎,t@example.jp\n".encode()
    with pytest.raises(ImportFormatError, match=r"Surname, Forename, Mail.*--map"):
        parse_csv(data, "mystery.csv")


def test_column_map() -> None:
    text = (
        "Namae;Kana;Kaisha;Yubin;Jusho;Mail;Label\n"
        "髙﨑 一郎;ﾀｶｻｷ;ｹｰｽﾞ株式会社;〒100-0005;東京都千代田区丸の内1-9-1;t@example.jp;取引先、展示会\n"
        ";;株式会社だけ;;;;\n"
    )
    column_map = {
        "full_name": "Namae",
        "family_reading": "Kana",
        "company": "kaisha",
        "postal_code": "Yubin",
        "address1": "Jusho",
        "email": "Mail",
        "tags": "Label",
    }
    result = parse_csv(text.encode("cp932"), "mine.csv", column_map)
    assert result.format == "csv:mapped"
    takasaki, company = result.contacts
    assert (takasaki.family_name, takasaki.given_name, takasaki.family_reading) == (
        "髙﨑",
        "一郎",
        "タカサキ",
    )
    assert (takasaki.company, takasaki.postal_code, takasaki.email) == (
        "ケーズ株式会社",
        "1000005",
        "t@example.jp",
    )
    assert takasaki.address1 == "東京都千代田区丸の内1-9-1"
    assert takasaki.tags == ["取引先", "展示会"]
    assert takasaki.honorific == "様"
    assert (company.company, company.honorific) == ("株式会社だけ", "御中")


def test_column_map_forces_mapping_even_for_a_known_layout() -> None:
    text = table(EIGHT_HEADER, {"会社名": "A社", "姓": "山田", "名": "太郎"})
    result = parse_csv(text.encode(), "eight.csv", {"family_name": "名", "given_name": "姓"})
    assert result.format == "csv:mapped"
    assert (result.contacts[0].family_name, result.contacts[0].company) == ("太郎", "")


def test_column_map_errors_name_the_problem() -> None:
    data = b"A,B\nx,y\n"
    with pytest.raises(ImportFormatError, match="unknown field.*surname"):
        parse_csv(data, "x.csv", {"surname": "A"})
    with pytest.raises(ImportFormatError, match="'C' not in the file; its columns are: A, B"):
        parse_csv(data, "x.csv", {"family_name": "C"})
