"""A small, fixed view of one page of a PDF held in memory (the settings dialog's handwriting sample)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PdfSample(QWidget):
    """Shows one page of PDF bytes, fitted to the view; ``generation`` says which render is on screen.

    The document belongs to this widget, not to the view, as in the preview pane: the view goes first when the
    widget is destroyed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._buffer: QBuffer | None = None
        self.generation = 0

    def show_pdf(self, data: bytes, page: int = 0, generation: int = 0) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.view.pageNavigator().jump(min(page, max(0, self.pdf.pageCount() - 1)), QPointF(), 0)
        self.generation = generation
