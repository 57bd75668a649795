"""Imports of files that are wrong in the ways real files are: encodings, big photos, binary data, no names,
scripts the cards cannot print, values a megabyte long. Each ends in records plus one short line per problem."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from postcard.errors import ImportFormatError
from postcard.io.csvformats import parse_csv
from postcard.io.csvread import detect_encoding
from postcard.io.detect import parse_file
from postcard.io.records import MAX_REASON, IssueKind
from postcard.io.vcard import parse_vcards
from postcard.io.vcardlex import read_cards
from tests.unit.io.csvfixtures import EIGHT_HEADER, OUTLOOK_HEADER, table


# --- encodings ---------------------------------------------------------------------------------------
def outlook_cp1252() -> bytes:
    rows = [
        {"First Name": "Jürgen", "Last Name": "Müller", "Business Street": "Königstraße 5",
         "Business City": "München", "Business Postal Code": "80331", "Business Country/Region": "Deutschland",
         "Company": "Bäckerei Müller", "E-mail Address": "juergen@example.de"},
        {"First Name": "Renée", "Last Name": "Dubois", "Home Street": "12 rue de l'Église", "Home City": "Lyon",
         "Home Postal Code": "69002", "Home Country/Region": "France", "E-mail Address": "renee@example.fr"},
        {"First Name": "Søren", "Last Name": "Ågård", "Home City": "København", "Home Country/Region": "Danmark"},
    ]  # fmt: skip
    return table(OUTLOOK_HEADER, *rows).encode("cp1252")


def test_a_cp1252_outlook_export_imports_with_its_accents() -> None:
    data = outlook_cp1252()
    result = parse_csv(data, "outlook.csv")
    assert result.format == "csv:outlook" and result.issues == []
    names = [(c.given_name, c.family_name) for c in result.contacts]
    assert names == [("Jürgen", "Müller"), ("Renée", "Dubois"), ("Søren", "Ågård")]
    assert result.contacts[0].address1 == "Königstraße 5" and result.contacts[0].address2 == "München"


def test_shift_jis_with_a_few_broken_bytes_stays_shift_jis() -> None:
    text = table(EIGHT_HEADER, {"姓": "山田", "名": "太郎"}, {"姓": "XXX", "名": "次郎"}, {"姓": "鈴木", "名": "花子"})
    data = text.encode("cp932").replace(b"XXX", b"\x81\x20\xff")
    assert detect_encoding(lambda: __import__("io").BytesIO(data)) == "cp932"


def test_bad_bytes_in_a_name_field_are_reported_with_the_line_and_the_field() -> None:
    text = table(EIGHT_HEADER, {"姓": "山田", "名": "太郎"}, {"姓": "佐藤", "名": "NAME", "会社名": "CO"})
    data = text.encode("utf-8").replace(b"NAME", b"\xff\xfe").replace(b"CO", b"\xc3(")
    result = parse_csv(data, "eight.csv")
    assert [c.family_name for c in result.contacts] == ["山田"]
    assert [(i.line, i.kind, i.subject) for i in result.issues] == [(3, IssueKind.UNDECODABLE, "会社名, 名")]
    assert str(result.issues[0]) == "eight.csv:3: undecodable bytes in 会社名, 名 (read as utf-8); row skipped"


def test_invalid_utf8_in_a_vcard_name_skips_the_card_with_its_line() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:\xe5\xb1\xb1\xe7\x94\xb0;\xff\xfe;;;\r\nFN:x\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:\xe9\x88\xb4\xe6\x9c\xa8;\xe8\x8a\xb1\xe5\xad\x90;;;\r\nEND:VCARD\r\n"
    )
    result = parse_vcards(data, "phone.vcf")
    assert [c.family_name for c in result.contacts] == ["鈴木"]
    assert [str(i) for i in result.issues] == ["phone.vcf:1: undecodable bytes in the name (N); card skipped"]


def test_a_cp1252_vcard_2_1_without_charset_is_read_as_latin() -> None:
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Müller;Jürgen\r\nEND:VCARD\r\n".encode("cp1252")
    result = parse_vcards(data, "old.vcf")
    assert [(c.family_name, c.given_name) for c in result.contacts] == [("Müller", "Jürgen")]


# --- big properties --------------------------------------------------------------------------------
def vcard_with_photo(megabytes: float, *, folded: bool = True, version: str = "3.0") -> bytes:
    blob = base64.b64encode(os.urandom(int(megabytes * 1024 * 1024 * 3 / 4))).decode()
    if folded:
        body = "\r\n ".join(blob[i : i + 74] for i in range(0, len(blob), 74))
        photo = f"PHOTO;ENCODING=b;TYPE=JPEG:{body}"
    else:  # 2.1: the base64 runs on in unindented lines up to an empty line
        body = "\r\n".join(blob[i : i + 76] for i in range(0, len(blob), 76))
        photo = f"PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n{body}\r\n"
    card = (
        f"BEGIN:VCARD\r\nVERSION:{version}\r\nN:山田;太郎;;;\r\n{photo}\r\n"
        "SOUND;X-IRMC-N;CHARSET=UTF-8:ﾔﾏﾀﾞ;ﾀﾛｳ;;;\r\nEMAIL:taro@example.jp\r\nEND:VCARD\r\n"
    )
    return card.encode("utf-8")


@pytest.mark.parametrize(("folded", "version"), [(True, "3.0"), (False, "2.1")])
def test_a_big_photo_is_skipped_and_what_follows_it_is_read(folded: bool, version: str) -> None:
    data = vcard_with_photo(4, folded=folded, version=version)
    cards = read_cards(data)
    assert [p.name for p in cards[0].properties] == ["N", "PHOTO", "SOUND", "EMAIL"]
    photo = cards[0].properties[1]
    assert photo.raw == b"" and photo.params["TYPE"] == ["JPEG"]
    result = parse_vcards(data, "big.vcf")
    assert result.issues == []
    contact = result.contacts[0]
    assert (contact.family_reading, contact.given_reading, contact.email) == ("ヤマダ", "タロウ", "taro@example.jp")


@pytest.mark.parametrize("name", ["LOGO", "KEY", "SOUND"])
def test_other_big_properties_are_skipped_too(name: str) -> None:
    data = vcard_with_photo(1).replace(b"PHOTO;", name.encode() + b";")
    result = parse_vcards(data, "big.vcf")
    assert [c.email for c in result.contacts] == ["taro@example.jp"] and result.issues == []


# --- not a contact file ----------------------------------------------------------------------------
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes_are_refused_in_one_short_line(tmp_path: Path, seed: int) -> None:
    import random

    path = tmp_path / "noise.csv"
    path.write_bytes(random.Random(seed).randbytes(26_000))
    with pytest.raises(ImportFormatError) as caught:
        parse_file(path)
    message = str(caught.value)
    assert "not a contact" in message and len(message) < 200 and "\n" not in message


def test_a_plain_text_file_is_not_a_contact_table(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list\nmilk\neggs\n" + "word " * 20_000, encoding="utf-8")
    with pytest.raises(ImportFormatError, match="not a contact table") as caught:
        parse_file(path)
    assert len(str(caught.value)) < 200


def test_an_unknown_layout_lists_a_few_columns_only() -> None:
    header = [f"Column number {i} with a rather long name indeed" for i in range(400)]
    with pytest.raises(ImportFormatError, match="unknown CSV layout") as caught:
        parse_csv(table(header, {}).encode(), "wide.csv")
    message = str(caught.value)
    assert "… 388 more" in message and len(message) < 700


# --- nameless rows, scripts, long values -------------------------------------------------------------
def test_a_nameless_eight_row_is_kept_with_a_note_naming_its_line() -> None:
    text = table(EIGHT_HEADER, {"姓": "山田", "名": "太郎"}, {"e-mail": "only@example.jp"})
    result = parse_csv(text.encode(), "eight.csv")
    assert [c.email for c in result.contacts] == ["", "only@example.jp"]
    assert [(i.line, i.kind, i.skipped) for i in result.issues] == [(3, IssueKind.NAMELESS, False)]
    assert "kept as a contact without a name" in str(result.issues[0])


@pytest.mark.parametrize(
    ("family", "given", "script"),
    [("محمد", "علي", "Arabic"), ("כהן", "דוד", "Hebrew"), ("शर्मा", "राहुल", "Devanagari"), ("ใจดี", "สมชาย", "Thai")],
)
def test_names_in_scripts_the_cards_cannot_shape_are_refused_by_name(family: str, given: str, script: str) -> None:
    text = table(EIGHT_HEADER, {"姓": family, "名": given, "住所": "東京都"}, {"姓": "山田", "名": "太郎"})
    result = parse_csv(text.encode(), "eight.csv")
    assert [c.family_name for c in result.contacts] == ["山田"]
    [issue] = result.issues
    assert (issue.line, issue.kind, issue.subject, issue.skipped) == (2, IssueKind.SCRIPT, script, True)
    assert family in issue.reason and script in issue.reason


def test_long_values_give_readable_reasons() -> None:
    text = table(EIGHT_HEADER, {"姓": "山田", "名": "太郎", "名刺交換日": "x" * 100_000},
                 {"姓": "佐藤", "名": "花子", "名刺交換日": "y" * 1_700_000})  # fmt: skip
    result = parse_csv(text.encode(), "eight.csv")
    assert [c.family_name for c in result.contacts] == ["山田"]  # imported without the date
    assert [(i.line, i.skipped) for i in result.issues] == [(2, False), (3, True)]
    assert all(len(str(i)) <= MAX_REASON + 20 for i in result.issues)
    assert "not a date" in result.issues[0].reason and "…" in result.issues[0].reason
    assert "field larger than field limit" in result.issues[1].reason
