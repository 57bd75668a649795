"""Draw laid-out pages (:mod:`postcard.core.layout.items`) as PDF content-stream operators.

Layout coordinates are millimetres from the top-left corner, y down; PDF user space is points from the
bottom-left, y up. Glyphs are written as raw text operators: one ``BT … ET`` block per run of glyphs, and per
glyph a text matrix ``Tm`` (size, rotation and position at once, with the font set at size 1) and a two-byte
``Tj`` (the glyph's code in the document's subset of its font, see :mod:`postcard.render.fontsubset`); the font
and fill colour are only set when they change.

Glyph placement: the centre of the em box (``FontCatalog.em_box``) and of the advance (``Glyph.advance``)
lands on (``cx``, ``cy``), then the glyph turns ``rotation`` degrees clockwise about that point. With
``vertical=True`` the font's vertical alternate (GSUB ``vert``/``vrt2``) is drawn when it has one.

Colours are ``#rrggbb`` / ``#rgb`` (DeviceRGB) or ``cmyk(c, m, y, k)`` with each component from 0 to 1
(DeviceCMYK, e.g. the vermilion of the postal-code frames: magenta and yellow only).

:class:`Resources` belongs to one document (font subsets and images are shared by its pages), a
:class:`PageContent` to one page (its operators and exactly the resources it uses).
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from postcard.core.layout.items import MM_PT, Box, Glyph, Image, Item, Line, Page
from postcard.errors import MissingGlyphError, PostcardError
from postcard.render.fonts import FontCatalog
from postcard.render.fontsubset import FontSubset

if TYPE_CHECKING:
    from postcard.render.pdfwriter import PdfWriter

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
_CMYK = re.compile(r"cmyk\(\s*([0-9.]+)\s*,\s*([0-9.]+)\s*,\s*([0-9.]+)\s*,\s*([0-9.]+)\s*\)")


def colour_operands(colour: str) -> tuple[str, str]:
    """(fill, stroke) operators of a colour: ``"r g b rg"``, ``"r g b RG"`` or ``"c m y k k"``, ``"c m y k K"``.

    Raises:
        PostcardError: not ``#rrggbb``, ``#rgb`` or ``cmyk(c, m, y, k)`` with components in 0..1.
    """
    match = _CMYK.fullmatch(colour.strip())
    if match:
        try:
            values = [float(v) for v in match.groups()]
        except ValueError:
            values = []
        if len(values) == 4 and all(0.0 <= v <= 1.0 for v in values):
            ops = " ".join(f"{v:.4g}" for v in values)
            return f"{ops} k", f"{ops} K"
        raise PostcardError(f"not a colour: {colour!r} (cmyk components go from 0 to 1)")
    digits = colour[1:] if colour.startswith("#") else ""
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    try:
        if len(digits) != 6:
            raise ValueError(colour)
        r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        raise PostcardError(f"not a colour: {colour!r} (expected #rrggbb or cmyk(c, m, y, k))") from None
    ops = f"{r:.4g} {g:.4g} {b:.4g}"
    return f"{ops} rg", f"{ops} RG"


class _Font:
    """One font of a document: its subset, resource name and what drawing needs at hand."""

    __slots__ = ("subset", "name", "num", "em_mid", "cmap", "advances", "vert", "vert_advances")

    def __init__(self, subset: FontSubset, name: str, num: int, em_mid: float, data: object) -> None:
        self.subset, self.name, self.num, self.em_mid = subset, name, num, em_mid
        self.cmap = data.cmap  # type: ignore[attr-defined]
        self.advances = data.advances  # type: ignore[attr-defined]
        self.vert = data.vert  # type: ignore[attr-defined]
        self.vert_advances = data.vert_advances  # type: ignore[attr-defined]


class Resources:
    """Fonts, glyph codes, images and colours of one document being written by a :class:`PdfWriter`."""

    def __init__(self, writer: PdfWriter, catalog: FontCatalog | None) -> None:
        self.writer = writer
        self._catalog = catalog
        self.fonts: dict[str, _Font] = {}
        self.codes: dict[tuple[str, str, bool], tuple[str, str]] = {}  # (font, char, vertical) -> (name, operand)
        self.colours: dict[str, tuple[str, str]] = {}
        self.images: dict[str, tuple[str, int]] = {}  # asset name -> (resource name, object number)
        writer.at_close(self._write_fonts)

    @property
    def catalog(self) -> FontCatalog:
        if self._catalog is None:
            raise ValueError("drawing glyphs needs a font catalog")
        return self._catalog

    def colour(self, colour: str) -> tuple[str, str]:
        ops = self.colours.get(colour)
        if ops is None:
            ops = self.colours[colour] = colour_operands(colour)
        return ops

    def font(self, key: str) -> _Font:
        font = self.fonts.get(key)
        if font is None:
            catalog = self.catalog
            data = catalog.data(key)
            ascent, descent = data.em_box
            subset = FontSubset(catalog.path(key), data.units_per_em)
            name = f"/F{len(self.fonts) + 1}"
            font = self.fonts[key] = _Font(subset, name, self.writer.reserve(), (ascent + descent) / 2, data)
        return font

    def code(self, g: Glyph, label: str) -> tuple[str, str]:
        """(font resource name, ``<cccc>`` operand) of a glyph; the glyph joins its font's subset."""
        font = self.font(g.font)
        cp = ord(g.char) if len(g.char) == 1 else -1
        gid = font.cmap.get(cp)
        if gid is None:
            where = f"font {g.font}" + (f", {label}" if label else "")
            raise MissingGlyphError(g.char[:1] or "?", where)
        advance = font.advances[cp]
        if g.vertical:
            alternate = font.vert.get(cp)
            if alternate is not None:
                gid, advance = alternate, font.vert_advances[alternate]
        code = font.subset.code(gid, g.char, advance)
        entry = self.codes[(g.font, g.char, g.vertical)] = (font.name, f"<{code:04X}>")
        return entry

    def image(self, name: str) -> tuple[str, int]:
        """(resource name, object number) of an image from ``assets/``, written into the file on first use."""
        entry = self.images.get(name)
        if entry is None:
            from postcard.resources import resource_path

            path = resource_path("assets", name)
            if path.suffix.lower() not in IMAGE_SUFFIXES:
                raise PostcardError(f"unsupported image type for {name!r} (use PNG or JPEG)")
            num = _write_image(self.writer, path)
            entry = self.images[name] = (f"/Im{len(self.images) + 1}", num)
        return entry

    def _write_fonts(self, writer: PdfWriter) -> None:
        for font in self.fonts.values():
            if not len(font.subset):  # reserved but never drawn: write an empty object, referenced by no page
                writer.write_object(font.num, b"null")
                continue
            for num, body, stream in font.subset.objects(writer.reserve, font.num):
                if stream is None or isinstance(stream, bytes):
                    writer.write_object(num, body, stream)
                else:  # the font file, made as it is written
                    writer.write_stream(num, body, stream)


