"""Writing sheets of card sides to a PDF with reportlab."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from typing import IO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

from postcard.core.layout.items import Page
from postcard.core.layout.sheets import Sheet
from postcard.core.progress import NullProgress, Progress, check_cancel
from postcard.render.fonts import FontCatalog, register_fonts
from postcard.render.pdfdraw import binary_streams, draw_items, draw_page

Offsets = Mapping[str, tuple[float, float]]


def write_sheets(
    sheets: Iterable[Sheet],
    out: str | IO[bytes],
    catalog: FontCatalog,
    *,
    offsets: Offsets | None = None,
    title: str = "postcard",
    invariant: bool = False,
    progress: Progress | None = None,
) -> int:
    """Draw every sheet as one PDF page; returns the page count. Checks for cancel between pages."""
    progress = progress or NullProgress()
    register_fonts(catalog)
    canvas = Canvas(out, invariant=int(invariant), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("postcard")
    count = 0
    offsets = offsets or {}
    for sheet in sheets:
        check_cancel(progress)
        canvas.setPageSize((sheet.width * mm, sheet.height * mm))
        for placement in sheet.placements:
            dx, dy = offsets.get(placement.side, (0.0, 0.0))
            _draw_placed(canvas, placement.page, placement.x + dx, placement.y + dy, placement.rotation,
                         sheet.height, catalog)  # fmt: skip
        if sheet.marks:
            draw_items(canvas, sheet.marks, sheet.height)
        canvas.showPage()
        _compress_last_page(canvas)
        count += 1
        progress.tick()
    with binary_streams():
        canvas.save()
    return count


def _compress_last_page(canvas: Canvas) -> None:
    """Compress the page just finished now rather than when the file is saved.

    reportlab keeps every page's content until ``save()``; kept compressed, a page costs a fifth of the memory,
    so a batch of thousands of cards needs far less. The stream is marked FlateDecode, which reportlab then
    leaves as it is.
    """
    if not canvas._pageCompression:
        return
    page = canvas._doc.Pages.pages[-1]
    if page.Contents is not None or not page.stream:
        return
    raw = page.stream.encode("utf-8") if isinstance(page.stream, str) else page.stream
    filters = PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])})
    page.Contents = PDFStream(filters, zlib.compress(raw))
    page.stream = None


def _draw_placed(canvas: Canvas, page: Page, x: float, y: float, rotation: int, sheet_h: float,
                 catalog: FontCatalog) -> None:  # fmt: skip
    """Draw ``page`` with its top-left corner at (x, y) mm of the sheet, turned by ``rotation`` degrees."""
    if rotation == 0 and abs(sheet_h - page.height) < 1e-6:
        draw_page(canvas, page, catalog, (x, y))
        return
    canvas.saveState()
    if rotation == 0:
        canvas.translate(x * mm, (sheet_h - y - page.height) * mm)
    elif rotation == 90:  # clockwise: the page's top-left goes to the cell's top-right
        canvas.translate((x + page.height) * mm, (sheet_h - y) * mm)
        canvas.rotate(-90)
        canvas.translate(0, -page.height * mm)
    elif rotation == 180:  # upside down: the page's top-left goes to the cell's bottom-right
        canvas.translate((x + page.width) * mm, (sheet_h - y) * mm)
        canvas.rotate(180)
    else:  # -90: counter-clockwise: the page's top-left goes to the cell's bottom-left
        canvas.translate(x * mm, (sheet_h - y - page.width) * mm)
        canvas.rotate(90)
        canvas.translate(0, -page.height * mm)
    draw_page(canvas, page, catalog)
    canvas.restoreState()
