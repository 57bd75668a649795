"""The rows of a file as they will be imported, and the rows that cannot be, in file order by line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from postcard.compose.importing import FilePreview, ImportIssue, PreviewRow

from postcard.gui.i18n import QT_TRANSLATE_NOOP
from postcard.gui.import_wording import issue_reason
from postcard.gui.models.table import ROW_ROLE, Index, TableModel
from postcard.gui.wording import address_problems_text

COL_LINE, COL_NAME, COL_READING, COL_COMPANY, COL_ADDRESS, COL_CHECK = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreview", "Line"),
    QT_TRANSLATE_NOOP("ImportPreview", "Name"),
    QT_TRANSLATE_NOOP("ImportPreview", "Reading"),
    QT_TRANSLATE_NOOP("ImportPreview", "Company"),
    QT_TRANSLATE_NOOP("ImportPreview", "Address"),
    QT_TRANSLATE_NOOP("ImportPreview", "Check"),
)
ERROR_COLOR = QColor("#b3261e")
WARNING_COLOR = QColor("#8a5300")
SUGGESTED_COLOR = QColor("#5f6368")


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


class ImportPreviewModel(TableModel):
    """A file's preview: each record (name, reading, company, address after completion, the address check) and
    each problem row (its line and reason: ✗ left out, ⚠ imported in part), sorted by line; ``problems_only``
    hides the rows without one."""

    context = "ImportPreview"
    headers = HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._all: list[PreviewRow | ImportIssue] = []
        self._rows: list[PreviewRow | ImportIssue] = []
        self._problems_only = False

    def set_preview(self, preview: FilePreview | None) -> None:
        self.beginResetModel()
        items: list[PreviewRow | ImportIssue] = []
        if preview is not None:
            items = [*preview.rows, *(i for i in preview.issues if i.line > 0)]
        self._all = sorted(items, key=lambda item: (item.line, isinstance(item, PreviewRow)))
        self._filter()
        self.endResetModel()

    def set_problems_only(self, only: bool) -> None:
        self.beginResetModel()
        self._problems_only = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._rows = [item for item in self._all if not self._problems_only or has_problem(item)]

    def item(self, row: int) -> PreviewRow | ImportIssue:
        return self._rows[row]

    def problem_count(self) -> int:
        """How many rows of the file have a problem (a row with two problems, shown on two lines, counts once)."""
        return len({item.line for item in self._all if has_problem(item)})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item, col = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return item
        if isinstance(item, ImportIssue):
            return self._issue_data(item, col, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_CHECK and item.address_problems:
                return QBrush(WARNING_COLOR)
            if col == COL_READING and item.contact.reading_suggested:
                return QBrush(SUGGESTED_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_ADDRESS, COL_CHECK, COL_READING):
            return self._text(item, col) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: PreviewRow, col: int) -> str:
        c = item.contact
        if col == COL_LINE:
            return str(item.line)
        if col == COL_NAME:
            return c.addressed_name
        if col == COL_READING:
            if c.full_reading:
                return c.full_reading
            if c.reading_suggested:
                return tr("%1 (suggested)").replace("%1", c.suggested_reading)
            return QCoreApplication.translate("ContactsModel", "(reading missing)") if c.reading_missing else ""
        if col == COL_COMPANY:
            return " / ".join(p for p in (c.company, c.department, c.title) if p)
        if col == COL_ADDRESS:
            return c.one_line_address
        notes = []
        if item.address_problems:
            notes.append("⚠ " + address_problems_text(item.address_problems))
        if item.completed:
            notes.append(tr("Address completed from the postal code."))
        return " ".join(notes)

    def _issue_data(self, issue: ImportIssue, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LINE:
                return str(issue.line)
            if col == COL_CHECK:
                return ("✗ " if issue.skipped else "⚠ ") + issue_reason(issue)
            return ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(ERROR_COLOR if issue.skipped else WARNING_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CHECK:
            return issue_reason(issue)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def has_problem(item: PreviewRow | ImportIssue) -> bool:
    return isinstance(item, ImportIssue) or bool(item.address_problems)
