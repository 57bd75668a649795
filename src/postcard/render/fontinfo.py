"""Font facts extracted with fontTools, and an on-disk cache of them.

What is extracted per font (:class:`FontData`): the Unicode cmap (code point → glyph id), the advance of
every mapped glyph, the vertical alternates (code point → glyph id of the GSUB ``vert``/``vrt2`` single
substitution) with their advances, ``unitsPerEm`` and the em box used to centre glyphs.

**Vertical alternates.** Single substitutions (lookup type 1, or type 7 wrapping type 1) of the features
``vert`` and ``vrt2`` are read for the scripts DFLT, kana, hani and latn and all their language systems
(union); ``vert`` wins where both map a glyph. Only alternates of *full-width* glyphs (advance ==
unitsPerEm) are kept: those are designed for a square em cell, so drawing them in the horizontal em box
places them as vertical typesetting would. ``vrt2`` also rotates proportional Latin (Klee One: ``A`` →
``A.rotat``), but those glyphs sit at the top of a 1-em cell and need vertical proportional metrics; the
layout rotates such characters itself instead.

**Em box** (ascent, descent in em). The renderer centres a glyph vertically on the middle of this box, so
the middle is what matters; the box is always 1 em tall.

1. A font with kanji: a 1-em box centred on the median ink centre of :data:`INK_SAMPLE` (46 common kanji),
   rounded to 0.001 em, so that a kanji drawn centred looks centred. The declared metrics do not do that
   for Klee One, whose kanji sit low in their declared boxes and whose two weights disagree: OS/2 typo
   880/-120 (middle 0.380) in both, BASE ``ideo`` -145 in Regular but -120 in SemiBold, ICF boxes
   -56..816 / -67..827 (middle 0.380); the ink centre of all its 7916 kanji is 0.354 (Regular) / 0.356
   (SemiBold). Sample medians: Klee Regular 0.355 → (0.855, -0.145), SemiBold 0.354 → (0.854, -0.146),
   Seto 0.354 → (0.854, -0.146) (its typo box 880/-144 of 1024 would give 0.359). With the typo box a 32 pt
   国 in Klee SemiBold came out 0.44 mm low; with this box every error is within 0.25 mm.
2. Otherwise OS/2 ``sTypoAscender``/``sTypoDescender`` when they span 1 em (±5 %): Kristi 1272/-776 of
   2048 → (0.621, -0.379).
3. Otherwise a 1-em box centred on the hhea ascender/descender box.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import statistics
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

log = logging.getLogger(__name__)

CACHE_FORMAT = 2
VERT_FEATURES = ("vert", "vrt2")  # earlier wins
VERT_SCRIPTS = ("DFLT", "kana", "hani", "latn")
_HASH_CHUNK = 64 * 1024
# Common kanji whose ink centre gives the optical em box of a CJK font (see the module docstring).
INK_SAMPLE = "国日本人大年中出東京会社様山田川村木林森学校生先見行来話語書読時間気手心思家道都県市町"
_ARRAYS = ("codes", "gids", "advances", "vcodes", "vgids", "vadvances")


@dataclass(frozen=True, slots=True)
class FontSpec:
    """One bundled font.

    Attributes:
        key: Short name used by layouts and templates, e.g. ``"klee-semibold"``.
        filename: File name in the ``fonts/`` resource folder.
        family_label: Human-readable name for settings and messages.
    """

    key: str
    filename: str
    family_label: str


FONT_SPECS: tuple[FontSpec, ...] = (
    FontSpec("klee-regular", "KleeOne-Regular.ttf", "Klee One Regular"),
    FontSpec("klee-semibold", "KleeOne-SemiBold.ttf", "Klee One SemiBold"),
    FontSpec("seto", "setofont.ttf", "Seto font"),
    FontSpec("kristi", "Kristi.ttf", "Kristi"),
)


@dataclass(slots=True)
class FontData:
    """Extracted facts about one font file.

    Attributes:
        units_per_em: ``head.unitsPerEm``.
        em_box: (ascent, descent) of the em box in em, see the module docstring.
        cmap: Code point → glyph id.
        advances: Code point → advance in font units.
        vert: Code point → glyph id of its vertical alternate (full-width alternates only).
        vert_advances: Glyph id of a vertical alternate → its advance in font units.
    """

    units_per_em: int
    em_box: tuple[float, float]
    cmap: dict[int, int]
    advances: dict[int, int]
    vert: dict[int, int]
    vert_advances: dict[int, int]


def file_stamp(path: Path) -> dict[str, object]:
    """What identifies a font file for the cache: size, mtime and a hash of its first and last 64 KiB."""
    st = path.stat()
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        digest.update(fh.read(_HASH_CHUNK))
        if st.st_size > _HASH_CHUNK:
            fh.seek(max(_HASH_CHUNK, st.st_size - _HASH_CHUNK))
            digest.update(fh.read(_HASH_CHUNK))
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest.hexdigest()}


def _kanji_ink_centre(font: TTFont, names: dict[int, str]) -> float | None:
    """Median of (yMin + yMax) / 2 of the sample kanji, in font units; None without enough of them.

    Reads only the 10-byte glyph headers (bounding boxes) from the file instead of decoding ``glyf``.
    """
    if "glyf" not in font or "loca" not in font:
        return None
    gid_of = font.getReverseGlyphMap()
    gids = [gid_of[names[ord(ch)]] for ch in INK_SAMPLE if ord(ch) in names]
    if len(gids) < len(INK_SAMPLE) // 2:
        return None
    loca = font["loca"]
    base = font.reader.tables["glyf"].offset
    centres = []
    for gid in gids:
        start, end = loca[gid], loca[gid + 1]
        if end - start >= 10:
            font.reader.file.seek(base + start)
            _, _, y_min, _, y_max = struct.unpack(">hhhhh", font.reader.file.read(10))
            centres.append((y_min + y_max) / 2)
    return statistics.median(centres) if centres else None


@dataclass(frozen=True, slots=True)
class InkReader:
    """Reads the ink bounding box of a glyph (the 10-byte header of its ``glyf`` entry) on demand.

    Attributes:
        path: The font file.
        glyf_offset: Where the ``glyf`` table starts in the file.
        loca: The glyph offsets into ``glyf`` (one more than there are glyphs).
    """

    path: Path
    glyf_offset: int
    loca: array[int]

    def boxes(self, gids: Iterable[int]) -> dict[int, tuple[int, int, int, int] | None]:
        """(xMin, yMin, xMax, yMax) in font units per glyph id; None for a glyph without ink (a space)."""
        out: dict[int, tuple[int, int, int, int] | None] = {}
        with self.path.open("rb") as fh:
            for gid in gids:
                start, end = self.loca[gid], self.loca[gid + 1]
                if end - start < 10:
                    out[gid] = None
                    continue
                fh.seek(self.glyf_offset + start)
                _, x_min, y_min, x_max, y_max = struct.unpack(">hhhhh", fh.read(10))
                out[gid] = (x_min, y_min, x_max, y_max)
        return out


def ink_reader(path: Path) -> InkReader | None:
    """An :class:`InkReader` for a TrueType font, or None for a font without ``glyf`` outlines."""
    from fontTools.ttLib import TTFont

    with _quiet_head_warning(), TTFont(str(path), lazy=True) as font:
        if "glyf" not in font or "loca" not in font:
            return None
        return InkReader(path, font.reader.tables["glyf"].offset, array("L", font["loca"].locations))


def _em_box(font: TTFont, names: dict[int, str]) -> tuple[float, float]:
    upm = font["head"].unitsPerEm
    centre = _kanji_ink_centre(font, names)
    if centre is not None:
        middle = round(centre / upm, 3)
        return (round(middle + 0.5, 3), round(middle - 0.5, 3))
    os2 = font["OS/2"] if "OS/2" in font else None
    if os2 is not None and abs(os2.sTypoAscender - os2.sTypoDescender - upm) <= 0.05 * upm:
        return (os2.sTypoAscender / upm, os2.sTypoDescender / upm)
    hhea = font["hhea"]
    middle = (hhea.ascent + hhea.descent) / 2 / upm
    return (middle + 0.5, middle - 0.5)


def _vertical_map(font: TTFont) -> dict[str, str]:
    """Glyph name → vertical alternate glyph name from GSUB vert/vrt2 single substitutions."""
    if "GSUB" not in font:
        return {}
    gsub = font["GSUB"].table
    if not gsub.ScriptList or not gsub.FeatureList or not gsub.LookupList:
        return {}
    features: set[int] = set()
    for record in gsub.ScriptList.ScriptRecord:
        if record.ScriptTag not in VERT_SCRIPTS:
            continue
        systems = [record.Script.DefaultLangSys] + [r.LangSys for r in record.Script.LangSysRecord]
        for langsys in systems:
            if langsys is not None:
                features.update(langsys.FeatureIndex)
    lookups: dict[str, list[int]] = {tag: [] for tag in VERT_FEATURES}
    for index in sorted(features):
        feature = gsub.FeatureList.FeatureRecord[index]
        if feature.FeatureTag in lookups:
            lookups[feature.FeatureTag].extend(feature.Feature.LookupListIndex)
    mapping: dict[str, str] = {}
    for tag in VERT_FEATURES:
        for index in lookups[tag]:
            lookup = gsub.LookupList.Lookup[index]
            for sub in lookup.SubTable:
                kind = lookup.LookupType
                if kind == 7:
                    kind, sub = sub.ExtensionLookupType, sub.ExtSubTable
                if kind == 1:
                    for src, dst in sub.mapping.items():
                        mapping.setdefault(src, dst)
    return mapping


class _DropLowTimestamp(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "timestamp seems very low" not in record.getMessage()


@contextmanager
def _quiet_head_warning() -> Iterator[None]:
    """Silence fontTools' harmless "'created' timestamp seems very low" warning (Seto's head table)."""
    logger = logging.getLogger("fontTools.ttLib.tables._h_e_a_d")
    drop = _DropLowTimestamp()
    logger.addFilter(drop)
    try:
        yield
    finally:
        logger.removeFilter(drop)


def extract_font_data(path: Path) -> FontData:
    """Read a font's metrics with fontTools (lazily: only cmap, hmtx, GSUB and a few small tables)."""
    from fontTools.ttLib import TTFont

    with _quiet_head_warning(), TTFont(str(path), lazy=True) as font:
        upm = font["head"].unitsPerEm
        names = font.getBestCmap() or {}
        hmtx = font["hmtx"].metrics
        gid_of = font.getReverseGlyphMap()
        cmap = {code: gid_of[name] for code, name in names.items()}
        advances = {code: hmtx[name][0] for code, name in names.items()}
        alternates = _vertical_map(font)
        vert: dict[int, int] = {}
        vert_advances: dict[int, int] = {}
        for code, name in names.items():
            alt = alternates.get(name)
            if alt is not None and hmtx[name][0] == upm and alt in gid_of:
                vert[code] = gid_of[alt]
                vert_advances[gid_of[alt]] = hmtx[alt][0]
        return FontData(upm, _em_box(font, names), cmap, advances, vert, vert_advances)


