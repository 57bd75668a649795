"""The vCard lexer: line ends, folding, quoted-printable, charsets, base64 blobs, broken cards."""

from __future__ import annotations

from postcard.io.records import ParseResult
from postcard.io.vcard import parse_vcards


def parse_text(text: str, encoding: str = "utf-8") -> ParseResult:
    return parse_vcards(text.encode(encoding), "test.vcf")


def test_lf_and_crlf_give_the_same_result() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nN:山田;太郎;;;\nEMAIL:taro@example.jp\nEND:VCARD\n"
    lf = parse_text(text).records[0].contact
    crlf = parse_text(text.replace("\n", "\r\n")).records[0].contact
    assert lf == crlf
    assert (lf.family_name, lf.given_name, lf.email) == ("山田", "太郎", "taro@example.jp")


def test_folded_line_split_inside_a_utf8_sequence() -> None:
    encoded = "NOTE:髙﨑さんとお話しした".encode()
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:A;B;;;\r\n" + encoded[:10] + b"\r\n " + encoded[10:] + b"\r\nEND:VCARD\r\n"
    assert parse_vcards(data, "x.vcf").records[0].contact.notes == "髙﨑さんとお話しした"


def test_quoted_printable_shift_jis_without_space_continuations() -> None:
    value = "東京都千代田区丸の内1-9-1".encode("cp932")
    qp = "".join(f"={b:02X}" for b in value)
    body = f"ADR;HOME;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:;;{qp[:30]}=\r\n{qp[30:]};;;100-0005;\r\n"
    data = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:" + "髙橋;一".encode("cp932") + b"\r\n"
    data += body.encode("ascii") + b"TEL;CELL:090-1234-5678\r\nEND:VCARD\r\n"
    c = parse_vcards(data, "sjis.vcf").records[0].contact
    assert (c.family_name, c.given_name) == ("髙橋", "一")
    assert c.address1 == "東京都千代田区丸の内1-9-1"
    assert c.postal_code == "1000005"
    assert c.phone == "090-1234-5678"


def test_undeclared_shift_jis_falls_back_to_cp932() -> None:
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:伊能;忠敬\r\nEND:VCARD\r\n".encode("cp932")
    assert data.count(b"\x5c") == 1  # 能 again, with no CHARSET to warn
    c = parse_vcards(data, "x.vcf").records[0].contact
    assert (c.family_name, c.given_name) == ("伊能", "忠敬")


def test_malformed_line_is_reported_and_the_card_still_imports() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nN:山田;太郎;;;\nthis line has no colon\nEMAIL:t@example.jp\nEND:VCARD\n"
    result = parse_text(text)
    assert result.records[0].contact.email == "t@example.jp"
    assert len(result.issues) == 1
    assert result.issues[0].line == 4
    assert "malformed line" in result.issues[0].reason


def test_undecodable_value_is_reported_and_dropped() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;;;\r\nTITLE;CHARSET=UTF-8:Boss\xff\r\n"
        b"EMAIL;CHARSET=UTF-8:john\xff@example.com\r\nEND:VCARD\r\n"
    )
    result = parse_vcards(data, "bad.vcf")
    assert (result.records[0].contact.title, result.records[0].contact.email) == (
        "Boss",
        "john@example.com",
    )
    assert [(i.line, i.reason) for i in result.issues] == [
        (4, "undecodable bytes in TITLE were dropped"),
        (5, "undecodable bytes in EMAIL were dropped"),
    ]


def test_2_1_base64_photo_running_on_unindented_lines() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane\r\nPHOTO;JPEG;ENCODING=BASE64:/9j/4AAQSkZJRg\r\n"
        "AAQSkZJRgABAQAAAQABAAD\r\nQEBAQIBAQE+/=\r\n\r\nEMAIL;INTERNET:jane@example.com\r\nEND:VCARD\r\n"
    )
    result = parse_text(text)
    assert result.issues == []
    assert result.records[0].contact.email == "jane@example.com"


def test_unterminated_card_and_nested_agent() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Boss;Big\r\nAGENT:\r\nBEGIN:VCARD\r\nN:Helper;Little\r\nEND:VCARD\r\n"
        "TEL:123\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Cut;Short;;;\r\n"
    )
    result = parse_text(text)
    assert [(r.contact.family_name, r.contact.phone) for r in result.records] == [
        ("Boss", "123"),
        ("Cut", ""),
    ]
    assert [(i.line, i.reason) for i in result.issues] == [(10, "card has no END:VCARD (file cut short?)")]


def test_card_without_end_followed_by_another_card() -> None:
    text = "BEGIN:VCARD\nN:One;A\nBEGIN:VCARD\nN:Two;B\nEND:VCARD\n"
    result = parse_text(text)
    assert [(r.contact.family_name, r.line) for r in result.records] == [("One", 1), ("Two", 3)]
    assert [(i.line, i.reason) for i in result.issues] == [(1, "card has no END:VCARD (file cut short?)")]


def test_utf16_file_and_bom() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:﨑山;ｹｲ;;;\r\nEND:VCARD\r\n"
    for data in (text.encode("utf-16"), b"\xef\xbb\xbf" + text.encode()):
        c = parse_vcards(data, "u.vcf").records[0].contact
        assert (c.family_name, c.given_name) == ("﨑山", "ケイ")
