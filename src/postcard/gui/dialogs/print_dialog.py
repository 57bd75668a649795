"""Print a batch: what, format, layout, sheet, sides, sender, where; the problems before anything is written;
progress and cancel off the GUI thread; then open the PDF or print it at actual size, with feeding steps.

The plan (every card composed and checked) and the PDF are made on the render thread; the cards are logged as
printed on the GUI thread once the PDF exists. Cancelled, the batch leaves no PDF and no log rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.printing import BatchOutcome, BatchPlan, PrintRequest, log_batch, plan_batch, write_batch
from postcard.context import AppContext
from postcard.core.layout.formats import FORMATS
from postcard.core.model import CardStatus, Contact, Event, Stage
from postcard.core.options import Format, LayoutMode, SheetSize, Sides
from postcard.errors import Cancelled

from postcard.gui.dialogs.error_dialog import show_error
from postcard.gui.dialogs.feeding import feeding_instructions
from postcard.gui.dialogs.progress import SignalProgress
from postcard.gui.tasks import TaskRunner
from postcard.gui.wording import problem_text

WITH_LINE, CHECKED, SHOWN = "with-line", "checked", "shown"


class PrintDialog(QDialog):
    """Signals:
    go_to_card(int): the user wants to fix this contact's card (the dialog closes).
    printed(): cards were logged as printed.
    """

    go_to_card = Signal(int)
    printed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        event: Event | None,
        shown: list[Contact],
        checked: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print batch"))
        self.ctx, self.runner, self.event, self.shown, self.checked = ctx, runner, event, shown, checked
        self.selection: BatchPlan | None = None
        self.result: BatchOutcome | None = None
        self.progress: SignalProgress | None = None
        self.what_box, self.format_box, self.layout_box = QComboBox(self), QComboBox(self), QComboBox(self)
        self.sheet_box, self.sides_box, self.sender_box = QComboBox(self), QComboBox(self), QComboBox(self)
        for name, box in (
            ("printWhat", self.what_box),
            ("printFormat", self.format_box),
            ("printLayout", self.layout_box),
            ("printSheet", self.sheet_box),
            ("printSides", self.sides_box),
            ("printSender", self.sender_box),
        ):
            box.setObjectName(name)
        self.reverse_box = QCheckBox(self.tr("Reverse the second pass (printers that stack face up)"), self)
        self.out_edit = QLineEdit(str(default_output(event)), self)
        self.out_edit.setObjectName("printOutput")
        browse = QPushButton(self.tr("Browse…"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("printSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problemsList")
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.feeding = QLabel(self)
        self.feeding.setObjectName("feedingInstructions")
        self.feeding.setWordWrap(True)
        self.feeding.setTextFormat(Qt.TextFormat.PlainText)
        self.feeding.hide()
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("&Write PDF and log"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("printButton")
        self.open_button = self.buttons.addButton(self.tr("&Open PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.system_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sent_button = self.buttons.addButton(self.tr("Mark as &sent"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.open_button, self.system_button, self.sent_button):
            button.hide()

        self._fill_choices()
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.what_box)
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Layout:"), self.layout_box)
        form.addRow("", self.reverse_box)
        form.addRow(self.tr("S&heet (n-up):"), self.sheet_box)
        form.addRow(self.tr("Si&des:"), self.sides_box)
        form.addRow(self.tr("Se&nder:"), self.sender_box)
        form.addRow(self.tr("Save &to:"), out_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.feeding)
        layout.addWidget(self.buttons)
        self.resize(620, 560)

        for box in (self.what_box, self.format_box, self.layout_box, self.sheet_box, self.sides_box, self.sender_box):
            box.currentIndexChanged.connect(self.plan)
        self.layout_box.currentIndexChanged.connect(self._layout_changed)
        browse.clicked.connect(self._browse)
        self.problems.itemActivated.connect(self._jump)
        self.print_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close_or_cancel)
        self.open_button.clicked.connect(self.open_pdf)
        self.system_button.clicked.connect(self.print_with_system_dialog)
        self.sent_button.clicked.connect(self.mark_sent)
        self._layout_changed()
        self.plan()

    # --- choices -------------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        stages = self.ctx.store.cards.stages_for_event(self.event.id) if self.event and self.event.id else {}
        with_line = [c for c in self.shown if stages.get(c.id or 0) is Stage.WRITTEN]
        if self.event is not None:
            self.what_box.addItem(self.tr("Cards with a line for this event (%n)", "", len(with_line)), WITH_LINE)
        if self.checked:
            self.what_box.addItem(self.tr("The checked people (%n)", "", len(self.checked)), CHECKED)
        self.what_box.addItem(self.tr("Everyone in the list (%n)", "", len(self.shown)), SHOWN)
        self.what_box.setCurrentIndex(self.what_box.findData(CHECKED if self.checked else WITH_LINE))
        self.what_box.setCurrentIndex(max(0, self.what_box.currentIndex()))
        self._with_line = [c.id for c in with_line]
        self.format_box.addItem(self.tr("As the address asks (はがき in Japan, A6 abroad)"), None)
        for key, fmt in FORMATS.items():
            self.format_box.addItem(fmt.label, key)
        for key, text in (
            ("duplex", self.tr("Duplex: message and address side alternate")),
            ("two-pass", self.tr("Two passes: all message sides, then all address sides")),
            ("nup", self.tr("Several cards per sheet, with crop marks")),
        ):
            self.layout_box.addItem(text, key)
        self.sheet_box.addItem("A4", "a4")
        self.sheet_box.addItem("Letter", "letter")
        for key, text in (
            ("both", self.tr("Both sides")),
            ("message", self.tr("Message side only")),
            ("address", self.tr("Address side only")),
        ):
            self.sides_box.addItem(text, key)
        for sender in self.ctx.store.senders.list():
            self.sender_box.addItem(f"{sender.full_name or sender.company}  ({sender.label})".strip(), sender.id)
            if sender.is_default:
                self.sender_box.setCurrentIndex(self.sender_box.count() - 1)
        if not self.sender_box.count():
            self.sender_box.addItem(self.tr("(no sender: add one with “postcard sender --add”)"), None)

    def contact_ids(self) -> list[int]:
        what = self.what_box.currentData()
        if what == CHECKED:
            return list(self.checked)
        if what == WITH_LINE:
            return list(self._with_line)  # type: ignore[arg-type]
        return [c.id for c in self.shown if c.id]

    def request(self) -> PrintRequest:
        fmt = self.format_box.currentData()
        return PrintRequest(
            event_id=self.event.id if self.event else None,
            contact_ids=tuple(self.contact_ids()),
            format=Format(fmt) if fmt else None,
            layout=LayoutMode(self.layout_box.currentData()),
            sides=Sides(self.sides_box.currentData()),
            sheet=SheetSize(self.sheet_box.currentData()),
            reverse=self.reverse_box.isChecked(),
            sender_id=self.sender_box.currentData(),
        )

    def _layout_changed(self) -> None:
        self.reverse_box.setEnabled(self.layout_box.currentData() == "two-pass")
        self.sheet_box.setEnabled(self.layout_box.currentData() == "nup")

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the cards as"), self.out_edit.text(), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.out_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    # --- the plan: every card composed and checked, before anything is written ------------------------------
    def plan(self) -> None:
        """Compose and check every card on the render thread (it reads the store; nothing writes meanwhile)."""
        request, ctx = self.request(), self.ctx
        self.print_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the cards…"))
        if not request.contact_ids:
            self._planned(None, None)
            return
        self.runner.run(lambda: plan_batch(ctx, request, check_layout=True), self._planned, channel="print-plan")

    def _planned(self, plan: BatchPlan | None, error: BaseException | None) -> None:
        if error is not None:
            show_error(self, error)
            return
        self.selection = plan
        self.problems.clear()
        problems = plan.problems if plan else []
        for problem in problems:
            item = QListWidgetItem(problem_text(problem, with_name=True))
            item.setData(Qt.ItemDataRole.UserRole, problem.contact_id)
            item.setToolTip(self.tr("Double-click or press Enter to open this card"))
            self.problems.addItem(item)
        cards = len(plan.jobs) if plan else 0
        pages = cards * (1 if self.sides_box.currentData() != "both" else 2)
        text = self.tr("%n card(s) will be printed", "", cards)
        if self.layout_box.currentData() != "nup":
            text += " · " + self.tr("%n page(s)", "", pages)
        if plan and plan.skipped:
            text += " · " + self.tr("%n card(s) cannot be printed (below)", "", len(plan.skipped))
        if plan and len(plan.stocks()) > 1:
            text += " · " + self.tr("one PDF per card stock (はがき and A6 are printed apart)")
        self.summary.setText(text)
        self.print_button.setEnabled(cards > 0)

    def _jump(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if contact_id:
            self.go_to_card.emit(int(contact_id))
            self.reject()

    # --- printing ------------------------------------------------------------------------------------------
    def start(self) -> None:
        plan = self.selection
        if plan is None or not plan.jobs:
            return
        if plan.needs_force:
            names = ", ".join(t.contact.display_name for t in plan.thanked[:5]) + ("…" if len(plan.thanked) > 5 else "")
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Thank them twice?"),
                self.tr("%n of them already got a card for this event: %1", "", len(plan.thanked)).replace("%1", names),
                parent=self,
            )
            skip = box.addButton(self.tr("Skip them"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Print again"), QMessageBox.ButtonRole.DestructiveRole)
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(skip)
            box.exec()
            if box.clickedButton() is cancel:
                return
            if box.clickedButton() is skip:
                again = {t.contact.id for t in plan.thanked}
                plan = replace(plan, jobs=[j for j in plan.jobs if j.contact.id not in again], thanked=[])
                if not plan.jobs:
                    return
            else:
                plan = plan.forced()
        out, fonts = Path(self.out_edit.text()).expanduser(), self.ctx.fonts
        self.progress = progress = SignalProgress()
        progress.changed.connect(self._progressed)
        self.bar.setValue(0)
        self.bar.show()
        self.print_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.runner.run(lambda: write_batch(plan, out, fonts, progress), self._done, channel="print")

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: BatchOutcome | None, error: BaseException | None) -> None:
        self.progress = None
        self.bar.hide()
        self.close_button.setText(self.tr("Close"))
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Cancelled: nothing was written and nothing was logged."))
            self.print_button.setEnabled(True)
            return
        if error is not None:
            self.print_button.setEnabled(True)
            show_error(self, error)
            return
        assert result is not None
        self.result = log_batch(self.ctx.store, result)
        self.printed.emit()
        files = [f"{f.path}  ({f.format.value}, " + self.tr("%n page(s)", "", f.pages) + ")" for f in result.files]
        self.summary.setText(
            self.tr("Wrote %n card(s); they are in the log as printed:", "", len(result.cards))
            + "\n"
            + "\n".join(files)
        )
        steps = feeding_instructions(
            self.layout_box.currentData(), self.sides_box.currentData(), self.reverse_box.isChecked(), len(result.cards)
        )
        self.feeding.setText(self.tr("How to feed the cards:") + "\n" + "\n".join(f"• {s}" for s in steps))
        self.feeding.show()
        for button in (self.open_button, self.system_button, self.sent_button):
            button.show()
        self.print_button.hide()

    def _close_or_cancel(self) -> None:
        if self.progress is not None:
            self.cancel()
        else:
            self.reject()

    # --- afterwards ----------------------------------------------------------------------------------------
    def open_pdf(self) -> bool:
        if self.result is None:
            return False
        return all([QDesktopServices.openUrl(QUrl.fromLocalFile(str(f.path))) for f in self.result.files])

    def print_with_system_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from postcard.gui.dialogs.system_print import print_pdf

        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                for output in self.result.files:
                    print_pdf(output.path, printer)
            except OSError as exc:
                show_error(self, exc)

    def mark_sent(self) -> int:
        if self.result is None:
            return 0
        changed = self.ctx.store.cards.set_status([c.id for c in self.result.cards if c.id], CardStatus.SENT)
        self.printed.emit()
        self.sent_button.setEnabled(False)
        return changed


def default_output(event: Event | None) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    name = (event.name if event else "cards").replace("/", "-")
    return Path(folder) / "postcard" / f"{name}-{dt.date.today().isoformat()}.pdf"
