"""The embedded font subset, written in pieces, is a sound TrueType file with the glyphs asked for."""

from __future__ import annotations

import io
import struct
from array import array

import pytest
from fontTools.ttLib import TTFont

from postcard.render.fonts import FontCatalog
from postcard.render.fontsubset import FontFile, SubsetFile, build_font


@pytest.fixture(scope="module")
def catalog() -> FontCatalog:
    return FontCatalog()


def file_checksum(data: bytes) -> int:
    words = array("I", data + b"\0" * (-len(data) % 4))
    if struct.pack("=I", 1) != struct.pack(">I", 1):
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


@pytest.mark.parametrize(("key", "text"), [("kristi", "Ãé¿Thanks"), ("klee-regular", "様国´−ー"), ("seto", "髙﨑二〇")])
def test_a_subset_in_pieces_is_one_sound_font(catalog: FontCatalog, key: str, text: str) -> None:
    data = catalog.data(key)
    gids = [data.cmap[ord(ch)] for ch in text]
    font = FontFile(catalog.path(key))
    try:
        subset = SubsetFile(font, gids)
        pieces = list(subset.pieces(size=64))  # small pieces: many of them
        whole = build_font(font, gids)
    finally:
        font.close()
    assert len(pieces) > 3 and b"".join(pieces) == whole and subset.length == len(whole)
    assert file_checksum(whole) == 0xB1B0AFBA  # the head's checkSumAdjustment makes the file's sum right
    embedded = TTFont(io.BytesIO(whole), checkChecksums=2)  # every table's checksum is checked
    with TTFont(str(catalog.path(key)), lazy=True) as original:
        names = original.getGlyphOrder()
        glyf, mine = original["glyf"], embedded["glyf"]
        order = embedded.getGlyphOrder()
        assert len(order) >= len(gids) + 1 and embedded["maxp"].numGlyphs == len(order)
        for i, gid in enumerate(gids, 1):  # glyph i of the subset is the i-th asked for, with its outline
            want, got = glyf[names[gid]], mine[order[i]]
            assert got.isComposite() == want.isComposite()
            if not want.isComposite():
                assert list(got.getCoordinates(mine)[0]) == list(want.getCoordinates(glyf)[0])
            assert embedded["hmtx"][order[i]][0] == original["hmtx"][names[gid]][0]
