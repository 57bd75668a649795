"""The streaming PDF writer against reportlab: the same cards rasterise the same, and the files open everywhere.

The reference is drawn here with reportlab's canvas from the same laid-out pages (glyph by glyph, with the same
text matrices; vertical alternates through private code points mapped to their glyph ids), then both files
are rasterised with poppler's ``pdftoppm`` at 400 dpi and compared: a pixel differs when it is lighter or darker
than everything within 0.13 mm of the same place on the other page (so the two renderers' rounding and smoothing of a
glyph's edges do not count), fewer than 0.5 % of a page's pixels may differ and no more than 8 in any square
millimetre; a glyph moved by 0.3 mm or left out fails it (tested).
"""

from __future__ import annotations

import copy
import io
import math
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PIL import Image, ImageChops

from postcard.core.layout.formats import LayoutOptions
from postcard.core.layout.items import MM_PT, Box, Glyph, Line
from postcard.core.layout.sheets import Sheet
from postcard.core.model import Contact, Sender
from postcard.core.progress import NullProgress
from postcard.render.batch import CardJob, PrintSettings, iter_sheets, write_batch_pdf
from postcard.render.fonts import FontCatalog

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
PUA = 0xF0000

JOBS = [
    CardJob(Contact(family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内",
                    address2="1-9-1", address3="グラントウキョウノースタワー12階", company="株式会社みらい設計", id=1),
            ("先日はありがとうございました。", "協業のお話、大変勉強になりました", "今後ともよろしくお願いいたします"),
            Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                   address2="1-2-3"), seed=3),
    CardJob(Contact(family_name="髙橋", given_name="一郎", postal_code="5300001", address1="大阪府大阪市北区梅田",
                    address2="2-4-9", id=2), ("ご無沙汰しております。", "ＤＸのお話、ありがとうございました。"),
            Sender(family_name="小林", given_name="葵"), seed=4),
    CardJob(Contact(family_name="Smith", given_name="John", honorific="Mr.", address1="Springfield, IL",
                    address2="1 Main St", postal_code="62701", country="USA", id=3),
            ("Thank you for the great talk!", "Best, Aoi"),
            Sender(family_name="Kobayashi", given_name="Aoi"), format="a6", direction="horizontal", seed=5),
]  # fmt: skip


def colour(value: str) -> object:
    from reportlab.lib.colors import CMYKColor, HexColor

    if value.startswith("cmyk("):
        return CMYKColor(*(float(v) for v in value[5:-1].split(",")))
    return HexColor(value)


