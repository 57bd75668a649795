"""The import dialog's "Where you met them": no event, an event of the book, or a new one with its date (the day
the files say most of the cards were exchanged, until the user chooses another), and Eight's exchange dates as
events of their own."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from postcard.core.model import Event

NO_EVENT, EXISTING_EVENT, NEW_EVENT = range(3)


class EventChoice(QGroupBox):
    """Signals:
    changed(): the choice, the event's name or its date changed.
    """

    changed = Signal()

    def __init__(self, events: list[Event], find: Callable[[str], Event | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_event = find  # the book's event of a name, if there is one
        self._own_date = False  # the user chose the new event's date: the files' dates no longer set it
        self._setting_date = False
        self.setTitle(self.tr("Where you met them"))
        self.group = QButtonGroup(self)
        self.no_event = QRadioButton(self.tr("&Not linked to an event"), self)
        self.existing_event = QRadioButton(self.tr("Met at &this event:"), self)
        self.new_event = QRadioButton(self.tr("Met at a ne&w event:"), self)
        for button, key, name in ((self.no_event, NO_EVENT, "noEventRadio"),
                                  (self.new_event, NEW_EVENT, "newEventRadio"),
                                  (self.existing_event, EXISTING_EVENT, "existingEventRadio")):  # fmt: skip
            button.setObjectName(name)
            self.group.addButton(button, key)
        self.event_box = QComboBox(self)
        self.event_box.setObjectName("eventCombo")
        for event in events:
            when = f"  ({event.date.isoformat()})" if event.date else ""
            self.event_box.addItem(event.name + when, event.name)
        self.event_name = QLineEdit(self)
        self.event_name.setObjectName("newEventName")
        self.event_name.setPlaceholderText(self.tr("e.g. 地域DXセミナー2026"))
        self.event_date = QDateEdit(QDate.currentDate(), self)
        self.event_date.setObjectName("newEventDate")
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("yyyy-MM-dd")
        self.group_by_date = QCheckBox(self.tr("Also an event per &exchange date (名刺交換日, from Eight)"), self)
        self.group_by_date.setObjectName("groupByDateBox")
        self.problem = QLabel(self)
        self.problem.setObjectName("eventProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setMinimumHeight(self.problem.fontMetrics().height())  # no jump when it speaks
        grid = QGridLayout(self)
        grid.addWidget(self.no_event, 0, 0)
        grid.addWidget(self.existing_event, 1, 0)
        grid.addWidget(self.event_box, 1, 1, 1, 2)
        grid.addWidget(self.new_event, 2, 0)
        grid.addWidget(self.event_name, 2, 1)
        grid.addWidget(self.event_date, 2, 2)
        grid.addWidget(self.group_by_date, 3, 0, 1, 3)
        grid.addWidget(self.problem, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.group.idToggled.connect(lambda _id, _on: self._changed())
        self.new_event.toggled.connect(lambda on: on and self.event_name.setFocus(Qt.FocusReason.OtherFocusReason))
        self.event_name.textChanged.connect(self._changed)
        self.event_date.dateChanged.connect(self._date_changed)
        self.event_box.currentIndexChanged.connect(lambda _i: self._changed())

    def start_at(self, current: Event | None) -> None:
        """Offer the event the window shows (its people are the ones being imported, most likely), else none."""
        at = self.event_box.findData(current.name) if current is not None else -1
        (self.existing_event if at >= 0 else self.no_event).setChecked(True)
        self.event_box.setCurrentIndex(max(at, 0))
        self.existing_event.setEnabled(self.event_box.count() > 0)
        self._changed()

    def choice(self) -> tuple[str | None, dt.date | None]:
        """(the event's name, a new event's date); (None, None) for no event."""
        chosen = self.group.checkedId()
        if chosen == EXISTING_EVENT:
            return str(self.event_box.currentData() or "") or None, None
        if chosen == NEW_EVENT:
            day = self.event_date.date()
            return self.event_name.text().strip() or None, dt.date(day.year(), day.month(), day.day())
        return None, None

    def problem_text(self) -> str:
        """What keeps the import from starting ("" when nothing does)."""
        if self.group.checkedId() != NEW_EVENT:
            return ""
        name, day = self.choice()
        if name is None:
            return self.tr("Give the new event a name.")
        existing = self.find_event(name)
        if existing is not None and existing.date not in (None, day):
            when = existing.date.isoformat() if existing.date else ""
            return self.tr("“%1” is already an event, on %2: choose it above, or give this one another name.") \
                .replace("%1", existing.name).replace("%2", when)  # fmt: skip
        return ""

    def suggest_date(self, days: Iterable[dt.date]) -> None:
        """The new event's date: the day most people were met, until the user chooses one."""
        counted = Counter(days)
        if self._own_date or not counted:
            return
        day = counted.most_common(1)[0][0]
        self._setting_date = True
        try:
            self.event_date.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._setting_date = False

    def lock(self) -> None:
        """The import is done: what was chosen stays shown as it was."""
        for widget in (self.no_event, self.existing_event, self.new_event, self.event_box, self.event_name,
                       self.event_date, self.group_by_date):  # fmt: skip
            widget.setEnabled(False)

    def _date_changed(self) -> None:
        if not self._setting_date:
            self._own_date = True
        self._changed()

    def _changed(self) -> None:
        self.event_box.setEnabled(self.existing_event.isChecked())
        self.event_name.setEnabled(self.new_event.isChecked())
        self.event_date.setEnabled(self.new_event.isChecked())
        self.problem.setText(self.problem_text())
        self.changed.emit()
