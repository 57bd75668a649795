"""Embedding TrueType fonts in a PDF: the glyphs a document used, as a CID-keyed (Type 0) font subset.

A :class:`FontSubset` belongs to one document and one font file. Drawing asks it for the code of a glyph id
(:meth:`FontSubset.code`); codes are given out in order of first use (1, 2, 3 …) and are at the same time the
CIDs and the glyph ids in the embedded font (``/CIDToGIDMap /Identity``), so the ``/W`` widths are one run and
the embedded font holds only those glyphs (plus ``.notdef`` and the parts of composite glyphs). At the end of
the document :meth:`FontSubset.objects` builds the subset font file and the PDF objects around it.

The subset is cut straight from the font file's bytes (no parsing of outlines): the glyph records are copied,
composite glyphs get their component ids renumbered, and ``head``, ``hhea``, ``maxp``, ``hmtx``, ``loca``, ``glyf``
(plus ``OS/2``, ``cvt``, ``fpgm`` and ``prep`` as they are, and a ``post`` without glyph names) make the new file;
a CIDFontType2 needs no ``cmap``. The ToUnicode map sends each code back to the character that was drawn (a
vertical alternate to its horizontal character), so text can be searched and copied.
"""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

Stream = bytes | Iterable[bytes]  # a stream's data, whole or in pieces
_ARG_WORDS, _HAVE_SCALE, _MORE, _XY_SCALE, _TWO_BY_TWO = 0x0001, 0x0008, 0x0020, 0x0040, 0x0080
_COPIED = (b"OS/2", b"cvt ", b"fpgm", b"prep")


class FontFile:
    """Random access to the tables of a TrueType file, open until :meth:`close`.

    Glyph records are read from the file as they are asked for (``os.pread``), not mapped into memory: a subset of
    thousands of glyphs scattered over a 20 MB font would otherwise bring most of its pages into the process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close(), after the subset's pieces are read
        try:
            self._read_tables()
        except BaseException:
            self._file.close()
            raise

    def _read(self, offset: int, length: int) -> bytes:
        return os.pread(self._file.fileno(), length, offset)

    def _read_tables(self) -> None:
        path = self.path
        (num_tables,) = struct.unpack_from(">H", self._read(4, 2))
        directory = self._read(12, 16 * num_tables)
        self.tables: dict[bytes, tuple[int, int]] = {}
        for i in range(num_tables):
            tag, _checksum, offset, length = struct.unpack_from(">4sIII", directory, 16 * i)
            self.tables[tag] = (offset, length)
        for tag in (b"head", b"hhea", b"maxp", b"hmtx", b"loca", b"glyf"):
            if tag not in self.tables:
                raise ValueError(f"{path.name}: not a TrueType font with outlines (no {tag.decode()} table)")
        head = self.table(b"head")
        self.units_per_em = struct.unpack_from(">H", head, 18)[0]
        self.bbox = struct.unpack_from(">hhhh", head, 36)
        self.long_loca = struct.unpack_from(">h", head, 50)[0] == 1
        hhea = self.table(b"hhea")
        self.ascent, self.descent = struct.unpack_from(">hh", hhea, 4)
        self.cap_height = self.ascent
        if b"OS/2" in self.tables:  # the typographic box, as PDF producers usually give it
            os2 = self.table(b"OS/2")
            if len(os2) >= 72:
                self.ascent, self.descent = struct.unpack_from(">hh", os2, 68)
                self.cap_height = self.ascent
            if len(os2) >= 90 and struct.unpack_from(">H", os2, 0)[0] >= 2:
                self.cap_height = struct.unpack_from(">h", os2, 88)[0] or self.ascent
        self.num_hmetrics = struct.unpack_from(">H", hhea, 34)[0]
        self.num_glyphs = struct.unpack_from(">H", self.table(b"maxp"), 4)[0]
        self._loca = self.table(b"loca")  # (a few hundred kB at most, read once)
        self._glyf = self.tables[b"glyf"][0]
        self._hmtx = self.table(b"hmtx")

    def close(self) -> None:
        self._file.close()

    def table(self, tag: bytes) -> bytes:
        offset, length = self.tables[tag]
        return self._read(offset, length)

    def glyph(self, gid: int) -> bytes:
        """The ``glyf`` record of a glyph (empty for a glyph without outline)."""
        if not 0 <= gid < self.num_glyphs:
            raise ValueError(f"{self.path.name}: no glyph {gid}")
        if self.long_loca:
            start, end = struct.unpack_from(">II", self._loca, 4 * gid)
        else:
            start, end = (2 * v for v in struct.unpack_from(">HH", self._loca, 2 * gid))
        return self._read(self._glyf + start, end - start) if end > start else b""

    def metric(self, gid: int) -> tuple[int, int]:
        """(advance width, left side bearing) from ``hmtx``."""
        if gid < self.num_hmetrics:
            advance, lsb = struct.unpack_from(">Hh", self._hmtx, 4 * gid)
            return advance, lsb
        (advance,) = struct.unpack_from(">H", self._hmtx, 4 * (self.num_hmetrics - 1))
        (lsb,) = struct.unpack_from(">h", self._hmtx, 4 * self.num_hmetrics + 2 * (gid - self.num_hmetrics))
        return advance, lsb

    def postscript_name(self) -> str:
        """Name ID 6 (Windows or Macintosh record), or the file's stem."""
        if b"name" in self.tables:
            name = self.table(b"name")
            count, strings = struct.unpack_from(">HH", name, 2)
            for i in range(count):
                platform, encoding, _lang, name_id, length, offset = struct.unpack_from(">HHHHHH", name, 6 + 12 * i)
                if name_id != 6:
                    continue
                raw = name[strings + offset : strings + offset + length]
                text = raw.decode("utf-16-be" if platform in (0, 3) else "latin-1", "replace")
                clean = "".join(c for c in text if c.isascii() and c.isalnum() or c in "-_.")
                if clean:
                    return clean
        return "".join(c for c in self.path.stem if c.isascii() and c.isalnum() or c in "-_") or "Font"


