"""Positioned items that a layout produces and a renderer draws.

Coordinates are millimetres with the origin at the **top-left** of the card side, x to the right and y downward
(the convention of hagaki.md). Sizes of text are points, because that is how type is specified.

A :class:`Glyph` is placed by the centre of its em box (``cx``, ``cy``): the renderer centres the glyph's advance
horizontally and the em box (ascender..descender of the font's ideographic em) vertically on that point, then
rotates by ``rotation`` degrees clockwise about it. ``vertical`` asks for the font's vertical alternate (GSUB
``vert``/``vrt2``), which the renderer substitutes; when the font has none the layout has already set a rotation.

Colours are ``#rrggbb`` (RGB) or ``cmyk(c, m, y, k)`` with components from 0 to 1 (process colours, for the
vermilion of the postal-code frames).

Items are values: nothing changes an item once a layout has made it (handwriting variation makes new glyphs).
Only :class:`Glyph` is not a frozen dataclass, because freezing makes its construction five times slower and a
batch of cards makes hundreds of thousands of them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

PT_MM = 25.4 / 72.0  # millimetres per point
MM_PT = 72.0 / 25.4  # points per millimetre (the PDF writer's unit)


def pt_to_mm(pt: float) -> float:
    return pt * PT_MM


@dataclass(slots=True)  # not frozen: a frozen init costs five times as much, and a batch makes ~250 per card
class Glyph:
    char: str
    cx: float
    cy: float
    size: float  # points
    font: str  # font key, e.g. "klee-semibold"
    rotation: float = 0.0  # degrees, clockwise, about (cx, cy)
    vertical: bool = False  # use the font's vert/vrt2 alternate
    advance: float = 1.0  # advance width in em (so the renderer can centre it without metrics)
    color: str = "#000000"
    role: str = ""  # "zip", "address", "name", "honorific", "sender", "body", ... for tests and debugging

    def bbox(self) -> tuple[float, float, float, float]:
        """The rotated em box as (x0, y0, x1, y1) in mm: an upper bound of the ink."""
        h = pt_to_mm(self.size) / 2
        w = pt_to_mm(self.size) * self.advance / 2
        a = math.radians(self.rotation)
        c, s = abs(math.cos(a)), abs(math.sin(a))
        hw, hh = w * c + h * s, w * s + h * c
        return (self.cx - hw, self.cy - hh, self.cx + hw, self.cy + hh)


@dataclass(frozen=True, slots=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.2  # mm
    color: str = "#000000"
    dash: tuple[float, ...] = ()
    role: str = ""


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle; ``x``, ``y`` is its top-left corner. Stroked unless ``fill`` is set."""

    x: float
    y: float
    w: float
    h: float
    width: float = 0.2
    color: str = "#000000"
    fill: str = ""
    dash: tuple[float, ...] = ()
    role: str = ""


@dataclass(frozen=True, slots=True)
class Image:
    """A raster or vector asset from ``assets/`` drawn into a rectangle."""

    name: str
    x: float
    y: float
    w: float
    h: float
    role: str = ""


Item = Glyph | Line | Box | Image


@dataclass
class Page:
    """One side of one card (or one sheet in n-up mode)."""

    width: float  # mm
    height: float  # mm
    items: list[Item] = field(default_factory=list)
    label: str = ""  # e.g. "address: 山田 太郎" for debugging and PDF outlines

    def glyphs(self, role: str | None = None) -> list[Glyph]:
        return [i for i in self.items if isinstance(i, Glyph) and (role is None or i.role == role)]

    def text(self, role: str | None = None) -> str:
        return "".join(g.char for g in self.glyphs(role))
