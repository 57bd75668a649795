"""CSV import: every layout, every encoding, broken rows, line numbers and the column map."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from postcard.core.model import JointName
from postcard.errors import ImportFormatError
from postcard.io.csvformats import parse_csv
from postcard.io.csvread import decode_table, sniff_delimiter

GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
    "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,"
    "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
    "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
).split(",")
GOOGLE_LEGACY_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Notes,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,"
    "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
    "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,"
    "Organization 1 - Title,Organization 1 - Department,"
).split(",")
OUTLOOK_HEADER = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,"
    "Business Street 2,Business City,Business State,Business Postal Code,Business Country/Region,"
    "Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Business Phone,"
    "Mobile Phone,Categories,E-mail Address,Notes,"
).split(",")
EIGHT_HEADER = (
    "会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日".split(
        ","
    )
)
EIGHT_LEGACY_HEADER = [
    *EIGHT_HEADER[:3],
    "氏名",
    *EIGHT_HEADER[5:],
    "Eightでつながっている人",
    "再データ化中の名刺",
    "'?'を含んだデータ",
]
HAGAKI_HEADER = (
    [
        "氏名(姓)",
        "氏名(名)",
        "郵便番号(自宅欄)",
        "自宅住所(都道府県)",
        "自宅住所(市区町村)",
        "自宅住所(番地等)",
        "自宅住所(建物名)",
        "敬称",
    ]
    + [f"連名{n}({part}:自宅欄)" for n in (1, 2, 3) for part in ("姓", "名", "姓名", "敬称")]
    + ["カテゴリ", "送受履歴", "デザインキット住所ID"]
)
ATENA_HEADER = (
    "姓,名,姓かな,名かな,姓名,姓名かな,ミドルネーム,ミドルネームかな,敬称,ニックネーム,旧姓,宛先,自宅〒,自宅住所1,"
    "自宅住所2,自宅住所3,自宅電話,自宅IM ID,自宅E-mail,自宅URL,自宅Social,会社〒,会社住所1,"
    "会社住所2,会社住所3,会社電話,会社IM ID,会社E-mail,会社URL,会社Social,その他〒,その他住所1,"
    "その他住所2,その他住所3,その他電話,その他IM ID,その他E-mail,その他URL,その他Social,会社名かな,"
    "会社名,部署名1,部署名2,役職名,連名,連名ふりがな,"
    "連名敬称,連名誕生日,メモ1,メモ2,メモ3,メモ4,メモ5,備考1,備考2,備考3,誕生日,性別,血液型,趣味,性格"
).split(",")


def table(header: list[str], *rows: dict[str, str], delimiter: str = ",") -> str:
    """CSV text with the header and one line per row (columns not given are empty)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(h, "") for h in header])
    return out.getvalue()


# --- Google


