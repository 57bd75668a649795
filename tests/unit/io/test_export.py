"""vCard and CSV export, and their round trips through the parsers."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postcard.core.model import Contact, JointName
from postcard.core.text import normalize_text
from postcard.io.csvformats import POSTCARD_COLUMNS, parse_csv
from postcard.io.export import escape, export_contacts_csv, export_vcards, fold
from postcard.io.vcard import parse_vcards

VCARDS = Path(__file__).parents[2] / "data" / "vcards"
ROUND_TRIP_FIELDS = (
    "family_name",
    "given_name",
    "family_reading",
    "given_reading",
    "company",
    "company_reading",
    "department",
    "title",
    "postal_code",
    "address1",
    "address2",
    "address3",
    "country",
    "email",
    "phone",
    "notes",
    "tags",
    "honorific",
)


def sample_contacts() -> list[Contact]:
    return [
        Contact(
            family_name="髙﨑",
            given_name="一郎",
            family_reading="たかさき",
            given_reading="いちろう",
            company="ケーズ株式会社",
            company_reading="けーず",
            department="開発部; 第二課",
            title="部長",
            postal_code="1508512",
            address1="東京都渋谷区桜丘町26-1",
            address3="セルリアンタワー6F",
            email="ichiro@example.jp",
            phone="03-0000-0001",
            notes="展示会で会った,\nゲームの話",
            tags=["展示会", "VIP"],
            joint_names=[JointName("花子", "", "様", "はなこ"), JointName("次郎", "鈴木", "殿")],
            met_on=dt.date(2026, 11, 20),
            key_person=True,
            interval_days=90,
        ),
        Contact(
            family_name="Doe",
            given_name="Jane",
            honorific="Dr.",
            company="Acme, Inc.",
            postal_code="62701",
            address1="1 Main St",
            address2="Springfield IL",
            address3="Suite 5",
            country="USA",
            email="jane@example.com",
        ),
        Contact(
            company="大阪商事株式会社",
            honorific="御中",
            postal_code="5300001",
            address1="大阪府大阪市北区梅田3-1-1",
        ),
        Contact(
            family_name="北野",
            given_name="誠",
            honorific="先生",
            address1="北海道札幌市北区北六条西4丁目",
            address2="北野ビル",
            postal_code="0600806",
        ),
    ]


def fields(contact: Contact) -> dict[str, object]:
    return {name: getattr(contact, name) for name in ROUND_TRIP_FIELDS}


def test_vcard_layout() -> None:
    text = export_vcards(sample_contacts()[:1])
    lines = text.replace("\r\n ", "").split("\r\n")  # unfolded
    assert lines[:4] == ["BEGIN:VCARD", "VERSION:3.0", "N:髙﨑;一郎;;;", "FN:髙﨑 一郎"]
    assert "X-PHONETIC-LAST-NAME:たかさき" in lines
    assert "X-PHONETIC-FIRST-NAME:いちろう" in lines
    assert "ORG:ケーズ株式会社;開発部\\; 第二課" in lines
    assert "TITLE:部長" in lines
    assert "ADR;TYPE=HOME:;セルリアンタワー6F;東京都渋谷区桜丘町26-1;;;150-8512;" in lines
    assert "EMAIL;TYPE=INTERNET:ichiro@example.jp" in lines
    assert "TEL:03-0000-0001" in lines
    assert "NOTE:展示会で会った\\,\\nゲームの話" in lines
    assert "CATEGORIES:展示会,VIP" in lines
    assert lines[-2:] == ["END:VCARD", ""]
    assert "\n" not in text.replace("\r\n", "")


def test_vcard_round_trip_of_sample_contacts() -> None:
    contacts = sample_contacts()
    result = parse_vcards(export_vcards(contacts).encode("utf-8"), "export.vcf")
    assert result.issues == []
    assert [fields(c) for c in result.contacts] == [fields(c) for c in contacts]


def test_round_trip_of_the_real_files() -> None:
    for path in sorted(VCARDS.glob("*.vcf")):
        first = parse_vcards(path.read_bytes(), path.name).contacts
        again = parse_vcards(export_vcards(first).encode(), "again.vcf").contacts
        assert [fields(c) for c in again] == [fields(c) for c in first], path.name


def test_fold_keeps_utf8_sequences_whole() -> None:
    line = "NOTE:" + "髙﨑" * 40
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert parts[0] + "".join(part[1:] for part in parts[1:]) == line
    assert fold("SHORT:x") == "SHORT:x"


def test_escape() -> None:
    assert escape("a\\b,c;d\r\ne") == "a\\\\b\\,c\\;d\\ne"


text_values = st.text(alphabet=st.sampled_from(list("abcXYZ 09,;:\\\n\t=\"'髙﨑ケーずｹÑé😀-")), max_size=120)


@settings(max_examples=150, deadline=None)
@given(family=text_values, given_name=text_values, notes=text_values, company=text_values)
def test_escape_and_fold_round_trip(family: str, given_name: str, notes: str, company: str) -> None:
    contact = Contact(family_name=family, given_name=given_name, notes=notes, company=company, email="x@example.com")
    text = export_vcards([contact])
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    back = parse_vcards(text.encode(), "p.vcf").contacts[0]
    expected = (normalize_text(family), normalize_text(given_name), normalize_text(notes, multiline=True),
                normalize_text(company))  # fmt: skip
    assert (back.family_name, back.given_name, back.notes, back.company) == expected


def test_csv_export_header_and_joint_names() -> None:
    text = export_contacts_csv(sample_contacts()[:1])
    header, row, _ = text.split("\r\n", 2)
    assert header.startswith("family_name,given_name,family_reading,given_reading,honorific,company")
    assert "花子(はなこ) 様; 鈴木 次郎 殿" in row
    assert "2026-11-20" in row
    assert '"展示会, VIP"' in row


def test_csv_export_reads_back_without_a_map() -> None:
    contacts = sample_contacts()
    result = parse_csv(export_contacts_csv(contacts).encode("utf-8"), "contacts.csv")
    assert result.format == "csv:postcard"
    assert result.issues == []
    back = result.contacts
    assert [fields(c) for c in back] == [fields(c) for c in contacts]
    assert back[0].joint_names == contacts[0].joint_names
    assert (back[0].met_on, back[0].key_person, back[0].interval_days) == (dt.date(2026, 11, 20), True, 90)
    assert [r.line for r in result.records] == [2, 4, 5, 6]  # the first row's notes run over two lines


@pytest.mark.parametrize("value", ['=HYPERLINK("http://evil","x")', "+81 3-1234-5678", "-1", "@SUM(A1)", "'=x"])
def test_csv_cells_a_spreadsheet_would_run_are_quoted_and_read_back(value: str) -> None:
    contact = Contact(family_name=value, given_name="太郎", notes=value, phone=value)
    text = export_contacts_csv([contact])
    row = next(csv.reader(io.StringIO(text.splitlines()[1])))
    assert all(not cell or cell[0] not in "=+-@" for cell in row)
    assert row[POSTCARD_COLUMNS.index("family_name")] == "'" + value
    back = parse_csv(text.encode("utf-8"), "back.csv").contacts[0]
    assert (back.family_name, back.notes, back.phone) == (value, value, value)


def test_the_log_csv_quotes_formulas_too() -> None:
    from postcard.core.model import Card
    from postcard.io.export import export_log_csv
    from postcard.store.cards import LogRow

    card = Card(contact_id=1, text="=1+1\n@here", personal="-ok", id=7)
    text = export_log_csv([LogRow(card, "=cmd|' /C calc'!A0", "+event")])
    row = next(csv.reader(io.StringIO(text.split("\r\n", 1)[1])))
    assert [row[2], row[3], row[7][:5], row[8]] == ["'=cmd|' /C calc'!A0", "'+event", "'=1+1", "'-ok"]
