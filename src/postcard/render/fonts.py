"""The bundled fonts: metrics for layout (fontTools, cached) and the facts the PDF writer needs.

:class:`FontCatalog` implements :class:`postcard.core.layout.metrics.FontMetrics`. It loads each font lazily
(on first use of its key) through :func:`postcard.render.fontinfo.load_font_data`, from a cache when a cache
folder is given. The PDF writer (:mod:`postcard.render.pdfdraw`) takes glyph ids from the same data (the cmap
and the vertical alternates) and cuts the embedded subsets from the font files itself
(:mod:`postcard.render.fontsubset`), so no font is parsed a second time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from postcard.errors import MissingGlyphError, PostcardError
from postcard.render.fontinfo import FONT_SPECS, FontData, FontSpec, InkReader, ink_reader, load_font_data

__all__ = ["FONT_SPECS", "FontCatalog", "FontSpec"]


class FontCatalog:
    """Metrics of the bundled fonts, loaded lazily per font and safe to share between threads.

    Args:
        font_dir: Folder with the font files; the bundled ``fonts/`` resource folder when None.
        cache_dir: Folder for the metrics cache (see :mod:`postcard.render.fontinfo`); no cache when None.
        specs: The fonts; :data:`FONT_SPECS` by default.
    """

    def __init__(
        self,
        font_dir: Path | None = None,
        cache_dir: Path | None = None,
        specs: Iterable[FontSpec] = FONT_SPECS,
    ) -> None:
        self._specs = {spec.key: spec for spec in specs}
        self._font_dir = font_dir
        self._cache_dir = cache_dir
        self._data: dict[str, FontData] = {}
        self._lock = threading.Lock()
        self._ink_readers: dict[str, InkReader | None] = {}
        self._ink: dict[tuple[str, str, bool], tuple[float, float, float, float] | None] = {}

    # -- catalogue ---------------------------------------------------------------------------------------

    def keys(self) -> tuple[str, ...]:
        """The font keys, in table order."""
        return tuple(self._specs)

    def spec(self, font: str) -> FontSpec:
        """The :class:`FontSpec` of a key.

        Raises:
            PostcardError: the key is unknown.
        """
        try:
            return self._specs[font]
        except KeyError:
            raise PostcardError(f"unknown font {font!r} (known: {', '.join(self._specs)})") from None

    def path(self, font: str) -> Path:
        """The font file of a key."""
        spec = self.spec(font)
        if self._font_dir is None:
            from postcard.resources import resource_path

            return resource_path("fonts", spec.filename)
        return self._font_dir / spec.filename

    def data(self, font: str) -> FontData:
        """The extracted metrics of a font, loading it on first use."""
        data = self._data.get(font)
        if data is None:
            with self._lock:
                data = self._data.get(font)
                if data is None:
                    path = self.path(font)
                    if not path.is_file():
                        raise PostcardError(f"font file not found: {path}")
                    data = self._data[font] = load_font_data(path, font, self._cache_dir)
        return data

    def preload(self, fonts: Iterable[str] | None = None) -> None:
        """Load fonts now (e.g. in a worker thread at start-up) instead of on first use."""
        for font in self.keys() if fonts is None else fonts:
            self.data(font)

    # -- FontMetrics --------------------------------------------------------------------------------------

    def has(self, font: str, ch: str) -> bool:
        """Whether the font has a glyph for the character (one code point)."""
        return len(ch) == 1 and ord(ch) in self.data(font).cmap

    def advance(self, font: str, ch: str) -> float:
        """Horizontal advance in em (1.0 for a full-width ideograph).

        Raises:
            MissingGlyphError: the font has no glyph for the character.
        """
        data = self.data(font)
        units = data.advances.get(ord(ch)) if len(ch) == 1 else None
        if units is None:
            raise MissingGlyphError(ch, f"font {font}")
        return units / data.units_per_em

    def has_vertical(self, font: str, ch: str) -> bool:
        """Whether the font has a full-width vertical alternate (GSUB ``vert``/``vrt2``) for the character."""
        return len(ch) == 1 and ord(ch) in self.data(font).vert

    def pick(self, chain: tuple[str, ...], ch: str) -> str | None:
        """The first font of the chain that has the character, or None."""
        for font in chain:
            if self.has(font, ch):
                return font
        return None

    def ink_box(self, font: str, ch: str, vertical: bool = False) -> tuple[float, float, float, float] | None:
        """The ink bounding box of the character (its vertical alternate when ``vertical``) as (x0, y0, x1, y1).

        In em, relative to the point on which a layout centres the glyph (the middle of its advance and of the
        font's em box, see :meth:`em_box`), x to the right and y **down**. None when the glyph has no ink, the
        font has no glyph for the character, or its outlines are not TrueType.
        """
        key = (font, ch, vertical)
        try:
            return self._ink[key]
        except KeyError:
            pass
        data = self.data(font)
        code = ord(ch) if len(ch) == 1 else -1
        gid = (data.vert.get(code) if vertical else None) or data.cmap.get(code)
        box = None
        if gid is not None:
            with self._lock:
                if font not in self._ink_readers:
                    self._ink_readers[font] = ink_reader(self.path(font))
                reader = self._ink_readers[font]
            raw = reader.boxes([gid])[gid] if reader is not None else None
            if raw is not None:
                upm = data.units_per_em
                advance = (data.vert_advances[gid] if gid != data.cmap.get(code) else data.advances[code]) / upm
                middle = sum(data.em_box) / 2
                x_min, y_min, x_max, y_max = raw
                box = (x_min / upm - advance / 2, middle - y_max / upm, x_max / upm - advance / 2, middle - y_min / upm)
        self._ink[key] = box
        return box

    # -- more ---------------------------------------------------------------------------------------------

    def missing_chars(self, text: str, chain: tuple[str, ...]) -> list[str]:
        """The characters of ``text`` that no font of the chain has, each once, in order of appearance.

        Whitespace (including newlines and the ideographic space) is ignored.
        """
        seen: set[str] = set()
        missing: list[str] = []
        for ch in text:
            if ch in seen or ch.isspace():
                continue
            seen.add(ch)
            if self.pick(chain, ch) is None:
                missing.append(ch)
        return missing

    def em_box(self, font: str) -> tuple[float, float]:
        """(ascent, descent) of the font's em box in em; a glyph is centred vertically on its middle.

        See :mod:`postcard.render.fontinfo` for how the box is chosen per font.
        """
        return self.data(font).em_box
