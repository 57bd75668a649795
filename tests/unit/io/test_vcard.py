"""vCard import: every real file in tests/data/vcards, plus the quirks built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcard.core.model import Contact
from postcard.errors import ImportFormatError
from postcard.io.records import IssueKind, ParseResult
from postcard.io.vcard import parse_vcards, split_escaped, unescape
from postcard.io.vcardlex import read_cards

VCARDS = Path(__file__).parents[2] / "data" / "vcards"


def parse(name: str) -> ParseResult:
    return parse_vcards((VCARDS / name).read_bytes(), name)


def only(name: str) -> Contact:
    result = parse(name)
    assert result.issues == []
    assert len(result.records) == 1
    return result.records[0].contact


def parse_text(text: str, encoding: str = "utf-8") -> ParseResult:
    return parse_vcards(text.encode(encoding), "test.vcf")


# --- the real files


def test_all_fourteen_files_are_there() -> None:
    assert len(list(VCARDS.glob("*.vcf"))) == 14
    assert (VCARDS / "LICENSE.ez-vcard").is_file()
    assert (VCARDS / "README.md").is_file()


def test_aosp_v21_japanese_1_shift_jis_name_and_half_width_reading() -> None:
    c = only("aosp_v21_japanese_1.vcf")
    assert (c.family_name, c.given_name) == ("安藤ロイド", "")
    assert c.family_reading == "アンドウロイド"  # ｱﾝﾄﾞｳﾛｲﾄﾞ made full width
    assert c.given_reading == ""
    assert c.phone == "0300000000"
    assert c.honorific == "様"
    assert c.reading_missing is False


def test_aosp_v21_japanese_2_quoted_printable_shift_jis_address() -> None:
    c = only("aosp_v21_japanese_2.vcf")
    assert (c.family_name, c.given_name) == ("安藤", "ロイド1")
    assert (c.family_reading, c.given_reading) == ("アンドウ", "ロイド1")
    assert c.postal_code == "1508512"
    assert c.address1 == "東京都渋谷区桜丘町26-1"
    assert c.address3 == "セルリアンタワー6階"
    assert "東京都渋谷区桜丘町26-1" in "".join(c.address_lines)
    assert "セルリアンタワー6階" in "".join(c.address_lines)
    assert c.country == ""
    assert c.notes == "メモ"


@pytest.mark.parametrize("name", ["aosp_v21_japanese_3.vcf", "aosp_v30_japanese.vcf"])
def test_shift_jis_second_byte_0x5c_is_not_a_backslash(name: str) -> None:
    raw = (VCARDS / name).read_bytes()
    assert "能".encode("cp932") == b"\x94\x5c" and b"\x94\x5c;" in raw  # the trap is really in the file
    c = only(name)
    assert (c.family_name, c.given_name) == ("伊能", "圭一")


def test_aosp_v21_multiple_entry_three_cards_with_readings_and_lines() -> None:
    result = parse("aosp_v21_multiple_entry.vcf")
    assert result.issues == []
    names = [(r.contact.family_name, r.contact.family_reading) for r in result.records]
    assert names == [
        ("安藤ロイド3", "アンドウロイド3"),
        ("安藤ロイド4", "アンドウロイド4"),
        ("安藤ロイド5", "アンドウロイド5"),
    ]
    assert [r.line for r in result.records] == [1, 12, 23]
    assert [r.contact.phone for r in result.records] == ["9", "13", "17"]


def test_aosp_v40_sort_as_readings_and_organisation() -> None:
    c = only("aosp_v40_sort_as.vcf")
    assert (c.family_name, c.given_name) == ("安藤", "ロイド")
    assert (c.family_reading, c.given_reading) == ("あんどう", "ろいど")
    assert c.company == "グーグル"
    assert c.company_reading == "ぐーぐる"
    assert c.department == "検索部門"


def test_ezvcard_android_six_cards_quoted_printable() -> None:
    result = parse("ezvcard_John_Doe_ANDROID.vcf")
    assert [(i.kind, i.subject, i.skipped) for i in result.issues] == [
        (IssueKind.NAMELESS, "john.doe@company.com", False),  # kept, and the summary says so
        (IssueKind.NAMELESS, "jane.doe@company.com", False),
    ]
    cards = [r.contact for r in result.records]
    assert len(cards) == 6
    # the first two have only an e-mail: that is their identity
    assert [(c.email, c.family_name, c.given_name) for c in cards[:2]] == [
        ("john.doe@company.com", "", ""),
        ("jane.doe@company.com", "", ""),
    ]
    assert cards[0].tags == ["My Contacts"]
    assert cards[2].family_name == "Ñ Ñ Ñ Ñ"
    assert cards[2].phone == "123456789"
    # soft line breaks joined before decoding: 11 Ñ across two physical lines
    assert cards[3].family_name == " ".join(["Ñ"] * 11)
    assert cards[3].phone == "123456"  # TEL;CELL;PREF wins over the others
    # three physical lines of 8, 8 and 5 Ñ; no space where the soft breaks were
    assert cards[3].notes.splitlines()[0] == "".join(" ".join("Ñ" * n) for n in (8, 8, 5))
    bob = cards[4]
    assert (bob.family_name, bob.given_name) == ("Ñ Ñ", "Ñ Ñ Ñ")
    assert bob.email == "bob@company.com"  # the PREF e-mail that is an address
    assert bob.company == "Ñ" * 12
    henry = cards[5]
    assert henry.family_name == "ÑÑÑÑ"
    assert henry.email == "henry@company.com"
    assert henry.company == "Ñ" * 44  # "=" then an empty line ends the value
    assert henry.tags == ["My Contacts"]  # read after the broken ORG values


def test_ezvcard_android_photo_is_skipped_and_properties_after_it_are_read() -> None:
    cards = read_cards((VCARDS / "ezvcard_John_Doe_ANDROID.vcf").read_bytes())
    bob = cards[4]
    names = [p.name for p in bob.properties]
    assert names[-1] == "PHOTO"
    assert cards[5].properties[0].name == "N"  # the next card starts clean


def test_ezvcard_mac_address_book() -> None:
    c = only("ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf")
    assert (c.family_name, c.given_name) == ("Doe", "John")
    assert (c.family_reading, c.given_reading) == ("Dow", "Jon")
    assert c.company == "IBM"
    assert c.department == "Accounting"
    assert c.title == "Money Counter"
    assert c.postal_code == "12345"
    assert c.address1 == "Silicon Alley 5"  # item2.ADR;type=HOME;type=pref
    assert c.address2 == "New York New York"  # locality + region
    assert "New York" in c.address2
    assert c.country == "United States of America"
    assert c.email == "john.doe@ibm.com"
    assert c.phone == "905-777-1234"  # type=pref
    assert c.honorific == "Mr."
    assert c.notes.startswith("THIS SOFTWARE IS PROVIDED")


def test_ezvcard_iphone_photo_skipped_addresses_intact() -> None:
    c = only("ezvcard_John_Doe_IPHONE.vcf")  # CR CR LF line ends, a 3.0 folded base64 photo
    assert (c.family_name, c.given_name) == ("Doe", "John")
    assert (c.company, c.department, c.title) == ("IBM", "Accounting", "Money Counter")
    assert c.address1 == "Silicon Alley 5"
    assert c.address2 == "New York New York"
    assert c.postal_code == "12345"
    assert c.country == "United States of America"
    assert c.email == "john.doe@ibm.com"
    assert c.phone == "905-555-1234"
    props = read_cards((VCARDS / "ezvcard_John_Doe_IPHONE.vcf").read_bytes())[0].properties
    names = [p.name for p in props]
    assert names[-1] == "PHOTO" and names.count("PHOTO") == 1  # its 700 folded lines are one property
    work = [p for p in props if p.name == "ADR" and "WORK" in p.types][0]
    assert split_escaped(work.text()[0])[2] == "Street4\nBuilding 6\nFloor 8"


def test_ezvcard_gmail() -> None:
    c = only("ezvcard_John_Doe_GMAIL.vcf")
    assert (c.family_name, c.given_name) == ("Doe", "John")
    assert (c.family_reading, c.given_reading) == ("Dow", "Jon")
    assert (c.company, c.title) == ("IBM", "Money Counter")
    assert c.email == "john.doe@ibm.com"
    assert c.phone == "905-555-1234"  # the cell phone
    # Gmail writes the whole address into the extended field; the folded "New York\r\n  12345" is joined
    assert c.address1 == "Crescent moon drive"
    assert c.address2 == "555-asd"
    assert c.address3 == "Nice Area, Albaney, New York 12345"  # the country, which Gmail left in the text, is
    assert c.country == "USA"  # the country: the card goes abroad (A6), not on a Japanese postcard
    assert c.notes.startswith('THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"')
    assert "LIMITED TO, THE IMPLIED" in c.notes  # a fold in the middle of a word is joined
    assert c.notes.endswith("Favotire Color: Blue")


def test_ezvcard_evolution() -> None:
    c = only("ezvcard_John_Doe_EVOLUTION.vcf")
    assert (c.family_name, c.given_name) == ("Doe", "John")
    assert (c.company, c.department, c.title) == ("IBM", "Accounting Dungeon", "Money Counter")
    assert c.email == "john.doe@ibm.com"  # folded inside the address
    assert c.phone == "905-666-1234"  # the cell phone, folded
    assert c.address1 == "15 Crescent moon drive"
    assert c.address2 == "Albaney New York"
    assert c.address3 == "ASB-123"  # the PO box
    assert c.postal_code == "12345"
    assert c.country == "United States of America"  # folded after "United"
    assert c.tags == ["VIP"]


def test_ezvcard_ms_outlook_quoted_printable_label_and_photo() -> None:
    c = only("ezvcard_John_Doe_MS_OUTLOOK.vcf")
    assert (c.family_name, c.given_name) == ("Doe", "John")
    assert (c.company, c.department, c.title) == ("IBM", "Accounting", "Money Counter")
    assert c.address1 == "Cresent moon drive"  # ADR;WORK;PREF wins over ADR;HOME
    assert c.address2 == "Albaney New York"
    assert c.postal_code == "12345"
    assert c.email == "john.doe@ibm.cm"
    props = read_cards((VCARDS / "ezvcard_John_Doe_MS_OUTLOOK.vcf").read_bytes())[0].properties
    label = [p for p in props if p.name == "LABEL"][0]
    assert label.text()[0] == "Cresent moon drive\r\nAlbaney, New York  12345"
    names = [p.name for p in props]
    assert names[names.index("PHOTO") + 1 :] == ["X-MS-OL-DESIGN", "X-MS-MANAGER", "X-MS-ASSISTANT", "REV"]
    assistant = [p for p in props if p.name == "X-MS-ASSISTANT"][0]
    assert assistant.text()[0] == "Jenny"


def test_ezvcard_gmail_list_three_cards() -> None:
    result = parse("ezvcard_gmail-list.vcf")
    assert result.issues == []
    got = [(r.contact.family_name, r.contact.given_name, r.contact.email, r.line) for r in result.records]
    assert got == [
        ("Smith", "Arnold", "asmithk@gmail.com", 1),
        ("Beatle", "Chris", "chrisy55d@yahoo.com", 7),
        ("White", "Doug", "dwhite@gmail.com", 13),
    ]


def test_ezvcard_outlook_2007_key_then_email() -> None:
    c = only("ezvcard_outlook-2007.vcf")
    assert (c.family_name, c.given_name) == ("Angstadt", "Michael")
    assert c.email == "mike.angstadt@gmail.com"  # after the empty base64 KEY
    assert (c.company, c.department, c.title) == ("TheCompany", "TheDepartment", "TheJobTitle")
    assert c.address1 == "222 Broadway"
    assert c.address2 == "New York NY"
    assert c.address3 == "TheOffice"
    assert c.postal_code == "99999"
    assert c.country == "USA"
    assert c.notes.splitlines() == [
        "This is the NOTE field",
        "I assume it encodes this text inside a NOTE vCard type.",
        "But I'm not sure because there's text formatting going on here.",
        "It does not preserve the formatting",
    ]


# --- quirks built by hand


def test_escapes_and_group_prefix() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:O\\;Brien;Mary\\, Ann;;;\r\n"
        "item1.ORG:Smith\\, Jones & Co\\\\;Sales\r\nNOTE:line one\\nline two\r\n"
        "CATEGORIES:friends,golf\\,club\r\n"
        "END:VCARD\r\n"
    )
    c = parse_text(text).records[0].contact
    assert (c.family_name, c.given_name) == ("O;Brien", "Mary, Ann")
    assert (c.company, c.department) == ("Smith, Jones & Co\\", "Sales")
    assert c.notes == "line one\nline two"
    assert c.tags == ["friends", "golf,club"]
    assert unescape(r"a\,b\;c\\d\ne") == "a,b;c\\d\ne"


def test_sound_x_irmc_n_with_given_name_and_sort_string() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:髙﨑;ケイ;;;\r\nSOUND;TYPE=X-IRMC-N:ﾀｶｻｷ;ｹｲ;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:北;一郎;;;\r\nSORT-STRING:きた いちろう\r\nEND:VCARD\r\n"
    )
    first, second = (r.contact for r in parse_text(text).records)
    assert (first.family_name, first.given_name) == ("髙﨑", "ケイ")
    assert (first.family_reading, first.given_reading) == ("タカサキ", "ケイ")
    assert (second.family_reading, second.given_reading) == ("きた", "いちろう")


def test_fn_fallback_and_organisation_card() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:佐藤 花子\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:John Smith\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:株式会社ケース\r\nORG:株式会社ケース\r\nEND:VCARD\r\n"
    )
    sato, smith, org = (r.contact for r in parse_text(text).records)
    assert (sato.family_name, sato.given_name) == ("佐藤", "花子")
    assert (smith.family_name, smith.given_name) == ("Smith", "John")
    assert (org.family_name, org.company, org.honorific) == ("", "株式会社ケース", "御中")


def test_card_without_name_is_an_issue_with_its_line() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:03-1234-5678\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:鈴木;花子;;;\r\nEND:VCARD\r\n"
    )
    result = parse_text(text)
    assert [r.contact.family_name for r in result.records] == ["山田", "", "鈴木"]  # kept, with a warning
    assert [r.line for r in result.records] == [1, 5, 9]
    assert [str(i) for i in result.issues] == [
        "test.vcf:5: no name or company, only '03-1234-5678'; kept as a contact without a name"
    ]
    assert [(i.kind, i.subject, i.skipped) for i in result.issues] == [(IssueKind.NAMELESS, "03-1234-5678", False)]
    empty = parse_text("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nothing else\r\nEND:VCARD\r\n")
    assert empty.records == [] and [str(i) for i in empty.issues] == ["test.vcf:1: no name, company or e-mail; skipped"]


def test_preferred_address_email_and_phone() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Doe;Jane;;Ms.;\r\nEMAIL;TYPE=work:jane@work.example\r\n"
        "EMAIL;PREF=1:jane@home.example\r\nTEL;TYPE=fax:111\r\nTEL;TYPE=voice:222\r\n"
        "ADR;TYPE=work:;;1 Main St;Springfield;IL;62701;USA\r\n"
        "ADR;TYPE=home:;;;;;;\r\nADR;TYPE=home;PREF=1:;Apt 4;22 Elm St;Chicago;IL;60601;USA\r\nEND:VCARD\r\n"
    )
    c = parse_text(text).records[0].contact
    assert c.email == "jane@home.example"
    assert c.phone == "222"
    assert (c.address1, c.address2, c.address3) == ("22 Elm St", "Chicago IL", "Apt 4")
    assert (c.postal_code, c.country, c.honorific) == ("60601", "USA", "Ms.")


def test_japanese_adr_with_country_japan_and_building_after_a_space() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:田中;一郎;;;\r\n"
        "ADR;TYPE=WORK:;;梅田3-1-1 グランフロント大阪;大阪市北区;大阪府;〒530-0001;Japan\r\nEND:VCARD\r\n"
    )
    c = parse_text(text).records[0].contact
    assert c.address1 == "大阪府大阪市北区梅田3-1-1"
    assert c.address3 == "グランフロント大阪"
    assert (c.postal_code, c.country) == ("5300001", "")


def test_not_a_vcard_raises() -> None:
    with pytest.raises(ImportFormatError, match="not a vCard"):
        parse_vcards(b"Name,Email\nA,a@b.c\n", "x.csv")
