"""The template editor's list: bundled and user templates, a user one that replaces a bundled name marked as
such, a refused file with the reason."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication

from postcard.compose.template_files import Origin, TemplateEntry

from postcard.gui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplatesModel", text)


REFUSALS = {
    "symlink": QT_TRANSLATE_NOOP("TemplatesModel", "a symbolic link, which postcard never follows"),
    "unreadable": QT_TRANSLATE_NOOP("TemplatesModel", "the file cannot be read"),
    "not-utf8": QT_TRANSLATE_NOOP("TemplatesModel", "the file is not UTF-8 text"),
}


def refusal_text(key: str) -> str:
    """Why a user file is not used, in the window's language."""
    return tr(REFUSALS[key]) if key in REFUSALS else key


def origin_text(entry: TemplateEntry) -> str:
    """Where a template comes from, in a few words."""
    if entry.refused:
        return tr("refused")
    if entry.origin == Origin.USER and entry.shadows:
        return tr("yours, replaces the bundled one")
    return tr("yours") if entry.origin == Origin.USER else tr("bundled")


class TemplatesModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._entries: list[TemplateEntry] = []

    def set_entries(self, entries: list[TemplateEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> TemplateEntry:
        return self._entries[row]

    def row_of(self, name: str) -> int:
        return next((r for r, e in enumerate(self._entries) if e.name == name), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.title or entry.name}\n{entry.name} · {entry.lang} · {origin_text(entry)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.refused:
                return tr("This file is not used: %1").replace("%1", refusal_text(entry.refused))
            if entry.shadows:
                return tr("Your own copy; the bundled template of this name is not used while it exists.")
            return (
                tr("Bundled with postcard; it is copied to your folder when you change it.")
                if (entry.origin == Origin.BUNDLED)
                else tr("Your own template")
            )
        if role == Qt.ItemDataRole.SizeHintRole:  # two lines, with room for a taller fallback font (kana, kanji)
            metrics = QFontMetrics(QGuiApplication.font())
            return QSize(metrics.horizontalAdvance(entry.name) + 40, round(metrics.lineSpacing() * 2.8) + 4)
        if role == Qt.ItemDataRole.ForegroundRole and entry.refused:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return str(self.data(index)).replace("\n", ", ")
        if role == ENTRY_ROLE:
            return entry
        if role == NAME_ROLE:
            return entry.name
        return None

    def retranslate(self) -> None:
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))