def test_google_current_utf8_bom_japanese_and_western() -> None:
    text = table(
        GOOGLE_HEADER,
        {
            "First Name": "ケイ",
            "Last Name": "髙﨑",
            "Phonetic First Name": "ｹｲ",
            "Phonetic Last Name": "たかさき",
            "Organization Name": "ｹｰｽﾞ株式会社",
            "Organization Title": "部長",
            "Organization Department": "営業部",
            "Labels": "* myContacts ::: 取引先",
            "E-mail 1 - Label": "Work",
            "E-mail 1 - Value": "k@example.jp",
            "E-mail 2 - Label": "* Home",
            "E-mail 2 - Value": "kei@example.jp",
            "Phone 1 - Value": "03-1234-5678",
            "Address 1 - Label": "Work",
            "Address 1 - Street": "丸の内1-9-1",
            "Address 1 - City": "千代田区",
            "Address 1 - Region": "東京都",
            "Address 1 - Postal Code": "〒100-0005",
            "Address 1 - Country": "日本",
            "Address 1 - Extended Address": "グラントウキョウノースタワー",
            "Notes": "ｹﾞｰﾑの話",
        },
        {
            "First Name": "Jane",
            "Last Name": "Doe",
            "Name Prefix": "Dr.",
            "E-mail 1 - Value": "jane@example.com",
            "Address 1 - Street": "1 Main St\nSuite 5",
            "Address 1 - City": "Springfield",
            "Address 1 - Region": "IL",
            "Address 1 - Postal Code": "62701",
            "Address 1 - Country": "USA",
        },
    )
    result = parse_csv(b"\xef\xbb\xbf" + text.encode(), "google.csv")
    assert result.format == "csv:google"
    assert result.issues == []
    kei, jane = result.contacts
    assert (kei.family_name, kei.given_name) == ("髙﨑", "ケイ")
    assert (kei.family_reading, kei.given_reading) == ("たかさき", "ケイ")  # ｹ → ケ
    assert kei.company == "ケーズ株式会社"  # half-width katakana made full width
    assert (kei.title, kei.department) == ("部長", "営業部")
    assert kei.tags == ["取引先"]
    assert kei.email == "kei@example.jp"  # the primary ("* ") one
    assert kei.phone == "03-1234-5678"
    assert kei.postal_code == "1000005"
    assert kei.address1 == "東京都千代田区丸の内1-9-1"
    assert kei.address3 == "グラントウキョウノースタワー"
    assert kei.country == ""
    assert kei.notes == "ゲームの話"
    assert kei.honorific == "様"
    assert (jane.address1, jane.address2, jane.postal_code, jane.country) == (
        "1 Main St, Suite 5",
        "Springfield IL",
        "62701",
        "USA",
    )
    assert jane.honorific == "Dr."
    assert [r.line for r in result.records] == [2, 3]


def test_google_legacy_utf8_without_bom() -> None:
    text = table(
        GOOGLE_LEGACY_HEADER,
        {
            "Name": "山田 太郎",
            "Given Name": "太郎",
            "Family Name": "山田",
            "Given Name Yomi": "たろう",
            "Family Name Yomi": "やまだ",
            "Group Membership": "* My Contacts ::: 同窓会",
            "E-mail 1 - Value": "taro@example.jp",
            "Address 1 - Formatted": "北海道札幌市北区北六条西4丁目",
            "Address 1 - Postal Code": "060-0806",
            "Organization 1 - Name": "北海道旅客鉄道株式会社",
            "Organization 1 - Yomi Name": "ﾎｯｶｲﾄﾞｳﾘｮｶｸﾃﾂﾄﾞｳ",
            "Organization 1 - Title": "課長",
        },
        {"Name": "佐藤 花子", "E-mail 1 - Value": "hanako@example.jp", "Yomi Name": "さとう はなこ"},
    )
    result = parse_csv(text.encode("utf-8"), "legacy.csv")
    assert result.format == "csv:google-legacy"
    yamada, sato = result.contacts
    assert (yamada.family_name, yamada.given_name, yamada.family_reading, yamada.given_reading) == (
        "山田",
        "太郎",
        "やまだ",
        "たろう",
    )
    assert yamada.company_reading == "ホッカイドウリョカクテツドウ"
    assert yamada.address1 == "北海道札幌市北区北六条西4丁目"
    assert yamada.address3 == ""
    assert yamada.postal_code == "0600806"
    assert yamada.tags == ["同窓会"]
    assert (sato.family_name, sato.given_name, sato.family_reading, sato.given_reading) == (
        "佐藤",
        "花子",
        "さとう",
        "はなこ",
    )


# --- Outlook


