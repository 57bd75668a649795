"""Handwriting variation: glyphs never touch at any allowed strength, and the scale is capped as documented."""

from __future__ import annotations

import math
import statistics

import pytest

from postcard.core.layout.formats import LayoutOptions, card_format
from postcard.core.layout.handwriting import CAPS, JOINED_SLACK, reach
from postcard.core.layout.items import Glyph, Page, pt_to_mm
from postcard.core.layout.message import layout_message_horizontal, layout_message_vertical
from postcard.core.model import Sender
from postcard.render.fonts import FontCatalog

HAGAKI, A6 = card_format("jp-hagaki"), card_format("a6")
SENDER = Sender(family_name="小林", given_name="葵")
MESSAGES = [
    ("v", ("先日は大変お世話になりました", "協業のお話、大変勉強になりました", "今後ともよろしくお願いいたします")),
    ("v", ("先日は地域DXセミナー2026にて大変お世話になりました",)),
    ("h", ("先日は地域DXセミナー2026にて", "書類の件、よろしくお願い申し上げます")),
    ("h", ("Thank you for the great talk!", "Your ideas on accessibility", "changed how I design.")),
]
Box = tuple[float, float, float, float]


def layout(fonts: FontCatalog, kind: str, lines: tuple[str, ...], strength: float, seed: int) -> Page:
    opts = LayoutOptions(variation=strength)
    if kind == "v":
        return layout_message_vertical(lines, SENDER, HAGAKI, opts, fonts, seed, "山田 太郎")
    return layout_message_horizontal(lines, SENDER, A6, opts, fonts, seed, "山田 太郎")


def ink(fonts: FontCatalog, g: Glyph) -> Box:
    """The glyph's ink box as drawn: its font's box, scaled and turned about the glyph's centre."""
    x0, y0, x1, y1 = fonts.ink_box(g.font, g.char, g.vertical) or (-0.5, -0.5, 0.5, 0.5)
    em, a = pt_to_mm(g.size), math.radians(g.rotation)
    c, s = math.cos(a), math.sin(a)
    xs = [x * c - y * s for x in (x0, x1) for y in (y0, y1)]
    ys = [x * s + y * c for x in (x0, x1) for y in (y0, y1)]
    return (g.cx + min(xs) * em, g.cy + min(ys) * em, g.cx + max(xs) * em, g.cy + max(ys) * em)


def separation(a: Box, b: Box) -> float:
    """How far apart two boxes are (mm, along the axis that parts them most); negative when they overlap."""
    return max(b[0] - a[2], a[0] - b[2], b[1] - a[3], a[1] - b[3])


def lines_of(page: Page, vertical: bool) -> list[list[int]]:
    """Indices of the body glyphs per line of a page set without variation (one x per column, one y per row)."""
    out: dict[float, list[int]] = {}
    for i, g in enumerate(page.glyphs("body")):
        out.setdefault(round(g.cx if vertical else g.cy, 3), []).append(i)
    return [out[k] for k in sorted(out)]


@pytest.mark.parametrize("strength", [0.5, 1.0, 2.0, 3.0])
@pytest.mark.parametrize(("kind", "lines"), MESSAGES, ids=["three", "long", "japanese-across", "english"])
def test_glyphs_never_touch_at_any_strength(fonts: FontCatalog, kind: str, lines: tuple[str, ...],
                                            strength: float) -> None:  # fmt: skip
    flat = layout(fonts, kind, lines, 0.0, 0).glyphs("body")
    groups = lines_of(layout(fonts, kind, lines, 0.0, 0), kind == "v")
    set_as = [ink(fonts, g) for g in flat]
    for seed in range(40):
        varied = [ink(fonts, g) for g in layout(fonts, kind, lines, strength, seed).glyphs("body")]
        for line in groups:  # within a line: apart if they were apart, no closer than a hair if they were joined
            for a, b in zip(line, line[1:], strict=False):
                em = pt_to_mm(flat[a].size)
                if separation(set_as[a], set_as[b]) > 0:
                    assert separation(varied[a], varied[b]) > 0, (seed, flat[a].char, flat[b].char)
                else:
                    assert separation(varied[a], varied[b]) >= separation(set_as[a], set_as[b]) - 2.01 * (
                        JOINED_SLACK * em), (seed, flat[a].char, flat[b].char)  # fmt: skip
        for upper, lower in zip(groups, groups[1:], strict=False):  # neighbouring lines never meet
            assert all(separation(varied[a], varied[b]) > 0 for a in upper for b in lower), seed


def test_the_strength_scale_is_capped_and_still_grows(fonts: FontCatalog) -> None:
    lines = MESSAGES[0][1]
    flat = layout(fonts, "v", lines, 0.0, 0).glyphs("body")
    spread = {}
    for strength in (1.0, 2.0, 3.0):
        angles, sizes = [], []
        for seed in range(30):
            for g, f in zip(layout(fonts, "v", lines, strength, seed).glyphs("body"), flat, strict=True):
                angles.append(g.rotation - f.rotation)
                sizes.append(g.size / f.size - 1)
        assert max(abs(a) for a in angles) <= CAPS["angle"] + 1e-9
        assert max(abs(s) for s in sizes) <= CAPS["size"] + 1e-9
        spread[strength] = statistics.pstdev(angles)
    assert spread[1.0] < spread[2.0] < spread[3.0]  # livelier with each step …
    assert spread[3.0] < 1.5 * spread[2.0]  # … but capped: the limits stop growing at 2, only their use grows
    assert reach(0.0) == 0.0 and reach(1.0) < reach(2.0) == reach(3.0) < 0.6
