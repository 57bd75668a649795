from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from postcard.errors import MissingGlyphError, PostcardError
from postcard.render import fontinfo
from postcard.render.fontinfo import FONT_SPECS, FontSpec
from postcard.render.fonts import FontCatalog
from postcard.resources import resource_path

KLEE = ("klee-regular", "klee-semibold")
CHAIN = ("klee-semibold", "seto")


@pytest.fixture(scope="module")
def catalog() -> FontCatalog:
    return FontCatalog()


def test_specs_are_the_four_bundled_fonts(catalog: FontCatalog) -> None:
    assert catalog.keys() == ("klee-regular", "klee-semibold", "seto", "kristi")
    for spec in FONT_SPECS:
        assert catalog.path(spec.key).is_file()
        assert catalog.spec(spec.key).family_label


@pytest.mark.parametrize("ch", ["髙", "﨑"])
def test_rare_kanji_in_klee_or_seto(catalog: FontCatalog, ch: str) -> None:
    assert catalog.pick(CHAIN, ch) is not None
    assert catalog.has("seto", ch)


def test_supplementary_kanji_in_klee(catalog: FontCatalog) -> None:
    assert catalog.has("klee-regular", "𠮷")
    assert catalog.has("klee-semibold", "𠮷")
    assert catalog.pick(("seto", "klee-regular"), "𠮷") == "klee-regular"


def test_half_width_katakana(catalog: FontCatalog) -> None:
    assert catalog.has("klee-regular", "ｹ")
    assert catalog.advance("klee-regular", "ｹ") == pytest.approx(0.5)


def test_pick_takes_the_first_font_that_has_it(catalog: FontCatalog) -> None:
    assert catalog.pick(("kristi", "klee-regular"), "A") == "kristi"
    assert catalog.pick(("kristi", "klee-regular"), "国") == "klee-regular"
    assert catalog.pick((), "国") is None
    assert not catalog.has("klee-regular", "国国")


def test_missing_chars_names_each_missing_char_once_in_order(catalog: FontCatalog) -> None:
    text = "髙﨑 𠮷ｹ\n\ue000様😀\u3000\ue000\t😀"
    assert catalog.missing_chars(text, CHAIN) == ["\ue000", "😀"]
    assert catalog.missing_chars("山田 太郎\n様", CHAIN) == []
    assert catalog.missing_chars("国", ("kristi",)) == ["国"]


@pytest.mark.parametrize("font", KLEE)
def test_vertical_alternates_of_klee(catalog: FontCatalog, font: str) -> None:
    with TTFont(str(catalog.path(font)), lazy=True) as tt:
        for ch in "ー、。「」ゃ":
            assert catalog.has_vertical(font, ch), ch
            gid = catalog.data(font).vert[ord(ch)]
            assert tt.getGlyphName(gid) != tt.getBestCmap()[ord(ch)]  # a different glyph from the horizontal one
        assert tt.getGlyphName(catalog.data(font).vert[ord("ー")]) == "uni30FC.vert"


def test_no_vertical_alternate_for_ideographs_or_rotated_latin(catalog: FontCatalog) -> None:
    assert not catalog.has_vertical("klee-regular", "国")
    assert ord("国") not in catalog.data("klee-regular").vert
    # vrt2 has A -> A.rotat, a proportional rotated glyph: the layout rotates those itself.
    assert not catalog.has_vertical("klee-regular", "A")
    assert catalog.has_vertical("seto", "ー")
    assert not catalog.has_vertical("kristi", "a")


@pytest.mark.parametrize("font", ["klee-regular", "klee-semibold", "seto"])
def test_full_width_advance(catalog: FontCatalog, font: str) -> None:
    assert catalog.advance(font, "国") == 1.0


def test_proportional_advance_and_missing(catalog: FontCatalog) -> None:
    assert 0.0 < catalog.advance("kristi", "i") < 0.5
    with pytest.raises(MissingGlyphError, match="U\\+E000"):
        catalog.advance("klee-regular", "\ue000")


def test_unknown_font_key_is_a_user_error(catalog: FontCatalog) -> None:
    with pytest.raises(PostcardError, match="unknown font 'comic'"):
        catalog.has("comic", "a")


def test_missing_font_file(tmp_path: Path) -> None:
    with pytest.raises(PostcardError, match="font file not found"):
        FontCatalog(font_dir=tmp_path).has("seto", "a")


def test_em_boxes_are_one_em_and_centred_on_the_kanji(catalog: FontCatalog) -> None:
    for font in catalog.keys():
        ascent, descent = catalog.em_box(font)
        assert ascent - descent == pytest.approx(1.0, abs=0.002)
    for font in ("klee-regular", "klee-semibold", "seto"):
        ascent, descent = catalog.em_box(font)
        assert 0.34 < (ascent + descent) / 2 < 0.37
    assert catalog.em_box("kristi") == pytest.approx((1272 / 2048, -776 / 2048))


