"""What a file is before it is imported: its kind, its encoding, its header and first rows."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from postcard.io.sniff import known_layout, sniff_file

DATA = Path(__file__).resolve().parents[2] / "data"
HEADER = "苗字,下の名前,メール\r\n"
ROW = "山田,太郎,taro@example.jp\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ((HEADER + ROW).encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + (HEADER + ROW).encode("utf-8"), "utf-8-sig"),
        ((HEADER + ROW).encode("cp932"), "cp932"),
        (codecs.BOM_UTF16_LE + (HEADER + ROW).replace(",", "\t").encode("utf-16-le"), "utf-16"),
    ],
)
def test_csv_encodings_and_header(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(data)
    facts = sniff_file(path)
    assert (facts.kind, facts.encoding) == ("csv", encoding)
    assert facts.headers == ("苗字", "下の名前", "メール") and facts.samples == (("山田", "太郎", "taro@example.jp"),)
    assert facts.layout == "" and facts.needs_mapping


def test_a_known_layout_needs_no_map() -> None:
    facts = sniff_file(DATA / "csv" / "eight-cp932.csv")
    assert (facts.layout, facts.encoding, facts.needs_mapping) == ("csv:eight", "cp932", False)
    assert len(facts.samples) == 5
    assert known_layout(["family_name", "given_name", "email"]) == "csv:postcard"
    assert known_layout(["a", "b"]) == ""


def test_vcards_and_their_encoding() -> None:
    assert sniff_file(DATA / "vcards" / "aosp_v21_japanese_1.vcf").encoding == "shift_jis"
    facts = sniff_file(DATA / "vcards" / "ezvcard_John_Doe_IPHONE.vcf")
    assert (facts.kind, facts.encoding, facts.layout, facts.needs_mapping) == ("vcard", "utf-8", "vcard", False)


def test_only_the_head_of_a_large_file_is_split_into_rows(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(HEADER + ROW * 40_000, encoding="utf-8")
    facts = sniff_file(path)
    assert facts.headers == ("苗字", "下の名前", "メール") and len(facts.samples) == 5


def test_an_empty_file_has_no_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\r\n\r\n")
    facts = sniff_file(path)
    assert facts.headers == () and not facts.needs_mapping
