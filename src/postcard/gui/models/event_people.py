"""Who was met at an event, picked from the whole book: the people table's model with a 'met here' filter."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from postcard.gui.models.contacts import COL_NAME, ContactsModel, ContactsProxy
from postcard.gui.models.table import Index


class EventPeopleProxy(ContactsProxy):
    """The search of :class:`ContactsProxy`, and optionally only the checked people (the ones met here)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_checked = False

    def set_only_checked(self, only: bool) -> None:
        if only == self._only_checked:
            return
        self.beginFilterChange()
        self._only_checked = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        if self._only_checked:
            model = self.sourceModel()
            if isinstance(model, ContactsModel):  # asked for every row of the book: no index and data() per row
                if not model.is_checked(source_row):
                    return False
            else:
                index = model.index(source_row, COL_NAME, source_parent)
                if model.data(index, Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked:
                    return False
        return super().filterAcceptsRow(source_row, source_parent)
