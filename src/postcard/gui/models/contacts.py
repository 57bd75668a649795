"""The people table: contacts with their thank-you stage for the selected event; search folded like the store's."""

from __future__ import annotations

from itertools import compress

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from postcard.core.addresscheck import AddressProblem, PostalAreas, check_address
from postcard.core.model import Contact, Stage
from postcard.store.contacts import fold_query, search_key

from postcard.gui.i18n import QT_TRANSLATE_NOOP
from postcard.gui.models.table import ROW_ROLE, SORT_ROLE, Index, SearchProxy, TableModel

COL_STATUS, COL_NAME, COL_READING, COL_COMPANY, COL_TAGS, COL_ADDRESS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("ContactsModel", "Status"),
    QT_TRANSLATE_NOOP("ContactsModel", "Name"),
    QT_TRANSLATE_NOOP("ContactsModel", "Reading"),
    QT_TRANSLATE_NOOP("ContactsModel", "Company"),
    QT_TRANSLATE_NOOP("ContactsModel", "Tags"),
    QT_TRANSLATE_NOOP("ContactsModel", "Address"),
)
STAGE_TEXT = {
    Stage.NONE: QT_TRANSLATE_NOOP("ContactsModel", "not yet"),
    Stage.WRITTEN: QT_TRANSLATE_NOOP("ContactsModel", "line written"),
    Stage.PRINTED: QT_TRANSLATE_NOOP("ContactsModel", "printed"),
    Stage.SENT: QT_TRANSLATE_NOOP("ContactsModel", "sent"),
    Stage.REPLIED: QT_TRANSLATE_NOOP("ContactsModel", "replied"),
}
STAGE_ROLE = Qt.ItemDataRole.UserRole + 3


def tr(text: str) -> str:
    return QCoreApplication.translate("ContactsModel", text)


