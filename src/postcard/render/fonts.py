"""The bundled fonts: metrics for layout (fontTools) and registration with reportlab.

:class:`FontCatalog` implements :class:`postcard.core.layout.metrics.FontMetrics`. It loads each font lazily
(on first use of its key) through :func:`postcard.render.fontinfo.load_font_data`, from a cache when a cache
folder is given.

**Vertical glyphs in the PDF.** reportlab maps code points to glyphs through ``TTFontFace.charToGlyph``
(and widths through ``charWidths``); ``TTFont.splitString`` assigns subset codes by code point and
``TTFontFile.makeSubset`` copies ``charToGlyph[code]`` into the subset, so any glyph can be embedded by
giving it a code point. :func:`reportlab_font` adds, for every vertical alternate, the private code point
``0xF0000 + gid`` (Supplementary Private Use Area-A) mapped to the alternate's glyph id;
:meth:`FontCatalog.vertical_code` returns that character. reportlab's own shaping support does the same in
the BMP private area (``TTFont.__addPrivate``). The ToUnicode map of those codes (which reportlab would
write as an invalid 5-digit hex string) is rewritten to UTF-16 and points back to the original character,
so text extraction and search see ``ー`` rather than a private code.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from postcard.errors import MissingGlyphError, PostcardError
from postcard.render.fontinfo import FONT_SPECS, FontData, FontSpec, InkReader, ink_reader, load_font_data

PUA_BASE = 0xF0000
_REGISTRY_LOCK = threading.Lock()  # guards reportlab's process-wide font registry (pdfmetrics)

__all__ = [
    "FONT_SPECS",
    "PUA_BASE",
    "FontCatalog",
    "FontSpec",
    "register_fonts",
    "reportlab_font",
    "reportlab_name",
]


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
        self._reportlab: dict[str, Any] = {}  # key -> registered reportlab TTFont, see reportlab_font()
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

    def vertical_code(self, font: str, ch: str) -> str | None:
        """The private character that draws the vertical alternate of ``ch``, or None when there is none.

        Only meaningful with a font obtained from :func:`reportlab_font`, which maps these characters.
        """
        gid = self.data(font).vert.get(ord(ch)) if len(ch) == 1 else None
        return None if gid is None else chr(PUA_BASE + gid)

    def em_box(self, font: str) -> tuple[float, float]:
        """(ascent, descent) of the font's em box in em; a glyph is centred vertically on its middle.

        See :mod:`postcard.render.fontinfo` for how the box is chosen per font.
        """
        return self.data(font).em_box


# -- reportlab ----------------------------------------------------------------------------------------------


def reportlab_name(font_key: str) -> str:
    """The name under which a font is registered with reportlab, e.g. ``"postcard-klee-regular"``."""
    return f"postcard-{font_key}"


def _postcard_ttfont_class() -> type:
    """A reportlab ``TTFont`` whose ToUnicode maps are valid for code points above U+FFFF.

    Built on demand so that importing this module does not import reportlab.
    """
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

    class PostcardTTFont(TTFont):
        """``TTFont`` plus :attr:`to_unicode` (private vertical code → original code point)."""

        to_unicode: dict[int, int]

        def addObjects(self, doc: Any) -> None:  # reportlab's name
            state = self.state.get(doc)
            subsets = [list(subset) for subset in state.subsets] if state is not None else []
            super().addObjects(doc)
            face = self.face
            for n, subset in enumerate(subsets):
                if max(subset, default=0) <= 0xFFFF:
                    continue
                base = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
                stream = doc.idToObject.get("toUnicodeCMap:" + base)
                if stream is not None:
                    stream.content = _to_unicode_cmap(base, subset, self.to_unicode)

    return PostcardTTFont


def _to_unicode_cmap(name: str, subset: list[int], to_unicode: dict[int, int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with UTF-16BE destinations and private codes mapped back."""

    def dest(code: int) -> str:
        return chr(to_unicode.get(code, code)).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo\n<< /Registry ({name})\n/Ordering ({name})\n/Supplement 0\n>> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{dest(code)}>" for i, code in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _add_codes(face: Any, data: FontData, to_unicode: dict[int, int]) -> None:
    """Give reportlab's face the private vertical codes and anything of the cmap it did not read."""
    scale = 1000.0 / data.units_per_em
    char_to_glyph, widths, glyph_to_char = face.charToGlyph, face.charWidths, face.glyphToChar
    for code in data.cmap.keys() - char_to_glyph.keys():
        gid = data.cmap[code]
        char_to_glyph[code] = gid
        widths[code] = data.advances[code] * scale
        glyph_to_char.setdefault(gid, []).append(code)
    for code, gid in data.vert.items():
        pua = PUA_BASE + gid
        to_unicode.setdefault(pua, code)
        if pua not in char_to_glyph:
            char_to_glyph[pua] = gid
            widths[pua] = data.vert_advances[gid] * scale
            glyph_to_char.setdefault(gid, []).append(pua)


def reportlab_font(catalog: FontCatalog, font_key: str) -> Any:
    """The reportlab ``TTFont`` of a key, registered (once per process) under :func:`reportlab_name`.

    The font's face also maps the private vertical codes of :meth:`FontCatalog.vertical_code`.

    Raises:
        PostcardError: unknown key, or a missing font file.
        RuntimeError: the reportlab name is already registered for another font file.
    """
    font = catalog._reportlab.get(font_key)  # the catalog's memo belongs to this function
    if font is not None:
        return font
    from reportlab.pdfbase import pdfmetrics

    name = reportlab_name(font_key)
    path = str(catalog.path(font_key))
    data = catalog.data(font_key)
    with _REGISTRY_LOCK:
        if name in pdfmetrics.getRegisteredFontNames():
            font = pdfmetrics.getFont(name)
            if getattr(getattr(font, "face", None), "filename", None) != path:
                raise RuntimeError(f"reportlab font {name!r} is already registered for another file")
        else:
            font = _postcard_ttfont_class()(name, path, validate=0)
            font.to_unicode = {}
            pdfmetrics.registerFont(font)
            # registerFont reuses an older font object when the same face was registered under another name.
            font = pdfmetrics.getFont(name)
            _add_codes(font.face, data, getattr(font, "to_unicode", {}))
        catalog._reportlab[font_key] = font
    return font


def register_fonts(catalog: FontCatalog, fonts: Iterable[str] | None = None) -> None:
    """Register fonts with reportlab (all of the catalog's by default); idempotent and thread-safe."""
    for key in catalog.keys() if fonts is None else fonts:
        reportlab_font(catalog, key)
