"""Reprint logged cards exactly: their stored text, seed, format and options; not logged again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from postcard.compose import preferences
from postcard.compose.printing import BatchOutcome, write_batch
from postcard.compose.reprint import plan_reprint
from postcard.context import AppContext
from postcard.core.model import Card
from postcard.core.options import LayoutMode
from postcard.errors import PostcardError

from postcard.gui.dialogs.error_dialog import show_error
from postcard.gui.dialogs.pdf_output import PdfPathRow, open_pdfs
from postcard.gui.dialogs.preference_editors import choice_box
from postcard.gui.tasks import TaskRunner


class ReprintDialog(QDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner, cards: list[Card], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprintDialog")
        self.setWindowTitle(self.tr("Reprint cards"))
        self.ctx, self.runner, self.cards = ctx, runner, cards
        self.outcome: BatchOutcome | None = None
        prefs = preferences.load(ctx.store.settings)
        self.layout_box = choice_box(preferences.BY_NAME["layout"], prefs["layout"], self)
        first = cards[0] if cards else None
        name = f"reprint-{first.id}.pdf" if first and len(cards) == 1 else "reprint.pdf"
        self.output = PdfPathRow(Path.home() / name, self)
        self.out_edit = self.output.edit
        self.summary = QLabel(self.tr("%n card(s), exactly as printed (same text and handwriting)", "", len(cards)))
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.go_button = self.buttons.addButton(self.tr("&Write PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("&Open PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.tr("&Layout:"), self.layout_box)
        form.addRow(self.tr("Save &to:"), self.output)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.go_button.clicked.connect(self.start)
        self.open_button.clicked.connect(lambda: self.outcome and open_pdfs(f.path for f in self.outcome.files))
        close.clicked.connect(self.reject)

    def start(self) -> None:
        try:
            plan = plan_reprint(
                self.ctx, [c.id for c in self.cards if c.id], layout=LayoutMode(self.layout_box.currentData())
            )
        except PostcardError as exc:
            show_error(self, exc)
            return
        out, fonts = self.output.path(), self.ctx.fonts
        self.go_button.setEnabled(False)
        self.runner.run(lambda: write_batch(plan, out, fonts), self._done, channel="reprint")

    def _done(self, result: BatchOutcome | None, error: BaseException | None) -> None:
        self.go_button.setEnabled(True)
        if error is not None:
            show_error(self, error)
            return
        assert result is not None
        self.outcome = result
        self.summary.setText(
            self.tr("Wrote %n page(s) to %1 (not logged again).", "", result.pages).replace(
                "%1", ", ".join(str(f.path) for f in result.files)
            )
        )
        self.open_button.show()
