"""The contact editor: every field of a person, the address checked as you type, archive and restore.

Saving cleans and checks the contact in the application layer (:mod:`postcard.compose.book`) and writes it on
the GUI thread; what keeps it from being saved is shown at the field, never in a popup. A new contact who is
already in the book gets a warning with the way to the one stored, or to add this one anyway.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.book import (
    DuplicateContactError,
    FieldProblem,
    InvalidRecordError,
    clean_contact,
    find_duplicate,
    parse_tags,
    save_contact,
    set_archived,
)
from postcard.context import AppContext
from postcard.core.model import DEFAULT_INTERVAL_DAYS, Contact, Event

from postcard.gui.dialogs.address_fields import AddressFields
from postcard.gui.dialogs.joint_names import JointNamesBox, honorific_box
from postcard.gui.dialogs.met_at import MetAtLabel
from postcard.gui.sizing import fit_to_screen
from postcard.gui.tasks import TaskRunner
from postcard.gui.wording import field_problem_text

ERROR_STYLE = "color: #b3261e; font-weight: bold;"
INVALID_STYLE = "border: 1px solid #b3261e;"


class ContactDialog(QDialog):
    """Signals:
    saved(object): the Contact as stored.
    archived(object): the Contact was archived or restored (its ``archived`` says which).
    open_contact(int): the user wants the stored contact this new one duplicates.
    open_event(int): the user wants to see an event the person was met at (the editor has closed).
    """

    saved = Signal(object)
    archived = Signal(object)
    open_contact = Signal(int)
    open_event = Signal(int)

    def __init__(self, ctx: AppContext, runner: TaskRunner, contact: Contact | None = None,
                 event: Event | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self.ctx, self.runner, self.met_event = ctx, runner, event
        self.contact = dataclasses.replace(contact) if contact is not None else Contact()
        self.duplicate: Contact | None = None
        self._suggestion = ("", "")
        self._loading = False
        self.setWindowTitle(self.tr("Edit contact") if self.contact.id else self.tr("New contact"))
        self._build()
        self._load(self.contact)
        fit_to_screen(self, 1060, 720)

    # --- building ------------------------------------------------------------------------------------------
    def _edit(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _build(self) -> None:
        self.family_name, self.given_name = self._edit("familyNameEdit"), self._edit("givenNameEdit")
        self.family_reading = self._edit("familyReadingEdit", self.tr("family name in kana"))
        self.given_reading = self._edit("givenReadingEdit", self.tr("given name in kana"))
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setObjectName("suggestedReading")
        self.use_suggestion = QPushButton(self.tr("Con&firm"), self)
        self.use_suggestion.setObjectName("useSuggestionButton")
        self.honorific = honorific_box(self, "")
        self.honorific.setObjectName("honorificBox")
        self.company, self.company_reading = self._edit("companyEdit"), self._edit("companyReadingEdit")
        self.department, self.title = self._edit("departmentEdit"), self._edit("titleEdit")
        self.joint = JointNamesBox(self)
        self.address = AddressFields(self)
        self.email, self.phone = self._edit("emailEdit"), self._edit("phoneEdit")
        self.key_person = QCheckBox(self.tr("&Key person (one of the handful that matter)"), self)
        self.key_person.setObjectName("keyPersonBox")
        self.interval = QSpinBox(self)
        self.interval.setObjectName("intervalBox")
        self.interval.setRange(0, 3650)
        self.interval.setSuffix(self.tr(" days"))
        self.interval.setSpecialValueText(self.tr("default (every %1 days)").replace("%1", str(DEFAULT_INTERVAL_DAYS)))
        self.tags = self._edit("tagsEdit", self.tr("e.g. seminar, client (also ; or 、)"))
        self.tags.setToolTip(self.tr("Tags are separated by commas, semicolons or 、, in half or full width."))
        completer = QCompleter(self.ctx.store.contacts.tags(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("contactNotes")
        self.notes.setPlaceholderText(self.tr("What you talked about, their good points…"))
        self.link_event = QCheckBox(self)
        self.link_event.setObjectName("linkEventBox")
        self.met_at = MetAtLabel(self)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("contactProblems")
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        self.duplicate_label = QLabel(self)
        self.duplicate_label.setObjectName("duplicateWarning")
        self.duplicate_label.setWordWrap(True)
        self.open_duplicate = QPushButton(self.tr("Sho&w the one in the book"), self)
        self.add_anyway = QPushButton(self.tr("Add &anyway"), self)
        self.add_anyway.setObjectName("addAnywayButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveContactButton")
        self.archive_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.archive_button.setObjectName("archiveButton")
        self._lay_out()
        self.use_suggestion.clicked.connect(self._use_suggestion)
        for edit in (self.family_name, self.given_name, self.family_reading, self.given_reading):
            edit.textChanged.connect(self._names_changed)
        for edit in (self.family_name, self.given_name, self.email, self.address.postal_code):
            edit.editingFinished.connect(self._check_duplicate)
        self.open_duplicate.clicked.connect(self._open_duplicate)
        self.add_anyway.clicked.connect(lambda: self.save(add_anyway=True))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.archive_button.clicked.connect(self._toggle_archived)
        self.met_at.event_clicked.connect(self._event_clicked)

    def _lay_out(self) -> None:
        names = QGridLayout()
        for row, (text, buddy) in enumerate(((self.tr("&Name:"), self.family_name),
                                             (self.tr("Rea&ding:"), self.family_reading))):  # fmt: skip
            label = QLabel(text, self)
            label.setBuddy(buddy)
            names.addWidget(label, row, 0)
        names.addWidget(self.family_name, 0, 1)
        names.addWidget(self.given_name, 0, 2)
        names.addWidget(self.family_reading, 1, 1)
        names.addWidget(self.given_reading, 1, 2)
        suggestion = QHBoxLayout()
        suggestion.addWidget(self.suggestion_label, 1)
        suggestion.addWidget(self.use_suggestion)
        names.addLayout(suggestion, 2, 1, 1, 2)
        honorific_label = QLabel(self.tr("Honor&ific:"), self)
        honorific_label.setBuddy(self.honorific)
        names.addWidget(honorific_label, 3, 0)
        names.addWidget(self.honorific, 3, 1)
        self.family_name.setPlaceholderText(self.tr("family name"))
        self.given_name.setPlaceholderText(self.tr("given name"))
        name_box = QGroupBox(self.tr("Person"), self)
        name_box.setLayout(names)
        work = QFormLayout()
        work.addRow(self.tr("Co&mpany:"), self.company)
        work.addRow(self.tr("Company reading:"), self.company_reading)
        work.addRow(self.tr("De&partment:"), self.department)
        work.addRow(self.tr("&Title:"), self.title)
        work_box = QGroupBox(self.tr("Work"), self)
        work_box.setLayout(work)
        left = QVBoxLayout()
        for box in (name_box, work_box, self.joint):
            left.addWidget(box)
        left.addStretch(1)
        address_box = QGroupBox(self.tr("Address"), self)
        QVBoxLayout(address_box).addWidget(self.address)
        touch = QFormLayout()
        touch.addRow(self.tr("&E-mail:"), self.email)
        touch.addRow(self.tr("P&hone:"), self.phone)
        touch.addRow("", self.key_person)
        touch.addRow(self.tr("Keep in touch e&very:"), self.interval)
        touch.addRow(self.tr("Ta&gs:"), self.tags)
        touch.addRow(self.tr("N&otes:"), self.notes)
        self.met_at_label = QLabel(self.tr("Met at:"), self)
        touch.addRow(self.met_at_label, self.met_at)
        touch_box = QGroupBox(self.tr("Keeping in touch"), self)
        touch_box.setLayout(touch)
        right = QVBoxLayout()
        right.addWidget(address_box)
        right.addWidget(touch_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.duplicate_frame = QWidget(self)
        self.duplicate_frame.setObjectName("duplicateBanner")
        banner = QHBoxLayout(self.duplicate_frame)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.addWidget(self.duplicate_label, 1)
        banner.addWidget(self.open_duplicate)
        banner.addWidget(self.add_anyway)
        self.duplicate_frame.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.link_event)
        layout.addWidget(self.duplicate_frame)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

    # --- values in and out ---------------------------------------------------------------------------------
    def _load(self, c: Contact) -> None:
        self._loading = True
        for name in ("family_name", "given_name", "family_reading", "given_reading", "company", "company_reading",
                     "department", "title", "email", "phone"):  # fmt: skip
            getattr(self, name).setText(getattr(c, name))
        self.honorific.setEditText(c.honorific)
        self.joint.set_names(c.joint_names)
        self.address.set_values(c)
        self.key_person.setChecked(c.key_person)
        self.interval.setValue(c.interval_days or 0)
        self.tags.setText(", ".join(c.tags))
        self.notes.setPlainText(c.notes)
        self._suggestion = (c.suggested_family_reading, c.suggested_given_reading)
        self.link_event.setVisible(c.id is None and self.met_event is not None and self.met_event.id is not None)
        if self.met_event is not None:
            self.link_event.setText(self.tr("Met at %1").replace("%1", self.met_event.name))
            self.link_event.setChecked(True)
        self.met_at.set_events(self.ctx.store.events.events_of(c.id) if c.id is not None else [])
        self.met_at.setVisible(c.id is not None)
        self.met_at_label.setVisible(c.id is not None)
        self.archive_button.setText(self.tr("&Restore") if c.archived else self.tr("A&rchive"))
        self.archive_button.setVisible(c.id is not None)
        self._loading = False
        if c.reading_missing and not c.reading_suggested:
            self._names_changed()  # suggest one now (names kept before suggestions existed)
        self._show_suggestion()

    def values(self) -> Contact:
        """The contact as the fields have it (not yet cleaned)."""
        c = dataclasses.replace(self.contact)
        for name in ("family_name", "given_name", "family_reading", "given_reading", "company", "company_reading",
                     "department", "title", "email", "phone"):  # fmt: skip
            setattr(c, name, getattr(self, name).text())
        c.honorific = self.honorific.currentText()
        c.joint_names = self.joint.names()
        self.address.apply_to(c)
        c.key_person = self.key_person.isChecked()
        c.interval_days = self.interval.value() or None
        c.tags = parse_tags(self.tags.text())
        c.notes = self.notes.toPlainText()
        has_reading = c.family_reading.strip() or c.given_reading.strip()
        c.suggested_family_reading, c.suggested_given_reading = ("", "") if has_reading else self._suggestion
        return c

    # --- readings: a suggestion to confirm -----------------------------------------------------------------
    def _names_changed(self) -> None:
        if self._loading:
            return
        if self.family_reading.text().strip() or self.given_reading.text().strip():
            self._show_suggestion()
            return
        probe = Contact(family_name=self.family_name.text().strip(), given_name=self.given_name.text().strip())
        if not probe.is_japanese_name:
            self._suggestion = ("", "")
            self._show_suggestion()
            return
        ctx = self.ctx

        def suggest() -> tuple[str, str]:
            suggester = ctx.readings
            if suggester is None or not suggester.suggest(probe):
                return "", ""
            return probe.suggested_family_reading, probe.suggested_given_reading

        self.runner.run(suggest, self._suggested, channel="reading-suggestion")

    def _suggested(self, result: tuple[str, str] | None, error: BaseException | None) -> None:
        self._suggestion = result if error is None and result is not None else ("", "")
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        own = self.family_reading.text().strip() or self.given_reading.text().strip()
        shown = " ".join(p for p in self._suggestion if p)
        visible = bool(shown) and not own
        self.suggestion_label.setText(self.tr("Suggested reading: %1 (a guess: check it)").replace("%1", shown))
        self.suggestion_label.setVisible(visible)
        self.use_suggestion.setVisible(visible)

    def _use_suggestion(self) -> None:
        self.family_reading.setText(self._suggestion[0])
        self.given_reading.setText(self._suggestion[1])
        self._show_suggestion()

    # --- saving --------------------------------------------------------------------------------------------
    def _check_duplicate(self) -> None:
        if self.contact.id is not None:
            return
        self._show_duplicate(find_duplicate(self.ctx.store, clean_contact(self.values())))

    def _show_duplicate(self, existing: Contact | None) -> None:
        self.duplicate = existing
        self.duplicate_frame.setVisible(existing is not None)
        if existing is not None:
            where = " · ".join(p for p in (existing.company, existing.email, existing.one_line_address) if p)
            text = self.tr("%1 is already in the book%2.").replace("%1", existing.display_name)
            text = text.replace("%2", f" ({where})" if where else "")
            if existing.archived:
                text += " " + self.tr("(archived)")
            self.duplicate_label.setText("⚠ " + text)

    def _open_duplicate(self) -> None:
        if self.duplicate is not None and self.duplicate.id is not None:
            self.open_contact.emit(self.duplicate.id)
            self.reject()

    def save(self, add_anyway: bool = False) -> Contact | None:
        """Save the fields; on a problem, say it at the field and keep the editor open."""
        self._mark_invalid([])
        event_id = self.met_event.id if self.met_event is not None and self.link_event.isChecked() else None
        try:
            stored = save_contact(self.ctx.store, self.values(), event_id=event_id, add_anyway=add_anyway)
        except InvalidRecordError as exc:
            self._mark_invalid(exc.problems)
            return None
        except DuplicateContactError as exc:
            self._show_duplicate(exc.existing)
            return None
        self.contact = stored
        self.saved.emit(stored)
        self.accept()
        return stored

    def _mark_invalid(self, problems: list[FieldProblem]) -> None:
        fields = {"family_name": self.family_name, "email": self.email, "interval_days": self.interval}
        for widget in (*fields.values(), *self.joint.edits()):
            widget.setStyleSheet("")
        for problem in problems:
            if problem.field == "joint_names" and problem.index >= 0:
                self.joint.name_edit(problem.index).setStyleSheet(INVALID_STYLE)
            elif problem.field in fields:
                fields[problem.field].setStyleSheet(INVALID_STYLE)
        self.problems_label.setText("\n".join(field_problem_text(p) for p in problems))
        self.problems_label.setVisible(bool(problems))
        if problems:
            first = problems[0]
            target = self.joint.name_edit(first.index) if first.field == "joint_names" and first.index >= 0 else \
                fields.get(first.field, self.family_name)  # fmt: skip
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _event_clicked(self, event_id: int) -> None:
        """Show the event in the window; unsaved changes are saved first when the user says so."""
        if clean_contact(self.values()) != clean_contact(self.contact):
            answer = QMessageBox.question(
                self,
                self.tr("Save the changes?"),
                self.tr("Save your changes to %1 before showing the event?").replace("%1", self.contact.display_name),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and self.save() is None:
                return  # not saved: the problem is shown at its field
        self.open_event.emit(event_id)
        if self.isVisible():
            self.reject()

    def _toggle_archived(self) -> None:
        if self.contact.id is None:
            return
        archived = not self.contact.archived
        set_archived(self.ctx.store, [self.contact.id], archived)
        self.contact.archived = archived
        self.archived.emit(self.contact)
        self.accept()
