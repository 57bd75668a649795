"""The log view: every card, filtered by status, event, person and text; export, reprint, mark sent/replied."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.card_log import LogContents, read_log
from postcard.compose.reading import read_with_own_connection
from postcard.context import AppContext
from postcard.core.model import CardStatus

from postcard.gui.models.card_log import (
    COL_DATE,
    COL_EVENT,
    COL_PERSON,
    COL_STATUS,
    STATUS_TEXT,
    CardLogModel,
    CardLogProxy,
    search_keys,
)
from postcard.gui.models.card_log import tr as log_tr
from postcard.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from postcard.store.cards import LogRow

log = logging.getLogger("postcard.gui")


class LogPane(QWidget):
    """Signals:
    changed(): card statuses changed here (the sidebar and the people table update their counts).
    loaded(): the log was read again (:meth:`reload` reads it on the task runner).
    reprint_requested(list): the LogRows the user wants printed again.
    """

    changed = Signal()
    reprint_requested = Signal(list)
    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.model = CardLogModel()
        self.proxy = CardLogProxy(self)
        self.proxy.setSourceModel(self.model)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("logStatusFilter")
        self.event_box = QComboBox(self)
        self.event_box.setObjectName("logEventFilter")
        self.person_box = QComboBox(self)
        self.person_box.setObjectName("logPersonFilter")
        self.text_box = QLineEdit(self)
        self.text_box.setObjectName("logSearch")
        self.text_box.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setObjectName("logView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        header.resizeSection(COL_DATE, metrics.horizontalAdvance("2026-11-30 23:34") + 24)
        header.resizeSection(COL_PERSON, metrics.horizontalAdvance("Ms. Emily Smith") + 40)
        header.resizeSection(COL_EVENT, metrics.horizontalAdvance("地域DXセミナー2026") + 16)
        header.resizeSection(COL_STATUS, metrics.horizontalAdvance("replied") + 40)
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.count_label = QLabel(self)
        self._status_label, self._event_label, self._person_label = QLabel(self), QLabel(self), QLabel(self)

        filters = QHBoxLayout()
        for label, box in (
            (self._status_label, self.status_box),
            (self._event_label, self.event_box),
            (self._person_label, self.person_box),
        ):
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addWidget(self.text_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.count_label)

        self.status_box.currentIndexChanged.connect(self._apply_filters)
        self.event_box.currentIndexChanged.connect(self._apply_filters)
        self.person_box.currentIndexChanged.connect(self._apply_filters)
        self.text_box.textChanged.connect(self._apply_filters)
        self.retranslate()

    # --- loading and filters -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the log again (after printing, marking, drafting), on the task runner: ten thousand cards take
        longer than a frame to read. The filters stay; a newer reload's result replaces an older one's."""
        paths = self.ctx.paths

        def read() -> tuple[LogContents, list[str]]:
            contents = read_with_own_connection(paths, read_log)
            return contents, search_keys(contents.rows)

        self.runner.run(read, self._loaded, channel="log")

    def _loaded(self, result: tuple[LogContents, list[str]] | None, error: BaseException | None) -> None:
        if error is not None or result is None:
            log.warning("reading the log failed: %s", error)
            return
        contents, keys = result
        self.model.set_rows(contents.rows, keys=keys)
        self._fill_combo(self.event_box, contents.events, self.tr("All events"))
        self._fill_combo(self.person_box, contents.people, self.tr("All people"))
        self._apply_filters()
        self.loaded.emit()

    def show_history(self, contact_id: int) -> None:
        """Only this person's cards, every status and event."""
        self.status_box.setCurrentIndex(0)
        self.event_box.setCurrentIndex(0)
        self.text_box.clear()
        index = self.person_box.findData(contact_id)
        if index < 0:
            contact = self.ctx.store.contacts.get(contact_id)
            self.person_box.addItem(contact.display_name if contact else str(contact_id), contact_id)
            index = self.person_box.count() - 1
        self.person_box.setCurrentIndex(index)

    def set_status_filter(self, status: CardStatus | None) -> None:
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(status.value if status else None)))

    def set_event_filter(self, event_id: int | None) -> None:
        self.event_box.setCurrentIndex(max(0, self.event_box.findData(event_id)))

    def _fill_combo(self, box: QComboBox, items: Sequence[tuple[object, str]], all_text: str) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(all_text, None)
        for value, text in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
        box.blockSignals(False)

    def _apply_filters(self) -> None:
        status = self.status_box.currentData()
        self.proxy.set_filters(
            status=CardStatus(status) if status else None,
            event_id=self.event_box.currentData(),
            contact_id=self.person_box.currentData(),
            text=self.text_box.text(),
        )
        self.count_label.setText(self.tr("%n card(s)", "", self.proxy.rowCount()))

    # --- what is selected ----------------------------------------------------------------------------------
    def selected_rows(self) -> list[LogRow]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.view.currentIndex()).row()}
        return [self.model.row(r) for r in sorted(rows)]

    def select_card(self, card_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            row = self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if row.card.id == card_id:
                self.view.selectRow(r)
                return True
        return False

    # --- commands ------------------------------------------------------------------------------------------
    def mark(self, status: CardStatus) -> int:
        """Mark the selected printed cards sent (or replied); drafts are left alone. Returns how many changed."""
        ids = [r.card.id for r in self.selected_rows() if r.card.id and r.card.status is not CardStatus.DRAFT]
        if not ids:
            QMessageBox.information(
                self,
                self.tr("Nothing to mark"),
                self.tr("Select printed cards in the log first (drafts cannot be marked)."),
            )
            return 0
        from postcard.compose.marking import mark_cards

        changed = mark_cards(self.ctx.store, status, card_ids=ids)
        self.reload()
        self.changed.emit()
        return changed

    def reprint_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.card.status is not CardStatus.DRAFT]
        if not rows:
            QMessageBox.information(
                self, self.tr("Nothing to reprint"), self.tr("Select printed cards in the log first.")
            )
            return
        self.reprint_requested.emit(rows)

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write the cards shown (with the filters applied) as CSV; asks where when no path is given."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the log"), str(Path.home() / "postcard-log.csv"), self.tr("CSV files (*.csv)")
            )
            if not name:
                return None
            path = Path(name)
        rows = [
            self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in range(self.proxy.rowCount())
        ]
        from postcard.compose.exporting import write_log_csv

        write_log_csv(path, rows)
        return path

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._status_label.setText(self.tr("&Status:"))
        self._event_label.setText(self.tr("&Event:"))
        self._person_label.setText(self.tr("&Person:"))
        self.text_box.setPlaceholderText(self.tr("Search names and card text…"))
        self.view.setAccessibleName(self.tr("Log"))
        current = self.status_box.currentIndex()
        self.status_box.blockSignals(True)
        self.status_box.clear()
        self.status_box.addItem(self.tr("All"), None)
        for status, text in STATUS_TEXT.items():
            self.status_box.addItem(log_tr(text), status.value)
        self.status_box.setCurrentIndex(max(0, current))
        self.status_box.blockSignals(False)
        if self.event_box.count():
            self.event_box.setItemText(0, self.tr("All events"))
        if self.person_box.count():
            self.person_box.setItemText(0, self.tr("All people"))
        self.model.retranslate()
        self.count_label.setText(self.tr("%n card(s)", "", self.proxy.rowCount()))
