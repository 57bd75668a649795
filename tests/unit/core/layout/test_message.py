"""The message side: the three-line rule, sizes, 縦書き and horizontal lines, signature, seal, handwriting."""

from __future__ import annotations

import pytest

from postcard.core.layout.formats import SEAL_RED, LayoutOptions, card_format
from postcard.core.layout.items import Box, Glyph, Page, pt_to_mm
from postcard.core.layout.message import (
    BODY_MIN,
    glyphs_outside,
    layout_message_horizontal,
    layout_message_vertical,
)
from postcard.core.model import Sender
from postcard.errors import LayoutError
from postcard.render.fonts import FontCatalog

HAGAKI, A6 = card_format("jp-hagaki"), card_format("a6")
SENDER = Sender(family_name="小林", given_name="葵")
LONG = ("先日は大変お世話になりました", "協業のお話、大変勉強になりました", "今後ともよろしくお願いいたします")
SHORT = ("ありがとう",)
ENGLISH = ("Thank you for the great talk!", "Your ideas on accessibility", "changed how I design.")
FLAT = LayoutOptions(variation=0.0)
COLUMN = 136.0 - 14.0  # the body's column on a hagaki: from 14 mm to 12 mm above the bottom


def vertical(fonts: FontCatalog, lines: tuple[str, ...] = LONG, opts: LayoutOptions = FLAT, seed: int = 1,
             sender: Sender | None = SENDER) -> Page:  # fmt: skip
    return layout_message_vertical(lines, sender, HAGAKI, opts, fonts, seed, "山田 太郎")


def horizontal(fonts: FontCatalog, lines: tuple[str, ...] = ENGLISH, opts: LayoutOptions = FLAT,
               seed: int = 1) -> Page:  # fmt: skip
    return layout_message_horizontal(lines, Sender(family_name="Kobayashi", given_name="Aoi", country="Japan"),
                                     A6, opts, fonts, seed, "Emily Smith")  # fmt: skip


def lines_of(glyphs: list[Glyph], lengths: list[int]) -> list[list[Glyph]]:
    out, start = [], 0
    for n in lengths:
        out.append(glyphs[start : start + n])
        start += n
    return out


def overlapping(a: Glyph, b: Glyph) -> bool:
    ax0, ay0, ax1, ay1 = a.bbox()
    bx0, by0, bx1, by1 = b.bbox()
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


# --- the three-line rule and sizes ------------------------------------------------------------------------
def test_four_lines_break_the_three_line_rule_and_name_the_contact(fonts: FontCatalog) -> None:
    with pytest.raises(LayoutError, match=r"the card for 山田 太郎 has 4 lines; a postcard takes at most 3"):
        vertical(fonts, (*LONG, "またお会いしましょう"))
    with pytest.raises(LayoutError, match="Emily Smith has 4 lines"):
        horizontal(fonts, (*ENGLISH, "See you soon"))
    assert vertical(fonts, ("", LONG[0], "  ", LONG[1])).text("body") == LONG[0] + LONG[1]  # blank lines don't count


def test_a_line_that_does_not_fit_is_named(fonts: FontCatalog) -> None:
    too_long = "本日は" + "ありがとうございました" * 16 + "。"  # more than six columns of the card at 12 pt
    with pytest.raises(LayoutError, match=r"line 2 of the card for 山田 太郎 \('本日は.*'\) does not fit even at 12"):
        vertical(fonts, (LONG[0], too_long))
    with pytest.raises(LayoutError, match="line 1 of the card for Emily Smith"):
        horizontal(fonts, ("Thank you " * 100,))


def test_the_largest_size_that_fits_is_chosen(fonts: FontCatalog) -> None:
    short, long = vertical(fonts, SHORT).glyphs("body"), vertical(fonts, LONG).glyphs("body")
    assert short[0].size > long[0].size >= BODY_MIN
    assert short[0].size == 36.0  # five characters: the largest size there is
    longest = max(lines_of(long, [len(t) for t in LONG]), key=len)
    length = longest[-1].bbox()[3] - longest[0].bbox()[1]
    assert 0.97 * COLUMN <= length <= COLUMN + 0.01  # the longest line fills its column
    english = horizontal(fonts, ("Thank you so much for everything, it was a wonderful evening!",)).glyphs("body")
    assert horizontal(fonts, ("Thanks!",)).glyphs("body")[0].size >= english[0].size >= BODY_MIN


