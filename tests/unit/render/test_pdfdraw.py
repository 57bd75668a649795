from __future__ import annotations

import io
import math
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from fontTools.ttLib import TTFont
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar

from postcard.core.layout.items import MM_PT, Box, Glyph, Image, Line, Page
from postcard.errors import MissingGlyphError, PostcardError
from postcard.render.fonts import FontCatalog
from postcard.render.pdf import render_pages_to_pdf
from postcard.render.pdfdraw import PageContent, Resources, colour_operands, draw_items
from postcard.render.pdfwriter import PdfWriter

W, H = 100.0, 148.0


@pytest.fixture(scope="module")
def catalog() -> FontCatalog:
    return FontCatalog()


def sample_page(catalog: FontCatalog) -> Page:
    return Page(
        W,
        H,
        [
            Box(40, 110, 20, 10, fill="#00ff00", role="fill"),
            Glyph("国", 30, 40, 20, "klee-regular", role="a"),
            Glyph("ー", 50, 40, 20, "klee-regular", vertical=True, role="b"),
            Glyph("𠮷", 70, 40, 20, "klee-regular", color="#1a1a40", role="c"),
            Glyph("髙", 30, 80, 20, "seto", rotation=90, role="d"),
            Glyph("様", 60, 80, 24, "klee-semibold", rotation=-7.5, role="e"),
            Glyph("国", 80, 80, 16, "klee-regular", vertical=True, role="f"),  # no alternate: drawn upright
            Glyph("A", 20, 130, 18, "kristi", advance=catalog.advance("kristi", "A"), role="g"),
            Line(10, 100, 90, 100, 0.3, "#ff0000", (1.0, 0.5)),
            Box(10, 110, 20, 10, 0.5, "#ed514e"),
        ],
        label="sample",
    )


