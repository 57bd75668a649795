"""The card as it prints: the real PDF (both sides) in a QPdfView, flipped and zoomed by the user."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25


class PreviewPane(QWidget):
    """Shows one card's PDF; page 0 is the message side, page 1 the address side.

    Signals:
        shown(int): a new PDF is on screen (its generation), for whoever waits for the preview.
    """

    shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("cardPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setMinimumSize(220, 240)
        self._buffer: QBuffer | None = None
        self._side = 0
        self.generation = 0
        self.side_label = QLabel(self)
        self.flip_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.zoom_out_button = QToolButton(self)
        self.fit_button = QToolButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.side_label, 1)
        for button in (self.flip_button, self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.document.statusChanged.connect(self._update_label)

    def set_actions(self, flip, zoom_in, zoom_out, fit) -> None:  # type: ignore[no-untyped-def]
        """Use the window's actions (one shortcut each) for the buttons."""
        for button, action in (
            (self.flip_button, flip),
            (self.zoom_in_button, zoom_in),
            (self.zoom_out_button, zoom_out),
            (self.fit_button, fit),
        ):
            button.setDefaultAction(action)
        flip.triggered.connect(self.flip)
        zoom_in.triggered.connect(lambda: self.zoom(ZOOM_STEP))
        zoom_out.triggered.connect(lambda: self.zoom(1 / ZOOM_STEP))
        fit.triggered.connect(self.fit)

    def show_pdf(self, data: bytes, generation: int = 0) -> None:
        """Show new PDF bytes, keeping the side and zoom the user chose."""
        buffer = QBuffer(self)  # setData copies; the buffer must outlive the document's use of it
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._go_to(min(self._side, max(0, self.document.pageCount() - 1)))
        self.generation = generation
        self._update_label()
        self.shown.emit(generation)

    def clear(self) -> None:
        self.document.close()
        self._update_label()

    def side(self) -> int:
        return self._side

    def flip(self) -> None:
        if self.document.pageCount() > 1:
            self._go_to(1 - self._side if self._side < 2 else 0)
            self._update_label()

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else 1.0
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(8.0, current * factor)))

    def fit(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _go_to(self, page: int) -> None:
        self._side = page
        self.view.pageNavigator().jump(page, QPointF(), 0)

    def _update_label(self) -> None:
        if self.document.pageCount() < 1:
            self.side_label.setText(self.tr("No card to show"))
        elif self._side == 0:
            self.side_label.setText(self.tr("Message side"))
        else:
            self.side_label.setText(self.tr("Address side"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._update_label()
        super().changeEvent(event)
