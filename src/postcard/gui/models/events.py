"""The sidebar: the events (newest first, with how far the thank-yous have come), all contacts, follow-ups (with
how many are due), and the log."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from postcard.core.model import Event, EventProgress

Index = QModelIndex | QPersistentModelIndex

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3


class Kind(Enum):
    EVENT = "event"
    CONTACTS = "contacts"
    FOLLOW_UPS = "follow-ups"
    LOG = "log"
    ARCHIVED = "archived"


FIXED = (Kind.CONTACTS, Kind.FOLLOW_UPS, Kind.LOG, Kind.ARCHIVED)  # the entries below the events


@dataclass(frozen=True)
class SidebarItem:
    kind: Kind
    event: Event | None = None
    progress: EventProgress = EventProgress()


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("EventsModel", text, None, n)


class EventsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[SidebarItem] = [SidebarItem(k) for k in FIXED]
        self.due = 0  # people due a word (the follow-ups entry's quiet badge)

    def set_events(self, events: list[Event], progress: dict[int, EventProgress]) -> None:
        self.beginResetModel()
        self._items = [SidebarItem(Kind.EVENT, e, progress.get(e.id or 0, EventProgress())) for e in events]
        self._items += [SidebarItem(k) for k in FIXED]
        self.endResetModel()

    def set_progress(self, progress: dict[int, EventProgress]) -> None:
        """New counts after drafting or printing; rows stay where they are (the selection too)."""
        for row, item in enumerate(self._items):
            if item.kind is Kind.EVENT and item.event is not None:
                new = progress.get(item.event.id or 0, EventProgress())
                if new != item.progress:
                    self._items[row] = SidebarItem(Kind.EVENT, item.event, new)
                    self.dataChanged.emit(self.index(row), self.index(row))

    def progress(self) -> dict[int, EventProgress]:
        """The counts shown now, by event id."""
        return {i.event.id: i.progress for i in self._items if i.event is not None and i.event.id is not None}

    def set_due(self, count: int) -> None:
        """How many people are due a word (shown beside Follow-ups)."""
        if count != self.due:
            self.due = count
            row = self.row_of_kind(Kind.FOLLOW_UPS)
            self.dataChanged.emit(self.index(row), self.index(row))

    def item(self, row: int) -> SidebarItem:
        return self._items[row]

    def row_of_event(self, event_id: int) -> int:
        return next((r for r, i in enumerate(self._items) if i.event is not None and i.event.id == event_id), -1)

    def row_of_kind(self, kind: Kind) -> int:
        return next(r for r, i in enumerate(self._items) if i.kind is kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == KIND_ROLE:
            return item.kind.value
        if role == EVENT_ROLE:
            return item.event
        if role == PROGRESS_ROLE:
            return item.progress
        if role == Qt.ItemDataRole.DisplayRole:
            if item.kind is Kind.CONTACTS:
                return tr("All contacts")
            if item.kind is Kind.LOG:
                return tr("Log")
            if item.kind is Kind.FOLLOW_UPS:
                due = tr("%n due", n=self.due) if self.due else ""
                return tr("Follow-ups") + (f"  ·  {due}" if due else "")
            if item.kind is Kind.ARCHIVED:
                return tr("Archived contacts")
            assert item.event is not None
            return f"{item.event.name}\n{self.summary(item)}"
        if role == Qt.ItemDataRole.ToolTipRole and item.event is not None:
            return "\n".join(p for p in (item.event.name, item.event.place, item.event.notes) if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return str(self.data(index)).replace("\n", ", ")
        return None

    @staticmethod
    def summary(item: SidebarItem) -> str:
        p = item.progress
        date = item.event.date.isoformat() if item.event and item.event.date else ""
        counts = tr("%1 met · %2 written · %3 printed · %4 sent")
        for key, value in (("%1", p.people), ("%2", p.written), ("%3", p.printed), ("%4", p.sent)):
            counts = counts.replace(key, str(value))
        return f"{date}\n{counts}".strip()

    def retranslate(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
