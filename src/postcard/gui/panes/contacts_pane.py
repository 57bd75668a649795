"""The people table: an event's people (or everyone), searchable as you type, with their thank-you status."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.book import People, read_people
from postcard.compose.reading import read_with_own_connection
from postcard.context import AppContext
from postcard.core.model import Contact, Event, Stage

from postcard.gui.models.contacts import (
    COL_ADDRESS,
    COL_COMPANY,
    COL_NAME,
    COL_READING,
    COL_STATUS,
    COL_TAGS,
    ContactsModel,
    ContactsProxy,
    search_keys,
)
from postcard.gui.panes.empty_state import Empty, EmptyState
from postcard.gui.tasks import TaskRunner

log = logging.getLogger("postcard.gui")

CONTACTS_CHANNEL = "people"  # the task runner's channel for reading the people shown
SEARCH_SETTLE_MS = 150  # the card of the person a search lands on opens once the typing pauses this long


class ContactsPane(QWidget):
    """Signals:
    contact_changed(object): the current Contact (None when the table is empty).
    activated(): Enter in the search box (the compose panel takes the focus).
    edit_requested(): Enter or a double click on a person in the table (the contact editor opens).
    loaded(): the people asked for have arrived and are shown, the first or the waiting one current (or the read
    failed: the table keeps what it showed).
    """

    contact_changed = Signal(object)
    activated = Signal()
    edit_requested = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.shown_event: Event | None = None
        self.showing_archived = False
        self._target: tuple[Event | None, bool] = (None, False)  # what was asked for: (event, archived)
        self._loading = False
        self._pending_select: list[int] | None = None  # selected once the rows being read arrive
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
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        metrics = self.fontMetrics()
        header.resizeSection(COL_STATUS, metrics.horizontalAdvance("line written") + 16)
        header.resizeSection(COL_NAME, metrics.horizontalAdvance("Ms. Emily Smith") + 48)  # and the check box
        header.resizeSection(COL_READING, metrics.horizontalAdvance("やまざき だいすけ") + 12)
        header.resizeSection(COL_COMPANY, 200)
        for column in (COL_TAGS, COL_ADDRESS):  # on demand: right-click the header
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.count_label = QLabel(self)
        self.empty = EmptyState(self)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._enter_from_search)
        self._searching = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SEARCH_SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.search.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(lambda _index: self.edit_requested.emit())
        self.proxy.modelReset.connect(self._update_count)
        self.retranslate()

    # --- loading -------------------------------------------------------------------------------------------
    def show_event(self, event: Event | None) -> None:
        """The event's people, the ones not yet thanked first (or everyone, for None: read on the task runner)."""
        self._pending_select = None  # the user went elsewhere: a selection waiting for the rows is dropped
        self._load(event, archived=False)

    def show_archived(self) -> None:
        """The archived people (nothing is deleted: restore brings them back); read on the task runner."""
        self._pending_select = None
        self._load(None, archived=True)

    def reload(self) -> None:
        """Read the people shown again (after an edit, an import, an archive); the current person stays current
        (or the one waiting to be selected, when the rows are still being read)."""
        if self._pending_select is None:
            current = self.current_contact()
            self._pending_select = [current.id] if current is not None and current.id is not None else None
        event, archived = self._target
        self._load(event, archived=archived)

    def is_loading(self) -> bool:
        """The people asked for are still being read (the table shows the ones before until they arrive)."""
        return self._loading

    def _load(self, event: Event | None, *, archived: bool) -> None:
        """The people are read on the task runner through a connection of their own (an event's few hundred, the
        whole book's 10,000 and their search keys: 0.3 s; an event 100,000 were imported into: seconds); the
        table shows what it showed until they arrive, and a person selected meanwhile is selected then. A newer
        read replaces an older one (the runner drops it)."""
        self._target = (event, archived)
        self.runner.cancel(CONTACTS_CHANNEL)
        paths = self.ctx.paths
        event_id = event.id if event is not None and not archived else None

        def read() -> tuple[People, list[str], list[int | None]]:
            people = read_with_own_connection(paths, lambda store: read_people(store, event_id, archived=archived))
            return people, search_keys(people.contacts), [c.id for c in people.contacts]

        self._loading = True
        self.runner.run(read, self._loaded, channel=CONTACTS_CHANNEL)

    def _loaded(self, result: tuple[People, list[str], list[int | None]] | None, error: BaseException | None) -> None:
        self._loading = False
        if error is not None or result is None:
            log.warning("reading the people failed: %s", error)
            self._pending_select = None
            self.loaded.emit()
            return
        self._apply(*result)

    def _apply(self, people: People, keys: list[str], ids: list[int | None]) -> None:
        event, archived = self._target
        self.shown_event = None if archived else event
        self.showing_archived = archived
        self.model.set_contacts(people.contacts, people.stages, keys=keys, ids=ids)
        self._update_count()
        wanted, self._pending_select = self._pending_select, None
        if not (wanted and self._select(wanted)):
            if self.proxy.rowCount():
                self._make_current(self.proxy.index(0, COL_NAME))
            else:
                self.contact_changed.emit(None)
        self.loaded.emit()

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
        """Make this person current (clearing a search that hides them); False when they are not in the table.
        While the rows are being read, the person is selected when they arrive (True: asked for)."""
        if self._loading:
            self._pending_select = [contact_id]
            return True
        return self._select([contact_id]) > 0

    def select_contacts(self, contact_ids: list[int]) -> int:
        """Select these people (the first becomes current); returns how many are in the table. While the rows
        are being read, they are selected when the rows arrive (returns how many were asked for)."""
        if self._loading:
            self._pending_select = list(contact_ids)
            return len(self._pending_select)
        return self._select(contact_ids)

    def selected_contacts(self) -> list[Contact]:
        """The selected people (several with Shift or Ctrl), in table order; the current one when none is."""
        selection = self.view.selectionModel().selection()
        rows: set[int] = set()  # from the ranges: selectedRows() looks each row up in every range (minutes for 100,000)
        for i in range(selection.count()):
            rows.update(range(selection.at(i).top(), selection.at(i).bottom() + 1))
        chosen = self.model.contacts_at(self._source_rows(sorted(rows)))
        current = self.current_contact()
        return chosen or ([current] if current is not None else [])

    def _select(self, contact_ids: list[int]) -> int:
        """One person: current and the only one selected; several: all selected, the first in the table
        current. Returns how many are in the table."""
        if len(contact_ids) == 1:
            row = self.model.row_of(contact_ids[0])
            if row < 0:
                return 0
            index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
            if not index.isValid():  # filtered out by the search: clear the search to show the person
                self.search.clear()
                index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
            self._make_current(index)
            self.view.scrollTo(index)
            return 1
        rows = self.model.rows_of(set(contact_ids))
        if rows and any(r < 0 for r in self._proxy_rows(rows)):
            self.search.clear()  # some are filtered out by the search
        shown = sorted(r for r in self._proxy_rows(rows) if r >= 0)
        if not shown:
            return 0
        first = self.proxy.index(shown[0], COL_NAME)
        self.view.setCurrentIndex(first)
        selection = QItemSelection()  # a range per run of rows: a selection of 100,000 single rows takes minutes
        last = self.proxy.columnCount() - 1
        start = previous = shown[0]
        for row in [*shown[1:], -1]:
            if row != previous + 1:
                selection.select(self.proxy.index(start, 0), self.proxy.index(previous, last))
                start = row
            previous = row
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().select(selection, flags)
        self.view.scrollTo(first)
        return len(shown)

    def _unmapped(self) -> bool:
        """The proxy shows every row in the model's order (no search, no sort): its rows are the model's."""
        return self.proxy.sortColumn() < 0 and not self.proxy.query() and self.proxy.rowCount() == self.model.rowCount()

    def _source_rows(self, proxy_rows: list[int]) -> list[int]:
        """The model's rows of these table rows (mapped one by one, 100,000 rows take 0.3 s: not when the table
        shows the model as it is)."""
        if self._unmapped():
            return proxy_rows
        return [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in proxy_rows]

    def _proxy_rows(self, source_rows: list[int]) -> list[int]:
        """The table's rows of these model rows (-1: hidden by the search)."""
        if self._unmapped():
            return source_rows
        return [self.proxy.mapFromSource(self.model.index(r, 0)).row() for r in source_rows]

    def next_without_line(self) -> Contact | None:
        """The next person below the current one (wrapping) whose card for this event has no line yet."""
        count = self.proxy.rowCount()
        start = self.view.currentIndex().row()
        for step in range(1, count + 1):
            row = (start + step) % count
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            if self.model.stage(source) is Stage.NONE:
                self._make_current(self.proxy.index(row, COL_NAME))
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
        return self.model.written_count(), self.model.rowCount()

    # --- internals -----------------------------------------------------------------------------------------
    def _header_menu(self, pos: QPoint) -> None:
        """Show or hide columns (the name always stays)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column == COL_NAME:
                continue
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), menu, checkable=True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(pos))

    def _filter(self, text: str) -> None:
        current = self.current_contact()
        self._searching = True  # the person the search lands on is shown once the typing pauses
        try:
            self.proxy.set_query(text)
            if self.proxy.rowCount() and not self.view.currentIndex().isValid():
                self._make_current(self.proxy.index(0, COL_NAME))
            elif current is not None and self.current_contact() is None:
                self._settle.start()
        finally:
            self._searching = False
        self._update_count()

    def settle(self) -> None:
        """Show now the person a search landed on (before the typing pause would): Enter, focus leaving the box."""
        if self._settle.isActive():
            self._settle.stop()
            self.contact_changed.emit(self.current_contact())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and event.type() == QEvent.Type.FocusOut:
            self.settle()  # the hand goes to the table or the personal line: the card is the right person's
        return super().eventFilter(watched, event)

    def _settled(self) -> None:
        if self.isVisible():  # a closed window opens no card
            self.contact_changed.emit(self.current_contact())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._settle.stop()  # the window is closing: no card opens after it
        super().hideEvent(event)

    def _enter_from_search(self) -> None:
        if self.proxy.rowCount():
            if not self.view.currentIndex().isValid():
                self._make_current(self.proxy.index(0, COL_NAME))
            self.settle()
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.activated.emit()

    def _make_current(self, index: QModelIndex) -> None:
        """This person current and the only one selected (a selection of several is the user's, by hand)."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selection = self.view.selectionModel()
        if current.isValid() and not selection.isRowSelected(current.row(), current.parent()):
            selection.select(
                current, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )  # moved by code or by the arrow keys: the current person is the selected one
        if self._searching:
            self._settle.start()  # typing in the search box: no card per keystroke
        else:
            self._settle.stop()
            self.contact_changed.emit(self.current_contact())

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        # the hint and its buttons instead of an empty table (a search that finds none, or a book still being read
        # at start-up: the table)
        nobody = total == 0 and not self._loading
        if nobody:
            event = self.shown_event is not None and self.shown_event.id is not None
            self.empty.show_kind(Empty.ARCHIVE if self.showing_archived else Empty.EVENT if event else Empty.BOOK)
        self.empty.setVisible(nobody)
        self.view.setVisible(not nobody)
        self.search.setEnabled(not nobody)
        if self.shown_event is not None and self.shown_event.id is not None:
            written, people = self.written_count()
            text = self.tr("%1 of %2 written").replace("%1", str(written)).replace("%2", str(people))
        elif self.showing_archived:
            text = self.tr("%n archived contact(s)", "", total)
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
        self.view.setToolTip(
            self.tr(
                "Enter or double-click: this person's details. Tick people to print just them. Right-click "
                "the header for more columns."
            )  # fmt: skip
        )
        self.model.retranslate()
        self._update_count()
