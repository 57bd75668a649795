"""Choosing the parser by content, never by file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcard.errors import ImportFormatError
from postcard.io.detect import looks_like_vcard, parse_file

VCARDS = Path(__file__).parents[2] / "data" / "vcards"
VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nEMAIL:taro@example.jp\r\nEND:VCARD\r\n"
EIGHT = (
    "会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日\r\n"
    "A社,,,山田,太郎,taro@example.jp,,,,,,,,,2026/11/20\r\n"
)


def test_vcard_with_a_csv_name_is_read_as_vcard(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n  " + VCARD.encode())
    result = parse_file(path)
    assert result.format == "vcard"
    assert result.contacts[0].family_name == "山田"


def test_csv_with_a_vcf_name_is_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "eight.vcf"
    path.write_bytes(EIGHT.encode("cp932"))
    result = parse_file(path)
    assert result.format == "csv:eight"
    assert result.contacts[0].email == "taro@example.jp"


def test_real_vcard_files_are_detected() -> None:
    for path in sorted(VCARDS.glob("*.vcf")):
        assert parse_file(path).format == "vcard", path.name


def test_utf16_vcard_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "phone.txt"
    path.write_bytes(VCARD.encode("utf-16"))
    assert parse_file(path).contacts[0].given_name == "太郎"
    assert looks_like_vcard(VCARD.encode("utf-16-le"))
    assert not looks_like_vcard(EIGHT.encode())


def test_forced_formats(tmp_path: Path) -> None:
    path = tmp_path / "data"
    path.write_text(EIGHT, encoding="utf-8")
    assert parse_file(path, "csv").format == "csv:eight"
    with pytest.raises(ImportFormatError, match="not a vCard"):
        parse_file(path, "vcard")
    vcard = tmp_path / "card"
    vcard.write_text(VCARD, encoding="utf-8")
    assert parse_file(vcard, "vcard").format == "vcard"
    with pytest.raises(ImportFormatError, match="not a contact table"):
        parse_file(vcard, "csv")


def test_column_map_is_passed_to_the_csv_parser(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("Who,Mail\n佐藤 花子,h@example.jp\n", encoding="utf-8")
    result = parse_file(path, column_map={"full_name": "Who", "email": "Mail"})
    assert result.format == "csv:mapped"
    assert (result.contacts[0].family_name, result.contacts[0].given_name) == ("佐藤", "花子")


def test_issues_name_the_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nTEL:1\nEND:VCARD\n", encoding="utf-8")
    assert [str(i) for i in parse_file(path).issues] == [
        f"{path}:1: no name or company, only '1'; kept as a contact without a name"
    ]


def test_unreadable_file_is_a_one_line_format_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match=r"missing\.vcf: cannot read it") as info:
        parse_file(tmp_path / "missing.vcf")
    assert "\n" not in str(info.value)
    with pytest.raises(ImportFormatError, match="is a folder, not a contact file"):
        parse_file(tmp_path)
    with pytest.raises(ImportFormatError, match="unknown import format"):
        parse_file(tmp_path / "x", "xml")