def reference_pdf(sheets: list[Sheet], catalog: FontCatalog, offsets: dict[str, tuple[float, float]]) -> bytes:
    """The sheets drawn with reportlab's canvas (upright placements only)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    def font(key: str) -> str:
        name = f"ref-{key}"
        if name not in pdfmetrics.getRegisteredFontNames():
            tt = TTFont(name, str(catalog.path(key)))
            data = catalog.data(key)
            for gid in data.vert.values():  # vertical alternates under private code points
                tt.face.charToGlyph[PUA + gid] = gid
                tt.face.charWidths[PUA + gid] = data.vert_advances[gid] * 1000 / data.units_per_em
            pdfmetrics.registerFont(tt)
        return name

    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1)
    for sheet in sheets:
        canvas.setPageSize((sheet.width * MM_PT, sheet.height * MM_PT))
        height = sheet.height * MM_PT
        for placement in sheet.placements:
            assert placement.rotation == 0
            dx, dy = offsets.get(placement.side, (0.0, 0.0))
            for item in placement.page.items:
                if isinstance(item, Glyph):
                    ascent, descent = catalog.em_box(item.font)
                    ch = item.char
                    if item.vertical and ord(ch) in catalog.data(item.font).vert:
                        ch = chr(PUA + catalog.data(item.font).vert[ord(ch)])
                    s, angle = item.size, math.radians(item.rotation)
                    cs, sn = math.cos(angle), math.sin(angle)
                    lx, ly = -item.advance * s / 2, -(ascent + descent) / 2 * s
                    px, py = (item.cx + dx) * MM_PT, height - (item.cy + dy) * MM_PT
                    text = canvas.beginText()
                    text.setFont(font(item.font), 1)
                    text.setFillColor(colour(item.color))
                    text.setTextTransform(
                        s * cs, -s * sn, s * sn, s * cs, px + lx * cs + ly * sn, py - lx * sn + ly * cs
                    )
                    text.textOut(ch)
                    canvas.drawText(text)
                elif isinstance(item, Line):
                    canvas.setStrokeColor(colour(item.color))
                    canvas.setLineWidth(item.width * MM_PT)
                    canvas.setDash([d * MM_PT for d in item.dash] or [])
                    canvas.line((item.x0 + dx) * MM_PT, height - (item.y0 + dy) * MM_PT, (item.x1 + dx) * MM_PT,
                                height - (item.y1 + dy) * MM_PT)  # fmt: skip
                elif isinstance(item, Box):
                    y = height - (item.y + item.h + dy) * MM_PT
                    if item.fill:
                        canvas.setFillColor(colour(item.fill))
                    else:
                        canvas.setStrokeColor(colour(item.color))
                        canvas.setLineWidth(item.width * MM_PT)
                        canvas.setDash([d * MM_PT for d in item.dash] or [])
                    canvas.rect((item.x + dx) * MM_PT, y, item.w * MM_PT, item.h * MM_PT, stroke=0 if item.fill else 1,
                                fill=1 if item.fill else 0)  # fmt: skip
        canvas.showPage()
    canvas.save()
    return out.getvalue()


DPI = 400  # a pixel is 0.064 mm: a glyph moved by 0.3 mm moves almost 5 pixels
TOLERANCE = 2  # pixels either way (0.13 mm) where one renderer may put an edge the other puts beside it
LEVEL = 48  # of 255: a smaller difference of grey is anti-aliasing
TILE = 16  # pixels: a square millimetre
MOST_IN_A_TILE = 8  # differing pixels in any square millimetre: a glyph moved, missing or changed makes dozens
MOST_DIFFERING = 0.005  # of a page's pixels


def rasterise(pdf: bytes, tmp: Path, name: str, page: int | None = None) -> list[Image.Image]:
    """Every page (or the one numbered ``page``, from 1) as 8-bit grey at :data:`DPI`."""
    (tmp / f"{name}.pdf").write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), *pages, str(tmp / f"{name}.pdf"), str(tmp / name)],
                   check=True)  # fmt: skip
    out = []
    for path in sorted(tmp.glob(f"{name}-*.pgm")):
        with Image.open(path) as image:
            out.append(image.copy())
    return out


def differences(a: Image.Image, b: Image.Image) -> Image.Image:
    """The pixels (white) of either page that are lighter or darker by more than :data:`LEVEL` than every pixel
    within :data:`TOLERANCE` pixels of the same place on the other: where the pages differ by more than where two
    renderers put a glyph's edge and how they smooth it."""
    found = []
    for one, other in ((a, b), (b, a)):
        darkest, lightest = _spread(other, ImageChops.darker), _spread(other, ImageChops.lighter)
        beyond = ImageChops.lighter(ImageChops.subtract(darkest, one), ImageChops.subtract(one, lightest))
        found.append(beyond.point(lambda v: 255 if v > LEVEL else 0))
    return ImageChops.lighter(*found)


def _spread(image: Image.Image, pick: Callable[[Image.Image, Image.Image], Image.Image]) -> Image.Image:
    """Each pixel the darkest (or lightest) within :data:`TOLERANCE` pixels of it: along rows, then columns."""
    rows = image
    for dx in range(-TOLERANCE, TOLERANCE + 1):
        if dx:
            rows = pick(rows, ImageChops.offset(image, dx, 0))  # (wrapping round: the pages' edges are blank)
    out = rows
    for dy in range(-TOLERANCE, TOLERANCE + 1):
        if dy:
            out = pick(out, ImageChops.offset(rows, 0, dy))
    return out


def compare(a: Image.Image, b: Image.Image) -> tuple[float, int]:
    """(the share of pixels that differ, the most differing pixels in any square millimetre)."""
    assert a.size == b.size
    found = differences(a, b)
    share = found.histogram()[255] / (a.width * a.height)
    w, h = a.width - a.width % TILE, a.height - a.height % TILE
    tiles = found.crop((0, 0, w, h)).reduce(TILE)  # each pixel: the mean of a tile
    return share, round(tiles.getextrema()[1] * TILE * TILE / 255)


