"""The card as it prints: the real PDF in a QPdfView, both sides at once (message above, address below), zoomed
by the user and brought back to "both sides in view"."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Signal
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


class PreviewPane(QWidget):
    """Shows one card's PDF; page 0 is the message side, page 1 the address side, one above the other.

    "Fit" (the default) zooms so that both sides are in view whatever the pane's size; zooming in scrolls, and
    "flip" jumps to the other side.

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
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setPageSpacing(12)
        self.view.setMinimumSize(200, 240)
        self.view.viewport().installEventFilter(self)
        self._buffer: QBuffer | None = None
        self._side = 0
        self._fit = True
        self._stale = False
        self.generation = 0
        self.side_label = QLabel(self)
        self.side_label.setObjectName("previewSides")
        self.side_label.setWordWrap(True)
        self.flip_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.zoom_out_button = QToolButton(self)
        self.fit_button = QToolButton(self)
        bar = QHBoxLayout()
        for button in (self.flip_button, self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.side_label)
        layout.addWidget(self.view, 1)
        self.blank = QFrame(self)  # in the view's place when there is no card: the view keeps drawing the last
        self.blank.setObjectName("previewBlank")  # pages' white rectangles after its document is closed
        self.blank.setFrameShape(QFrame.Shape.StyledPanel)
        self.blank.setMinimumSize(200, 240)
        layout.addWidget(self.blank, 1)
        self.blank.hide()
        self.document.statusChanged.connect(self._update_label)

    def set_actions(self, flip: QAction, zoom_in: QAction, zoom_out: QAction, fit: QAction) -> None:
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
        """Show new PDF bytes, keeping the zoom and the side the user chose."""
        buffer = QBuffer(self)  # setData copies; the buffer must outlive the document's use of it
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self.blank.hide()
        self.view.show()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._stale = False
        if self._fit:
            self._apply_fit()
        else:
            self._go_to(min(self._side, max(0, self.document.pageCount() - 1)))
        self.generation = generation
        self._update_label()
        self.shown.emit(generation)

    def clear(self) -> None:
        self.document.close()
        self.view.hide()
        self.blank.show()
        self._stale = False
        self._update_label()

    def set_stale(self) -> None:
        """The card as typed now cannot be drawn: say so (and that the one shown, if any, is the last that could)."""
        self._stale = True
        self._update_label()

    def side(self) -> int:
        return self._side

    def flip(self) -> None:
        """Go to the other side (zoomed in: the side not in view)."""
        if self.document.pageCount() > 1:
            self._go_to(1 - self._side if self._side < 2 else 0)
            self._update_label()

    def zoom(self, factor: float) -> None:
        self._fit = False
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, self.view.zoomFactor() * factor)))
        self._go_to(self._side)
        self._update_label()

    def fit(self) -> None:
        """Both sides in view again."""
        self._fit = True
        self._apply_fit()
        self._update_label()

    def fit_zoom(self) -> float:
        """The zoom at which every page of the card fits the view, one above the other."""
        count = self.document.pageCount()
        if count < 1:
            return 1.0
        sizes = [self.document.pagePointSize(page) for page in range(count)]
        margins = self.view.documentMargins()
        slack = 8  # rounding of the rendered pages: a pixel too many would bring a scroll bar
        width = self.view.viewport().width() - margins.left() - margins.right() - slack
        height = (
            self.view.viewport().height() - margins.top() - margins.bottom() - self.view.pageSpacing() * count - slack
        )
        points_wide = max(s.width() for s in sizes)
        points_high = sum(s.height() for s in sizes)
        if points_wide <= 0 or points_high <= 0:
            return 1.0
        pixels_per_point = min(width / points_wide, height / points_high)
        dpi = self.view.logicalDpiY() / 72.0
        return max(MIN_ZOOM, min(MAX_ZOOM, pixels_per_point / dpi))

    def _apply_fit(self) -> None:
        self.view.setZoomFactor(self.fit_zoom())
        self.view.verticalScrollBar().setValue(0)

    def _go_to(self, page: int) -> None:
        self._side = page
        if self.document.pageCount() > page:
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self._fit and self.document.pageCount():
            self._apply_fit()
        return super().eventFilter(watched, event)

    def _update_label(self) -> None:
        count = self.document.pageCount()
        self.side_label.setStyleSheet("color: #b3261e;" if self._stale else "")
        if self._stale and count:
            self.side_label.setText(self.tr("Shown: the last version that fitted; the card as typed now cannot print."))
        elif self._stale:
            self.side_label.setText(self.tr("This card cannot be drawn as typed: see the problem beside it."))
        elif count < 1:
            self.side_label.setText(self.tr("No card to show"))
        elif count == 1:
            self.side_label.setText(self.tr("One side"))
        elif self._fit:
            self.side_label.setText(self.tr("Top: message side · bottom: address side"))
        elif self._side == 0:
            self.side_label.setText(self.tr("Message side"))
        else:
            self.side_label.setText(self.tr("Address side"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._update_label()
        super().changeEvent(event)