def test_outlook_prefers_business_address_for_company_contacts() -> None:
    common = {
        "Business Street": "Umeda 3-1-1",
        "Business City": "Osaka",
        "Business Postal Code": "530-0001",
        "Business Country/Region": "Japan",
        "Home Street": "10 Downing Street",
        "Home City": "London",
        "Home Postal Code": "SW1A 2AA",
        "Home Country/Region": "United Kingdom",
    }
    text = table(
        OUTLOOK_HEADER,
        {
            "Title": "Mr.",
            "First Name": "John",
            "Last Name": "Smith",
            "Company": "Acme",
            "Job Title": "CEO",
            "E-mail Address": "john@acme.example",
            "Categories": "VIP;Golf",
            **common,
        },
        {"First Name": "Mary", "Last Name": "Jones", **common},
        {
            "First Name": "Ann",
            "Last Name": "Lee",
            "Company": "Acme",
            "Home Street": "5 High St",
            "Home City": "Leeds",
        },
    )
    result = parse_csv(text.encode("utf-8"), "outlook.csv")
    assert result.format == "csv:outlook"
    john, mary, ann = result.contacts
    assert (john.given_name, john.family_name, john.company, john.title) == ("John", "Smith", "Acme", "CEO")
    assert (john.address1, john.address2, john.postal_code, john.country) == (
        "Umeda 3-1-1",
        "Osaka",
        "5300001",
        "",
    )
    assert john.honorific == "Mr."
    assert john.tags == ["VIP", "Golf"]
    assert (mary.address1, mary.address2, mary.postal_code, mary.country) == (
        "10 Downing Street",
        "London",
        "SW1A 2AA",
        "United Kingdom",
    )
    assert (ann.address1, ann.address2) == ("5 High St", "Leeds")  # no business address: home


# --- Eight


def eight_rows() -> str:
    header = [*EIGHT_HEADER, "展示会2026", "VIP"]
    return table(
        header,
        {
            "会社名": "ｹｰｽﾞ株式会社",
            "部署名": "開発部",
            "役職": "部長",
            "姓": "髙﨑",
            "名": "一郎",
            "e-mail": "ichiro@example.jp",
            "郵便番号": "〒150-8512",
            "住所": "東京都渋谷区桜丘町26-1 セルリアンタワー6F",
            "TEL直通": "03-0000-0001",
            "名刺交換日": "2026/11/20",
            "展示会2026": "1",
        },
        {
            "会社名": "大阪商事株式会社",
            "姓": "田中",
            "名": "花子",
            "郵便番号": "5300001",
            "住所": "大阪府大阪市北区梅田3-1-1",
            "名刺交換日": "2026-11-21",
            "VIP": "1",
            "展示会2026": "1",
            "携帯電話": "090-0000-0002",
        },
    )


def test_eight_cp932_tags_exchange_date_and_building() -> None:
    result = parse_csv(eight_rows().encode("cp932"), "eight.csv")
    assert result.format == "csv:eight"
    assert result.issues == []
    takasaki, tanaka = result.contacts
    assert (takasaki.family_name, takasaki.given_name) == ("髙﨑", "一郎")  # kanji variants kept
    assert takasaki.company == "ケーズ株式会社"
    assert (takasaki.department, takasaki.title) == ("開発部", "部長")
    assert takasaki.postal_code == "1508512"
    assert takasaki.address1 == "東京都渋谷区桜丘町26-1"
    assert takasaki.address3 == "セルリアンタワー6F"
    assert takasaki.met_on == dt.date(2026, 11, 20)
    assert takasaki.tags == ["展示会2026"]
    assert takasaki.phone == "03-0000-0001"
    assert takasaki.reading_missing  # Eight exports no furigana
    assert (tanaka.address1, tanaka.address3) == ("大阪府大阪市北区梅田3-1-1", "")
    assert tanaka.met_on == dt.date(2026, 11, 21)
    assert tanaka.tags == ["展示会2026", "VIP"]
    assert tanaka.phone == "090-0000-0002"
    assert result.records[1].tags_from_file == ["展示会2026", "VIP"]


