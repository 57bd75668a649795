"""Printing a finished PDF through the system's printer at actual size (no fit-to-page).

Each PDF page carries its card's size; every page is printed on paper of that size (a Japanese postcard is
``QPageSize.Postcard``, 100 × 148 mm), with full-page coordinates, rendered by QtPdf at the printer's
resolution.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

POINT_MM = 25.4 / 72


def page_size(points: QSizeF) -> QPageSize:
    """The paper for a PDF page: a standard size when it is one (Postcard for a hagaki), else a custom one."""
    mm = QSizeF(points.width() * POINT_MM, points.height() * POINT_MM)
    portrait = QSizeF(min(mm.width(), mm.height()), max(mm.width(), mm.height()))
    standard = QPageSize.id(portrait, QPageSize.Unit.Millimeter, QPageSize.SizeMatchPolicy.FuzzyMatch)
    if standard != QPageSize.PageSizeId.Custom:
        return QPageSize(standard)
    return QPageSize(portrait, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print every page of ``path`` on ``printer`` at actual size; returns the number of pages printed."""
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise OSError(f"cannot read {path}")
    count = document.pageCount()
    printer.setFullPage(True)
    painter = QPainter()
    for page in range(count):
        points = document.pagePointSize(page)
        orientation = (
            QPageLayout.Orientation.Landscape if points.width() > points.height() else QPageLayout.Orientation.Portrait
        )
        layout = QPageLayout(page_size(points), orientation, QMarginsF(0, 0, 0, 0))
        printer.setPageLayout(layout)
        if page == 0:
            if not painter.begin(printer):
                raise OSError("the printer could not be opened")
        elif not printer.newPage():
            raise OSError("the printer refused a new page")
        dpi = printer.resolution()
        target = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = document.render(page, target)
        painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    painter.end()
    document.close()
    return count
