"""The Japanese address side with the bundled fonts and real addresses, checked against hagaki.md."""

from __future__ import annotations

import pytest

from postcard.core.layout.formats import VERMILION, LayoutOptions
from postcard.core.layout.hagaki import layout_address_side
from postcard.core.layout.items import Box, Glyph, Line, Page, pt_to_mm
from postcard.core.model import Contact, JointName, Sender
from postcard.errors import LayoutError, MissingGlyphError
from postcard.render.fonts import FontCatalog

ZIP_CENTRES = (47.15, 54.15, 61.15, 68.75, 75.55, 82.35, 89.15)  # hagaki.md §1.2
ZIP_LEFT = (44.3, 51.3, 58.3, 65.9, 72.7, 79.5, 86.3)
SENDER_CENTRES = (7.9, 11.9, 15.9, 20.9, 24.9, 28.9, 32.9)  # hagaki.md §1.3
SENDER_BOX_TOP = {"tsujo": 137.75, "nenga": 122.25}
RECIPIENT = ("address", "company", "title", "name", "honorific")
FLAT = LayoutOptions(variation=0.0)

SENDER = Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                address2="1-2-3", address3="グリーンハイツ201")  # fmt: skip
MARUNOUCHI = Contact(family_name="山田", given_name="太郎", company="株式会社みらい設計", department="営業部",
                     title="部長", postal_code="1000005", address1="東京都千代田区丸の内", address2="1-9-1",
                     address3="グラントウキョウノースタワー12階")  # fmt: skip
KYOTO = Contact(family_name="渡辺", given_name="由美", postal_code="6008216",
                address1="京都府京都市下京区烏丸通塩小路下る東塩小路町", address2="721-1")  # fmt: skip
SAPPORO = Contact(family_name="佐藤", given_name="健", postal_code="0600806", address1="北海道札幌市北区北六条西",
                  address2="4丁目")  # fmt: skip
SUNSHINE = Contact(family_name="高橋", given_name="花子", postal_code="1700013", address1="東京都豊島区東池袋",
                   address2="2-5-7", address3="サンシャインセンター1201",
                   joint_names=[JointName("健一"), JointName("美紀", family_name="佐藤")])  # fmt: skip
CERULEAN = Contact(family_name="", given_name="", company="株式会社ミライ商会", honorific="御中",
                   postal_code="1508512", address1="東京都渋谷区桜丘町", address2="26-1",
                   address3="セルリアンタワー")  # fmt: skip
LONG_TITLE = Contact(family_name="鈴木", given_name="一郎", company="鈴木商事株式会社", department="営業本部",
                     title="第一営業グループ長", postal_code="4600008", address1="愛知県名古屋市中区栄",
                     address2="3-4-5")  # fmt: skip
PUNCTUATED = Contact(family_name="今井", given_name="ちゃこ", postal_code="1000005", address1="東京都千代田区丸の内",
                     address2="1-9-1", address3="コーポ「きゃら」、南棟。")  # fmt: skip
CONTACTS = [MARUNOUCHI, KYOTO, SAPPORO, SUNSHINE, CERULEAN, LONG_TITLE, PUNCTUATED]
IDS = [c.display_name for c in CONTACTS]


def side(fonts: FontCatalog, contact: Contact, opts: LayoutOptions = FLAT, seed: int = 7) -> Page:
    return layout_address_side(contact, SENDER, opts, fonts, seed)


def roles(page: Page, *names: str) -> list[Glyph]:
    return [g for g in page.glyphs() if g.role in names]


