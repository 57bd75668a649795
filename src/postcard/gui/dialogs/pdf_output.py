"""Where a batch's PDF goes and opening it afterwards: the print and reprint dialogs alike."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class PdfPathRow(QWidget):
    """The PDF's path, and Browse… to choose it (a name typed there without ``.pdf`` gets it). A label's Alt+letter
    for the row puts the cursor in the path."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(path), self)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)
        self.setFocusProxy(self.edit)
        self.browse_button.clicked.connect(self._browse)

    def path(self) -> Path:
        return Path(self.edit.text()).expanduser()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the cards as"), self.edit.text(), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")


def open_pdfs(paths: Iterable[Path]) -> bool:
    """Open each PDF in the desktop's viewer; False when one could not be opened."""
    return all([QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))) for path in paths])
