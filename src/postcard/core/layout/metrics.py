"""What a layout needs to know about fonts, without knowing how they are loaded or drawn."""

from __future__ import annotations

from typing import Protocol


class FontMetrics(Protocol):
    """Font facts for layout. Font keys are short names such as ``"klee-semibold"``.

    Implemented by :class:`postcard.render.fonts.FontCatalog` (fontTools); tests may use a fake.
    """

    def has(self, font: str, ch: str) -> bool:
        """Whether the font has a glyph for the character (one code point)."""
        ...

    def advance(self, font: str, ch: str) -> float:
        """Horizontal advance in em (1.0 for a full-width ideograph)."""
        ...

    def has_vertical(self, font: str, ch: str) -> bool:
        """Whether the font has a vertical alternate (GSUB ``vert``/``vrt2``) for the character."""
        ...

    def ink_box(self, font: str, ch: str, vertical: bool = False) -> tuple[float, float, float, float] | None:
        """The ink bounding box (x0, y0, x1, y1) of the character, or of its vertical alternate when ``vertical``.

        In em, relative to the point on which the glyph is centred (:class:`~postcard.core.layout.items.Glyph`:
        the middle of its advance and of its em box), x to the right and y down. None without ink or glyph.
        """
        ...

    def pick(self, chain: tuple[str, ...], ch: str) -> str | None:
        """The first font of the chain that has the character, or None."""
        ...
