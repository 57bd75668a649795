"""What the people table says when there is nobody in it: how to get people in (an empty book, an event no one
is linked to yet, an empty archive), with the buttons that do it."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


class Empty(Enum):
    BOOK = "book"  # no contact at all
    EVENT = "event"  # an event with nobody linked to it
    ARCHIVE = "archive"  # nobody archived


class EmptyState(QWidget):
    """The hint and the actions (import, a new contact, edit the event) for an empty people table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.kind = Empty.BOOK
        self.title = QLabel(self)
        self.title.setObjectName("emptyTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("emptyHint")
        self.text.setWordWrap(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        for key in ("import", "new", "event"):
            button = QToolButton(self)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 24, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def set_actions(self, import_contacts: QAction, new_contact: QAction, edit_event: QAction) -> None:
        for key, action in (("import", import_contacts), ("new", new_contact), ("event", edit_event)):
            self.buttons[key].setDefaultAction(action)

    def show_kind(self, kind: Empty) -> None:
        self.kind = kind
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        kind = self.kind
        if kind is Empty.BOOK:
            self.title.setText(self.tr("Your contact book is empty"))
            self.text.setText(self.tr(
                "Bring in the people you met: import the CSV your business-card app exports (Eight and others) or a "
                "vCard file — or drop the files on this window. You can also add a person by hand."
            ))  # fmt: skip
        elif kind is Empty.EVENT:
            self.title.setText(self.tr("Nobody is linked to this event yet"))
            self.text.setText(self.tr(
                "Import the business cards you got there (and choose this event in the import), or check the "
                "people you met in the event's editor."
            ))  # fmt: skip
        else:
            self.title.setText(self.tr("Nobody is archived"))
            self.text.setText(self.tr("Archived people are kept here, out of the lists; nothing is ever deleted."))
        self.buttons["import"].setVisible(kind is not Empty.ARCHIVE)
        self.buttons["new"].setVisible(kind is Empty.BOOK)
        self.buttons["event"].setVisible(kind is Empty.EVENT)
