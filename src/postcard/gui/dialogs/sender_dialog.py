"""The sender profiles: who the cards are from. A list on the left; the chosen profile's fields on the right.

Add a profile, edit one, make one the default (the print dialog starts with it). The postal code fills the
address and the address is checked as in the contact editor.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.book import InvalidRecordError, save_sender
from postcard.context import AppContext
from postcard.core.model import Sender

from postcard.gui.dialogs.address_fields import AddressFields, form_labels
from postcard.gui.dialogs.contact_dialog import ERROR_STYLE, INVALID_STYLE
from postcard.gui.sizing import fit_to_screen
from postcard.gui.wording import field_problem_text

_FIELDS = ("label", "family_name", "given_name", "company", "email")


class SenderDialog(QDialog):
    """Signals:
    changed(): a profile was saved.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("senderEditor")
        self.setWindowTitle(self.tr("Sender profiles"))
        self.ctx = ctx
        self.current = Sender()
        self.list = QListWidget(self)
        self.list.setObjectName("senderList")
        self.add_button = QPushButton(self.tr("Ne&w profile"), self)
        self.add_button.setObjectName("newSenderButton")
        self.edits: dict[str, QLineEdit] = {}
        for name in _FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"sender_{name}")
            self.edits[name] = edit
        self.edits["label"].setPlaceholderText(self.tr("e.g. work, private"))
        self.address = AddressFields(self)
        self.default_box = QCheckBox(self.tr("&Default sender (the print dialog starts with it)"), self)
        self.default_box.setObjectName("defaultSenderBox")
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("senderProblems")
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        self.save_button = QPushButton(self.tr("&Save profile"), self)
        self.save_button.setObjectName("saveSenderButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        form = QFormLayout()
        form.addRow(self.tr("&Profile name:"), self.edits["label"])
        names = QHBoxLayout()
        names.addWidget(self.edits["family_name"])
        names.addWidget(self.edits["given_name"])
        self.edits["family_name"].setPlaceholderText(self.tr("family name"))
        self.edits["given_name"].setPlaceholderText(self.tr("given name"))
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.edits["family_name"])  # a row holding a layout gets no buddy of its own
        form.addRow(name_label, names)
        form.addRow(self.tr("Co&mpany:"), self.edits["company"])
        form.addRow(self.tr("&E-mail:"), self.edits["email"])
        labels = form_labels(form) + self.address.labels()  # one column of labels for the profile and its address
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.address)
        right.addWidget(self.default_box)
        right.addWidget(self.problems_label)
        right.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 520)

        self.list.currentItemChanged.connect(self._picked)
        self.add_button.clicked.connect(self.new_profile)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        senders = self.ctx.store.senders.list()
        self.list.blockSignals(True)
        self.list.clear()
        for sender in senders:
            name = sender.full_name or sender.company
            text = f"{'★ ' if sender.is_default else ''}{name}" + (f"  ({sender.label})" if sender.label else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, sender)
            self.list.addItem(item)
        self.list.blockSignals(False)
        wanted = select_id if select_id is not None else next((s.id for s in senders if s.is_default), None)
        row = next((r for r, s in enumerate(senders) if s.id == wanted), 0 if senders else -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        else:
            self.new_profile()

    def senders(self) -> list[Sender]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_sender(item.data(Qt.ItemDataRole.UserRole))

    def new_profile(self) -> None:
        self.list.clearSelection()
        self.show_sender(Sender(is_default=not self.list.count()))
        self.edits["family_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_sender(self, sender: Sender) -> None:
        self.current = dataclasses.replace(sender)
        for name, edit in self.edits.items():
            edit.setText(getattr(sender, name))
            edit.setStyleSheet("")
        self.address.set_values(sender)
        self.default_box.setChecked(sender.is_default)
        self.default_box.setEnabled(not sender.is_default)  # to change the default, make another one the default
        self.problems_label.hide()

    def values(self) -> Sender:
        sender = dataclasses.replace(self.current, is_default=self.default_box.isChecked())
        for name, edit in self.edits.items():
            setattr(sender, name, edit.text())
        self.address.apply_to(sender)
        return sender

    def save(self) -> Sender | None:
        for edit in self.edits.values():
            edit.setStyleSheet("")
        try:
            stored = save_sender(self.ctx.store, self.values())
        except InvalidRecordError as exc:
            self.problems_label.setText("\n".join(field_problem_text(p) for p in exc.problems))
            self.problems_label.show()
            first = self.edits.get(exc.problems[0].field, self.edits["family_name"])
            for problem in exc.problems:
                self.edits.get(problem.field, self.edits["family_name"]).setStyleSheet(INVALID_STYLE)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        self.reload(stored.id)
        self.changed.emit()
        return stored