# -- cache --------------------------------------------------------------------------------------------------


@pytest.fixture
def kristi_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(resource_path("fonts", "Kristi.ttf"), folder / "Kristi.ttf")
    return folder


def _counting_extract(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = fontinfo.extract_font_data

    def extract(path: Path) -> fontinfo.FontData:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(fontinfo, "extract_font_data", extract)
    return calls


def test_cache_is_reused(catalog: FontCatalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    first = FontCatalog(cache_dir=cache)
    for font in first.keys():
        first.data(font)
    assert sorted(p.name for p in cache.iterdir()) == [f"fontmetrics-{k}.bin" for k in sorted(first.keys())]
    calls = _counting_extract(monkeypatch)
    second = FontCatalog(cache_dir=cache)
    for font in second.keys():
        assert second.data(font) == catalog.data(font)
    assert calls == []
    assert second.has_vertical("klee-regular", "ー") and second.has("klee-regular", "𠮷")


def test_cache_is_rebuilt_when_the_font_changes(
    kristi_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    specs = (FontSpec("kristi", "Kristi.ttf", "Kristi"),)
    cache = tmp_path / "cache"
    calls = _counting_extract(monkeypatch)
    FontCatalog(kristi_dir, cache, specs).data("kristi")
    FontCatalog(kristi_dir, cache, specs).data("kristi")
    assert len(calls) == 1
    font_file = kristi_dir / "Kristi.ttf"
    st = font_file.stat()
    os.utime(font_file, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # touched
    FontCatalog(kristi_dir, cache, specs).data("kristi")
    assert len(calls) == 2
    with font_file.open("ab") as fh:  # content changed (fontTools ignores trailing bytes)
        fh.write(b"\0" * 16)
    data = FontCatalog(kristi_dir, cache, specs).data("kristi")
    assert len(calls) == 3
    assert data.advances[ord("a")] > 0
    FontCatalog(kristi_dir, cache, specs).data("kristi")
    assert len(calls) == 3


def test_corrupt_or_old_cache_is_rebuilt(kristi_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    specs = (FontSpec("kristi", "Kristi.ttf", "Kristi"),)
    cache = tmp_path / "cache"
    good = FontCatalog(kristi_dir, cache, specs).data("kristi")
    cache_file = cache / "fontmetrics-kristi.bin"
    cache_file.write_bytes(cache_file.read_bytes()[:-7])  # truncated
    calls = _counting_extract(monkeypatch)
    assert FontCatalog(kristi_dir, cache, specs).data("kristi") == good
    cache_file.write_bytes(b"not json\n")
    assert FontCatalog(kristi_dir, cache, specs).data("kristi") == good
    monkeypatch.setattr(fontinfo, "CACHE_FORMAT", fontinfo.CACHE_FORMAT + 1)
    assert FontCatalog(kristi_dir, cache, specs).data("kristi") == good
    assert len(calls) == 3


def test_unwritable_cache_dir_is_ignored(kristi_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    specs = (FontSpec("kristi", "Kristi.ttf", "Kristi"),)
    assert FontCatalog(kristi_dir, blocker / "cache", specs).has("kristi", "a")


@pytest.mark.parametrize("spec", FONT_SPECS, ids=lambda s: s.key)
def test_bundled_fonts_are_optimised_for_print_and_keep_their_licence(spec: FontSpec) -> None:
    """fonts/README.md: no hinting, only the vert/vrt2 features, every character, names and licence kept."""
    path = resource_path("fonts", spec.filename)
    with TTFont(str(path), lazy=True) as tt:
        assert not {"fpgm", "prep", "cvt ", "DSIG", "GPOS", "mort"} & set(tt.keys())
        if "GSUB" in tt:
            tags = {record.FeatureTag for record in tt["GSUB"].table.FeatureList.FeatureRecord}
            assert tags <= {"vert", "vrt2"}
        copyright_notice = tt["name"].getDebugName(0) or ""
        assert copyright_notice and "Reserved Font Name" not in copyright_notice
        glyf = tt["glyf"]
        assert all(not getattr(glyf[name], "program", None) or not glyf[name].program.getBytecode()
                   for name in tt.getGlyphOrder()[:300])  # fmt: skip
    characters = {"klee-regular": 10170, "klee-semibold": 10170, "seto": 57020, "kristi": 202}
    assert len(FontCatalog().data(spec.key).cmap) == characters[spec.key]
