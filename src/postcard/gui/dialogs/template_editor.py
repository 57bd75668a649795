"""The template editor: the bundled and the user's templates on the left; the chosen one on the right, its header as
fields, its lines with their problems, and the live preview on a chosen contact (``TemplateForm``).

A bundled template is never written: the first change copies it into the user's folder, and the copy is what is
edited and saved (it then replaces the bundled one of the same name, and the list says so). New, duplicate,
rename and delete work on the user's own templates, each after a question.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from postcard.compose import template_files as files
from postcard.compose.template_files import Origin, TemplateEntry
from postcard.context import AppContext
from postcard.core.model import Event
from postcard.errors import PostcardError

from postcard.gui.dialogs.error_dialog import show_error
from postcard.gui.dialogs.template_form import TemplateForm
from postcard.gui.models.templates import TemplatesModel, refusal_text
from postcard.gui.sizing import fit_to_screen
from postcard.gui.tasks import TaskRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


class TemplateEditor(QDialog):
    """Signals: templates_changed(): a template was saved, created, renamed or deleted (the compose panel's list)."""

    templates_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        event: Event | None = None,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        template: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("templateEditor")
        self.current: TemplateEntry | None = None
        self.dirty = False
        self._copied: set[str] = set()  # bundled templates copied to the user's folder here and not saved yet
        self.model = TemplatesModel()
        self.view = QListView(self)
        self.view.setObjectName("templateList")
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setSpacing(2)
        self.buttons = {key: QPushButton(self) for key in ("new", "duplicate", "rename", "delete")}
        for key, button in self.buttons.items():
            button.setObjectName(f"template_{key}")
        self.form = TemplateForm(ctx, runner, event, self)
        self.form.select_contact(contact_id)
        self.status = QLabel(self)
        self.status.setObjectName("templateStatus")
        self.status.setWordWrap(True)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        grid = QHBoxLayout()
        for button in self.buttons.values():
            grid.addWidget(button)
        left_layout.addLayout(grid)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.box)
        fit_to_screen(self, 1240, 760)

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.form.edited.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.box.rejected.connect(self.close)
        self.buttons["new"].clicked.connect(lambda: self.new_template())
        self.buttons["duplicate"].clicked.connect(lambda: self.duplicate())
        self.buttons["rename"].clicked.connect(lambda: self.rename())
        self.buttons["delete"].clicked.connect(lambda: self.delete())
        self.retranslate()
        self.reload(template)  # the template of the card being written, else the first

    # --- the list ------------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        name = select or (self.current.name if self.current else None)
        self.model.set_entries(files.list_templates(self.ctx.templates))
        row = self.model.row_of(name) if name else -1
        self.select_row(row if row >= 0 else 0)

    def select(self, name: str) -> bool:
        row = self.model.row_of(name)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def select_row(self, row: int) -> None:
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))

    def _selection_changed(self, _selected: QItemSelection, deselected: QItemSelection) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        entry = self.model.entry(index.row())
        if self.current is not None and entry.name == self.current.name and self.dirty:
            self.current = entry  # the same template after a copy or a save: keep what is being typed
            self._update_buttons()
            return
        if not self.maybe_save():
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(deselected.indexes()[0] if deselected.indexes() else index)
            self.view.selectionModel().blockSignals(False)
            return
        row = self.model.row_of(entry.name)  # the list may have been read again (a discarded copy is gone)
        if row >= 0 and row != self.view.currentIndex().row():
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(self.model.index(row))
            self.view.selectionModel().blockSignals(False)
        self.load(self.model.entry(row) if row >= 0 else entry)

    def load(self, entry: TemplateEntry) -> None:
        self.current, self.dirty = entry, False
        if entry.refused:
            self.form.set_template(files.Header(entry.name), "", editable=False)
            self.status.setText(tr("This file is not used: %1").replace("%1", refusal_text(entry.refused)))
        else:
            header, body = files.split_header(files.read_source(self.ctx.templates, entry.name))
            self.form.set_template(header, body, editable=True)
            self.status.setText(self._describe(entry))
        self._update_buttons()

    def _describe(self, entry: TemplateEntry) -> str:
        if entry.origin == Origin.BUNDLED:
            return tr("Bundled template: your changes go into a copy in your own folder; the original stays.")
        if entry.shadows:
            return tr("Your own copy of a bundled template (delete it to use the bundled one again).")
        return tr("Your own template.")

    def _update_buttons(self) -> None:
        entry = self.current
        self.buttons["duplicate"].setEnabled(entry is not None and not entry.refused)
        self.buttons["rename"].setEnabled(entry is not None and entry.editable and not entry.shadows)
        self.buttons["delete"].setEnabled(entry is not None and entry.origin == Origin.USER)
        self.save_button.setEnabled(self.dirty)
        title = tr("Templates") + (f" — {entry.name}" if entry else "") + (" *" if self.dirty else "")
        self.setWindowTitle(title)

    # --- editing and saving --------------------------------------------------------------------------------
    def _edited(self) -> None:
        entry = self.current
        if entry is None or entry.refused:
            return
        if entry.origin == Origin.BUNDLED:
            try:
                files.copy_bundled(self.ctx.templates, entry.name)
            except PostcardError as exc:
                show_error(self, exc)
                return
            self.dirty = True
            self._copied.add(entry.name)
            self.reload(entry.name)
            row = self.model.row_of(entry.name)
            self.current = self.model.entry(row) if row >= 0 else entry
            self.status.setText(tr("The bundled template was copied into your folder; you are editing your copy."))
            self.templates_changed.emit()
        self.dirty = True
        self._update_buttons()

    def save(self) -> bool:
        entry = self.current
        if entry is None or entry.refused:
            return False
        try:
            files.save(self.ctx.templates, entry.name, files.join_header(self.form.header(), self.form.body_text()))
        except PostcardError as exc:
            show_error(self, exc)
            return False
        self.dirty = False
        self._copied.discard(entry.name)  # kept: the copy is the user's own now
        problems = self.form.last_check.problems if self.form.last_check else ()
        self.status.setText(
            tr("Saved.")
            + (" " + tr("It still has problems: the cards that use it will not print.") if problems else "")
        )
        self.reload(entry.name)
        self.templates_changed.emit()
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False when the user cancels."""
        if not self.dirty or self.current is None:
            return True
        answer = QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("Save the changes to “%1”?").replace("%1", self.current.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            if self.current.name in self._copied:  # the copy made for the changes goes with them
                self._forget_copy(self.current.name)
            return True
        return False

    def _forget_copy(self, name: str) -> None:
        """Delete the copy of a bundled template made for changes that were not kept: the bundled one is used
        again (never an unchanged copy that would hide a newer bundled template)."""
        self._copied.discard(name)
        files.delete(self.ctx.templates, name)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.set_entries(files.list_templates(self.ctx.templates))
            self.view.setCurrentIndex(self.model.index(max(self.model.row_of(name), 0)))
        finally:
            selection.blockSignals(False)
        self.templates_changed.emit()

    # --- file operations -----------------------------------------------------------------------------------
    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, label, text=text)
        return name.strip() if ok and name.strip() else None

    def new_template(self, name: str | None = None, lang: str | None = None) -> bool:
        if not self.maybe_save():
            return False
        name = name or self._ask_name(tr("New template"), tr("Name of the new template (letters, digits, - and _):"))
        if name is None:
            return False
        lang = lang or (self.current.lang if self.current else "ja")
        return self._do(lambda: files.create(self.ctx.templates, name, lang), name)

    def duplicate(self, new_name: str | None = None) -> bool:
        entry = self.current
        if entry is None or not self.maybe_save():
            return False
        new_name = new_name or self._ask_name(tr("Duplicate template"), tr("Name of the copy:"), f"{entry.name}-2")
        if new_name is None:
            return False
        return self._do(lambda: files.duplicate(self.ctx.templates, entry.name, new_name), new_name)

    def rename(self, new_name: str | None = None) -> bool:
        entry = self.current
        if entry is None or not entry.editable or not self.maybe_save():
            return False
        new_name = new_name or self._ask_name(tr("Rename template"), tr("New name:"), entry.name)
        if new_name is None or new_name == entry.name:
            return False
        question = tr("Rename “%1” to “%2”? Drafts that use the old name will need the template chosen again.")
        if not self._confirm(tr("Rename template"), question.replace("%1", entry.name).replace("%2", new_name)):
            return False
        return self._do(lambda: files.rename(self.ctx.templates, entry.name, new_name), new_name)

    def delete(self) -> bool:
        entry = self.current
        if entry is None or entry.origin != Origin.USER:
            return False
        if entry.shadows:
            question = tr("Delete your copy of “%1”? The bundled template of that name is used again.")
        else:
            question = tr("Delete your template “%1”? This cannot be undone.")
        if not self._confirm(tr("Delete template"), question.replace("%1", entry.name)):
            return False
        self.dirty = False
        return self._do(lambda: files.delete(self.ctx.templates, entry.name), entry.name if entry.shadows else None)

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _do(self, operation: Callable[[], object], select: str | None) -> bool:
        try:
            operation()
        except (PostcardError, OSError) as exc:
            show_error(self, exc)
            return False
        self.current, self.dirty = None, False
        self.reload(select)
        self.templates_changed.emit()
        return True

    # --- Qt events -----------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:
        if self.maybe_save():
            super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {"new": tr("&New…"), "duplicate": tr("D&uplicate…"), "rename": tr("&Rename…"), "delete": tr("&Delete…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.view.setAccessibleName(tr("Templates"))
        self.model.retranslate()
        self._update_buttons()
