"""Row problems carry their kind and what they are about, so each front end can word them in its language."""

from __future__ import annotations

from postcard.io.csvformats import parse_csv
from postcard.io.records import IssueKind

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
