"""Import people: choose files (or drop them on the window); each file's format, encoding and first rows as they
will be imported, the rows that cannot be, with their line; a column mapping for a CSV of no known layout (the
mapping of a file with the same header is offered again); the event they were met at; then the import itself
off the GUI thread, with progress and cancel, and its summary.

Files are read (previewed) on the task runner; the import runs there too, through a database connection of its
own and in one transaction: cancelled, it leaves nothing. The widgets are built in :mod:`import_ui`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from postcard.compose.importing import (
    FilePreview,
    FileStatus,
    ImportRequest,
    ImportSummary,
    guess_mapping,
    has_identity,
    import_with_own_connection,
    preview_file,
    saved_mapping,
)
from postcard.context import AppContext
from postcard.core.model import Event
from postcard.errors import Cancelled

from postcard.gui.dialogs.error_dialog import show_error
from postcard.gui.dialogs.import_ui import ImportUi
from postcard.gui.dialogs.progress import SignalProgress
from postcard.gui.drops import dropped_files
from postcard.gui.import_wording import file_status_text, finding_text, issue_text, summary_lines
from postcard.gui.sizing import fit_to_screen
from postcard.gui.tasks import TaskRunner

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 2
FILE_FILTER = "*.csv *.CSV *.vcf *.VCF *.vcard *.txt *.tsv"
FOLDER_KEY = "import/folder"


class ImportDialog(QDialog):
    """Signals:
    imported(list, str): the ids of the people imported (new, merged or already there) and the event they were
        linked to ("" for none).
    edit_contact(int): the user wants to fix this person (the dialog has closed).
    """

    imported = Signal(list, str)
    edit_contact = Signal(int)

    def __init__(self, ctx: AppContext, runner: TaskRunner, events: list[Event], current: Event | None = None,
                 parent: QWidget | None = None, state: QSettings | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.state = state  # where the last files came from
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.setAcceptDrops(True)
        self.ctx, self.runner = ctx, runner
        self.previews: dict[Path, FilePreview] = {}
        self.maps: dict[Path, dict[str, str]] = {}  # the column map a file is read with (unknown CSVs, remaps)
        self.map_origin: dict[Path, str] = {}  # "saved" or "guessed"
        self.progress: SignalProgress | None = None
        self.summary: ImportSummary | None = None
        self._close_when_done = False
        self._mapping_shown: tuple[Path, tuple[str, ...]] | None = None  # the file whose map the table shows
        self.ui = ui = ImportUi()
        ui.setup(self, events, ctx.store.events.find)
        ui.add_button.clicked.connect(self.choose_files)
        ui.remove_button.clicked.connect(self.remove_current)
        ui.files.currentItemChanged.connect(lambda _c, _p: self._show_current())
        ui.remap_box.toggled.connect(self._remap_toggled)
        ui.mapping_model.mapping_changed.connect(self._mapping_changed)
        ui.problems_only.toggled.connect(ui.preview_model.set_problems_only)
        ui.event.changed.connect(self._update)
        ui.import_button.clicked.connect(self.start)
        ui.close_button.clicked.connect(self._close_clicked)
        ui.issues.itemActivated.connect(self._issue_activated)
        ui.event.start_at(current)
        self.finished.connect(lambda _code: self._forget_previews())
        fit_to_screen(self, 1320, 820)
        self._show_current()

    # --- files ---------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        self.add_files(ask_for_files(self, self.state))

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add files to the import and read each one's preview (on the task runner)."""
        known = set(self.paths())
        for path in paths:
            path = Path(path)
            if path in known:
                continue
            known.add(path)
            item = QListWidgetItem(path.name + "  —  " + self.tr("reading…"))
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.ui.files.addItem(item)
            self.ui.files.setCurrentItem(item)
            self._read(path)
        self._update()

    def paths(self) -> list[Path]:
        return [Path(self.ui.files.item(r).data(PATH_ROLE)) for r in range(self.ui.files.count())]

    def current_path(self) -> Path | None:
        item = self.ui.files.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def remove_current(self) -> None:
        path = self.current_path()
        if path is None:
            return
        self.runner.cancel(_channel(path))
        self.ui.files.takeItem(self.ui.files.currentRow())
        for store in (self.previews, self.maps, self.map_origin):
            store.pop(path, None)
        self._show_current()

    def _read(self, path: Path) -> None:
        mapping = self.maps.get(path)
        ctx = self.ctx
        self.runner.run(lambda: preview_file(path, mapping, readings=ctx.readings),
                        lambda result, error: self._previewed(path, result, error), channel=_channel(path))  # fmt: skip

    def _previewed(self, path: Path, preview: FilePreview | None, error: BaseException | None) -> None:
        if error is not None:
            show_error(self, error)
            return
        assert preview is not None
        if preview.status is FileStatus.NEEDS_MAPPING and path not in self.maps:
            mapping = saved_mapping(self.ctx.store.settings, preview.headers)
            self.map_origin[path] = "saved" if mapping else "guessed"
            self.maps[path] = mapping or guess_mapping(preview.headers)
            if has_identity(self.maps[path]):
                self.previews[path] = preview
                self._read(path)  # again, with the map
                return
        self.previews[path] = preview
        self.ui.event.suggest_date(row.contact.met_on for p in self.previews.values() for row in p.rows
                                   if row.contact.met_on)  # fmt: skip
        item = self._item(path)
        if item is not None:
            item.setText(path.name + "  —  " + file_status_text(preview))
        if path == self.current_path():
            self._show_current()
        self._update()

    def _item(self, path: Path) -> QListWidgetItem | None:
        for row in range(self.ui.files.count()):
            if Path(self.ui.files.item(row).data(PATH_ROLE)) == path:
                return self.ui.files.item(row)
        return None

    def _forget_previews(self) -> None:
        for path in self.paths():
            self.runner.cancel(_channel(path))

    # --- the file shown: its facts, its mapping, its rows --------------------------------------------------
    def _show_current(self) -> None:
        ui, path = self.ui, self.current_path()
        preview = self.previews.get(path) if path is not None else None
        ui.remove_button.setEnabled(path is not None)
        is_csv = preview is not None and preview.kind == "csv" and bool(preview.headers)
        mapped = path is not None and path in self.maps
        ui.remap_box.blockSignals(True)
        ui.remap_box.setChecked(mapped)
        ui.remap_box.setVisible(is_csv and preview is not None and preview.status is not FileStatus.NEEDS_MAPPING
                                and path is not None and self.map_origin.get(path) is None)  # fmt: skip
        ui.remap_box.blockSignals(False)
        ui.mapping_box.setVisible(is_csv and mapped)
        if is_csv and mapped and preview is not None and path is not None:
            if self._mapping_shown != (path, preview.headers):  # a file's map is edited in place: no reset then
                self._mapping_shown = (path, preview.headers)
                ui.mapping_model.set_file(preview.headers, preview.samples, self.maps[path])
                for row in range(ui.mapping_model.rowCount()):
                    ui.mapping.openPersistentEditor(ui.mapping_model.index(row, 1))
                ui.fit_mapping_columns()
            ui.mapping_note.setText(self._mapping_note(path))
        else:
            self._mapping_shown = None
        if preview is not None:
            ui.file_label.setText(file_status_text(preview))
        else:
            ui.file_label.setText(self.tr("Reading the file…") if path else self.tr("Add the files to import."))
        ui.preview_model.set_preview(preview if preview is not None and preview.status is FileStatus.READY else None)
        ui.fit_preview_columns(wide_address=not (is_csv and mapped))
        shown = len(preview.rows) if preview is not None else 0
        if preview is not None and preview.status is FileStatus.READY:
            text = self.tr("The first %n row(s) as they will be imported", "", shown)
            if preview.records > shown:
                text += " " + self.tr("(of %n)", "", preview.records)
            problems = ui.preview_model.problem_count()
            if problems:
                text += " · " + self.tr("%n with a problem", "", problems)
        elif preview is not None and preview.status is FileStatus.NEEDS_MAPPING:
            text = self.tr("Choose the column with the name (or the company, or the e-mail) to see the rows.")
        else:
            text = ""
        ui.preview_label.setText(text)

    def _mapping_note(self, path: Path) -> str:
        origin = self.map_origin.get(path)
        if origin == "saved":
            return self.tr("The columns as you mapped them for a file with the same header last time. "
                           "Change any choice; the preview follows.")  # fmt: skip
        if origin == "guessed":
            return self.tr("postcard does not know this file's layout. It guessed from the column names; check each "
                           "choice (fields marked * give the name), the preview follows.")  # fmt: skip
        return self.tr("Read this file with your own choice of columns; the preview follows.")

    def _remap_toggled(self, on: bool) -> None:
        path, preview = self.current_path(), self.previews.get(self.current_path() or Path())
        if path is None or preview is None:
            return
        if on:
            self.maps[path] = guess_mapping(preview.headers)
        else:
            self.maps.pop(path, None)
        self._read(path)
        self._show_current()

    def _mapping_changed(self) -> None:
        path = self.current_path()
        if path is None:
            return
        self.maps[path] = self.ui.mapping_model.mapping()
        if has_identity(self.maps[path]):
            self._read(path)
        self._update()

    # --- whether the import can start ----------------------------------------------------------------------
    def event_choice(self) -> tuple[str | None, dt.date | None]:
        return self.ui.event.choice()

    def importable(self) -> list[Path]:
        return [p for p in self.paths() if p in self.previews and self.previews[p].importable
                and (self.previews[p].column_map or None) == (self.maps.get(p) or None)]  # fmt: skip

    def _update(self) -> None:
        ui = self.ui
        problem = ui.event.problem_text()
        ui.event.group_by_date.setEnabled(any(p.format.startswith("csv:eight") for p in self.previews.values()))
        files = self.importable()
        people = sum(self.previews[p].records for p in files)
        left_out = [p.name for p in self.paths() if p not in files]
        busy = self.progress is not None
        ui.import_button.setEnabled(bool(files) and not problem and not busy and self.summary is None)
        if self.summary is None and not busy:
            text = self.tr("%n person(s) will be imported.", "", people) if files else ""
            if left_out:
                names = ", ".join(left_out)
                text += " " + self.tr("Left out (cannot be imported as they are): %1").replace("%1", names)
            ui.status.setText(text.strip())

    # --- the import ----------------------------------------------------------------------------------------
    def request(self) -> ImportRequest:
        files = tuple(self.importable())
        name, day = self.event_choice()
        by_date = self.ui.event.group_by_date
        return ImportRequest(files, {p: dict(self.maps[p]) for p in files if self.maps.get(p)}, name, day,
                             by_date.isEnabled() and by_date.isChecked())  # fmt: skip

    def start(self) -> None:
        request = self.request()
        if not request.files or self.progress is not None:
            return
        ui, paths = self.ui, self.ctx.paths
        self.progress = progress = SignalProgress()
        progress.changed.connect(self._progressed)
        ui.bar.setValue(0)
        ui.bar.show()
        ui.import_button.setEnabled(False)
        for widget in (ui.add_button, ui.remove_button, ui.mapping_box, ui.remap_box):
            widget.setEnabled(False)
        ui.close_button.setText(self.tr("Cancel"))
        ui.status.setText(self.tr("Importing…"))
        ctx = self.ctx
        self.runner.run(lambda: import_with_own_connection(paths, request, readings=ctx.readings, progress=progress),
                        self._done, channel="import")  # fmt: skip

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.ui.bar.setMaximum(max(total, 1))
        self.ui.bar.setValue(done)
        self.ui.status.setText(self.tr("Importing… %1 of %2").replace("%1", str(done)).replace("%2", str(total)))

    def _done(self, summary: ImportSummary | None, error: BaseException | None) -> None:
        ui = self.ui
        self.progress = None
        ui.bar.hide()
        ui.close_button.setText(self.tr("Close"))
        for widget in (ui.add_button, ui.remove_button, ui.mapping_box, ui.remap_box):
            widget.setEnabled(True)
        if self._close_when_done:
            super().reject()
            return
        if isinstance(error, Cancelled):
            self._update()
            ui.status.setText(self.tr("Cancelled: nothing was imported (the import is kept whole or not at all)."))
            return
        if error is not None:
            self._update()
            show_error(self, error)
            return
        assert summary is not None
        self.summary = summary
        ui.status.setText("\n".join(summary_lines(summary)))
        ui.issues.clear()
        for finding in summary.address_findings:  # the people to fix first: double-click opens the editor
            item = QListWidgetItem(finding_text(finding))
            item.setData(CONTACT_ROLE, finding.contact_id)
            item.setToolTip(self.tr("Double-click or press Enter to fix this address"))
            ui.issues.addItem(item)
        for issue in summary.issues:
            item = QListWidgetItem(f"{Path(issue.file).name}: {issue_text(issue)}")
            if issue.contact_id is not None:  # imported in part: the person can be fixed from here
                item.setData(CONTACT_ROLE, issue.contact_id)
                item.setToolTip(self.tr("Double-click or press Enter to open this person"))
            ui.issues.addItem(item)
        hidden = summary.issue_count - len(summary.issues) + summary.address_count - len(summary.address_findings)
        if hidden > 0:
            ui.issues.addItem(QListWidgetItem(self.tr("… and %n more not listed", "", hidden)))
        ui.issues.setVisible(ui.issues.count() > 0)
        ui.import_button.hide()
        for widget in (ui.add_button, ui.remove_button, ui.remap_box, ui.mapping_box):
            widget.setEnabled(False)  # done: what was imported stays shown as it was
        ui.event.lock()
        self.setAcceptDrops(False)
        self.imported.emit(list(dict.fromkeys(summary.contact_ids)), self.event_choice()[0] or "")

    def _issue_activated(self, item: QListWidgetItem) -> None:
        contact_id = item.data(CONTACT_ROLE)
        if contact_id:
            self.edit_contact.emit(int(contact_id))
            self.accept()

    # --- closing and drops ---------------------------------------------------------------------------------
    def _close_clicked(self) -> None:
        """Cancel while importing (the dialog stays, to try again); Close otherwise."""
        if self.progress is not None:
            self.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.progress is not None:  # cancel first; the dialog closes when the import has rolled back
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.progress is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and self.progress is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.add_files(files)


def ask_for_files(parent: QWidget, state: QSettings | None = None) -> list[Path]:
    """The contact files a person picks (none when they cancel), starting where the last ones came from."""
    folder = str(state.value(FOLDER_KEY, "") or "") if state is not None else ""
    if not folder or not Path(folder).is_dir():
        downloads = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        folder = downloads if downloads and Path(downloads).is_dir() else str(Path.home())
    kinds = QCoreApplication.translate("ImportDialog", "Contact files (%1);;All files (*)").replace("%1", FILE_FILTER)
    title = QCoreApplication.translate("ImportDialog", "Import contacts from")
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, kinds)
    if names and state is not None:
        state.setValue(FOLDER_KEY, str(Path(names[0]).parent))
    return [Path(name) for name in names]


def _channel(path: Path) -> str:
    return f"import-preview:{path}"
