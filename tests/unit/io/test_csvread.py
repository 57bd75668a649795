"""The CSV lexer: encodings, delimiters, undecodable rows."""

from __future__ import annotations

import io

import pytest

from postcard.errors import ImportFormatError
from postcard.io.csvformats import parse_csv
from postcard.io.csvread import CHUNK, detect_encoding, iter_rows, open_text, sniff_delimiter
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


def test_the_rows_are_read_from_the_file_a_megabyte_at_a_time() -> None:
    """Few, large reads: a thread that lets go of the interpreter lock for a read every few 8 KB would keep the
    window's thread from running while it previews a big file (see ``open_text``)."""
    data = ("名前,会社\r\n" + "山田 太郎,株式会社サンプル\r\n" * 120_000).encode()  # about 4.4 MB
    reads: list[int] = []

    class Counted(io.BytesIO):
        def read1(self, size: int | None = -1) -> bytes:
            chunk = super().read1(size)
            reads.append(len(chunk))
            return chunk

        def readinto1(self, buffer) -> int:  # type: ignore[no-untyped-def]
            count = super().readinto1(buffer)
            reads.append(count)
            return count

    with open_text(lambda: Counted(data), "utf-8") as text:
        rows = list(iter_rows(text, ","))
    assert len(rows) == 120_001 and rows[-1].fields == ["山田 太郎", "株式会社サンプル"]  # type: ignore[union-attr]
    assert len(reads) <= len(data) // CHUNK + 2
