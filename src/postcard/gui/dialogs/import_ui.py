"""The widgets of the import dialog, built and laid out in one place (the dialog's behaviour is in
:mod:`postcard.gui.dialogs.import_dialog`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postcard.core.model import Event

from postcard.gui.dialogs.import_event import EventChoice
from postcard.gui.models.column_mapping import COL_COLUMN, COL_FIELD, ColumnChoiceDelegate, ColumnMappingModel
from postcard.gui.models.import_preview import (
    COL_ADDRESS,
    COL_COMPANY,
    COL_LINE,
    COL_NAME,
    COL_READING,
    ImportPreviewModel,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportUi:
    """The dialog's widgets as attributes; :meth:`setup` builds them on the dialog."""

    def setup(self, dialog: QDialog, events: list[Event], find_event: Callable[[str], Event | None]) -> None:
        self.dialog = dialog
        self._build(events, find_event)
        self._lay_out()

    def _build(self, events: list[Event], find_event: Callable[[str], Event | None]) -> None:
        dialog = self.dialog
        self.files = QListWidget(dialog)
        self.files.setObjectName("importFiles")
        self.files.setMaximumHeight(self.files.fontMetrics().height() * 5 + 12)
        self.add_button = QPushButton(tr("&Add files…"), dialog)
        self.add_button.setObjectName("addFilesButton")
        self.remove_button = QPushButton(tr("&Remove"), dialog)
        self.file_label = QLabel(dialog)
        self.file_label.setObjectName("fileFacts")
        self.file_label.setWordWrap(True)
        self.remap_box = QCheckBox(tr("&Map the columns myself"), dialog)
        self.remap_box.setObjectName("remapBox")
        self.mapping_model = ColumnMappingModel()
        self.mapping = QTableView(dialog)
        self.mapping.setObjectName("mappingTable")
        self.mapping.setModel(self.mapping_model)
        self.mapping.setItemDelegateForColumn(COL_COLUMN, ColumnChoiceDelegate(self.mapping))
        self.mapping.verticalHeader().hide()
        mapping_header = self.mapping.horizontalHeader()
        mapping_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        mapping_header.setStretchLastSection(True)
        mapping_header.resizeSection(COL_FIELD, 200)
        mapping_header.resizeSection(COL_COLUMN, 140)
        self.mapping.verticalHeader().setDefaultSectionSize(self.mapping.fontMetrics().height() + 12)
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_note = QLabel(dialog)
        self.mapping_note.setObjectName("mappingNote")
        self.mapping_note.setWordWrap(True)
        self.mapping_box = QGroupBox(tr("Which column holds what"), dialog)
        box = QVBoxLayout(self.mapping_box)
        box.addWidget(self.mapping_note)
        box.addWidget(self.mapping, 1)
        self.preview_model = ImportPreviewModel()
        self.preview = QTableView(dialog)
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 8)
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((COL_LINE, 40), (COL_NAME, 120), (COL_READING, 160), (COL_COMPANY, 140), (COL_ADDRESS, 210)):
            header.resizeSection(col, width)
        self.preview_label = QLabel(dialog)
        self.problems_only = QCheckBox(tr("Only rows with a &problem"), dialog)
        self.problems_only.setObjectName("problemsOnlyBox")
        self.event = EventChoice(events, find_event, dialog)
        self.status = QLabel(dialog)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar(dialog)
        self.bar.hide()
        self.issues = QListWidget(dialog)
        self.issues.setObjectName("importIssues")
        self.issues.hide()
        self.buttons = QDialogButtonBox(dialog)
        self.import_button = self.buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("closeButton")

    def fit_preview_columns(self, *, wide_address: bool) -> None:
        """The preview's columns as wide as their rows need (a name, a reading marked "suggested"), within bounds:
        the address the widest when no mapping takes half of the room, the problems in what is left."""
        header = self.preview.horizontalHeader()
        caps = {COL_LINE: 60, COL_NAME: 200, COL_READING: 240, COL_COMPANY: 220, COL_ADDRESS: 380 if wide_address
                else 240}  # fmt: skip
        for col, cap in caps.items():
            wanted = max(self.preview.sizeHintForColumn(col), header.sectionSizeHint(col))
            header.resizeSection(col, min(max(wanted, 40), cap))

    def fit_mapping_columns(self) -> None:
        """The field names and the column choices whole ("Reading of the full name (furigana)", "— not imported —"),
        within bounds; the mapping as wide as they and a glimpse of the first row need."""
        header = self.mapping.horizontalHeader()
        field = min(max(self.mapping.sizeHintForColumn(COL_FIELD), header.sectionSizeHint(COL_FIELD)), 320)
        header.resizeSection(COL_FIELD, field)
        model = self.mapping.model()
        editors = (self.mapping.indexWidget(model.index(row, COL_COLUMN)) for row in range(model.rowCount()))
        column = max((editor.sizeHint().width() for editor in editors if editor is not None), default=140)
        header.resizeSection(COL_COLUMN, min(max(column + 8, 140), 240))  # "— not imported —" whole, grid and all
        wanted = field + header.sectionSize(COL_COLUMN) + 160 + self.mapping.verticalScrollBar().sizeHint().width()
        wanted += 2 * self.mapping_box.contentsMargins().left() + 2 * self.mapping.frameWidth() + 16
        sizes = self.split.sizes()
        total = sum(sizes)
        if total and sizes[0] < wanted:
            left = min(wanted, total * 11 // 20)
            self.split.setSizes([left, total - left])

    def _lay_out(self) -> None:
        dialog = self.dialog
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.files, 1)
        files.addLayout(file_buttons)
        files_box = QGroupBox(tr("Files"), dialog)
        files_layout = QVBoxLayout(files_box)
        files_layout.addLayout(files)
        files_layout.addWidget(self.file_label)
        files_layout.addWidget(self.remap_box)
        preview_box = QWidget(dialog)
        preview = QVBoxLayout(preview_box)
        preview.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.preview_label, 1)
        row.addWidget(self.problems_only)
        preview.addLayout(row)
        preview.addWidget(self.preview, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, dialog)
        self.split.addWidget(self.mapping_box)
        self.split.addWidget(preview_box)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([500, 800])
        top = QHBoxLayout()
        top.addWidget(files_box, 3)
        top.addWidget(self.event, 2)
        layout = QVBoxLayout(dialog)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.issues)
        layout.addWidget(self.buttons)
