"""The sidebar: pick an event (its people), all contacts, the follow-ups, or the log."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelection, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from postcard.compose.reading import read_with_own_connection
from postcard.context import AppContext
from postcard.core.model import Event, EventProgress

from postcard.gui.models.events import EventsModel, Kind, SidebarItem
from postcard.gui.tasks import TaskRunner

log = logging.getLogger("postcard.gui")

PROGRESS_CHANNEL = "event-progress"  # the task runner's channel for the events' counts


class SidebarPane(QWidget):
    """Signals:
    event_chosen(object): an Event, or None for all contacts.
    archived_chosen(): the archived contacts were picked.
    log_chosen(): the log was picked.
    follow_ups_chosen(): the follow-ups were picked.
    """

    event_chosen = Signal(object)
    archived_chosen = Signal()
    log_chosen = Signal()
    follow_ups_chosen = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.model = EventsModel()
        self.view = QListView(self)
        self.view.setObjectName("eventsView")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()

    def reload(self) -> None:
        """Read the events again; the selection stays on the same item when it still exists. The events keep the
        counts they had until :meth:`refresh_progress` brings the new ones."""
        current = self.current_item()
        self.model.set_events(self.ctx.store.events.list(), self.model.progress())
        if current is not None and current.event is not None:
            self.select_event(current.event.id or 0)
        elif current is not None:
            self.select_kind(current.kind)
        else:
            self.select_first()  # the newest event
        self.refresh_progress()

    def refresh_progress(self) -> None:
        """Count each event's people, lines, printed and sent cards again, on the task runner through a connection
        of its own (after an import of 100,000 people: 0.15 s); a newer count replaces an older one."""
        paths = self.ctx.paths
        self.runner.run(lambda: read_with_own_connection(paths, lambda store: store.cards.event_progress()),
                        self._counted, channel=PROGRESS_CHANNEL)  # fmt: skip

    def _counted(self, progress: dict[int, EventProgress] | None, error: BaseException | None) -> None:
        if error is not None or progress is None:  # the counts stay as they were
            log.warning("counting the events' cards failed: %s", error)
            return
        self.model.set_progress(progress)

    def current_item(self) -> SidebarItem | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def current_event(self) -> Event | None:
        item = self.current_item()
        return item.event if item is not None else None

    def events(self) -> list[Event]:
        items = (self.model.item(r) for r in range(self.model.rowCount()))
        return [item.event for item in items if item.event is not None]

    def select_event(self, event_id: int) -> bool:
        row = self.model.row_of_event(event_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        return row >= 0

    def select_kind(self, kind: Kind) -> None:
        self.view.setCurrentIndex(self.model.index(self.model.row_of_kind(kind)))

    def select_kind_log(self) -> None:
        self.select_kind(Kind.LOG)

    def select_kind_follow_ups(self) -> None:
        self.select_kind(Kind.FOLLOW_UPS)

    def select_first(self) -> None:
        self.view.setCurrentIndex(self.model.index(0))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.kind is Kind.LOG:
            self.log_chosen.emit()
        elif item.kind is Kind.FOLLOW_UPS:
            self.follow_ups_chosen.emit()
        elif item.kind is Kind.ARCHIVED:
            self.archived_chosen.emit()
        else:
            self.event_chosen.emit(item.event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.view.setAccessibleName(self.tr("Events"))
        self.view.setToolTip(self.tr("Events, all contacts, follow-ups and the log (arrow keys to move)"))
