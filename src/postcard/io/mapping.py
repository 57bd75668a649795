"""Column maps for CSV files of no known layout: the fields a column can fill, a first guess from the header,
and the key a map is remembered by (the header itself), so the same kind of file is read the same way next time.

A column map is ``{field: column header}`` (see :func:`postcard.io.csvformats.parse_csv`).
"""

from __future__ import annotations

import re

from postcard.io.csvformats import MAP_FIELDS
from postcard.io.csvread import header_key

#: The fields an editor offers, in the order a person thinks of them (``joint_names`` has a syntax of its own and
#: is left to our own export).
TARGET_FIELDS = (
    "full_name", "family_name", "given_name", "full_reading", "family_reading", "given_reading", "honorific",
    "company", "company_reading", "department", "title", "postal_code", "address1", "address2", "address3", "country",
    "email", "phone", "tags", "notes", "met_on", "key_person", "interval_days",
)  # fmt: skip
#: The fields of which one must be mapped for a row to be somebody.
IDENTITY_FIELDS = ("full_name", "family_name", "given_name", "company", "email")

# Header names (compared loosely, without spaces and punctuation) that usually hold a field.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("氏名", "名前", "お名前", "フルネーム", "宛名", "name", "fullname", "displayname", "contactname"),
    "family_name": ("姓", "苗字", "名字", "氏", "lastname", "surname", "familyname"),
    "given_name": ("名", "下の名前", "firstname", "givenname", "forename"),
    "full_reading": ("ふりがな", "フリガナ", "よみがな", "ヨミガナ", "かな", "カナ", "氏名かな", "氏名カナ",
                     "氏名フリガナ", "氏名ふりがな", "お名前フリガナ", "お名前ふりがな", "reading", "yomi", "furigana"),
    "family_reading": ("姓かな", "姓カナ", "姓ふりがな", "姓フリガナ", "姓よみ", "せい", "セイ", "lastnameyomi",
                       "familynamereading", "phoneticlastname", "familynameyomi"),
    "given_reading": ("名かな", "名カナ", "名ふりがな", "名フリガナ", "名よみ", "めい", "メイ", "firstnameyomi",
                      "givennamereading", "phoneticfirstname", "givennameyomi"),
    "honorific": ("敬称", "honorific", "salutation"),
    "company": ("会社", "会社名", "御社名", "貴社名", "勤務先", "所属", "団体名", "法人名", "company",
                "organization", "organisation", "companyname", "employer"),
    "company_reading": ("会社名かな", "会社名カナ", "会社名フリガナ", "会社名ふりがな", "companyreading"),
    "department": ("部署", "部署名", "所属部署", "部門", "department", "division"),
    "title": ("役職", "役職名", "肩書", "肩書き", "title", "jobtitle", "position"),
    "postal_code": ("郵便番号", "〒", "郵便", "zip", "zipcode", "postalcode", "postcode"),
    "address1": ("住所", "ご住所", "お住まい", "住所1", "所在地", "address", "address1", "street", "streetaddress"),
    "address2": ("住所2", "番地", "address2"),
    "address3": ("住所3", "建物", "建物名", "ビル名", "address3", "building"),
    "country": ("国", "国名", "country", "countryregion"),
    "email": ("メール", "メールアドレス", "eメール", "email", "mail", "emailaddress", "e-mail"),
    "phone": ("電話", "電話番号", "tel", "携帯", "携帯電話", "phone", "telephone", "mobile", "phonenumber"),
    "tags": ("タグ", "グループ", "分類", "tags", "labels", "category", "categories", "group", "groups"),
    "notes": ("メモ", "備考", "感想", "ご感想", "コメント", "notes", "note", "memo", "comment", "comments"),
    "met_on": ("名刺交換日", "出会った日", "交換日", "datemet", "met", "meton"),
}  # fmt: skip
_PUNCT = re.compile(r"[\s\-_・.()（）:：/]+")


def _loose(name: str) -> str:
    return _PUNCT.sub("", header_key(name))


_BY_NAME = {_loose(name): field for field, names in _SYNONYMS.items() for name in names}


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, str]:
    """A first column map from the header's names (each column and each field used once; may be empty).

    A file with family and given name columns does not also map a full name.
    """
    mapping: dict[str, str] = {}
    for header in headers:
        field = _BY_NAME.get(_loose(header))
        if field and field not in mapping and header.strip():
            mapping[field] = header
    if "full_name" in mapping and ("family_name" in mapping or "given_name" in mapping):
        del mapping["full_name"]
    return mapping


def has_identity(mapping: dict[str, str]) -> bool:
    """True when the map gives a row someone to write to (a name, a company or an e-mail)."""
    return any(mapping.get(field) for field in IDENTITY_FIELDS)


def mapping_key(headers: tuple[str, ...] | list[str]) -> str:
    """The key a column map is remembered by: the header row, compared loosely."""
    return "\x1f".join(header_key(h) for h in headers)


def usable_mapping(mapping: dict[str, str], headers: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The part of a (remembered) map that fits this header: known fields, columns the file has."""
    keys = {header_key(h) for h in headers}
    return {f: c for f, c in mapping.items() if f in MAP_FIELDS and c and header_key(c) in keys}
