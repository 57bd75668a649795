"""Column maps: every field an editor offers can be read, a first guess from the header, the key by header."""

from __future__ import annotations

from postcard.io.csvformats import MAP_FIELDS, parse_csv
from postcard.io.mapping import (
    IDENTITY_FIELDS,
    TARGET_FIELDS,
    guess_mapping,
    has_identity,
    mapping_key,
    usable_mapping,
)


def test_every_offered_field_is_a_map_field() -> None:
    assert set(TARGET_FIELDS) <= set(MAP_FIELDS) and set(IDENTITY_FIELDS) <= set(TARGET_FIELDS)
    assert len(set(TARGET_FIELDS)) == len(TARGET_FIELDS)


def test_guess_from_japanese_and_english_headers() -> None:
    form = ["タイムスタンプ", "お名前", "フリガナ", "御社名", "部署", "郵便番号", "ご住所", "メールアドレス", "ご感想"]
    assert guess_mapping(form) == {
        "full_name": "お名前", "full_reading": "フリガナ", "company": "御社名", "department": "部署",
        "postal_code": "郵便番号", "address1": "ご住所", "email": "メールアドレス", "notes": "ご感想",
    }  # fmt: skip
    english = ["First Name", "Last Name", "E-mail", "Zip Code", "Street Address", "Job Title", "Name"]
    assert guess_mapping(english) == {
        "given_name": "First Name",
        "family_name": "Last Name",
        "email": "E-mail",
        "postal_code": "Zip Code",
        "address1": "Street Address",
        "title": "Job Title",
    }  # fmt: skip  (a full name is not mapped beside family and given names)
    assert guess_mapping(["x", "y"]) == {}


def test_each_column_fills_one_field_once() -> None:
    assert guess_mapping(["姓", "苗字", "名"]) == {"family_name": "姓", "given_name": "名"}


def test_identity_and_key() -> None:
    assert has_identity({"email": "メール"}) and not has_identity({"notes": "メモ"})
    assert mapping_key(["Name", " Ｍａｉｌ "]) == mapping_key(["name", "mail"])
    assert mapping_key(["a", "b"]) != mapping_key(["b", "a"])
    assert usable_mapping({"email": "Mail", "nonsense": "Mail", "phone": "Tel"}, ["mail"]) == {"email": "Mail"}


def test_full_reading_is_split_like_the_full_name() -> None:
    data = "氏名,ふりがな\r\n石井 陽菜,いしい ひな\r\n".encode()
    result = parse_csv(data, "form.csv", {"full_name": "氏名", "full_reading": "ふりがな"})
    contact = result.contacts[0]
    assert (contact.family_reading, contact.given_reading) == ("いしい", "ひな")