def columns_of(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs by column (no variation: one x per column), right to left."""
    cols: dict[float, list[Glyph]] = {}
    for g in glyphs:
        cols.setdefault(round(g.cx, 3), []).append(g)
    return [cols[x] for x in sorted(cols, reverse=True)]


def test_a_long_line_is_broken_where_a_hand_would_and_uses_the_card(fonts: FontCatalog) -> None:
    line = "先日は地域DXセミナー2026にて大変お世話になりました"  # 28 characters: 12 pt in one column
    assert len(line) == 28
    page = vertical(fonts, (line,))
    cols = columns_of(page.glyphs("body"))
    assert ["".join(g.char for g in c) for c in cols] == [
        "先日は地域ＤＸ",
        "セミナー２０２６にて",
        "大変お世話になりました",
    ]
    size = cols[0][0].size
    assert size >= 30.0  # not 12 pt
    block = max(g.bbox()[2] for g in page.glyphs("body")) - min(g.bbox()[0] for g in page.glyphs("body"))
    assert block > 0.6 * (100.0 - 12.0 - 28.0)  # the columns take most of the card's width …
    centre = (max(g.bbox()[2] for g in page.glyphs("body")) + min(g.bbox()[0] for g in page.glyphs("body"))) / 2
    assert centre == pytest.approx((28.0 + 88.0) / 2, abs=0.5)  # … balanced between signature and edge
    rows = horizontal(fonts, ("Thank you so much for everything, it was a wonderful evening, see you in Kyoto!",))
    assert len({round(g.cy, 3) for g in rows.glyphs("body")}) == 2  # English breaks at a space, into two rows


def test_a_short_message_does_not_hug_the_top(fonts: FontCatalog) -> None:
    glyphs = vertical(fonts, SHORT).glyphs("body")
    top, bottom = glyphs[0].bbox()[1], glyphs[-1].bbox()[3]
    assert top > 14.0 + 15.0  # well below the top margin
    assert (top - 14.0) < (136.0 - bottom)  # and a little above the middle, as a hand would place it
    assert (top - 14.0) == pytest.approx(0.4 * (122.0 - (bottom - top)), abs=0.1)


# --- directions -----------------------------------------------------------------------------------------
def test_japanese_lines_are_columns_from_the_right(fonts: FontCatalog) -> None:
    page = vertical(fonts)
    cols = lines_of(page.glyphs("body"), [len(t) for t in LONG])
    assert ["".join(g.char for g in c) for c in cols] == list(LONG)
    xs = [c[0].cx for c in cols]
    assert xs == sorted(xs, reverse=True) and xs[0] - xs[1] > pt_to_mm(cols[0][0].size)  # right to left, apart
    for column in cols:
        assert all(b.cy > a.cy for a, b in zip(column, column[1:], strict=False))  # top down
    (comma,) = [g for g in page.glyphs("body") if g.char == "、"]
    assert comma.vertical
    assert not glyphs_outside(page, 5.0)


def test_latin_in_a_japanese_column_stands_upright(fonts: FontCatalog) -> None:
    glyphs = vertical(fonts, ("先日は地域DXセミナー2026にて",)).glyphs("body")
    assert "".join(g.char for g in glyphs) == "先日は地域ＤＸセミナー２０２６にて"
    assert all(g.rotation == 0.0 for g in glyphs)


def test_english_lines_run_left_to_right_on_a_landscape_card(fonts: FontCatalog) -> None:
    page = horizontal(fonts)
    assert (page.width, page.height) == (148.0, 105.0)
    rows = lines_of(page.glyphs("body"), [len(t.replace(" ", "")) for t in ENGLISH])
    assert ["".join(g.char for g in r) for r in rows] == [t.replace(" ", "") for t in ENGLISH]
    assert all(g.font == "kristi" for g in page.glyphs("body"))  # the Latin script font
    for row in rows:
        assert all(b.cx > a.cx for a, b in zip(row, row[1:], strict=False))
        assert len({round(g.cy, 6) for g in row}) == 1
    assert rows[0][0].cy < rows[1][0].cy < rows[2][0].cy
    assert not glyphs_outside(page, 5.0)
    assert page.text("signature") == "—AoiKobayashi"


# --- signature and seal -----------------------------------------------------------------------------------
def test_the_sender_signs_and_seals_in_red(fonts: FontCatalog) -> None:
    page = vertical(fonts)
    assert page.text("signature") == "小林葵"
    (seal,) = [i for i in page.items if isinstance(i, Box) and i.role == "seal"]
    assert seal.color == SEAL_RED and not seal.fill
    red, green, blue = (int(SEAL_RED[i : i + 2], 16) for i in (1, 3, 5))
    assert red > 0xB0 and green < 0x40 and blue < 0x50
    assert page.text("seal") == "小林" and all(g.color == SEAL_RED for g in page.glyphs("seal"))
    for g in page.glyphs("seal"):  # the family name inside the square
        x0, y0, x1, y1 = g.bbox()
        assert seal.x < x0 and x1 < seal.x + seal.w and seal.y < y0 and y1 < seal.y + seal.h
    assert max(g.bbox()[3] for g in page.glyphs("signature")) < seal.y  # the name above its seal
    assert seal.y + seal.h < page.height - 5.0


def test_no_sender_no_signature_and_the_seal_is_optional(fonts: FontCatalog) -> None:
    page = vertical(fonts, sender=None)
    assert page.glyphs("signature") == [] and page.glyphs("seal") == []
    assert not [i for i in page.items if isinstance(i, Box)]
    unsealed = vertical(fonts, opts=LayoutOptions(variation=0.0, seal=False))
    assert unsealed.text("signature") == "小林葵" and unsealed.glyphs("seal") == []


# --- handwriting --------------------------------------------------------------------------------------------
def test_the_same_seed_gives_the_same_card_and_another_seed_another(fonts: FontCatalog) -> None:
    opts = LayoutOptions()
    assert vertical(fonts, opts=opts, seed=42).items == vertical(fonts, opts=opts, seed=42).items
    assert horizontal(fonts, opts=opts, seed=42).items == horizontal(fonts, opts=opts, seed=42).items
    a = [g for g in vertical(fonts, opts=opts, seed=42).glyphs() if g.role != "seal"]  # a stamped seal is exact
    b = [g for g in vertical(fonts, opts=opts, seed=43).glyphs() if g.role != "seal"]
    assert [g.char for g in a] == [g.char for g in b]
    moved = [g for g, h in zip(a, b, strict=True) if (g.cx, g.cy, g.rotation) != (h.cx, h.cy, h.rotation)]
    assert len(moved) == len(a)


def test_no_variation_sets_perfectly_straight_columns(fonts: FontCatalog) -> None:
    page = vertical(fonts)
    for column in lines_of(page.glyphs("body"), [len(t) for t in LONG]):
        assert len({g.cx for g in column}) == 1
        assert {g.rotation for g in column} == {0.0} and len({g.size for g in column}) == 1
        steps = {round(b.cy - a.cy, 6) for a, b in zip(column, column[1:], strict=False)}
        assert len(steps) == 1  # evenly spaced


@pytest.mark.parametrize("strength", [1.0, 0.5])
def test_handwriting_moves_each_glyph_only_a_little(fonts: FontCatalog, strength: float) -> None:
    flat = vertical(fonts).glyphs() + horizontal(fonts).glyphs()
    for seed in range(60):
        opts = LayoutOptions(variation=strength)
        varied = vertical(fonts, opts=opts, seed=seed).glyphs() + horizontal(fonts, opts=opts, seed=seed).glyphs()
        for g, v in zip(flat, varied, strict=True):
            em = pt_to_mm(g.size)
            assert abs(v.cx - g.cx) < 0.35 * em * strength and abs(v.cy - g.cy) < 0.35 * em * strength
            assert abs(v.rotation - g.rotation) < 6.0 * strength
            assert abs(v.size / g.size - 1) < 0.08 * strength


def test_handwriting_never_makes_neighbouring_lines_touch(fonts: FontCatalog) -> None:
    for seed in range(300):
        page = vertical(fonts, opts=LayoutOptions(), seed=seed)
        cols = lines_of(page.glyphs("body"), [len(t) for t in LONG])
        for left, right in zip(cols[1:], cols, strict=False):
            assert not any(overlapping(a, b) for a in left for b in right), f"columns touch (seed {seed})"
    for seed in range(300):
        page = horizontal(fonts, opts=LayoutOptions(), seed=seed)
        rows = lines_of(page.glyphs("body"), [len(t.replace(" ", "")) for t in ENGLISH])
        for upper, lower in zip(rows, rows[1:], strict=False):
            ink = [(g.cy + pt_to_mm(g.size) * 0.25) for g in upper]  # Kristi's ink: well inside the em box
            assert max(ink) < min(g.cy - pt_to_mm(g.size) * 0.25 for g in lower), f"rows touch (seed {seed})"


# --- one hand per card --------------------------------------------------------------------------------------------
def test_latin_inside_a_japanese_message_and_the_signature_are_in_the_japanese_pen(fonts: FontCatalog) -> None:
    line = ("先日は地域DXセミナー2026にて", "ありがとうございました")
    page = layout_message_horizontal(line, SENDER, HAGAKI, FLAT, fonts, 1, "山田 太郎")
    body = page.glyphs("body")
    assert "DX" in page.text("body") and "2026" in page.text("body")
    assert {g.font for g in body} == {"klee-semibold"}  # no Kristi for ＤＸ or 2026
    assert page.text("signature") == "—小林葵" and {g.font for g in page.glyphs("signature")} == {"klee-semibold"}
    regular = layout_message_horizontal(line, SENDER, HAGAKI, LayoutOptions(variation=0.0, pen="regular"), fonts, 1,
                                        "山田 太郎")  # fmt: skip
    assert {g.font for g in regular.glyphs("body") + regular.glyphs("signature")} == {"klee-regular"}  # the same pen
    english = horizontal(fonts)
    assert {g.font for g in english.glyphs("body")} == {"kristi"} and english.glyphs("signature")[0].font == "kristi"
    vertical_page = vertical(fonts, line)
    assert {g.font for g in vertical_page.glyphs("body") + vertical_page.glyphs("signature")} == {"klee-semibold"}


def test_an_english_message_with_a_japanese_name_keeps_the_script_font(fonts: FontCatalog) -> None:
    page = horizontal(fonts, ("Thanks for the dinner at 地域DXセミナー2026!", "Until next time, Olivia!"))
    fonts_by_char = {g.char: g.font for g in page.glyphs("body")}
    assert fonts_by_char["T"] == "kristi" and fonts_by_char["U"] == "kristi"  # English: Latin in the script font
    assert fonts_by_char["D"] == "klee-semibold"  # … but DX inside the Japanese name is in its pen
    assert fonts_by_char["地"] == "klee-semibold"  # the Japanese pen has the kanji
