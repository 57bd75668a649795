"""Writing sheets of card sides to a PDF, page by page (see :mod:`postcard.render.pdfwriter`).

Every PDF asks viewers not to scale it when printing (``/PrintScaling /None``: a "fit to page" would move the
postal-code boxes) and says how its sheets are meant to be printed (``/Duplex``): see :data:`DUPLEX`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from contextlib import ExitStack
from typing import IO

from postcard.core.layout.items import MM_PT, Page
from postcard.core.layout.sheets import Placement, Sheet, single_sheets
from postcard.core.progress import NullProgress, Progress, check_cancel
from postcard.render.fonts import FontCatalog
from postcard.render.pdfdraw import PageContent, Resources, draw_items, draw_page
from postcard.render.pdfwriter import PdfWriter

Offsets = Mapping[str, tuple[float, float]]

#: How the sheets of a document are printed. ``card``: both sides of each card follow each other and the
#: sheet turns the way the card does (its long edge for an upright card, its short edge for a wide one, so the
#: back is the right way up); ``long-edge``: n-up sheets, backs mirrored for a long-edge flip; ``simplex``: one
#: side per sheet (two-pass printing, one side only, a calibration page).
DUPLEX = {"simplex": "/Simplex", "long-edge": "/DuplexFlipLongEdge", "short-edge": "/DuplexFlipShortEdge"}


def write_sheets(
    sheets: Iterable[Sheet],
    out: str | os.PathLike[str] | IO[bytes],
    catalog: FontCatalog | None,
    *,
    offsets: Offsets | None = None,
    title: str = "postcard",
    invariant: bool = False,
    progress: Progress | None = None,
    duplex: str = "simplex",
) -> int:
    """Draw every sheet as one PDF page, written as soon as it is drawn; returns the page count.

    Checks for cancel between pages. ``duplex`` is ``"card"``, ``"long-edge"``, ``"short-edge"`` or ``"simplex"``
    (see :data:`DUPLEX`); each sheet's ``bookmarks`` become outline entries pointing at it.
    """
    progress = progress or NullProgress()
    offsets = offsets or {}
    with ExitStack() as stack:
        if hasattr(out, "write"):
            handle = out
        else:
            handle = stack.enter_context(open(os.fspath(out), "wb"))
        writer = PdfWriter(handle, title=title, invariant=invariant)  # type: ignore[arg-type]
        resources = Resources(writer, catalog)
        back_is_wide: bool | None = None
        for sheet in sheets:
            check_cancel(progress)
            page = PageContent(resources)
            for placement in sheet.placements:
                dx, dy = offsets.get(placement.side, (0.0, 0.0))
                _draw_placed(page, placement, dx, dy, sheet.height)
            if sheet.marks:
                draw_items(page, sheet.marks, sheet.height)
            writer.add_page(sheet.width * MM_PT, sheet.height * MM_PT, page.content(), page.resource_dict())
            if writer.page_count == 2:
                back_is_wide = sheet.width > sheet.height
            for name in sheet.bookmarks:
                writer.add_bookmark(name)
            progress.tick()
        if duplex == "card":
            duplex = "simplex" if back_is_wide is None else "short-edge" if back_is_wide else "long-edge"
        writer.preferences = {"PrintScaling": "/None", "Duplex": DUPLEX[duplex]}
        if duplex != "long-edge" or back_is_wide is not None:
            writer.preferences["PickTrayByPDFSize"] = "true"
        writer.close()
        return writer.page_count


def _draw_placed(page: PageContent, placement: Placement, dx: float, dy: float, sheet_h: float) -> None:
    """Draw a card side with its top-left corner at (x, y) mm of the sheet, turned by ``placement.rotation``."""
    card, x, y, rotation = placement.page, placement.x + dx, placement.y + dy, placement.rotation
    if rotation == 0 and abs(sheet_h - card.height) < 1e-6:
        draw_page(page, card, (x, y))
        return
    w, h = card.width * MM_PT, card.height * MM_PT
    if rotation == 0:
        matrix = (1, 0, 0, 1, x * MM_PT, (sheet_h - y) * MM_PT - h)
    elif rotation == 90:  # clockwise: the page's top-left goes to the cell's top-right
        matrix = (0, -1, 1, 0, x * MM_PT, (sheet_h - y) * MM_PT)
    elif rotation == 180:  # upside down: the page's top-left goes to the cell's bottom-right
        matrix = (-1, 0, 0, -1, x * MM_PT + w, (sheet_h - y) * MM_PT)
    else:  # -90: counter-clockwise: the page's top-left goes to the cell's bottom-left
        matrix = (0, 1, -1, 0, x * MM_PT + h, (sheet_h - y) * MM_PT - w)
    page.ops.append("q " + " ".join(f"{v:.4f}".rstrip("0").rstrip(".") for v in matrix) + " cm")
    draw_page(page, card)
    page.ops.append("Q")


def render_pages_to_pdf(
    pages: Sequence[Page],
    out: str | os.PathLike[str] | IO[bytes],
    catalog: FontCatalog,
    *,
    title: str = "",
    offsets: Sequence[tuple[float, float]] | None = None,
    invariant: bool = False,
) -> None:
    """Write pages to a PDF, each PDF page the size of its :class:`Page` and bookmarked with its label.

    Args:
        pages: The pages, in order.
        out: A path or a binary file object.
        catalog: Fonts.
        title: The document title (PDF metadata).
        offsets: Per page (dx, dy) in mm, see :func:`postcard.render.pdfdraw.draw_page`; none by default.
        invariant: Reproducible bytes (fixed dates and identifier) for tests.

    Raises:
        ValueError: no pages, or as many offsets as pages are not given.
    """
    if not pages:
        raise ValueError("no pages to render")
    if offsets is not None and len(offsets) != len(pages):
        raise ValueError(f"{len(offsets)} offsets for {len(pages)} pages")
    sheets = []
    for index, sheet in enumerate(single_sheets([("page", page) for page in pages])):
        if offsets is not None:
            dx, dy = offsets[index]
            sheet.placements = [Placement(sheet.placements[0].page, dx, dy, 0, "page")]
        sheet.bookmarks = [sheet.label] if sheet.label else []
        sheets.append(sheet)
    write_sheets(sheets, out, catalog, title=title, invariant=invariant)
