"""Each application's CSV layout: Google, Outlook, Eight, はがきデザインキット, 宛名職人."""

from __future__ import annotations

import datetime as dt

from postcard.core.model import JointName
from postcard.io.csvformats import parse_csv
from tests.unit.io.csvfixtures import (
    ATENA_HEADER,
    EIGHT_LEGACY_HEADER,
    GOOGLE_HEADER,
    GOOGLE_LEGACY_HEADER,
    HAGAKI_HEADER,
    OUTLOOK_HEADER,
    eight_rows,
    table,
)

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
            "Labels": "* myContacts ::: 取引先 ::: * starred ::: 勉強会、大阪",
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
    assert kei.tags == ["取引先", "勉強会", "大阪"]  # Google's system labels are no tags; 、 splits as anywhere
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