def prints_the_same(a: Image.Image, b: Image.Image) -> bool:
    share, most = compare(a, b)
    return share < MOST_DIFFERING and most <= MOST_IN_A_TILE


def test_the_comparison_sees_a_glyph_moved_by_a_third_of_a_millimetre_or_left_out(fonts: FontCatalog,
                                                                                 tmp_path: Path) -> None:  # fmt: skip
    settings = PrintSettings(options=LayoutOptions(zip_frames=True))
    sheets = list(iter_sheets(JOBS, settings, fonts, NullProgress()))
    ours = io.BytesIO()
    write_batch_pdf(JOBS, settings, fonts, ours)
    # A large glyph of the message, the thin 1 of a postal code, a small glyph of the sender's address.
    for page, role, pick in ((1, "body", 5), (2, "zip", 0), (2, "sender", 2)):
        sheet = sheets[page - 1]
        (mine,) = rasterise(ours.getvalue(), tmp_path, f"ours-{page}", page)
        (same,) = rasterise(reference_pdf([sheet], fonts, {}), tmp_path, f"same-{page}")
        assert prints_the_same(mine, same), compare(mine, same)
        items = sheet.placements[0].page.items
        at = [i for i, item in enumerate(items) if isinstance(item, Glyph) and item.role == role][pick]
        glyph = items[at]
        assert isinstance(glyph, Glyph)
        for change, shift in (("right", (0.3, 0.0)), ("down", (0.0, 0.3)), ("left out", None)):
            moved = [] if shift is None else [replace(glyph, cx=glyph.cx + shift[0], cy=glyph.cy + shift[1])]
            placement = sheet.placements[0]
            changed = copy.copy(sheet)
            page_items = [*items[:at], *moved, *items[at + 1 :]]
            changed.placements = [replace(placement, page=replace(placement.page, items=page_items))]
            name = f"{page}-{role}-{change}".replace(" ", "-")
            (theirs,) = rasterise(reference_pdf([changed], fonts, {}), tmp_path, name)
            assert not prints_the_same(mine, theirs), (role, glyph.char, change, compare(mine, theirs))


@pytest.mark.parametrize("zip_frames", [False, True])
def test_cards_rasterise_like_reportlab_draws_them(fonts: FontCatalog, tmp_path: Path, zip_frames: bool) -> None:
    settings = PrintSettings(offsets={"address": (0.8, -0.5)}, options=LayoutOptions(zip_frames=zip_frames))
    sheets = list(iter_sheets(JOBS, settings, fonts, NullProgress()))
    ours = io.BytesIO()
    write_batch_pdf(JOBS, settings, fonts, ours)
    mine = rasterise(ours.getvalue(), tmp_path, "ours")
    theirs = rasterise(reference_pdf(sheets, fonts, settings.offsets), tmp_path, "reportlab")
    assert len(mine) == len(theirs) == 6
    for page, (a, b) in enumerate(zip(mine, theirs, strict=True)):
        assert a.size == b.size
        assert sum(a.histogram()[:128]) > 10_000, page  # there is ink on every page
        assert prints_the_same(a, b), (page, compare(a, b))


def test_the_files_open_in_pypdf_strictly_and_in_poppler(fonts: FontCatalog, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    for layout in ("duplex", "two-pass", "nup"):
        write_batch_pdf(JOBS, PrintSettings(layout=layout), fonts, out)
        reader = pypdf.PdfReader(out, strict=True)
        text = "".join("".join(page.extract_text().split()) for page in reader.pages)
        assert "山田" in text and "Smith" in text
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        assert f"Pages:           {len(reader.pages)}" in info and "Syntax Error" not in info
        fonts_out = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
        assert fonts_out.stderr == ""
        for row in fonts_out.stdout.splitlines()[2:]:  # name, type, encoding, emb sub uni: yes yes yes
            assert "CID TrueType" in row and row.split()[-5:-2] == ["yes", "yes", "yes"], row