def _write_image(writer: PdfWriter, path: object) -> int:
    """An image XObject (and its soft mask for transparency) from a PNG or JPEG file."""
    from PIL import Image as PILImage

    with PILImage.open(path) as image:  # type: ignore[arg-type]
        image.load()
        width, height = image.size
        if image.format == "JPEG" and image.mode in ("RGB", "L", "CMYK"):
            space = {"RGB": "/DeviceRGB", "L": "/DeviceGray", "CMYK": "/DeviceCMYK"}[image.mode]
            data = path.read_bytes()  # type: ignore[attr-defined]
            return writer.add_object(
                (f"<</Type/XObject/Subtype/Image/Width {width}/Height {height}/ColorSpace{space}"
                 "/BitsPerComponent 8/Filter/DCTDecode>>").encode(), data)  # fmt: skip
        mask = None
        if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
            rgba = image.convert("RGBA")
            alpha = rgba.getchannel("A")
            if alpha.getextrema() != (255, 255):
                mask = writer.add_object(
                    (f"<</Type/XObject/Subtype/Image/Width {width}/Height {height}/ColorSpace/DeviceGray"
                     "/BitsPerComponent 8/Filter/FlateDecode>>").encode(), zlib.compress(alpha.tobytes()))  # fmt: skip
            rgb = rgba.convert("RGB")
        else:
            rgb = image.convert("RGB")
        smask = f"/SMask {mask} 0 R" if mask else ""
        return writer.add_object(
            (f"<</Type/XObject/Subtype/Image/Width {width}/Height {height}/ColorSpace/DeviceRGB"
             f"/BitsPerComponent 8/Filter/FlateDecode{smask}>>").encode(), zlib.compress(rgb.tobytes()))  # fmt: skip