def columns(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by column (x rounded to 0.5 mm; only for variation 0), right to left."""
    out: dict[float, list[Glyph]] = {}
    for g in glyphs:
        out.setdefault(round(g.cx * 2) / 2, []).append(g)
    return [out[x] for x in sorted(out, reverse=True)]


# --- postal code --------------------------------------------------------------------------------------------
def ink_centre(fonts: FontCatalog, g: Glyph) -> tuple[float, float]:
    ink = fonts.ink_box(g.font, g.char)
    assert ink is not None
    em = pt_to_mm(g.size)
    return (g.cx + (ink[0] + ink[2]) / 2 * em, g.cy + (ink[1] + ink[3]) / 2 * em)


@pytest.mark.parametrize("contact", CONTACTS, ids=IDS)
def test_the_seven_digits_sit_on_the_jis_box_centres_by_their_ink(fonts: FontCatalog, contact: Contact) -> None:
    digits = side(fonts, contact, LayoutOptions(), seed=3).glyphs("zip")
    assert "".join(g.char for g in digits) == contact.postal_code
    for g, cx in zip(digits, ZIP_CENTRES, strict=True):
        assert ink_centre(fonts, g) == (pytest.approx(cx, abs=0.02), pytest.approx(16.0, abs=0.02))
        assert g.rotation == 0.0 and g.size == 16.0  # postal digits are never varied
        x0, y0, x1, y1 = g.bbox()  # the em box of the digit stays inside the 5.7 × 8.0 inner rectangle
        assert cx - 2.85 < x0 and x1 < cx + 2.85 and 12.0 < y0 and y1 < 20.0


def test_a_one_is_moved_right_by_its_own_ink_offset(fonts: FontCatalog) -> None:
    """Klee One's 1 sits left of the middle of its advance: centring the advance left it 0.3 mm off."""
    one = next(g for g in side(fonts, MARUNOUCHI).glyphs("zip") if g.char == "1")
    ink = fonts.ink_box(one.font, "1")
    assert ink is not None and (ink[0] + ink[2]) / 2 * pt_to_mm(16.0) < -0.25
    assert one.cx - ZIP_CENTRES[0] > 0.25
    assert ink_centre(fonts, one)[0] == pytest.approx(ZIP_CENTRES[0], abs=0.005)


# --- areas --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sender_zip", ["tsujo", "nenga"])
@pytest.mark.parametrize("contact", CONTACTS, ids=IDS)
def test_no_glyph_in_the_stamp_corner_the_zip_band_or_the_edges(
    fonts: FontCatalog, contact: Contact, sender_zip: str
) -> None:
    for seed in range(12):  # the handwriting variation must not push a glyph out either
        page = side(fonts, contact, LayoutOptions(sender_zip=sender_zip), seed)
        for g in page.glyphs():
            x0, y0, x1, y1 = g.bbox()
            assert not (x0 < 35.0 and y0 < 70.0), f"{g} in the stamp corner (seed {seed})"
            assert x0 >= 2.0 and y0 >= 2.0 and x1 <= 98.0 and y1 <= 146.0, f"{g} off the page (seed {seed})"
            if g.role in RECIPIENT:
                assert y0 >= 22.0, f"{g} in the postal-code band (seed {seed})"


# --- 縦書き ---------------------------------------------------------------------------------------------------
def test_punctuation_kana_and_long_vowels_use_the_vertical_alternates(fonts: FontCatalog) -> None:
    page = side(fonts, PUNCTUATED)
    special = [g for g in roles(page, "address", "name") if g.char in "ー「」、。ゃャ"]
    assert {g.char for g in special} == set("ー「」、。ゃ")
    assert all(g.vertical and g.rotation == 0.0 for g in special)
    plain = [g for g in roles(page, "address") if g.char in "東京都丸内"]
    assert plain and not any(g.vertical for g in plain)


class NoAlternates:
    """The bundled fonts, but without any vertical alternate: the layout must rotate or shift by itself."""

    def __init__(self, fonts: FontCatalog) -> None:
        self.fonts = fonts

    def has(self, font: str, ch: str) -> bool:
        return self.fonts.has(font, ch)

    def advance(self, font: str, ch: str) -> float:
        return self.fonts.advance(font, ch)

    def has_vertical(self, font: str, ch: str) -> bool:
        return False

    def pick(self, chain: tuple[str, ...], ch: str) -> str | None:
        return self.fonts.pick(chain, ch)

    def ink_box(self, font: str, ch: str, vertical: bool = False) -> tuple[float, float, float, float] | None:
        return self.fonts.ink_box(font, ch)


def test_without_alternates_brackets_and_long_vowels_turn_and_small_kana_shift(fonts: FontCatalog) -> None:
    flat = {g.char: g for g in side(fonts, PUNCTUATED).glyphs("address")}
    page = layout_address_side(PUNCTUATED, SENDER, FLAT, NoAlternates(fonts), 7)
    got = {g.char: g for g in page.glyphs("address")}
    assert not any(g.vertical for g in got.values())
    assert got["「"].rotation == 90.0 and got["」"].rotation == 90.0
    em = pt_to_mm(got["、"].size)
    for ch in "、。":  # to the upper right of the cell
        assert got[ch].rotation == 0.0
        assert got[ch].cx - flat[ch].cx == pytest.approx(0.5 * em, abs=0.01)
        assert got[ch].cy - flat[ch].cy == pytest.approx(-0.5 * em, abs=0.01)
    assert got["ゃ"].cx > flat["ゃ"].cx and got["ゃ"].cy < flat["ゃ"].cy
    sunshine = layout_address_side(SUNSHINE, SENDER, FLAT, NoAlternates(fonts), 7).glyphs("address")
    assert [g.rotation for g in sunshine if g.char == "ー"] == [90.0]


def test_street_numbers_become_kanji_with_vertical_bars_and_katakana_keeps_its_long_vowel(
    fonts: FontCatalog,
) -> None:
    assert "東京都千代田区丸の内一丨九丨一" in side(fonts, MARUNOUCHI).text("address")
    assert side(fonts, MARUNOUCHI).text("address").endswith("グラントウキョウノースタワー十二階")  # a floor counts
    assert side(fonts, KYOTO).text("address").endswith("東塩小路町七二一丨一")
    assert side(fonts, SAPPORO).text("address") == "北海道札幌市北区北六条西四丁目"
    assert side(fonts, SUNSHINE).text("address").endswith("二丨五丨七サンシャインセンター一二〇一")
    cerulean = side(fonts, CERULEAN)
    assert cerulean.text("address").endswith("二六丨一セルリアンタワー")
    choon = cerulean.glyphs("address")[-1]  # タワー's long vowel, not a hyphen
    assert choon.char == "ー" and choon.vertical


def test_arabic_numerals_stay_arabic_and_two_digits_share_one_cell(fonts: FontCatalog) -> None:
    page = side(fonts, MARUNOUCHI, LayoutOptions(numerals="arabic", variation=0.0))
    text = page.text("address")
    assert "丸の内１丨９丨１" in text and text.endswith("ノースタワー12階")
    assert not set("一二九") & set(text)
    assert all(g.rotation == 0.0 for g in page.glyphs("address"))  # every digit stands upright
    one, two = [g for g in page.glyphs("address") if g.char in "12" and g.size < 18.0 and g.cy > 60.0][-2:]
    kai = next(g for g in page.glyphs("address") if g.char == "階")
    assert one.cy == pytest.approx(two.cy) and one.cx < two.cx  # 縦中横: side by side on one line
    assert kai.cy - one.cy == pytest.approx(pt_to_mm(kai.size), abs=0.01)  # in one cell, a full em above 階
    assert (one.cx + two.cx) / 2 == pytest.approx(kai.cx, abs=0.2)
    assert two.bbox()[2] - one.bbox()[0] <= 0.92 * pt_to_mm(kai.size) + 0.01


@pytest.mark.parametrize(
    ("building", "numerals", "expected"),
    [
        ("ABCビル15F", "digits", "ＡＢＣビル十五階"),
        ("ABCビルB1F", "digits", "ＡＢＣビル地下一階"),
        ("ABCビルB1", "digits", "ＡＢＣビル地下一階"),
        ("グランタワー12階", "digits", "グランタワー十二階"),
        ("メゾン桜1203号室", "digits", "メゾン桜一二〇三号室"),
        ("メゾン桜12号室", "juu", "メゾン桜十二号室"),
        ("ABCビル15F", "arabic", "ＡＢＣビル15階"),
        ("ABCビルB1F", "arabic", "ＡＢＣビル地下１階"),
    ],
)
def test_floors_and_rooms_read_as_a_reader_expects(
    fonts: FontCatalog, building: str, numerals: str, expected: str
) -> None:
    contact = Contact(family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内",
                      address2="1-9-1", address3=building)  # fmt: skip
    page = side(fonts, contact, LayoutOptions(numerals=numerals, variation=0.0))  # type: ignore[arg-type]
    assert page.text("address").endswith(expected)


# --- names --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("contact", [KYOTO, SAPPORO, MARUNOUCHI, LONG_TITLE], ids=lambda c: c.display_name)
def test_one_name_is_centred_with_the_honorific_at_its_foot(fonts: FontCatalog, contact: Contact) -> None:
    page = side(fonts, contact)
    name, (honorific,) = page.glyphs("name"), page.glyphs("honorific")
    assert page.text("name") == contact.family_name + contact.given_name and honorific.char == "様"
    assert honorific.cy > max(g.cy for g in name)
    for g in [*name, honorific]:
        assert g.cx == pytest.approx(50.0, abs=0.01)
    assert honorific.size == name[0].size  # 様 as large as the name, the largest text on the side
    assert name[0].size > max(g.size for g in roles(page, "address", "company", "sender"))


def test_an_organisation_gets_onchu_and_no_sama(fonts: FontCatalog) -> None:
    page = side(fonts, CERULEAN)
    assert page.text("name") == "株式会社ミライ商会" and page.text("honorific") == "御中"
    assert "様" not in page.text()
    assert min(g.cy for g in page.glyphs("honorific")) > max(g.cy for g in page.glyphs("name"))


def test_joint_names_share_the_family_name_and_one_honorific_line(fonts: FontCatalog) -> None:
    page = side(fonts, SUNSHINE)
    cols = columns(roles(page, "name", "honorific"))
    assert ["".join(g.char for g in c) for c in cols] == ["高橋花子様", "健一様", "佐藤美紀様"]
    honorifics = page.glyphs("honorific")
    assert [g.char for g in honorifics] == ["様", "様", "様"]
    assert max(g.cy for g in honorifics) - min(g.cy for g in honorifics) < 0.01
    first_given = [c[-3].cy for c in cols]  # 花, 健, 美 start on one line
    assert max(first_given) - min(first_given) < 0.01
    assert cols[0][0].cy == pytest.approx(cols[2][0].cy, abs=0.01)  # 高 and 佐 too
    varied = side(fonts, SUNSHINE, LayoutOptions(), seed=11).glyphs("honorific")
    assert max(g.cy for g in varied) - min(g.cy for g in varied) < 1.0  # handwriting keeps them on the line


def test_a_short_title_stands_above_the_name_and_is_not_followed_by_sama(fonts: FontCatalog) -> None:
    page = side(fonts, MARUNOUCHI)
    title, name = page.glyphs("title"), page.glyphs("name")
    assert "".join(g.char for g in title) == "部長"
    assert max(g.cy for g in title) < min(g.cy for g in name)
    assert all(g.cx == pytest.approx(50.0, abs=0.01) and g.size < name[0].size for g in title)
    column = sorted(roles(page, "title", "name", "honorific"), key=lambda g: g.cy)
    assert "".join(g.char for g in column) == "部長山田太郎様"
    assert "部長様" not in page.text() and "長様" not in page.text()


def test_a_long_title_goes_on_the_department_line(fonts: FontCatalog) -> None:
    page = side(fonts, LONG_TITLE)
    assert page.glyphs("title") == []
    assert [("".join(g.char for g in c)) for c in columns(page.glyphs("company"))] == [
        "鈴木商事株式会社", "営業本部第一営業グループ長"
    ]  # fmt: skip
    assert "".join(g.char for g in roles(page, "name", "honorific")) == "鈴木一郎様"


@pytest.mark.parametrize("contact", [MARUNOUCHI, LONG_TITLE], ids=lambda c: c.display_name)
def test_company_columns_stand_between_the_name_and_the_address(fonts: FontCatalog, contact: Contact) -> None:
    page = side(fonts, contact, LayoutOptions(), seed=5)
    company = page.glyphs("company")
    assert company
    assert min(g.bbox()[0] for g in company) > max(g.bbox()[2] for g in roles(page, "name", "honorific", "title"))
    assert max(g.bbox()[2] for g in company) < min(g.bbox()[0] for g in page.glyphs("address"))
    assert company[0].size < page.glyphs("address")[0].size  # one size smaller
    assert min(g.cy for g in company) > min(g.cy for g in page.glyphs("address"))  # and a little lower


# --- sender -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sender_zip", "digit_y"), [("tsujo", 141.0), ("nenga", 125.5)])
def test_the_sender_block_stands_on_its_boxes(fonts: FontCatalog, sender_zip: str, digit_y: float) -> None:
    page = side(fonts, MARUNOUCHI, LayoutOptions(sender_zip=sender_zip, variation=0.0))
    digits = page.glyphs("sender-zip")
    assert "".join(g.char for g in digits) == "1510051"
    for g, cx in zip(digits, SENDER_CENTRES, strict=True):  # by their ink, like the recipient's
        assert ink_centre(fonts, g) == (pytest.approx(cx, abs=0.01), pytest.approx(digit_y, abs=0.01))
    sender = page.glyphs("sender")
    assert "".join(g.char for g in sender) == "東京都渋谷区千駄ヶ谷一丨二丨三グリーンハイツ二〇一小林葵"
    top = SENDER_BOX_TOP[sender_zip]
    bottoms = [max(g.bbox()[3] for g in c) for c in columns(sender)]
    assert all(70.0 < g.bbox()[1] and g.bbox()[2] <= 35.0 and g.bbox()[3] < top for g in sender)
    assert bottoms[0] == pytest.approx(top - 2.5, abs=0.5)  # 地付き: address and name end on one line
    assert bottoms[-1] == pytest.approx(top - 2.5, abs=0.5)
    name = columns(sender)[-1]
    assert "".join(g.char for g in name) == "小林葵" and name[0].size > sender[0].size


# --- frames -------------------------------------------------------------------------------------------------
def test_frames_only_when_asked(fonts: FontCatalog) -> None:
    page = side(fonts, MARUNOUCHI)
    assert not [i for i in page.items if isinstance(i, Box | Line)]


def test_zip_frames_are_vermilion_and_drawn_outside_the_inner_rectangles(fonts: FontCatalog) -> None:
    page = side(fonts, MARUNOUCHI, LayoutOptions(zip_frames=True))
    boxes = [i for i in page.items if isinstance(i, Box) and i.role == "zip-frame"]
    (hyphen,) = [i for i in page.items if isinstance(i, Line) and i.role == "zip-frame"]
    assert len(boxes) == 7
    for i, (box, left) in enumerate(zip(boxes, ZIP_LEFT, strict=True)):
        lw = 0.5 if i < 3 else 0.3
        assert box.width == lw and box.color == VERMILION and not box.fill and not box.dash
        assert (box.x, box.y) == (pytest.approx(left - lw / 2), pytest.approx(12.0 - lw / 2))
        assert (box.w, box.h) == (pytest.approx(5.7 + lw), pytest.approx(8.0 + lw))
    assert (hyphen.x0, hyphen.x1, hyphen.y0, hyphen.y1) == pytest.approx((64.0, 65.9, 16.0, 16.0))
    assert hyphen.width == 0.5 and hyphen.color == VERMILION
    sender = [i for i in page.items if isinstance(i, Box) and i.role == "sender-zip-frame"]
    assert len(sender) == 2 and all(b.dash and b.color == VERMILION and b.y == 137.75 for b in sender)


# --- errors -------------------------------------------------------------------------------------------------
def test_an_address_too_long_for_two_columns_is_a_layout_error(fonts: FontCatalog) -> None:
    long = Contact(family_name="山田", given_name="太郎", postal_code="1000005",
                   address1="東京都千代田区丸の内" * 6, address2="1-9-1")  # fmt: skip
    with pytest.raises(LayoutError, match="the address of 山田 太郎 is too long"):
        side(fonts, long)


def test_a_name_too_long_for_its_column_is_a_layout_error(fonts: FontCatalog) -> None:
    long = Contact(family_name="寿限無寿限無五劫の擦り切れ海砂利水魚", given_name="水行末雲来末風来末",
                   postal_code="1000005", address1="東京都千代田区丸の内", address2="1-9-1")  # fmt: skip
    with pytest.raises(LayoutError, match="the name of 寿限無.* is too long"):
        side(fonts, long)


@pytest.mark.parametrize("char", ["\uf8ff", "🦜"])
def test_a_character_no_font_has_names_itself_and_the_contact(fonts: FontCatalog, char: str) -> None:
    contact = Contact(family_name="山田", given_name="太郎" + char, postal_code="1000005",
                      address1="東京都千代田区丸の内", address2="1-9-1")  # fmt: skip
    with pytest.raises(MissingGlyphError) as info:
        side(fonts, contact)
    assert info.value.char == char
    assert f"U+{ord(char):04X}" in str(info.value) and contact.display_name in str(info.value)