def _cache_file(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"fontmetrics-{key}.bin"


def read_cache(cache_dir: Path, key: str, stamp: dict[str, object]) -> FontData | None:
    """The cached data of a font, or None when missing, stale (other stamp or format) or unreadable.

    The file is one line of JSON (format, stamp, unitsPerEm, em box, array lengths) followed by six arrays of
    unsigned 32-bit integers in native byte order (recorded in the header): code points, glyph ids, advances,
    vertical code points, vertical glyph ids, vertical advances.
    """
    try:
        blob = _cache_file(cache_dir, key).read_bytes()
        head, _, body = blob.partition(b"\n")
        meta = json.loads(head)
        if (
            meta.get("format") != CACHE_FORMAT
            or meta.get("stamp") != stamp
            or meta.get("byteorder") != sys.byteorder
            or array("I").itemsize != 4
        ):
            return None
        arrays: dict[str, array[int]] = {}
        offset = 0
        for name in _ARRAYS:
            arr = array("I")
            size = int(meta["lengths"][name]) * 4
            arr.frombytes(body[offset : offset + size])
            offset += size
            arrays[name] = arr
        if offset != len(body):
            return None
        return FontData(
            units_per_em=int(meta["upm"]),
            em_box=(float(meta["em_box"][0]), float(meta["em_box"][1])),
            cmap=dict(zip(arrays["codes"], arrays["gids"], strict=True)),
            advances=dict(zip(arrays["codes"], arrays["advances"], strict=True)),
            vert=dict(zip(arrays["vcodes"], arrays["vgids"], strict=True)),
            vert_advances=dict(zip(arrays["vgids"], arrays["vadvances"], strict=True)),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.warning("ignoring unreadable font metrics cache for %s: %s", key, exc)
        return None


def write_cache(cache_dir: Path, key: str, stamp: dict[str, object], data: FontData) -> None:
    """Write the cache file atomically; a failure is logged and otherwise ignored."""
    codes = sorted(data.cmap)
    vcodes = sorted(data.vert)
    arrays = {
        "codes": array("I", codes),
        "gids": array("I", (data.cmap[c] for c in codes)),
        "advances": array("I", (data.advances[c] for c in codes)),
        "vcodes": array("I", vcodes),
        "vgids": array("I", (data.vert[c] for c in vcodes)),
        "vadvances": array("I", (data.vert_advances[data.vert[c]] for c in vcodes)),
    }
    meta = {
        "format": CACHE_FORMAT,
        "stamp": stamp,
        "byteorder": sys.byteorder,
        "upm": data.units_per_em,
        "em_box": list(data.em_box),
        "lengths": {name: len(arr) for name, arr in arrays.items()},
    }
    target = _cache_file(cache_dir, key)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            fh.write(json.dumps(meta, separators=(",", ":")).encode() + b"\n")
            for name in _ARRAYS:
                fh.write(arrays[name].tobytes())
        os.replace(tmp, target)
    except OSError as exc:
        log.warning("cannot write font metrics cache %s: %s", target, exc)
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def load_font_data(path: Path, key: str, cache_dir: Path | None = None) -> FontData:
    """The data of a font: from the cache when fresh, else extracted (and cached when a dir is given)."""
    if cache_dir is None:
        return extract_font_data(path)
    stamp = file_stamp(path)
    data = read_cache(cache_dir, key, stamp)
    if data is None:
        data = extract_font_data(path)
        write_cache(cache_dir, key, stamp, data)
    return data
