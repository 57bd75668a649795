"""Reading the glyphs of a postcard PDF back: each glyph's character, font, size and ink box on the page.

postcard writes every glyph as its own ``Tm … Tj`` with the font set at size 1 (``render/pdfdraw.py``), so the
text matrix carries the size, the turn and the position. The ink box comes from the glyph that is really
embedded: in postcard's CID-keyed fonts (Type 0, Identity-H, ``/CIDToGIDMap /Identity``) the two-byte code is the
glyph id in the embedded subset, whose ``glyf`` header holds its bounding box (this is also right for vertical
alternates, which the ToUnicode map reports as their original character). Simple TrueType fonts (one byte a
code, mapped by the subset's cmap) are read too.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pypdf
from fontTools.ttLib import TTFont
from pypdf.generic import ContentStream

MM = 72.0 / 25.4
Matrix = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class PdfGlyph:
    char: str
    font: str  # the base font without its subset prefix, e.g. "KleeOne-SemiBold"
    size: float  # pt
    ink: tuple[float, float, float, float] | None  # x0, y0, x1, y1 in mm from the top-left corner, y down

    @property
    def centre(self) -> tuple[float, float]:
        assert self.ink is not None
        return ((self.ink[0] + self.ink[2]) / 2, (self.ink[1] + self.ink[3]) / 2)


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n for PDF matrices (apply m, then n)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


@dataclass
class _Font:
    name: str
    to_unicode: dict[int, str]
    boxes: dict[int, tuple[int, int, int, int] | None]
    upm: int
    code_bytes: int = 1


def _parse_to_unicode(data: bytes) -> dict[int, str]:
    out: dict[int, str] = {}
    in_chars = False
    for line in data.decode("latin-1").splitlines():
        parts = line.split()
        if parts[-1:] in (["beginbfchar"], ["endbfchar"]):
            in_chars = parts[-1] == "beginbfchar"
        elif in_chars and len(parts) == 2 and parts[0].startswith("<") and parts[1].startswith("<"):
            code = int(parts[0][1:-1], 16)
            out[code] = bytes.fromhex(parts[1][1:-1]).decode("utf-16-be", "surrogatepass")
    return out


def _load_font(ref: Any) -> _Font:
    font = ref.get_object()
    name = str(font["/BaseFont"]).lstrip("/").partition("+")[2] or str(font["/BaseFont"]).lstrip("/")
    to_unicode = _parse_to_unicode(font["/ToUnicode"].get_object().get_data()) if "/ToUnicode" in font else {}
    boxes: dict[int, tuple[int, int, int, int] | None] = {}
    upm = 1000
    cid_keyed = font.get("/Subtype") == "/Type0"
    holder = font["/DescendantFonts"][0].get_object() if cid_keyed else font
    descriptor = holder.get("/FontDescriptor")
    if descriptor is not None and "/FontFile2" in descriptor.get_object():
        tt = TTFont(io.BytesIO(descriptor.get_object()["/FontFile2"].get_object().get_data()))
        upm = tt["head"].unitsPerEm
        glyf = tt["glyf"]
        if cid_keyed:
            assert holder["/CIDToGIDMap"] == "/Identity"
            names = dict(enumerate(tt.getGlyphOrder()))
        else:
            names = tt["cmap"].tables[0].cmap
        for code, glyph_name in names.items():
            glyph = glyf[glyph_name]
            boxes[code] = (glyph.xMin, glyph.yMin, glyph.xMax, glyph.yMax) if glyph.numberOfContours else None
    return _Font(name, to_unicode, boxes, upm, 2 if cid_keyed else 1)


def page_glyphs(pdf: Path | bytes, index: int) -> list[PdfGlyph]:
    """The glyphs drawn on page ``index`` (0-based), in drawing order."""
    return _page_glyphs(pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes(), index)


@cache
def _page_glyphs(data: bytes, index: int) -> list[PdfGlyph]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    page = reader.pages[index]
    height = float(page.mediabox.height)
    resources = page["/Resources"].get("/Font", {})
    fonts: dict[str, _Font] = {}
    ctm: Matrix = (1, 0, 0, 1, 0, 0)
    stack: list[Matrix] = []
    tm: Matrix = (1, 0, 0, 1, 0, 0)
    font: _Font | None = None
    font_size = 1.0
    out: list[PdfGlyph] = []
    for operands, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _mul(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif op == b"BT":
            tm = (1, 0, 0, 1, 0, 0)
        elif op == b"Tf":
            key = str(operands[0])
            if key not in fonts:
                fonts[key] = _load_font(resources[key])
            font, font_size = fonts[key], float(operands[1])
        elif op == b"Tm":
            tm = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif op == b"Tj" and font is not None:
            text = operands[0]
            raw = getattr(text, "original_bytes", None) or bytes(text)  # not get_original_bytes(): it adds a BOM
            m = _mul(_mul((font_size, 0, 0, font_size, 0, 0), tm), ctm)
            step = font.code_bytes
            for code in (int.from_bytes(raw[i : i + step], "big") for i in range(0, len(raw), step)):
                box = font.boxes.get(code)
                ink = None
                if box is not None:
                    corners = [(x / font.upm, y / font.upm) for x in (box[0], box[2]) for y in (box[1], box[3])]
                    pts = [(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]) for x, y in corners]
                    xs, ys = [p[0] / MM for p in pts], [(height - p[1]) / MM for p in pts]
                    ink = (min(xs), min(ys), max(xs), max(ys))
                size = math.hypot(m[0], m[1])
                out.append(PdfGlyph(font.to_unicode.get(code, "?"), font.name, size, ink))
    return out


def page_size_mm(pdf: Path | bytes, index: int) -> tuple[float, float]:
    data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
    box = pypdf.PdfReader(io.BytesIO(data)).pages[index].mediabox
    return (float(box.width) / MM, float(box.height) / MM)