def _components(record: bytes) -> list[tuple[int, int]]:
    """(offset of the glyph id, glyph id) of every component of a composite glyph record."""
    out = []
    pos = 10
    while True:
        flags, gid = struct.unpack_from(">HH", record, pos)
        out.append((pos + 2, gid))
        pos += 4 + (4 if flags & _ARG_WORDS else 2)
        if flags & _HAVE_SCALE:
            pos += 2
        elif flags & _XY_SCALE:
            pos += 4
        elif flags & _TWO_BY_TWO:
            pos += 8
        if not flags & _MORE:
            return out


def _sum32(padded: bytes) -> int:
    words = array("I", padded)
    if struct.pack("=I", 1) != struct.pack(">I", 1):
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


def build_font(font: FontFile, gids: list[int]) -> bytes:
    """A TrueType file with glyph 0 and then ``gids`` in that order (glyph i of the result is ``gids[i - 1]``).

    Components of composite glyphs are appended after them and renumbered. (The whole file at once: see
    :class:`SubsetFile` for the same bytes in pieces.)"""
    return b"".join(SubsetFile(font, gids).pieces())


class SubsetFile:
    """The subset font file of :func:`build_font`, measured first (its length and checksums) and then given in
    pieces (:meth:`pieces`), so that a font of thousands of glyphs is never in memory as a whole: the glyph records
    are read from the font file twice instead (once to measure them, once to hand them on)."""

    def __init__(self, font: FontFile, gids: list[int]) -> None:
        self.font = font
        order = [0, *gids]
        new_id = {gid: i for i, gid in enumerate(order)}
        self._patched: dict[int, bytes] = {}  # composite glyphs, their component ids renumbered (few)
        offsets = array("I", [0])
        glyf_sum = 0
        i = 0
        while i < len(order):
            record = font.glyph(order[i])
            if len(record) >= 10 and struct.unpack_from(">h", record, 0)[0] < 0:
                patched = bytearray(record)
                for pos, component in _components(record):
                    if component not in new_id:
                        new_id[component] = len(order)
                        order.append(component)
                    struct.pack_into(">H", patched, pos, new_id[component])
                record = self._patched[i] = bytes(patched)
            padded = len(record) + -len(record) % 4
            glyf_sum += _sum32(record + b"\0" * (padded - len(record)))
            offsets.append(offsets[-1] + padded)
            i += 1
        self._order = order
        glyf_length = offsets[-1]
        if struct.pack("=I", 1) != struct.pack(">I", 1):
            offsets.byteswap()
        hmtx = b"".join(struct.pack(">Hh", *font.metric(gid)) for gid in order)
        head = bytearray(font.table(b"head"))
        struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment, set below
        struct.pack_into(">h", head, 50, 1)  # long loca
        hhea = bytearray(font.table(b"hhea"))
        struct.pack_into(">H", hhea, 34, len(order))
        maxp = bytearray(font.table(b"maxp"))
        struct.pack_into(">H", maxp, 4, len(order))
        post = bytearray(font.table(b"post")[:32]) if b"post" in font.tables else bytearray(32)
        struct.pack_into(">I", post, 0, 0x00030000)  # format 3: no glyph names
        self._tables: dict[bytes, bytes | None] = {b"head": bytes(head), b"hhea": bytes(hhea), b"maxp": bytes(maxp),
                                                   b"hmtx": hmtx, b"loca": offsets.tobytes(), b"glyf": None,
                                                   b"post": bytes(post)}  # fmt: skip
        for tag in _COPIED:
            if tag in font.tables:
                self._tables[tag] = font.table(tag)
        # The table directory: every table at an offset of four, so the file's checksum is the directory's plus
        # each table's (head's with its checkSumAdjustment at 0, as its own checksum is taken).
        tags = sorted(self._tables)
        n = len(tags)
        power = 1 << (n.bit_length() - 1)
        directory = [struct.pack(">IHHHH", 0x00010000, n, power * 16, power.bit_length() - 1, n * 16 - power * 16)]
        offset, total = 12 + 16 * n, 0
        for tag in tags:
            data = self._tables[tag]
            length = glyf_length if data is None else len(data)
            checksum = glyf_sum & 0xFFFFFFFF if data is None else _sum32(data + b"\0" * (-len(data) % 4))
            directory.append(struct.pack(">4sIII", tag, checksum, offset, length))
            offset += length + -length % 4
            total += checksum
        self._directory = b"".join(directory)
        self.length = offset
        total += _sum32(self._directory)
        struct.pack_into(">I", head, 8, (0xB1B0AFBA - total) & 0xFFFFFFFF)
        self._tables[b"head"] = bytes(head)
        self._tags = tags

    def pieces(self, size: int = 1 << 16) -> Iterator[bytes]:
        """The file's bytes, in pieces of about ``size`` bytes (the font file must still be open)."""
        yield self._directory
        for tag in self._tags:
            data = self._tables[tag]
            if data is not None:
                yield data + b"\0" * (-len(data) % 4)
                continue
            part: list[bytes] = []
            held = 0
            for i, gid in enumerate(self._order):
                record = self._patched.get(i) or self.font.glyph(gid)
                part.append(record + b"\0" * (-len(record) % 4))
                held += len(part[-1])
                if held >= size:
                    yield b"".join(part)
                    part, held = [], 0
            if part:
                yield b"".join(part)