class PageContent:
    """The operators of one page and the resources they use."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.ops: list[str] = []
        self.fonts: set[str] = set()
        self.images: set[str] = set()

    def content(self) -> bytes:
        return "\n".join(self.ops).encode("latin-1")

    def resource_dict(self) -> bytes:
        """``<</Font<<…>>/XObject<<…>>>>`` with exactly what this page draws."""
        res = self.resources
        parts = []
        if self.fonts:
            nums = {f.name: f.num for f in res.fonts.values()}
            parts.append("/Font<<" + "".join(f"{name} {nums[name]} 0 R" for name in sorted(self.fonts)) + ">>")
        if self.images:
            nums = dict(res.images.values())
            parts.append("/XObject<<" + "".join(f"{name} {nums[name]} 0 R" for name in sorted(self.images)) + ">>")
        return ("<<" + "".join(parts) + ">>").encode()


class _ItemWriter:
    """State of one :func:`draw_items` call: what is currently set in the graphics state."""

    def __init__(self, page: PageContent, height: float, offset: tuple[float, float], label: str) -> None:
        self.page = page
        self.res = page.resources
        self.out = page.ops.append
        self.height = height * MM_PT
        self.dx, self.dy = offset
        self.label = label
        self.in_text = False
        self.font_name = ""
        self.fill = ""
        self.stroke = ""
        self.line_width = -1.0
        self.dash: tuple[float, ...] | None = None

    def glyph(self, g: Glyph) -> None:
        out = self.out
        if not self.in_text:
            out("BT")
            self.in_text = True
        name, operand = self.res.codes.get((g.font, g.char, g.vertical)) or self.res.code(g, self.label)
        if name != self.font_name:
            out(f"{name} 1 Tf")
            self.font_name = name
            self.page.fonts.add(name)
        if g.color != self.fill:
            out(self.res.colour(g.color)[0])
            self.fill = g.color
        size = g.size
        lx = -g.advance * size / 2  # glyph origin relative to the centre, unrotated, y up
        ly = -self.res.fonts[g.font].em_mid * size
        px = (g.cx + self.dx) * MM_PT
        py = self.height - (g.cy + self.dy) * MM_PT
        if g.rotation:
            angle = math.radians(g.rotation)
            cs, sn = math.cos(angle), math.sin(angle)
            # One decimal (0.1 pt = 0.035 mm of position or size; 0.3° of angle at 17 pt) is finer than the
            # handwriting variation and than an inkjet places ink; short numbers keep the jittered streams small.
            a, b = size * cs, size * sn
            x, y = px + lx * cs + ly * sn, py - lx * sn + ly * cs
            out(f"{a:.1f} {-b:.1f} {b:.1f} {a:.1f} {x:.1f} {y:.1f} Tm {operand} Tj")
        else:
            out(f"{size:.1f} 0 0 {size:.1f} {px + lx:.1f} {py + ly:.1f} Tm {operand} Tj")

    def _end_text(self) -> None:
        if self.in_text:
            self.out("ET")
            self.in_text = False

    def _stroke_style(self, width: float, colour: str, dash: tuple[float, ...]) -> None:
        if colour != self.stroke:
            self.out(self.res.colour(colour)[1])
            self.stroke = colour
        if width != self.line_width:
            self.out(f"{width * MM_PT:.3f} w")
            self.line_width = width
        if dash != self.dash:
            self.out(f"[{' '.join(f'{d * MM_PT:.3f}' for d in dash)}] 0 d")
            self.dash = dash

    def line(self, item: Line) -> None:
        self._end_text()
        self._stroke_style(item.width, item.color, item.dash)
        x0, x1 = (item.x0 + self.dx) * MM_PT, (item.x1 + self.dx) * MM_PT
        y0, y1 = self.height - (item.y0 + self.dy) * MM_PT, self.height - (item.y1 + self.dy) * MM_PT
        self.out(f"{x0:.3f} {y0:.3f} m {x1:.3f} {y1:.3f} l S")

    def box(self, item: Box) -> None:
        self._end_text()
        rect = (
            f"{(item.x + self.dx) * MM_PT:.3f} {self.height - (item.y + item.h + self.dy) * MM_PT:.3f} "
            f"{item.w * MM_PT:.3f} {item.h * MM_PT:.3f} re"
        )
        if item.fill:
            if item.fill != self.fill:
                self.out(self.res.colour(item.fill)[0])
                self.fill = item.fill
            self.out(f"{rect} f")
        else:
            self._stroke_style(item.width, item.color, item.dash)
            self.out(f"{rect} S")

    def image(self, item: Image) -> None:
        self._end_text()
        name, _ = self.res.image(item.name)
        self.page.images.add(name)
        x, y = (item.x + self.dx) * MM_PT, self.height - (item.y + item.h + self.dy) * MM_PT
        self.out(f"q {item.w * MM_PT:.3f} 0 0 {item.h * MM_PT:.3f} {x:.3f} {y:.3f} cm {name} Do Q")

    def finish(self) -> None:
        self._end_text()
        self.out("Q")


def draw_items(
    page: PageContent,
    items: Iterable[Item],
    height: float,
    offset: tuple[float, float] = (0.0, 0.0),
    label: str = "",
) -> None:
    """Append the operators of positioned items, in order, to a page (inside ``q … Q``).

    Args:
        page: The page being drawn.
        items: Glyphs, lines, boxes and images (mm, origin top-left, y down).
        height: Height in mm of the area whose bottom-left corner is the current origin; layout y = 0 is its top.
        offset: (dx, dy) in mm added to every item.
        label: Names the page in error messages.

    Raises:
        MissingGlyphError: a glyph's font has no such character.
        PostcardError: a bad colour, or an image that is missing or not PNG/JPEG.
        ValueError: glyphs but no font catalog.
    """
    writer = _ItemWriter(page, height, offset, label)
    page.ops.append("q")
    for item in items:
        kind = type(item)
        if kind is Glyph:
            writer.glyph(item)  # type: ignore[arg-type]
        elif kind is Line:
            writer.line(item)  # type: ignore[arg-type]
        elif kind is Box:
            writer.box(item)  # type: ignore[arg-type]
        elif kind is Image:
            writer.image(item)  # type: ignore[arg-type]
        else:
            raise TypeError(f"cannot draw {kind.__name__}")
    writer.finish()


def draw_page(page: PageContent, card: Page, offset: tuple[float, float] = (0.0, 0.0)) -> None:
    """Draw one laid-out card side with its bottom-left corner at the current origin."""
    draw_items(page, card.items, card.height, offset, card.label)