class ContactsModel(TableModel):
    """Contacts in the book's reading order; each row checkable (for printing the checked people)."""

    context = "ContactsModel"
    headers = HEADERS

    def __init__(self, contacts: list[Contact] | None = None) -> None:
        super().__init__()
        self._rows: list[Contact] = []
        self._ids: list[int | None] = []  # each row's contact id (looked up for 100,000 rows at once)
        self._keys: list[str] = []
        self._stages: dict[int, Stage] = {}
        self._checked: set[int] = set()
        self._show_stage = False
        self._address: dict[int, list[AddressProblem]] = {}  # checked as rows are shown (thousands: not at once)
        self._postal = PostalAreas()
        self._warning_icon: QIcon | None = None
        self._written: int | None = None  # how many rows have a line written or further (counted when asked)
        self.set_contacts(contacts or [])

    # --- data in ---------------------------------------------------------------------------------------
    def set_contacts(
        self, contacts: list[Contact], stages: dict[int, Stage] | None = None, *, keys: list[str] | None = None,
        ids: list[int | None] | None = None,
    ) -> None:  # fmt: skip
        """Replace the rows; ``stages`` (contact id → stage) when an event is selected, else no status; ``keys``:
        each contact's :func:`search_text`, ``ids`` each one's id, when a worker made them with the read (else made
        here)."""
        self.beginResetModel()
        self._rows = list(contacts)
        self._ids = list(ids) if ids is not None else [c.id for c in self._rows]
        self._keys = list(keys) if keys is not None else search_keys(self._rows)
        self._stages = dict(stages or {})
        self._show_stage = stages is not None
        self._written = None
        if self._checked:
            self._checked &= set(self._ids)
        self._address.clear()
        self.endResetModel()

    def set_stages(self, stages: dict[int, Stage]) -> None:
        self._stages = dict(stages)
        self._show_stage = True
        self._written = None
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_STATUS), self.index(len(self._rows) - 1, COL_STATUS))

    # --- data out --------------------------------------------------------------------------------------
    def contact(self, row: int) -> Contact:
        return self._rows[row]

    def contacts(self) -> list[Contact]:
        return list(self._rows)

    def contacts_at(self, rows: list[int]) -> list[Contact]:
        """The contacts of these rows, in that order (for 100,000 selected rows: no call per row)."""
        contacts = self._rows
        return [contacts[r] for r in rows]

    def row_of(self, contact_id: int) -> int:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def rows_of(self, contact_ids: set[int]) -> list[int]:
        """The rows of these people, in order."""
        return list(compress(range(len(self._ids)), map(contact_ids.__contains__, self._ids)))

    def stage(self, row: int) -> Stage:
        return self._stages.get(self._rows[row].id or 0, Stage.NONE)

    def written_count(self) -> int:
        """How many rows have a line written or further (counted from the stages, which only the people with a card
        have, and kept until the rows or the stages change: 100,000 rows asked one by one took 0.1 s)."""
        if self._written is None:
            written = {cid for cid, stage in self._stages.items() if stage >= Stage.WRITTEN}
            self._written = sum(map(written.__contains__, self._ids)) if written else 0
        return self._written

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def address_problems(self, row: int) -> list[AddressProblem]:
        """Why a card may not reach this row's person (checked once, when first asked)."""
        if row not in self._address:
            self._address[row] = check_address(self._rows[row], lookup=self._postal)
        return self._address[row]

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def is_checked(self, row: int) -> bool:
        return self._rows[row].id in self._checked

    def checked_ids(self) -> list[int]:
        return [c.id for c in self._rows if c.id is not None and c.id in self._checked]

    def set_checked(self, contact_ids: set[int]) -> None:
        self._checked = set(contact_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_NAME), self.index(len(self._rows) - 1, COL_NAME))

    # --- Qt's model interface --------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        c = self._rows[row]
        if role == ROW_ROLE:
            return c
        if role == STAGE_ROLE:
            return int(self.stage(row))
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_NAME:
            return Qt.CheckState.Checked if c.id in self._checked else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            if col == COL_STATUS:
                return int(self.stage(row))
            if col == COL_READING:
                return fold_query(" ".join(p for p in c.sort_readings if p)) or "\uffff"  # none: last
            return self.data(index)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NAME and self.address_problems(row):
            return self._warning()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.FontRole and col == COL_READING and c.reading_suggested:
            font = QFont()
            font.setItalic(True)  # a guess, until the user keeps it
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_STATUS:
            return tr(STAGE_TEXT[self.stage(row)]) if self._show_stage else ""
        if col == COL_NAME:
            return f"{'★ ' if c.key_person else ''}{c.addressed_name}"
        if col == COL_READING:
            if c.reading_suggested:
                marked = QCoreApplication.translate("ImportPreview", "%1 (suggested)")  # worded as in the import
                return marked.replace("%1", c.suggested_reading)
            return c.full_reading or (tr("(no reading: add it in the editor)") if c.reading_missing else "")
        if col == COL_COMPANY:
            return " / ".join(p for p in (c.company, c.department, c.title) if p)
        if col == COL_TAGS:
            return ", ".join(c.tags)
        return ("⚠ " if self.address_problems(row) else "") + c.one_line_address

    def _tooltip(self, row: int, col: int) -> str | None:
        from postcard.gui.wording import address_problems_text  # the application layer loads after the first frame

        c = self._rows[row]
        if col in (COL_NAME, COL_ADDRESS):
            problems = self.address_problems(row)
            parts = [tr("⚠ The card may not arrive: %1").replace("%1", address_problems_text(problems))] if problems \
                else []  # fmt: skip
            if col == COL_NAME and c.notes:
                parts.append(c.notes)
            return "\n\n".join(parts) or None
        if col == COL_READING and c.reading_suggested:
            return tr("A reading postcard guessed from the name. If it is right, keep it with Book ▸ Confirm "
                      "Suggested Readings; if not, type the right one in the contact editor "
                      "(double-click).")  # fmt: skip
        if col == COL_READING and c.reading_missing:
            return tr("No reading for this name yet. Double-click the person and type it in kana: the book sorts "
                      "by it and the search finds the person by it.")  # fmt: skip
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_NAME:
            return False
        cid = self._rows[index.row()].id or 0
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        (self._checked.add if checked else self._checked.discard)(cid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


def search_text(contact: Contact) -> str:
    """What the search box matches: the store's search key (names, readings folded, company, e-mail) and tags."""
    return search_key(contact) + " " + fold_query(" ".join(contact.tags))


def search_keys(contacts: list[Contact]) -> list[str]:
    """Each contact's :func:`search_text` (pure: the worker that reads the people makes them)."""
    return [search_text(c) for c in contacts]


class ContactsProxy(SearchProxy):
    """Filters the people by the search box as you type (folded like the store: かな = カナ, ａ = a)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortLocaleAware(False)
