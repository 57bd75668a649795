"""CSV fixtures in the layouts real applications export (header rows as published; see hagaki.md §3.2)."""

from __future__ import annotations

import csv
import io

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
    "会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日".split(",")
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
