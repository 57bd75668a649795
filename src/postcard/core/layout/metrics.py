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

    def pick(self, chain: tuple[str, ...], ch: str) -> str | None:
        """The first font of the chain that has the character, or None."""
        ...
