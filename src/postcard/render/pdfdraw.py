"""Draw laid-out pages (:mod:`postcard.core.layout.items`) into a reportlab canvas.

Layout coordinates are millimetres from the top-left corner, y down; PDF user space is points from the
bottom-left, y up. Glyphs are written as raw text operators: one ``BT … ET`` block per run of glyphs, and per
glyph a text matrix ``Tm`` (size, rotation and position at once, with the font set at size 1) and a one-byte
``Tj``; the font and fill colour are only set when they change. This avoids a ``q … Q`` pair and
reportlab's per-call formatting for every glyph.

Glyph placement: the centre of the em box (``FontCatalog.em_box``) and of the advance (``Glyph.advance``)
lands on (``cx``, ``cy``), then the glyph turns ``rotation`` degrees clockwise about that point. With
``vertical=True`` the font's vertical alternate is drawn (:meth:`FontCatalog.vertical_code`) when it has
one.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

from postcard.core.layout.items import Box, Glyph, Image, Item, Line, Page, mm_to_pt
from postcard.errors import MissingGlyphError, PostcardError
from postcard.render.fonts import FontCatalog, reportlab_font

MM = 72.0 / 25.4  # points per millimetre
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
_A85_LOCK = threading.Lock()  # guards reportlab's global rl_config.useA85, see binary_streams()


def _rgb(colour: str, cache: dict[str, str]) -> str:
    """``"#rrggbb"`` or ``"#rgb"`` as the PDF operands ``"r g b"``."""
    ops = cache.get(colour)
    if ops is None:
        digits = colour[1:] if colour.startswith("#") else ""
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        try:
            if len(digits) != 6:
                raise ValueError(colour)
            r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
        except ValueError:
            raise PostcardError(f"not a colour: {colour!r} (expected #rrggbb)") from None
        ops = cache[colour] = f"{r:.4g} {g:.4g} {b:.4g}"
    return ops


class _PageWriter:
    """State of one :func:`draw_items` call: the operators so far and what is currently set."""

    def __init__(
        self,
        canvas: Any,
        catalog: FontCatalog | None,
        height: float,
        offset: tuple[float, float],
        label: str,
    ) -> None:
        self.canvas = canvas
        self.doc = canvas._doc
        self._catalog = catalog
        self.height = height * MM
        self.dx, self.dy = offset
        self.label = label
        self.code: list[str] = []
        self.in_text = False
        self.font_name = ""
        self.fill = ""
        self.stroke = ""
        self.line_width = -1.0
        self.dash: tuple[float, ...] | None = None
        # Fonts and glyph codes belong to the document (subsets are per document): keep them on the canvas so
        # that every page after the first finds its glyphs without asking reportlab again.
        shared = canvas.__dict__.setdefault("_postcard_draw_cache", ({}, {}, {}))
        self.colours: dict[str, str] = shared[0]
        self.fonts: dict[str, tuple[Any, float, dict[int, int]]] = shared[1]
        self.codes: dict[tuple[str, str, bool], tuple[str, str]] = shared[2]

    @property
    def catalog(self) -> FontCatalog:
        if self._catalog is None:
            raise ValueError("drawing glyphs needs a font catalog")
        return self._catalog

    def _font(self, key: str) -> tuple[Any, float, dict[int, int]]:
        entry = self.fonts.get(key)
        if entry is None:
            font = reportlab_font(self.catalog, key)
            ascent, descent = self.catalog.em_box(key)
            entry = self.fonts[key] = (font, (ascent + descent) / 2, font.face.charToGlyph)
        return entry

    def _code_of(self, g: Glyph) -> tuple[str, str]:
        """(subset font name, ``<xx>`` operand) for a glyph, registering the character in the subset."""
        font, _, char_to_glyph = self._font(g.font)
        ch = g.char
        if g.vertical:
            ch = self.catalog.vertical_code(g.font, ch) or ch
        if len(ch) != 1 or ord(ch) not in char_to_glyph:
            where = f"font {g.font}" + (f", {self.label}" if self.label else "")
            raise MissingGlyphError(g.char[:1] or "?", where)
        ((subset, byte),) = font.splitString(ch, self.doc)
        code = self.codes[(g.font, g.char, g.vertical)] = (
            font.getSubsetInternalName(subset, self.doc),
            f"<{byte[0]:02X}>",
        )
        return code

    def glyph(self, g: Glyph) -> None:
        out = self.code.append
        if not self.in_text:
            out("BT")
            self.in_text = True
        name, operand = self.codes.get((g.font, g.char, g.vertical)) or self._code_of(g)
        if name != self.font_name:
            out(f"{name} 1 Tf")
            self.font_name = name
        if g.color != self.fill:
            out(f"{_rgb(g.color, self.colours)} rg")
            self.fill = g.color
        em_mid = self.fonts[g.font][1]
        size = g.size
        lx = -g.advance * size / 2  # glyph origin relative to the centre, unrotated, y up
        ly = -em_mid * size
        px = (g.cx + self.dx) * MM
        py = self.height - (g.cy + self.dy) * MM
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
            self.code.append("ET")
            self.in_text = False

    def _stroke_style(self, width: float, colour: str, dash: tuple[float, ...]) -> None:
        out = self.code.append
        if colour != self.stroke:
            out(f"{_rgb(colour, self.colours)} RG")
            self.stroke = colour
        if width != self.line_width:
            out(f"{width * MM:.3f} w")
            self.line_width = width
        if dash != self.dash:
            out(f"[{' '.join(f'{d * MM:.3f}' for d in dash)}] 0 d")
            self.dash = dash

    def line(self, item: Line) -> None:
        self._end_text()
        self._stroke_style(item.width, item.color, item.dash)
        x0, x1 = (item.x0 + self.dx) * MM, (item.x1 + self.dx) * MM
        y0, y1 = self.height - (item.y0 + self.dy) * MM, self.height - (item.y1 + self.dy) * MM
        self.code.append(f"{x0:.3f} {y0:.3f} m {x1:.3f} {y1:.3f} l S")

    def box(self, item: Box) -> None:
        self._end_text()
        rect = (
            f"{(item.x + self.dx) * MM:.3f} {self.height - (item.y + item.h + self.dy) * MM:.3f} "
            f"{item.w * MM:.3f} {item.h * MM:.3f} re"
        )
        if item.fill:
            if item.fill != self.fill:
                self.code.append(f"{_rgb(item.fill, self.colours)} rg")
                self.fill = item.fill
            self.code.append(f"{rect} f")
        else:
            self._stroke_style(item.width, item.color, item.dash)
            self.code.append(f"{rect} S")

    def image(self, item: Image) -> None:
        from postcard.resources import resource_path

        path = resource_path("assets", item.name)
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            raise PostcardError(f"unsupported image type for {item.name!r} (use PNG or JPEG)")
        self.flush()
        x, y = (item.x + self.dx) * MM, self.height - (item.y + item.h + self.dy) * MM
        self.canvas.drawImage(str(path), x, y, item.w * MM, item.h * MM, mask="auto")

    def flush(self) -> None:
        """Hand the operators so far to the canvas, inside ``q … Q``; the graphics state is unknown after."""
        self._end_text()
        if self.code:
            self.canvas.addLiteral("q\n" + "\n".join(self.code) + "\nQ")
            self.code.clear()
        self.font_name = self.fill = self.stroke = ""
        self.line_width = -1.0
        self.dash = None


@contextmanager
def binary_streams() -> Iterator[None]:
    """Around ``canvas.save()``: page streams zlib-compressed but not ASCII85-encoded.

    reportlab decides a page stream's filters when the document is written, from the global
    ``rl_config.useA85``; without its C accelerator the pure-Python ASCII85 encoder took 0.5 s of the 1.5 s
    that 1000 cards needed, and the files are 20 % larger. Saves are serialised while the flag is off.
    """
    from reportlab import rl_config

    with _A85_LOCK:
        old = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = old


def draw_items(
    canvas: Any,
    items: Iterable[Item],
    height: float,
    catalog: FontCatalog | None = None,
    offset: tuple[float, float] = (0.0, 0.0),
    label: str = "",
) -> None:
    """Draw positioned items, in order, into a reportlab canvas.

    Args:
        canvas: A ``reportlab.pdfgen.canvas.Canvas``.
        items: Glyphs, lines, boxes and images (mm, origin top-left, y down).
        height: Height in mm of the area whose bottom-left corner is the canvas's current origin; layout
            y = 0 is its top edge.
        catalog: Fonts; needed only when there are glyphs. Fonts are registered with reportlab on first use.
        offset: (dx, dy) in mm added to every item.
        label: Names the page in error messages.

    Raises:
        MissingGlyphError: a glyph's font has no such character.
        PostcardError: a bad colour, or an image that is missing or not PNG/JPEG.
        ValueError: glyphs but no catalog.
    """
    writer = _PageWriter(canvas, catalog, height, offset, label)
    for item in items:
        kind = type(item)
        if kind is Glyph:
            writer.glyph(item)
        elif kind is Line:
            writer.line(item)
        elif kind is Box:
            writer.box(item)
        elif kind is Image:
            writer.image(item)
        else:
            raise TypeError(f"cannot draw {kind.__name__}")
    writer.flush()


def draw_page(canvas: Any, page: Page, catalog: FontCatalog, offset: tuple[float, float] = (0.0, 0.0)) -> None:
    """Draw one page's items into a reportlab canvas, the page's bottom-left corner at the current origin.

    For a PDF page of the card's size that is the page itself; to place a card elsewhere on a sheet,
    translate/rotate the canvas first or pass ``offset``.

    Args:
        canvas: A ``reportlab.pdfgen.canvas.Canvas``.
        page: The laid-out page (mm, origin top-left, y down); ``page.height`` gives the flip of the y axis.
        catalog: Fonts; they are registered with reportlab on first use.
        offset: (dx, dy) in mm added to every item.

    Raises:
        MissingGlyphError: a glyph's font has no such character.
        PostcardError: a bad colour, or an image that is missing or not PNG/JPEG.
    """
    draw_items(canvas, page.items, page.height, catalog, offset, page.label)


def render_pages_to_pdf(
    pages: Sequence[Page],
    out: str | os.PathLike[str] | IO[bytes],
    catalog: FontCatalog,
    *,
    title: str = "",
    offsets: Sequence[tuple[float, float]] | None = None,
    invariant: bool = False,
) -> None:
    """Write pages to a PDF, each PDF page the size of its :class:`Page`.

    Args:
        pages: The pages, in order.
        out: A path or a binary file object.
        catalog: Fonts.
        title: The document title (PDF metadata).
        offsets: Per page (dx, dy) in mm, see :func:`draw_page`; none by default.
        invariant: Reproducible bytes (fixed dates and ids, as reportlab's ``invariant``) for tests.

    Raises:
        ValueError: no pages, or as many offsets as pages are not given.
    """
    from reportlab.pdfgen.canvas import Canvas

    if not pages:
        raise ValueError("no pages to render")
    if offsets is not None and len(offsets) != len(pages):
        raise ValueError(f"{len(offsets)} offsets for {len(pages)} pages")
    target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    canvas = Canvas(
        target,
        pagesize=(mm_to_pt(pages[0].width), mm_to_pt(pages[0].height)),
        invariant=1 if invariant else 0,
        pageCompression=1,
    )
    canvas.setTitle(title)
    canvas.setCreator("postcard")
    for index, page in enumerate(pages):
        canvas.setPageSize((mm_to_pt(page.width), mm_to_pt(page.height)))
        draw_page(canvas, page, catalog, offsets[index] if offsets is not None else (0.0, 0.0))
        if page.label:
            key = f"p{index}"
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(page.label, key, level=0)
        canvas.showPage()
    with binary_streams():
        canvas.save()
