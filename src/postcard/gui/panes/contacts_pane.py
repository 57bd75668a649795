"""The people table: an event's people (or everyone), searchable as you type, with their thank-you status."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from postcard.context import AppContext
from postcard.core.model import Contact, Event, Stage

from postcard.gui.models.contacts import COL_ADDRESS, COL_NAME, COL_STATUS, ContactsModel, ContactsProxy


class ContactsPane(QWidget):
    """Signals:
    contact_changed(object): the current Contact (None when the table is empty).
    activated(): Enter or a double click on a person (the compose panel takes the focus).
    """

    contact_changed = Signal(object)
    activated = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown_event: Event | None = None
        self.model = ContactsModel()
        self.proxy = ContactsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setObjectName("contactsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the book's reading order
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(COL_STATUS, 90)
        header.resizeSection(COL_NAME, 190)
        header.setSectionHidden(COL_ADDRESS, False)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._enter_from_search)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(lambda _index: self.activated.emit())
        self.proxy.modelReset.connect(self._update_count)
        self.retranslate()

    # --- loading -------------------------------------------------------------------------------------------
    def show_event(self, event: Event | None) -> None:
        """The event's people, the ones not yet thanked first (or everyone, for None)."""
        self.shown_event = event
        if event is None or event.id is None:
            self.model.set_contacts(self.ctx.store.contacts.list())
        else:
            contacts = self.ctx.store.contacts.list(event_id=event.id)
            stages = self.ctx.store.cards.stages_for_event(event.id)
            # Not yet thanked first (nothing or a line written), then printed, sent, replied; each in reading order.
            contacts.sort(key=lambda c: stages.get(c.id or 0, Stage.NONE) >= Stage.PRINTED)
            self.model.set_contacts(contacts, stages)
        self._update_count()
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, COL_NAME))
        else:
            self.contact_changed.emit(None)

    def refresh_stages(self) -> None:
        if self.shown_event is not None and self.shown_event.id is not None:
            self.model.set_stages(self.ctx.store.cards.stages_for_event(self.shown_event.id))
        self._update_count()

    # --- selection -----------------------------------------------------------------------------------------
    def current_contact(self) -> Contact | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.contact(self.proxy.mapToSource(index).row())

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        if not index.isValid():  # filtered out by the search: clear the search to show the person
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def next_without_line(self) -> Contact | None:
        """The next person below the current one (wrapping) whose card for this event has no line yet."""
        count = self.proxy.rowCount()
        start = self.view.currentIndex().row()
        for step in range(1, count + 1):
            row = (start + step) % count
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            if self.model.stage(source) is Stage.NONE:
                self.view.setCurrentIndex(self.proxy.index(row, COL_NAME))
                return self.model.contact(source)
        return None

    def checked_ids(self) -> list[int]:
        return self.model.checked_ids()

    def visible_contacts(self) -> list[Contact]:
        return [
            self.model.contact(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def written_count(self) -> tuple[int, int]:
        """(people with a line written or further, people) for the event shown."""
        people = self.model.rowCount()
        return sum(self.model.stage(r) >= Stage.WRITTEN for r in range(people)), people

    # --- internals -----------------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        current = self.current_contact()
        self.proxy.set_query(text)
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, COL_NAME))
        elif current is not None and self.current_contact() is None:
            self.contact_changed.emit(None)
        self._update_count()

    def _enter_from_search(self) -> None:
        if self.proxy.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.proxy.index(0, COL_NAME))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.activated.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.view.selectionModel().select(
            current, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.contact_changed.emit(self.current_contact())

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.shown_event is not None and self.shown_event.id is not None:
            written, people = self.written_count()
            text = self.tr("%1 of %2 written").replace("%1", str(written)).replace("%2", str(people))
        else:
            text = self.tr("%n contact(s)", "", total)
        if shown != total:
            text += " · " + self.tr("%n shown", "", shown)
        self.count_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names, readings, company, tags…"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.view.setAccessibleName(self.tr("People"))
        self.model.retranslate()
        self._update_count()
