"""The log: every card (drafted, printed, sent, replied), newest first, with a filter proxy."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt

from postcard.core.model import Card, CardStatus
from postcard.store.cards import LogRow
from postcard.store.contacts import fold_query

from postcard.gui.i18n import QT_TRANSLATE_NOOP
from postcard.gui.models.table import ROW_ROLE, SORT_ROLE, Index, SearchProxy, TableModel

COL_DATE, COL_PERSON, COL_EVENT, COL_STATUS, COL_TEXT = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("CardLogModel", "Date"),
    QT_TRANSLATE_NOOP("CardLogModel", "Person"),
    QT_TRANSLATE_NOOP("CardLogModel", "Event"),
    QT_TRANSLATE_NOOP("CardLogModel", "Status"),
    QT_TRANSLATE_NOOP("CardLogModel", "Text"),
)
STATUS_TEXT = {
    CardStatus.DRAFT: QT_TRANSLATE_NOOP("CardLogModel", "draft"),
    CardStatus.PRINTED: QT_TRANSLATE_NOOP("CardLogModel", "printed"),
    CardStatus.SENT: QT_TRANSLATE_NOOP("CardLogModel", "sent"),
    CardStatus.REPLIED: QT_TRANSLATE_NOOP("CardLogModel", "replied"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CardLogModel", text)


def card_date(card: Card) -> dt.datetime | None:
    """The date a person thinks of: when it was replied to, sent, printed, or else drafted."""
    return card.replied_at or card.sent_at or card.printed_at or card.drafted_at


def search_keys(rows: list[LogRow], person_keys: dict[int, str] | None = None) -> list[str]:
    """What the log's search box matches in each row: the person, the event, the card's text and the person's
    search key (readings), folded (*pure*: a worker thread makes them for ten thousand cards)."""
    keys = person_keys or {}
    return [
        fold_query(f"{r.contact_name} {r.event_name} {r.card.text} {r.card.personal}")
        + " "
        + keys.get(r.card.contact_id, r.person_key)
        for r in rows
    ]


class CardLogModel(TableModel):
    """The cards, sorted by the model itself (a proxy sorting ten thousand rows asks for each row's data at every
    comparison: a second on the GUI thread); :class:`CardLogProxy` only filters."""

    context = "CardLogModel"
    headers = HEADERS

    def __init__(self, rows: list[LogRow] | None = None, person_keys: dict[int, str] | None = None) -> None:
        super().__init__()
        self._rows: list[LogRow] = []
        self._keys: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (COL_DATE, Qt.SortOrder.DescendingOrder)
        self.set_rows(rows or [], person_keys)

    def set_rows(self, rows: list[LogRow], person_keys: dict[int, str] | None = None,
                 keys: list[str] | None = None) -> None:  # fmt: skip
        """``person_keys``: contact id → the store's search key (readings), so that a reading finds the person;
        without it, each row's own ``person_key``. ``keys``: the rows' :func:`search_keys`, made beforehand (on a
        worker thread). The rows keep the order last asked for (newest first)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = keys if keys is not None and len(keys) == len(rows) else search_keys(rows, person_keys)
        self._rows, self._keys = self._sorted(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (the date: the date a person thinks of; the others: their text), stably."""
        if not 0 <= column < len(self.headers):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = {id(r): n for n, r in enumerate(self._rows)}
        self._rows, self._keys = self._sorted(column, order)
        after = [before[id(r)] for r in self._rows]  # new row → old row
        moved = {old: new for new, old in enumerate(after)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved[i.row()], i.column()) if i.isValid() else i for i in persistent]
        )
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> tuple[list[LogRow], list[str]]:
        if column == COL_DATE:
            dates = [card_date(r.card) for r in self._rows]
            by = [when.isoformat() if when else "" for when in dates]
        else:
            by = [str(self.data(self.index(n, column)) or "") for n in range(len(self._rows))]
        order_ = sorted(range(len(self._rows)), key=by.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return [self._rows[n] for n in order_], [self._keys[n] for n in order_]

    def row(self, row: int) -> LogRow:
        return self._rows[row]

    def rows(self) -> list[LogRow]:
        return list(self._rows)

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        log_row = self._rows[index.row()]
        card, col = log_row.card, index.column()
        if role == ROW_ROLE:
            return log_row
        if role == SORT_ROLE:  # what the model sorts by (a proxy sorting on its own would ask for the same)
            if col == COL_DATE:
                when = card_date(card)
                return when.isoformat() if when else ""
            return self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TEXT:
            return card.text or card.personal
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_DATE:
            when = card_date(card)
            return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else ""
        if col == COL_PERSON:
            return log_row.contact_name
        if col == COL_EVENT:
            return log_row.event_name
        if col == COL_STATUS:
            return tr(STATUS_TEXT[card.status])
        return " / ".join(card.text.splitlines()) if card.text else card.personal


class CardLogProxy(SearchProxy):
    """Filters the log by status, event, person and text (all optional, all at once); the header's sort is the
    model's own (:meth:`CardLogModel.sort`), the proxy keeps the model's order."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, CardLogModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: CardStatus | None = None
        self.event_id: int | None = None
        self.contact_id: int | None = None

    def set_filters(
        self,
        *,
        status: CardStatus | None = None,
        event_id: int | None = None,
        contact_id: int | None = None,
        text: str = "",
    ) -> None:
        needles = fold_query(text).split()
        if (status, event_id, contact_id, needles) == (self.status, self.event_id, self.contact_id, self._needles):
            return  # the same filters: the rows shown stay (a new read of the log was filtered as it came)
        self.beginFilterChange()
        self.status, self.event_id, self.contact_id = status, event_id, contact_id
        self._needles = needles
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        card = model.row(source_row).card if isinstance(model, CardLogModel) else None
        if card is None:
            return False
        if self.status is not None and card.status is not self.status:
            return False
        if self.event_id is not None and card.event_id != self.event_id:
            return False
        if self.contact_id is not None and card.contact_id != self.contact_id:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
