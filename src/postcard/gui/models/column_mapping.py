"""The column mapping of a CSV of no known layout: one row per field a column can fill, the column chosen for it
(a combo of the file's columns), and what the first row holds there."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from postcard.compose.importing import IDENTITY_FIELDS, TARGET_FIELDS

from postcard.gui.i18n import QT_TRANSLATE_NOOP
from postcard.gui.import_wording import field_title
from postcard.gui.models.table import Index, TableModel

COL_FIELD, COL_COLUMN, COL_EXAMPLE = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("ColumnMapping", "Field"),
    QT_TRANSLATE_NOOP("ColumnMapping", "Column in the file"),
    QT_TRANSLATE_NOOP("ColumnMapping", "First row"),
)
NOT_IMPORTED = QT_TRANSLATE_NOOP("ColumnMapping", "— not imported —")
COLUMNS_ROLE = Qt.ItemDataRole.UserRole + 1  # the file's columns, for the editor's combo


def tr(text: str) -> str:
    return QCoreApplication.translate("ColumnMapping", text)


class ColumnMappingModel(TableModel):
    """Signals:
    mapping_changed(): a field was given another column (or none).
    """

    mapping_changed = Signal()
    context = "ColumnMapping"
    headers = HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[str, ...] = TARGET_FIELDS  # a row per field a column can fill
        self._headers: tuple[str, ...] = ()
        self._first: tuple[str, ...] = ()
        self._columns: dict[str, str] = {}  # field → column header

    def set_file(self, headers: tuple[str, ...], samples: tuple[tuple[str, ...], ...],
                 mapping: dict[str, str]) -> None:  # fmt: skip
        self.beginResetModel()
        self._headers = headers
        self._first = samples[0] if samples else ()
        self._columns = {f: c for f, c in mapping.items() if f in TARGET_FIELDS and c in headers}
        self.endResetModel()

    def mapping(self) -> dict[str, str]:
        return {f: self._columns[f] for f in TARGET_FIELDS if self._columns.get(f)}

    def field(self, row: int) -> str:
        return TARGET_FIELDS[row]

    def set_column(self, field: str, column: str) -> bool:
        row = TARGET_FIELDS.index(field)
        return self.setData(self.index(row, COL_COLUMN), column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        name, col = TARGET_FIELDS[index.row()], index.column()
        column = self._columns.get(name, "")
        if role == COLUMNS_ROLE:
            return list(self._headers)
        if role == Qt.ItemDataRole.EditRole and col == COL_COLUMN:
            return column
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_FIELD:
                return field_title(name) + (" *" if name in IDENTITY_FIELDS else "")
            if col == COL_COLUMN:
                return column or tr(NOT_IMPORTED)
            if column and column in self._headers:
                at = self._headers.index(column)
                return self._first[at] if at < len(self._first) else ""
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FIELD and name in IDENTITY_FIELDS:
            return tr("One of the fields marked * is needed: a name, a company or an e-mail.")
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != COL_COLUMN:
            return False
        column = str(value or "")
        if column and column not in self._headers:
            return False
        name = TARGET_FIELDS[index.row()]
        if self._columns.get(name, "") == column:
            return True
        if column:
            self._columns[name] = column
        else:
            self._columns.pop(name, None)
        self.dataChanged.emit(self.index(index.row(), COL_COLUMN), self.index(index.row(), COL_EXAMPLE))
        self.mapping_changed.emit()
        return True


class ColumnChoiceDelegate(QStyledItemDelegate):
    """A combo of the file's columns ("— not imported —" first); a choice is applied at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        box.setObjectName(f"mappingColumn_{TARGET_FIELDS[index.row()]}")
        box.addItem(tr(NOT_IMPORTED), "")
        for column in index.data(COLUMNS_ROLE) or []:
            box.addItem(column, column)
        box.currentIndexChanged.connect(lambda _i, b=box: self.commitData.emit(b))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt's name
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.blockSignals(True)
        editor.setCurrentIndex(max(at, 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
