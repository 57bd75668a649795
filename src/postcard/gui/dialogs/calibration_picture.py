"""The picture beside the measuring step: the top-left corner of the printed card, its millimetre scales, and the
two distances to measure (paper edge → the long tick marked 10), drawn with QPainter so it follows the window's
language and colours."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

SCALE = 9.0  # pixels per millimetre in the picture
SHOWN_MM = 26  # how much of the corner is drawn


class MeasurePicture(QWidget):
    """A card corner, enlarged: measure A (left edge → the 10 tick of the top scale) and B (top edge → the 10
    tick of the left scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measurePicture")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.label_a, self.label_b = "A", "B"

    def set_labels(self, a: str, b: str) -> None:
        self.label_a, self.label_b = a, b
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        side = int(SHOWN_MM * SCALE + 70)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        origin = QPointF(40, 40)
        size = SHOWN_MM * SCALE
        painter.fillRect(self.rect(), self.palette().window())
        painter.fillRect(QRectF(origin.x(), origin.y(), size + 30, size + 30), QColor("#fffdf6"))
        edge = QPen(QColor("#6b5b3e"), 2)
        painter.setPen(edge)
        painter.drawLine(origin, QPointF(origin.x() + size + 30, origin.y()))  # the card's top edge
        painter.drawLine(origin, QPointF(origin.x(), origin.y() + size + 30))  # the card's left edge
        ink = QPen(QColor("#1f2a44"), 1)
        painter.setPen(ink)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        for mm in range(0, SHOWN_MM + 1):
            length = 4.0 if mm % 10 == 0 else 2.5 if mm % 5 == 0 else 1.5
            x = origin.x() + mm * SCALE
            y = origin.y() + mm * SCALE
            painter.drawLine(QPointF(x, origin.y()), QPointF(x, origin.y() + length * SCALE))
            painter.drawLine(QPointF(origin.x(), y), QPointF(origin.x() + length * SCALE, y))
            if mm and mm % 10 == 0:
                painter.drawText(QPointF(x - 6, origin.y() + 6.0 * SCALE), str(mm))
                painter.drawText(QPointF(origin.x() + 5.0 * SCALE, y + 4), str(mm))
        accent = QColor("#c8102e")
        painter.setPen(QPen(accent, 2))
        painter.setBrush(accent)
        ten = 10 * SCALE
        self._arrow(painter, QPointF(origin.x(), origin.y() - 16), QPointF(origin.x() + ten, origin.y() - 16))
        self._arrow(painter, QPointF(origin.x() - 16, origin.y()), QPointF(origin.x() - 16, origin.y() + ten))
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(origin.x(), 0, ten, 22), Qt.AlignmentFlag.AlignCenter, self.label_a)
        painter.drawText(QRectF(0, origin.y(), 22, ten), Qt.AlignmentFlag.AlignCenter, self.label_b)
        painter.setPen(QPen(accent, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(origin.x() + ten, origin.y() - 22), QPointF(origin.x() + ten, origin.y() + 4 * SCALE))
        painter.drawLine(QPointF(origin.x() - 22, origin.y() + ten), QPointF(origin.x() + 4 * SCALE, origin.y() + ten))
        painter.end()

    @staticmethod
    def _arrow(painter: QPainter, start: QPointF, end: QPointF) -> None:
        painter.drawLine(start, end)
        for tip, back in ((end, start), (start, end)):
            dx, dy = back.x() - tip.x(), back.y() - tip.y()
            length = max((dx * dx + dy * dy) ** 0.5, 1.0)
            ux, uy = dx / length * 8, dy / length * 8
            painter.drawPolygon(
                QPolygonF(
                    [
                        tip,
                        QPointF(tip.x() + ux - uy / 2, tip.y() + uy + ux / 2),
                        QPointF(tip.x() + ux + uy / 2, tip.y() + uy - ux / 2),
                    ]
                )
            )