def _compressed(subset: SubsetFile, font: FontFile) -> Iterator[bytes]:
    """The subset file deflated piece by piece (the bytes ``zlib.compress(…, 6)`` gives); closes ``font`` after."""
    try:
        deflate = zlib.compressobj(6)
        for piece in subset.pieces():
            out = deflate.compress(piece)
            if out:
                yield out
        yield deflate.flush()
    finally:
        font.close()


class FontSubset:
    """The glyphs of one font that one document used, and their PDF objects.

    Args:
        path: The TrueType file.
        units_per_em: Its ``unitsPerEm``.
    """

    def __init__(self, path: Path, units_per_em: int) -> None:
        self.path = path
        self.units_per_em = units_per_em
        self.gids: list[int] = []  # code - 1 -> glyph id in the font file
        self.widths: list[int] = []  # code - 1 -> advance in font units
        self.chars: list[str] = []  # code - 1 -> the character drawn (for ToUnicode)
        self._codes: dict[int, int] = {}  # glyph id -> code

    def code(self, gid: int, char: str, advance: int) -> int:
        """The code (and CID) of a glyph, given out on first use."""
        code = self._codes.get(gid)
        if code is None:
            self.gids.append(gid)
            self.widths.append(advance)
            self.chars.append(char)
            code = self._codes[gid] = len(self.gids)
        return code

    def __len__(self) -> int:
        return len(self.gids)

    def objects(self, reserve: Callable[[], int], font_num: int) -> list[tuple[int, bytes, Stream | None]]:
        """The PDF objects of the font as (number, dictionary, stream data or None); ``font_num`` is the Type 0
        font's own number, ``reserve`` gives new object numbers. The font file's data comes in pieces, made as they
        are written (write the objects in this order)."""
        font = FontFile(self.path)
        try:
            subset = SubsetFile(font, self.gids)
            base = font.postscript_name()
            scale = 1000.0 / font.units_per_em
            x0, y0, x1, y1 = (round(v * scale) for v in font.bbox)
            ascent, descent = round(font.ascent * scale), round(font.descent * scale)
            cap_height = round(font.cap_height * scale)
        except BaseException:
            font.close()
            raise
        tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(repr(self.gids).encode()).digest()[:6])
        name = f"{tag}+{base}"
        cid_num, desc_num, file_num, uni_num = reserve(), reserve(), reserve(), reserve()
        widths = " ".join(str(round(w * 1000 / self.units_per_em)) for w in self.widths)
        return [
            (font_num, (f"<</Type/Font/Subtype/Type0/BaseFont/{name}/Encoding/Identity-H"
                        f"/DescendantFonts[{cid_num} 0 R]/ToUnicode {uni_num} 0 R>>").encode(), None),
            (cid_num, (f"<</Type/Font/Subtype/CIDFontType2/BaseFont/{name}"
                       "/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>"
                       f"/FontDescriptor {desc_num} 0 R/DW 1000/W[1[{widths}]]/CIDToGIDMap/Identity>>").encode(), None),
            (desc_num, (f"<</Type/FontDescriptor/FontName/{name}/Flags 4/FontBBox[{x0} {y0} {x1} {y1}]"
                        f"/ItalicAngle 0/Ascent {ascent}/Descent {descent}/CapHeight {cap_height}/StemV 80"
                        f"/FontFile2 {file_num} 0 R>>").encode(), None),
            (file_num, f"<</Length1 {subset.length}/Filter/FlateDecode>>".encode(), _compressed(subset, font)),
            (uni_num, b"<</Filter/FlateDecode>>", zlib.compress(self.to_unicode(name), 6)),
        ]  # fmt: skip

    def to_unicode(self, name: str) -> bytes:
        """The ToUnicode CMap: each code to the UTF-16 of the character that was drawn."""
        lines = [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering (UCS) /Supplement 0 >> def",
            f"/CMapName /{name}-UCS def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<0000> <FFFF>",
            "endcodespacerange",
        ]
        for start in range(0, len(self.chars), 100):
            chunk = self.chars[start : start + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            for i, ch in enumerate(chunk, start + 1):
                lines.append(f"<{i:04X}> <{ch.encode('utf-16-be', 'surrogatepass').hex().upper()}>")
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines).encode("ascii")
