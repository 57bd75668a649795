"""The contacts table model (model/view; tested without a view)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from postcard.core.model import Contact

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_READING, COL_COMPANY, COL_ADDRESS = range(4)
HEADERS = ("Name", "Reading", "Company", "Address")
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactsModel(QAbstractTableModel):
    def __init__(self, contacts: list[Contact] | None = None) -> None:
        super().__init__()
        self._contacts: list[Contact] = list(contacts or [])

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def contact(self, row: int) -> Contact:
        return self._contacts[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        c = self._contacts[index.row()]
        if role == CONTACT_ROLE:
            return c
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_NAME:
            return f"{'★ ' if c.key_person else ''}{c.addressed_name}"
        if col == COL_READING:
            return c.full_reading or ("(reading missing)" if c.reading_missing else "")
        if col == COL_COMPANY:
            return " / ".join(p for p in (c.company, c.department, c.title) if p)
        return c.one_line_address

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None