def test_eight_broken_row_quoted_newline_and_blank_rows_keep_line_numbers() -> None:
    lines = eight_rows().split("\r\n")
    note_row = (
        '新宿株式会社,"総務部\r\n第二課",,佐藤,次郎,jiro@example.jp,160-0023,東京都新宿区西新宿2-8-1,'
        ",,,,,,2026/11/22,,"
    )
    broken = "壊れた行,,,,,,,,,,,,,,2026/11/22,,,余分,余分"
    nameless = ",,,,,,,,,,,,,,2026/11/22,,"
    text = "\r\n".join([lines[0], lines[1], note_row, "", broken, nameless, ",,,,,,,,,,,,,,,,", lines[2], ""])
    result = parse_csv(text.encode("utf-8"), "eight.csv")
    assert [r.contact.family_name for r in result.records] == ["髙﨑", "佐藤", "田中"]
    # line 3 holds a field that runs on to line 4; the broken row is on line 6
    assert [r.line for r in result.records] == [2, 3, 9]
    assert result.records[1].contact.department == "総務部\n第二課"
    assert [(i.line, i.reason.split(";")[0]) for i in result.issues] == [
        (6, "row has 19 fields but the header has 17"),
        (7, "row has no name, company or e-mail"),
    ]
    assert str(result.issues[0]).startswith("eight.csv:6: ")


def test_eight_legacy_single_name_column_and_status_columns_are_not_tags() -> None:
    text = table(
        EIGHT_LEGACY_HEADER,
        {
            "会社名": "札幌物産",
            "氏名": "北野 一郎",
            "e-mail": "kitano@example.jp",
            "郵便番号": "060-0806",
            "住所": "北海道札幌市北区北六条西4丁目",
            "名刺交換日": "2025/4/1",
            "Eightでつながっている人": "1",
            "再データ化中の名刺": "1",
            "'?'を含んだデータ": "1",
        },
        {"会社名": "株式会社ケース", "氏名": "", "e-mail": "info@case.example", "名刺交換日": "不明"},
    )
    result = parse_csv(text.encode("cp932"), "old-eight.csv")
    assert result.format == "csv:eight-legacy"
    kitano, company = result.contacts
    assert (kitano.family_name, kitano.given_name) == ("北野", "一郎")
    assert kitano.tags == []
    assert kitano.met_on == dt.date(2025, 4, 1)
    assert (company.family_name, company.company, company.honorific) == ("", "株式会社ケース", "御中")
    assert [(i.line, "名刺交換日" in i.reason) for i in result.issues] == [(3, True)]  # kept, date dropped


# --- はがきデザインキット and 宛名職人


def test_hagaki_design_kit_shift_jis_joint_names() -> None:
    text = table(
        HAGAKI_HEADER,
        {
            "氏名(姓)": "山田",
            "氏名(名)": "太郎",
            "郵便番号(自宅欄)": "100-0005",
            "自宅住所(都道府県)": "東京都",
            "自宅住所(市区町村)": "千代田区",
            "自宅住所(番地等)": "丸の内1-9-1",
            "自宅住所(建物名)": "丸の内ハイツ101",
            "敬称": "様",
            "連名1(名:自宅欄)": "花子",
            "連名1(姓:自宅欄)": "山田",
            "連名1(敬称:自宅欄)": "様",
            "連名2(姓名:自宅欄)": "鈴木 﨑子",
            "連名2(敬称:自宅欄)": "さん",
            "連名3(名:自宅欄)": "ｹﾝ",
            "カテゴリ": "親戚",
        },
    )
    result = parse_csv(text.encode("cp932"), "kit.csv")
    assert result.format == "csv:hagaki-design-kit"
    c = result.contacts[0]
    assert (c.family_name, c.given_name, c.honorific) == ("山田", "太郎", "様")
    assert c.postal_code == "1000005"
    assert (c.address1, c.address2, c.address3) == ("東京都千代田区丸の内1-9-1", "", "丸の内ハイツ101")
    assert c.joint_names == [
        JointName("花子", "", "様"),  # same family name: omitted
        JointName("﨑子", "鈴木", "さん"),
        JointName("ケン", "", "様"),
    ]
    assert c.tags == ["親戚"]


