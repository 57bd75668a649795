"""Row problems carry their kind and what they are about, so each front end can word them in its language."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcard.errors import ImportFault, ImportFormatError
from postcard.io.csvformats import parse_csv
from postcard.io.detect import open_stream
from postcard.io.records import IssueKind, file_issue
from postcard.io.vcard import parse_vcards

EIGHT = "会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日"


def test_field_counts_and_dates_are_kinds_with_subjects() -> None:
    rows = [EIGHT, "A社,,,山田,太郎,t@example.jp,,,,,,,,,2026/13/40",
            "B社,,,佐藤,花子,h@example.jp,,,,,,,,,2026/11/20,x", "C社,,,鈴木"]  # fmt: skip
    result = parse_csv("\r\n".join(rows).encode("cp932"), "eight.csv")
    found = [(i.line, i.kind, i.subject, i.column, i.skipped) for i in result.issues]
    assert found == [
        (2, IssueKind.NOT_A_DATE, "2026/13/40", "名刺交換日", False),
        (3, IssueKind.FIELD_COUNT, "16/15", "", True),
        (4, IssueKind.FIELD_COUNT, "4/15", "", True),
    ]
    assert [c.full_name for c in result.contacts] == ["山田 太郎"] and result.contacts[0].met_on is None
    assert result.issues[0].reason == "名刺交換日 '2026/13/40' is not a date; imported without it"  # the CLI's words


def test_a_mapped_date_column_names_its_header() -> None:
    data = "氏名,会った日\r\n山田 太郎,いつか\r\n".encode()
    issue = parse_csv(data, "x.csv", {"full_name": "氏名", "met_on": "会った日"}).issues[0]
    assert (issue.kind, issue.subject, issue.column) == (IssueKind.NOT_A_DATE, "いつか", "会った日")


def test_vcard_lines_and_values_that_cannot_be_read_are_kinds_with_subjects() -> None:
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:\xe5\xb1\xb1\xe7\x94\xb0;\xe5\xa4\xaa\xe9\x83\x8e;;;\r\n"
            b"this line is no property\r\nNOTE:\xff\xfe\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\n")  # fmt: skip
    result = parse_vcards(data, "phone.vcf")
    found = [(i.line, i.kind, i.subject, i.skipped) for i in result.issues]
    assert found == [
        (4, IssueKind.MALFORMED_LINE, "this line is no property", False),
        (5, IssueKind.UNDECODABLE, "NOTE", False),
        (7, IssueKind.UNFINISHED_CARD, "", False),
    ]
    assert [c.full_name for c in result.contacts] == ["山田 太郎", "Jane Doe"]
    assert result.issues[0].reason == "malformed line ignored: 'this line is no property'"  # the CLI's words


def test_a_row_the_csv_reader_rejects_is_a_kind_with_the_readers_words() -> None:
    huge = '"' + "x" * 140_000 + '"'  # a field over the CSV reader's limit (a quote left open swallows the rest)
    rows = ["family_name,given_name", "山田,太郎", f"佐藤,{huge}", "鈴木,一郎"]
    result = parse_csv("\r\n".join(rows).encode(), "x.csv")
    (issue,) = result.issues
    assert (issue.line, issue.kind) == (3, IssueKind.UNREADABLE_ROW)
    assert issue.subject.startswith("field larger than field limit")
    assert issue.reason == f"unreadable row: {issue.subject}"


def test_a_file_that_cannot_be_read_at_all_says_why_as_data(tmp_path: Path) -> None:
    cases = {"noise.csv": bytes(range(256)) * 40, "empty.csv": b"\r\n\r\n", "one.csv": b"just some words\n",
             "unknown.csv": b"Surname,Phone\r\nDoe,1\r\n"}  # fmt: skip
    expected = {"noise.csv": ImportFault.NOT_CONTACTS, "empty.csv": ImportFault.EMPTY,
                "one.csv": ImportFault.NO_HEADER, "unknown.csv": ImportFault.UNKNOWN_LAYOUT}  # fmt: skip
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ImportFormatError) as raised:
            open_stream(tmp_path / name)
        assert raised.value.fault is expected[name], name
    assert "Surname, Phone" in raised.value.subject
    with pytest.raises(ImportFormatError) as raised:
        open_stream(tmp_path)
    assert raised.value.fault is ImportFault.FOLDER
    issue = file_issue("gone.csv", FileNotFoundError(2, "No such file or directory"))
    assert (issue.kind, issue.fault, issue.subject, issue.line) == (IssueKind.FILE, ImportFault.UNREADABLE,
                                                                   "No such file or directory", 0)  # fmt: skip
