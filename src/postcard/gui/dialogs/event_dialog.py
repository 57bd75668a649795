"""The event editor: name, date (with a calendar), place, notes, and the people met there (check to add).

Every contact is offered to tick: they are read on the task runner through a connection of their own (10,000
people and their search keys: 0.25 s); the editor can be filled in meanwhile, and saved once they are there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.book import InvalidRecordError, save_event
from postcard.compose.reading import read_with_own_connection
from postcard.context import AppContext
from postcard.core.model import Contact, Event
from postcard.store.events import DuplicateEventError
from postcard.store.store import Store

from postcard.gui.dialogs.contact_dialog import ERROR_STYLE, INVALID_STYLE
from postcard.gui.error_wording import error_text
from postcard.gui.models.contacts import COL_ADDRESS, COL_NAME, COL_STATUS, COL_TAGS, ContactsModel, search_keys
from postcard.gui.models.event_people import EventPeopleProxy
from postcard.gui.sizing import fit_to_screen
from postcard.gui.tasks import TaskRunner
from postcard.gui.wording import field_problem_text

PEOPLE_CHANNEL = "event-editor-people"  # the task runner's channel for the people offered to tick


def _read_people(store: Store, event_id: int | None) -> tuple[list[Contact], set[int]]:
    """*Reads*: everyone in the book, and the ids of the people linked to the event (none for a new one)."""
    linked = {c.id for c in store.contacts.list(event_id=event_id) if c.id is not None} if event_id else set()
    return store.contacts.list(), linked


class EventDialog(QDialog):
    """Signals:
    saved(object): the Event as stored.
    """

    saved = Signal(object)

    def __init__(self, ctx: AppContext, runner: TaskRunner, event: Event | None = None,
                 people: list[int] | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("eventEditor")
        self.ctx, self.runner = ctx, runner
        self.record = dataclasses.replace(event) if event is not None else Event(name="", date=dt.date.today())
        self.setWindowTitle(self.tr("Edit event") if self.record.id else self.tr("New event"))
        self.linked: set[int] = set()  # the people linked to the event as stored (known once they are read)
        self._ticked = set(people or ())  # ticked when the people arrive (the rows checked in the people table)
        self._reading = True
        self.name = QLineEdit(self.record.name, self)
        self.name.setObjectName("eventNameEdit")
        self.has_date = QCheckBox(self.tr("&Date:"), self)
        self.date = QDateEdit(self)
        self.date.setObjectName("eventDateEdit")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        day = self.record.date or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.has_date.setChecked(self.record.date is not None)
        self.date.setEnabled(self.record.date is not None)
        self.place = QLineEdit(self.record.place, self)
        self.place.setObjectName("eventPlaceEdit")
        self.notes = QPlainTextEdit(self.record.notes, self)
        self.notes.setObjectName("eventNotes")
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.model = ContactsModel()
        self.proxy = EventPeopleProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("eventPeopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, readings, company, tags…"))
        self.only_met = QCheckBox(self.tr("Only the people &met here"), self)
        self.only_met.setObjectName("onlyMetHereBox")
        self.view = QTableView(self)
        self.view.setObjectName("eventPeopleView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        for col in (COL_STATUS, COL_TAGS, COL_ADDRESS):
            self.view.setColumnHidden(col, True)
        self.view.setColumnWidth(COL_NAME, 220)
        self.count_label = QLabel(self)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("eventProblems")
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveEventButton")

        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.has_date, date_row)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("N&otes:"), self.notes)
        people_box = QGroupBox(self.tr("People met here (check to add, uncheck to remove)"), self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.only_met)
        people_layout = QVBoxLayout(people_box)
        people_layout.addLayout(filters)
        people_layout.addWidget(self.view, 1)
        people_layout.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(people_box, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 640)

        self.has_date.toggled.connect(self.date.setEnabled)
        self.search.textChanged.connect(self.proxy.set_query)
        self.only_met.toggled.connect(self.proxy.set_only_checked)
        self.model.dataChanged.connect(self._count)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(lambda _code: runner.cancel(PEOPLE_CHANNEL))  # closed before they arrived
        self._count()
        self._read()

    def _read(self) -> None:
        """Read everyone, the people linked and their search keys on the task runner; Save waits for them."""
        paths, event_id = self.ctx.paths, self.record.id

        def read() -> tuple[list[Contact], set[int], list[str]]:
            contacts, linked = read_with_own_connection(paths, lambda store: _read_people(store, event_id))
            return contacts, linked, search_keys(contacts)

        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.runner.run(read, self._people_read, channel=PEOPLE_CHANNEL)

    def is_reading(self) -> bool:
        """The people offered to tick are still being read (Save is off until they arrive)."""
        return self._reading

    def _people_read(self, result: tuple[list[Contact], set[int], list[str]] | None,
                     error: BaseException | None) -> None:  # fmt: skip
        self._reading = False
        if error is not None or result is None:
            self.problems_label.setText(error_text(error) if isinstance(error, Exception) else "")
            self.problems_label.show()
            self._count()
            return  # Save stays off: saving without the people would get who was met here wrong
        contacts, self.linked, keys = result
        checked = self.linked | self._ticked
        self.model.set_checked(checked)  # ticked and filtered before the rows come in: one pass over 10,000
        self.only_met.setChecked(not checked.isdisjoint(c.id for c in contacts))
        self.model.set_contacts(contacts, keys=keys)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self._count()

    def checked(self) -> set[int]:
        return set(self.model.checked_ids())

    def set_met(self, contact_id: int, met: bool) -> None:
        row = self.model.row_of(contact_id)
        state = Qt.CheckState.Checked if met else Qt.CheckState.Unchecked
        self.model.setData(self.model.index(row, COL_NAME), state.value, Qt.ItemDataRole.CheckStateRole)

    def _count(self) -> None:
        if self._reading:
            self.count_label.setText(self.tr("Reading the people…"))
        else:
            self.count_label.setText(self.tr("%n person(s) met here", "", len(self.model.checked_ids())))

    def values(self) -> Event:
        date = self.date.date()
        day = dt.date(date.year(), date.month(), date.day()) if self.has_date.isChecked() else None
        return dataclasses.replace(self.record, name=self.name.text(), date=day, place=self.place.text(),
                                   notes=self.notes.toPlainText())  # fmt: skip

    def save(self) -> Event | None:
        if self._reading:
            return None  # who was met here is not known yet (Save is off until then)
        checked = self.checked()
        self.name.setStyleSheet("")
        try:
            stored = save_event(self.ctx.store, self.values(), add=sorted(checked - self.linked),
                                remove=sorted(self.linked - checked))  # fmt: skip
        except InvalidRecordError as exc:
            self._problem("\n".join(field_problem_text(p) for p in exc.problems))
            return None
        except DuplicateEventError as exc:
            when = exc.existing.date.isoformat() if exc.existing.date else self.tr("no date")
            self._problem(self.tr("An event named “%1” exists already (%2): give this one another name.")
                          .replace("%1", exc.existing.name).replace("%2", when))  # fmt: skip
            return None
        self.record, self.linked = stored, checked
        self.saved.emit(stored)
        self.accept()
        return stored

    def _problem(self, text: str) -> None:
        self.problems_label.setText(text)
        self.problems_label.show()
        self.name.setStyleSheet(INVALID_STYLE)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
