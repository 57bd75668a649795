"""The CSV lexer: encodings, delimiters, undecodable rows."""

from __future__ import annotations

import io

import pytest

from postcard.errors import ImportFormatError
from postcard.io.csvformats import parse_csv
from postcard.io.csvread import detect_encoding, sniff_delimiter
from tests.unit.io.csvfixtures import EIGHT_HEADER, table


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "utf-16", "utf-16-le"])
def test_every_encoding_reads_the_same(encoding: str) -> None:
    delimiter = "\t" if encoding.startswith("utf-16") else ","
    text = table(
        EIGHT_HEADER,
        {"会社名": "ｹｰｽﾞ株式会社", "姓": "髙﨑", "名": "ｹｲ", "住所": "東京都千代田区丸の内1-9-1"},
        delimiter=delimiter,
    )
    result = parse_csv(text.encode(encoding), "x.csv")
    c = result.contacts[0]
    assert (c.family_name, c.given_name, c.company, c.address1) == (
        "髙﨑",
        "ケイ",
        "ケーズ株式会社",
        "東京都千代田区丸の内1-9-1",
    )


def test_undecodable_bytes_in_one_row_are_reported() -> None:
    text = table(EIGHT_HEADER, {"姓": "山田", "名": "太郎"}, {"姓": "XXX", "名": "次郎"}, {"姓": "鈴木", "名": "花子"})
    data = text.encode("cp932").replace(b"XXX", b"\x81\x20\xff")  # 0x81 0x20 is no Shift_JIS character
    result = parse_csv(data, "x.csv")
    assert [c.family_name for c in result.contacts] == ["山田", "鈴木"]
    assert [(i.line, i.reason) for i in result.issues] == [
        (3, "undecodable bytes in 姓 (read as cp932); row skipped"),
    ]


def test_a_broken_utf8_byte_does_not_turn_the_file_into_shift_jis() -> None:
    text = table(EIGHT_HEADER, {"姓": "山田", "名": "太郎"}, {"姓": "XXX", "名": "次郎"}, {"姓": "鈴木", "名": "花子"})
    result = parse_csv(text.encode().replace(b"XXX", b"\xff"), "x.csv")
    assert [c.family_name for c in result.contacts] == ["山田", "鈴木"]
    assert detect_encoding(lambda: io.BytesIO(text.encode().replace(b"XXX", b"\xff"))) == "utf-8"
    assert [i.line for i in result.issues] == [3]


def test_empty_file_is_an_error() -> None:
    with pytest.raises(ImportFormatError, match="empty"):
        parse_csv(b"\r\n\r\n", "empty.csv")


def test_sniff_delimiter() -> None:
    assert sniff_delimiter('a,b,"c\td"\n') == ","
    assert sniff_delimiter("a\tb\tc\n") == "\t"
    assert sniff_delimiter("a;b;c\n") == ";"
    assert sniff_delimiter("single\n") == ","
