"""The message side as printed: sizes, fonts and the handwriting read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcard.core.layout.formats import LayoutOptions
from postcard.core.model import Contact, Sender
from postcard.render.batch import CardJob, PrintSettings, print_batch
from postcard.render.fonts import FontCatalog
from tests.integration.pdfglyphs import PdfGlyph, page_glyphs

SENDER = Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                address2="1-2-3")  # fmt: skip
SATO = Contact(family_name="佐藤", given_name="健", postal_code="0600806", address1="北海道札幌市北区北六条西",
               address2="4丁目")  # fmt: skip
LONG = "先日は地域DXセミナー2026にて大変お世話になりました"  # 28 characters


def message_pdf(fonts: FontCatalog, tmp_path: Path, jobs: list[CardJob], **options: object) -> Path:
    out = tmp_path / "message.pdf"
    settings = PrintSettings(sides="message", options=LayoutOptions(**options))  # type: ignore[arg-type]
    print_batch(jobs, settings, fonts, out)
    return out


def body(glyphs: list[PdfGlyph]) -> list[PdfGlyph]:
    """The message's glyphs: everything but the signature column and the seal at the bottom left."""
    return [g for g in glyphs if g.ink and g.ink[0] > 24.0]


def test_a_long_line_uses_the_card_in_big_columns(fonts: FontCatalog, tmp_path: Path) -> None:
    pdf = message_pdf(fonts, tmp_path, [CardJob(SATO, (LONG,), SENDER, seed=1)], variation=0.0)
    glyphs = body(page_glyphs(pdf, 0))
    assert "".join(g.char for g in glyphs) == "先日は地域ＤＸセミナー２０２６にて大変お世話になりました"
    assert min(g.size for g in glyphs) > 30.0  # not 12 pt
    width = max(g.ink[2] for g in glyphs if g.ink) - min(g.ink[0] for g in glyphs if g.ink)
    assert width > 40.0  # three columns over the card, not a 20 mm strip
    assert {g.font for g in glyphs} == {"KleeOne-SemiBold"}


def test_a_short_message_sits_a_little_above_the_middle(fonts: FontCatalog, tmp_path: Path) -> None:
    pdf = message_pdf(fonts, tmp_path, [CardJob(SATO, ("ありがとう",), SENDER, seed=1)], variation=0.0)
    glyphs = body(page_glyphs(pdf, 0))
    top, bottom = min(g.ink[1] for g in glyphs if g.ink), max(g.ink[3] for g in glyphs if g.ink)
    assert 25.0 < top and (top - 0.0) < (148.0 - bottom)


def test_japanese_across_is_in_one_pen_latin_and_signature_too(fonts: FontCatalog, tmp_path: Path) -> None:
    job = CardJob(SATO, ("先日は地域DXセミナー2026にて", "ありがとうございました"), SENDER, direction="horizontal")
    glyphs = page_glyphs(message_pdf(fonts, tmp_path, [job], variation=0.0), 0)
    assert "DX" in "".join(g.char for g in glyphs) and "—" in "".join(g.char for g in glyphs)
    assert {g.font for g in glyphs} == {"KleeOne-SemiBold"}  # no Kristi anywhere on a Japanese card


def overlap(a: PdfGlyph, b: PdfGlyph) -> bool:
    assert a.ink and b.ink
    return a.ink[0] < b.ink[2] and b.ink[0] < a.ink[2] and a.ink[1] < b.ink[3] and b.ink[1] < a.ink[3]


@pytest.mark.parametrize("direction", ["vertical", "horizontal"])
def test_at_the_strongest_variation_no_two_glyphs_touch(fonts: FontCatalog, tmp_path: Path, direction: str) -> None:
    lines = ("先日は大変お世話になりました", "協業のお話、大変勉強になりました", "今後ともよろしくお願いいたします")
    jobs = [CardJob(SATO, lines, SENDER, direction=direction, seed=seed) for seed in range(12)]
    pdf = message_pdf(fonts, tmp_path, jobs, variation=3.0)
    for page in range(len(jobs)):
        glyphs = [g for g in page_glyphs(pdf, page) if g.ink and g.size > 16.0]  # the message, not the seal
        touching = [(a.char, b.char) for i, a in enumerate(glyphs) for b in glyphs[i + 1 :] if overlap(a, b)]
        assert touching == [], page
