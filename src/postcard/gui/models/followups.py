"""Who is due a word, in the order ``core.followups.rank`` gives (most overdue first, key people first among
equals): the person (★ for a key person), their company, the last contact and its date, how overdue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from postcard.compose.keeping_in_touch import FollowUpRow

from postcard.gui.i18n import QT_TRANSLATE_NOOP
from postcard.gui.models.table import ROW_ROLE, Index, TableModel

COL_NAME, COL_COMPANY, COL_LAST, COL_DATE, COL_DUE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("FollowUpsModel", "Person"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "Company"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "Last contact"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "Date"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "Due"),
)
KINDS = {
    "card": QT_TRANSLATE_NOOP("FollowUpsModel", "card sent"),
    "meeting": QT_TRANSLATE_NOOP("FollowUpsModel", "met"),
    "call": QT_TRANSLATE_NOOP("FollowUpsModel", "call"),
    "lunch": QT_TRANSLATE_NOOP("FollowUpsModel", "lunch"),
    "email": QT_TRANSLATE_NOOP("FollowUpsModel", "e-mail"),
    "note": QT_TRANSLATE_NOOP("FollowUpsModel", "note"),
}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("FollowUpsModel", text, None, n)


def kind_text(kind: str) -> str:
    """A touch's kind in the window's language (a kind typed elsewhere shows as it was typed)."""
    return tr(KINDS[kind]) if kind in KINDS else kind


class FollowUpsModel(TableModel):
    context = "FollowUpsModel"
    headers = HEADERS

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self.today = today or dt.date.today()
        self._rows: list[FollowUpRow] = []

    def set_rows(self, rows: list[FollowUpRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today or self.today
        self.endResetModel()

    def row(self, row: int) -> FollowUpRow:
        return self._rows[row]

    def row_of_contact(self, contact_id: int) -> int:
        return next((r for r, row in enumerate(self._rows) if row.contact.id == contact_id), -1)

    def due_count(self) -> int:
        return sum(1 for row in self._rows if row.follow_up.due)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        contact, column = item.contact, index.column()
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return ("★ " if contact.key_person else "") + contact.display_name
            if column == COL_COMPANY:
                return contact.company
            if column == COL_LAST:
                if item.last is None:
                    return tr("none yet")
                if not item.last.note:
                    return kind_text(item.last.kind)
                return tr("%1 (%2)").replace("%1", kind_text(item.last.kind)).replace("%2", item.last.note)
            if column == COL_DATE:
                return item.last.date.isoformat() if item.last else "—"
            if column == COL_DUE:
                return self.due_text(item)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME and contact.key_person:
            return tr("Key person")
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE and item.follow_up.due:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return str(self.data(index))
        return None

    def due_text(self, item: FollowUpRow) -> str:
        follow_up = item.follow_up
        if follow_up.last_touch is None:
            return tr("never in touch")
        late = (follow_up.days_since or 0) - follow_up.contact.effective_interval_days
        if late <= 0:
            return tr("in %n day(s)", -late) if late < 0 else tr("today")
        return tr("%n day(s) overdue", late)
