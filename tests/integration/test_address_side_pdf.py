"""The Japanese address side as printed: glyphs read back from the PDF (their real ink, their real sizes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcard.core.layout.formats import LayoutOptions
from postcard.core.model import Contact, Sender
from postcard.render.batch import CardJob, PrintSettings, print_batch
from postcard.render.fonts import FontCatalog
from tests.integration.pdfglyphs import PdfGlyph, page_glyphs, page_size_mm

ZIP_CENTRES = (47.15, 54.15, 61.15, 68.75, 75.55, 82.35, 89.15)  # hagaki.md §1.2
SENDER = Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                address2="1-2-3", address3="グリーンハイツ201")  # fmt: skip


def address_pdf(fonts: FontCatalog, tmp_path: Path, contacts: list[Contact], **options: object) -> Path:
    jobs = [CardJob(c, ("ありがとうございました",), SENDER, seed=n) for n, c in enumerate(contacts)]
    settings = PrintSettings(sides="address", options=LayoutOptions(**options))  # type: ignore[arg-type]
    out = tmp_path / "address.pdf"
    print_batch(jobs, settings, fonts, out)
    return out


def digits(glyphs: list[PdfGlyph]) -> list[PdfGlyph]:
    return sorted((g for g in glyphs if g.char.isdigit() and g.centre[1] < 24.0), key=lambda g: g.centre[0])


def test_every_postal_digit_is_centred_in_its_box_by_its_ink(fonts: FontCatalog, tmp_path: Path) -> None:
    codes = ["1111111", "1000005", "0600806", "9071801", "4600008"]  # 1 is the digit whose ink is off its advance
    contacts = [Contact(family_name="山田", given_name="太郎", postal_code=code, address1="東京都千代田区丸の内",
                        address2="1-9-1") for code in codes]  # fmt: skip
    pdf = address_pdf(fonts, tmp_path, contacts, zip_frames=True)
    for page, code in enumerate(codes):
        assert page_size_mm(pdf, page) == (pytest.approx(100.0, abs=0.01), pytest.approx(148.0, abs=0.01))
        found = digits(page_glyphs(pdf, page))
        assert "".join(g.char for g in found) == code
        for g, cx in zip(found, ZIP_CENTRES, strict=True):
            x, y = g.centre
            assert x == pytest.approx(cx, abs=0.02) and y == pytest.approx(16.0, abs=0.02), (code, g)
            x0, y0, x1, y1 = g.ink or (0, 0, 0, 0)
            assert cx - 2.85 + 0.4 < x0 and x1 < cx + 2.85 - 0.4 and 12.4 < y0 and y1 < 19.6  # clear of the frame


def column_text(glyphs: list[PdfGlyph]) -> str:
    return "".join(g.char for g in glyphs)


def test_floors_print_as_counted_kanji_and_arabic_pairs_side_by_side(fonts: FontCatalog, tmp_path: Path) -> None:
    contact = Contact(family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内",
                      address2="1-9-1", address3="ABCビル15F")  # fmt: skip
    basement = Contact(family_name="佐藤", given_name="健", postal_code="0600806", address1="北海道札幌市北区北六条西",
                       address2="4丁目", address3="さくらビルB1F")  # fmt: skip
    kanji = address_pdf(fonts, tmp_path, [contact, basement])
    assert "一丨九丨一ＡＢＣビル十五階" in column_text(page_glyphs(kanji, 0))
    assert "四丁目さくらビル地下一階" in column_text(page_glyphs(kanji, 1))
    arabic = address_pdf(fonts, tmp_path, [contact], numerals="arabic", variation=0.0)
    glyphs = page_glyphs(arabic, 0)
    assert "１丨９丨１ＡＢＣビル15階" in column_text(glyphs)
    i = column_text(glyphs).index("15階")
    one, five, kai = glyphs[i : i + 3]
    assert one.centre[1] == pytest.approx(five.centre[1], abs=0.3) and one.centre[0] < five.centre[0]  # one line
    em = kai.size * 25.4 / 72
    assert kai.centre[1] - five.centre[1] == pytest.approx(em, abs=0.5)  # the pair takes one cell above 階
    assert five.ink and one.ink and five.ink[2] - one.ink[0] < em  # and no more than the column's width