@pytest.fixture(scope="module")
def sample_pdf(catalog: FontCatalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    render_pages_to_pdf([sample_page(catalog)], path, catalog, title="sample", invariant=True)
    return path


def chars(pdf: Path | io.BytesIO) -> list[LTChar]:
    def walk(obj: object) -> Iterator[LTChar]:
        if isinstance(obj, LTChar):
            yield obj
        elif hasattr(obj, "__iter__"):
            for child in obj:
                yield from walk(child)

    return [c for page in extract_pages(pdf) for c in walk(page)]


def centre_mm(ch: LTChar, advance: float, em_mid: float) -> tuple[float, float]:
    """Where the glyph's em-box centre is, from the text matrix (the font is set at size 1)."""
    a, b, c, d, e, f = ch.matrix
    x = e + a * advance / 2 + c * em_mid
    y = f + b * advance / 2 + d * em_mid
    return x / MM_PT, H - y / MM_PT


def test_page_size_title_and_outline(sample_pdf: Path) -> None:
    reader = pypdf.PdfReader(sample_pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(283.46, abs=0.01)
    assert float(box.height) == pytest.approx(419.53, abs=0.01)
    assert reader.metadata.title == "sample"
    assert [o.title for o in reader.outline] == ["sample"]


def test_fonts_are_embedded_as_subsets(sample_pdf: Path) -> None:
    reader = pypdf.PdfReader(sample_pdf)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = {}
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/Type0" and font["/Encoding"] == "/Identity-H"
        (cid_font,) = [f.get_object() for f in font["/DescendantFonts"]]
        assert cid_font["/Subtype"] == "/CIDFontType2" and cid_font["/CIDToGIDMap"] == "/Identity"
        descriptor = cid_font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor
        base, _, name = str(font["/BaseFont"]).lstrip("/").partition("+")
        assert len(base) == 6 and base.isupper()
        embedded[name] = len(descriptor["/FontFile2"].get_object().get_data())
    assert set(embedded) == {"KleeOne-Regular", "KleeOne-SemiBold", "SetoFont", "Kristi"}
    assert all(size < 200_000 for size in embedded.values())  # subsets, not the 21 MB fonts


def _outlines(font: TTFont) -> list[list[tuple[int, int]]]:
    glyf = font["glyf"]
    return [list(glyf[name].getCoordinates(glyf)[0]) for name in font.getGlyphOrder()]


def test_vertical_glyph_is_embedded(sample_pdf: Path, catalog: FontCatalog) -> None:
    reader = pypdf.PdfReader(sample_pdf)
    subset = None
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        if str(font.get("/BaseFont", "")).endswith("+KleeOne-Regular"):
            cid_font = font["/DescendantFonts"][0].get_object()
            data = cid_font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
            subset = TTFont(io.BytesIO(data))
    assert subset is not None
    shapes = _outlines(subset)
    with TTFont(str(catalog.path("klee-regular"))) as original:
        glyf = original["glyf"]
        vertical = list(glyf["uni30FC.vert"].getCoordinates(glyf)[0])
        horizontal = list(glyf["uni30FC"].getCoordinates(glyf)[0])
        kanji = list(glyf[original.getBestCmap()[ord("国")]].getCoordinates(glyf)[0])
    assert vertical != horizontal
    assert vertical in shapes
    assert horizontal not in shapes  # ー was only drawn vertically
    assert kanji in shapes


def test_text_extracts_with_the_original_characters(sample_pdf: Path) -> None:
    text = "".join(c.get_text() for c in chars(sample_pdf))
    for ch in "国ー𠮷髙様A":
        assert ch in text
    assert not any(ord(c) >= 0xE000 and ord(c) <= 0xF8FF or ord(c) >= 0xF0000 for c in text)


def test_glyph_positions(sample_pdf: Path, catalog: FontCatalog) -> None:
    page = sample_page(catalog)
    found = chars(sample_pdf)
    assert len(found) == len(page.glyphs())
    for glyph, ch in zip(page.glyphs(), found, strict=True):
        ascent, descent = catalog.em_box(glyph.font)
        x, y = centre_mm(ch, glyph.advance, (ascent + descent) / 2)
        # written to 0.1 pt (0.035 mm); a matrix of one decimal gives 0.3° at 20 pt
        assert (x, y) == pytest.approx((glyph.cx, glyph.cy), abs=0.04), glyph.role
        a, b = ch.matrix[:2]
        assert math.hypot(a, b) == pytest.approx(glyph.size, abs=0.08)
        assert math.degrees(math.atan2(-b, a)) == pytest.approx(glyph.rotation, abs=0.3)
        if not glyph.rotation:  # pdfminer's box: the advance wide, 1 em tall from the font's descent
            x0, y0, x1, y1 = ch.bbox
            assert (x0 + x1) / 2 / MM_PT == pytest.approx(glyph.cx, abs=0.3), glyph.role
            assert H - (y0 + y1) / 2 / MM_PT == pytest.approx(glyph.cy, abs=0.3), glyph.role


def test_offsets_move_everything(catalog: FontCatalog) -> None:
    page = Page(W, H, [Glyph("国", 30, 40, 20, "klee-regular")])
    out = io.BytesIO()
    render_pages_to_pdf([page, page], out, catalog, offsets=[(0.0, 0.0), (2.0, -3.0)])
    first, second = chars(io.BytesIO(out.getvalue()))
    # positions are written to 0.1 pt (0.035 mm)
    assert (second.matrix[4] - first.matrix[4]) / MM_PT == pytest.approx(2.0, abs=0.04)
    assert (second.matrix[5] - first.matrix[5]) / MM_PT == pytest.approx(3.0, abs=0.04)


def test_invariant_output_is_reproducible(catalog: FontCatalog) -> None:
    outputs = []
    for _ in range(2):
        out = io.BytesIO()
        render_pages_to_pdf([sample_page(catalog)], out, catalog, invariant=True)
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(b"%PDF-")


def test_each_page_has_its_own_size(catalog: FontCatalog) -> None:
    out = io.BytesIO()
    render_pages_to_pdf([Page(100, 148), Page(4 * 25.4, 6 * 25.4)], out, catalog)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(out).pages]
    assert sizes[1] == pytest.approx((288.0, 432.0), abs=0.01)
    assert sizes[0] == pytest.approx((283.46, 419.53), abs=0.01)


def test_lines_and_boxes_are_drawn(sample_pdf: Path) -> None:
    content = pypdf.PdfReader(sample_pdf).pages[0].get_contents().get_data().decode("latin-1")
    assert "1 0 0 RG" in content and "0.850 w" in content and "[2.835 1.417] 0 d" in content
    assert " m " in content and " l S" in content
    assert content.count(" re") == 2 and " re f" in content and " re S" in content
    assert "0 1 0 rg" in content


def test_colours_rgb_and_cmyk() -> None:
    assert colour_operands("#ff0000") == ("1 0 0 rg", "1 0 0 RG")
    assert colour_operands("#fff") == ("1 1 1 rg", "1 1 1 RG")
    assert colour_operands("cmyk(0, 0.8, 0.9, 0)") == ("0 0.8 0.9 0 k", "0 0.8 0.9 0 K")
    for bad in ("cmyk(0, 1.5, 0, 0)", "cmyk(0, 0.5, 0)", "red", "#12345"):
        with pytest.raises(PostcardError, match="not a colour"):
            colour_operands(bad)


def test_the_postal_frames_are_vermilion_in_magenta_and_yellow_only(catalog: FontCatalog) -> None:
    from postcard.core.layout.formats import LayoutOptions
    from postcard.core.layout.hagaki import layout_address_side
    from postcard.core.model import Contact, Sender

    contact = Contact(family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内")
    page = layout_address_side(contact, Sender(family_name="小林"), LayoutOptions(zip_frames=True), catalog, 1)
    out = io.BytesIO()
    render_pages_to_pdf([page], out, catalog)
    content = pypdf.PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    strokes = [line for line in content.splitlines() if line.endswith((" K", " RG"))]
    assert strokes and all(line.endswith(" K") and line.startswith("0 ") and line.split()[3] == "0" for line in strokes)


def test_missing_glyph_names_the_character(catalog: FontCatalog) -> None:
    page = Page(W, H, [Glyph("\ue000", 30, 40, 20, "klee-regular")], label="card 7")
    with pytest.raises(MissingGlyphError, match="U\\+E000.*card 7"):
        render_pages_to_pdf([page], io.BytesIO(), catalog)


def test_bad_colour_is_a_user_error(catalog: FontCatalog) -> None:
    page = Page(W, H, [Glyph("国", 30, 40, 20, "klee-regular", color="red")])
    with pytest.raises(PostcardError, match="not a colour: 'red'"):
        render_pages_to_pdf([page], io.BytesIO(), catalog)


def test_argument_checks(catalog: FontCatalog) -> None:
    with pytest.raises(ValueError, match="no pages"):
        render_pages_to_pdf([], io.BytesIO(), catalog)
    with pytest.raises(ValueError, match="offsets"):
        render_pages_to_pdf([Page(W, H)], io.BytesIO(), catalog, offsets=[])
    page = PageContent(Resources(PdfWriter(io.BytesIO()), None))
    draw_items(page, [Line(0, 0, 10, 10)], H)  # no catalog needed without glyphs
    with pytest.raises(ValueError, match="catalog"):
        draw_items(page, [Glyph("国", 30, 40, 20, "klee-regular")], H)


def test_images_from_assets(catalog: FontCatalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image as PILImage

    from postcard import resources

    PILImage.new("RGBA", (8, 8), (200, 0, 0, 128)).save(tmp_path / "seal.png")
    (tmp_path / "seal.svg").write_text("<svg/>")
    monkeypatch.setattr(resources, "resource_path", lambda kind, name="": tmp_path / name)
    out = io.BytesIO()
    render_pages_to_pdf([Page(W, H, [Image("seal.png", 70, 110, 20, 20)])], out, catalog)
    xobjects = pypdf.PdfReader(out).pages[0]["/Resources"]["/XObject"]
    assert [x.get_object()["/Subtype"] for x in xobjects.values()] == ["/Image"]
    with pytest.raises(PostcardError, match="PNG or JPEG"):
        render_pages_to_pdf([Page(W, H, [Image("seal.svg", 70, 110, 20, 20)])], io.BytesIO(), catalog)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.parametrize("font", ["klee-regular", "klee-semibold", "seto"])
def test_kanji_ink_is_centred(catalog: FontCatalog, tmp_path: Path, font: str) -> None:
    """The em box choice makes 国 look centred: its ink box centre within 0.3 mm at 32 pt (11.3 mm)."""
    from PIL import Image as PILImage

    cx, cy = 50.0, 70.0
    render_pages_to_pdf([Page(W, H, [Glyph("国", cx, cy, 32, font)])], tmp_path / "k.pdf", catalog)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "300", "-singlefile", str(tmp_path / "k.pdf"), str(tmp_path / "k")],
        check=True,
    )
    with PILImage.open(tmp_path / "k.png") as image:
        ink = image.convert("L").point(lambda v: 255 if v < 128 else 0).getbbox()
    assert ink is not None
    px = 25.4 / 300
    assert (ink[0] + ink[2]) / 2 * px == pytest.approx(cx, abs=0.3)
    assert (ink[1] + ink[3]) / 2 * px == pytest.approx(cy, abs=0.3)