def test_atena_shokunin_utf16_tab_separated_company_address() -> None:
    text = table(
        ATENA_HEADER,
        {
            "姓": "髙橋",
            "名": "健",
            "姓かな": "ﾀｶﾊｼ",
            "名かな": "けん",
            "敬称": "先生",
            "宛先": "会社",
            "自宅〒": "060-0806",
            "自宅住所1": "北海道札幌市北区北六条西4丁目",
            "会社〒": "530-0001",
            "会社住所1": "大阪府大阪市北区",
            "会社住所2": "梅田3-1-1",
            "会社住所3": "大阪駅ビル5F",
            "会社E-mail": "takahashi@work.example",
            "自宅E-mail": "ken@home.example",
            "会社名": "大阪医院",
            "会社名かな": "おおさかいいん",
            "部署名1": "内科",
            "部署名2": "第一診察室",
            "役職名": "院長",
            "連名": "美咲",
            "連名ふりがな": "みさき",
            "連名敬称": "様",
            "メモ1": "学会で会った",
            "備考1": "年賀状",
        },
        {"姓": "伊藤", "名": "誠", "自宅〒": "〒060-0806", "自宅住所1": "北海道札幌市北区北六条西4丁目"},
        delimiter="\t",
    )
    result = parse_csv(text.encode("utf-16"), "atena.txt")
    assert result.format == "csv:atena-shokunin"
    takahashi, ito = result.contacts
    assert (takahashi.family_reading, takahashi.given_reading) == ("タカハシ", "けん")
    assert takahashi.honorific == "先生"
    assert takahashi.postal_code == "5300001"
    assert (takahashi.address1, takahashi.address2, takahashi.address3) == (
        "大阪府大阪市北区",
        "梅田3-1-1",
        "大阪駅ビル5F",
    )
    assert takahashi.email == "takahashi@work.example"
    assert (takahashi.company, takahashi.company_reading) == ("大阪医院", "おおさかいいん")
    assert (takahashi.department, takahashi.title) == ("内科 第一診察室", "院長")
    assert takahashi.joint_names == [JointName("美咲", "", "様", "みさき")]
    assert takahashi.notes == "学会で会った\n年賀状"
    assert (ito.postal_code, ito.address1, ito.honorific) == (
        "0600806",
        "北海道札幌市北区北六条西4丁目",
        "様",
    )


# --- encodings, broken bytes, unknown layouts, the column map


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
    text = table(
        EIGHT_HEADER, {"姓": "山田", "名": "太郎"}, {"姓": "XXX", "名": "次郎"}, {"姓": "鈴木", "名": "花子"}
    )
    data = text.encode("cp932").replace(b"XXX", b"\x81\x20\xff")  # 0x81 0x20 is no Shift_JIS character
    result = parse_csv(data, "x.csv")
    assert [c.family_name for c in result.contacts] == ["山田", "鈴木"]
    assert [(i.line, i.reason) for i in result.issues] == [
        (3, "undecodable bytes in this row (read as cp932); row skipped"),
    ]


def test_a_broken_utf8_byte_does_not_turn_the_file_into_shift_jis() -> None:
    text = table(
        EIGHT_HEADER, {"姓": "山田", "名": "太郎"}, {"姓": "XXX", "名": "次郎"}, {"姓": "鈴木", "名": "花子"}
    )
    result = parse_csv(text.encode().replace(b"XXX", b"\xff"), "x.csv")
    assert [c.family_name for c in result.contacts] == ["山田", "鈴木"]
    assert decode_table(text.encode().replace(b"XXX", b"\xff"))[1] == "utf-8"
    assert [i.line for i in result.issues] == [3]


def test_unknown_header_without_map_lists_the_columns() -> None:
    data = "Surname,Forename,Mail\n山田,太郎,t@example.jp\n".encode()
    with pytest.raises(ImportFormatError, match=r"Surname, Forename, Mail.*--map"):
        parse_csv(data, "mystery.csv")


def test_empty_file_is_an_error() -> None:
    with pytest.raises(ImportFormatError, match="empty"):
        parse_csv(b"\r\n\r\n", "empty.csv")


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


def test_sniff_delimiter() -> None:
    assert sniff_delimiter('a,b,"c\td"\n') == ","
    assert sniff_delimiter("a\tb\tc\n") == "\t"
    assert sniff_delimiter("a;b;c\n") == ";"
    assert sniff_delimiter("single\n") == ","
