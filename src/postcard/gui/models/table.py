"""What the window's tables share: a row per item under translated column headings, the row's own object under
:data:`ROW_ROLE`, what a column sorts by under :data:`SORT_ROLE`, and the search box's filter, folded like the
store's search (かな = カナ, ａ = a)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from postcard.store.contacts import fold_query

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's own object (a Contact, a LogRow, a FollowUpRow…)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a column sorts by where its text would sort wrongly


class TableModel(QAbstractTableModel):
    """A row per item of ``_rows``, under the column ``headers`` (each marked with ``QT_TRANSLATE_NOOP`` in
    ``context``, and translated when shown)."""

    context: ClassVar[str] = ""
    headers: ClassVar[tuple[str, ...]] = ()
    _rows: Sequence[object] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):  # fmt: skip
            return QCoreApplication.translate(self.context, self.headers[section])
        return None

    def search_key(self, row: int) -> str:
        """What the search box matches in ``row`` (folded with ``fold_query``); nothing in a table without one."""
        return ""

    def retranslate(self) -> None:
        """The headings and the cells again, in the language just chosen."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if rows := self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self.headers) - 1))


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows of a :class:`TableModel` whose search key holds every word typed, sorted by
    :data:`SORT_ROLE`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needles: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        needles = fold_query(text).split()
        if needles == self._needles:
            return
        self.beginFilterChange()
        self._needles = needles
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def query(self) -> list[str]:
        return list(self._needles)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        if not self._needles:
            return True
        model = self.sourceModel()
        key = model.search_key(source_row) if isinstance(model, TableModel) else ""
        return all(needle in key for needle in self._needles)
