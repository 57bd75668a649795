"""The personal line editor: plain text, one or two short lines, Ctrl+Enter left to the window's action."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_CTRL_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PersonalLineEdit(QPlainTextEdit):
    """A small plain-text editor with QLineEdit's ``text``/``setText``; Enter breaks the line on purpose.

    A line break puts the personal text on two lines of the card (which the three-line rule may refuse, and
    the panel says so at once). Ctrl+Enter is not typed: it goes to "Save and next person".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = 3
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 12)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _is_ctrl_enter(event):
            event.ignore()  # let the window's shortcut have it
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if _is_ctrl_enter(event):
            event.ignore()
            return
        super().keyPressEvent(event)


def _is_ctrl_enter(event: QKeyEvent) -> bool:
    return event.key() in _CTRL_ENTER and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
