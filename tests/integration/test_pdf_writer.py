"""The streaming PDF writer against reportlab: the same cards rasterise the same, and the files open everywhere.

The reference is drawn here with reportlab's canvas from the same laid-out pages (glyph by glyph, with the same
text matrices; vertical alternates through private code points mapped to their glyph ids), then both files
are rasterised with poppler's ``pdftoppm`` and compared pixel by pixel.
"""

from __future__ import annotations

import io
import math
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

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


def rasterise(pdf: bytes, tmp: Path, name: str) -> list[tuple[int, int, bytes]]:
    """Every page as 8-bit grey pixels at 100 dpi: (width, height, pixels)."""
    (tmp / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-gray", "-r", "100", str(tmp / f"{name}.pdf"), str(tmp / name)], check=True)
    pages = []
    for path in sorted(tmp.glob(f"{name}-*.pgm")):
        magic, w, h, _maxval, pixels = path.read_bytes().split(maxsplit=4)
        assert magic == b"P5"
        pages.append((int(w), int(h), pixels[-int(w) * int(h) :]))
    return pages


def differing(a: bytes, b: bytes) -> float:
    """The share of pixels whose grey differs by more than an eighth."""
    return sum(1 for x, y in zip(a, b, strict=True) if abs(x - y) > 32) / len(a)


@pytest.mark.parametrize("zip_frames", [False, True])
def test_cards_rasterise_like_reportlab_draws_them(fonts: FontCatalog, tmp_path: Path, zip_frames: bool) -> None:
    settings = PrintSettings(offsets={"address": (0.8, -0.5)}, options=LayoutOptions(zip_frames=zip_frames))
    sheets = list(iter_sheets(JOBS, settings, fonts, NullProgress()))
    ours = io.BytesIO()
    write_batch_pdf(JOBS, settings, fonts, ours)
    mine = rasterise(ours.getvalue(), tmp_path, "ours")
    theirs = rasterise(reference_pdf(sheets, fonts, settings.offsets), tmp_path, "reportlab")
    assert len(mine) == len(theirs) == 6
    for page, ((w, h, a), (w2, h2, b)) in enumerate(zip(mine, theirs, strict=True)):
        assert (w, h) == (w2, h2)
        assert sum(1 for v in a if v < 128) > 1000, page  # there is ink on every page
        assert differing(a, b) < 0.01, page  # the edges of glyphs placed to 0.1 pt: more at the message's 36 pt


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
