"""Print a batch: what, format, layout, sheet, sides, sender, where; the problems before anything is written;
progress and cancel off the GUI thread; then open the PDF or print it at actual size, with feeding steps.

The batch's data is read from the store on the GUI thread (:func:`~postcard.compose.printing.gather_batch`); the
cards are composed and checked (:func:`~postcard.compose.printing.compose_batch`) and the PDF written on the
render thread, which never touches the store; the cards are logged as printed on the GUI thread once the PDF
exists. Cancelled, the batch leaves no PDF and no log rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
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
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.printing import (
    BatchOutcome,
    BatchPlan,
    PrintRequest,
    compose_batch,
    gather_batch,
    layout_problems,
    log_batch,
    write_batch,
)
from postcard.compose.problems import Problem
from postcard.context import AppContext
from postcard.core.layout.formats import FORMATS
from postcard.core.model import CardStatus, Contact, Event, Stage
from postcard.core.options import Format, LayoutMode, SheetSize, Sides
from postcard.errors import Cancelled, PostcardError

from postcard.gui.dialogs.error_dialog import show_error
from postcard.gui.dialogs.feeding import feeding_instructions
from postcard.gui.dialogs.progress import SignalProgress
from postcard.gui.tasks import TaskRunner
from postcard.gui.wording import error_text, format_label, problem_text

WITH_LINE, CHECKED, SHOWN = "with-line", "checked", "shown"
CHECK_PART = 50  # cards laid out per task while the dialog checks: printing waits for at most one part


class PrintDialog(QDialog):
    """Signals:
    go_to_card(int): the user wants to fix this contact's card (the dialog closes).
    printed(): cards were logged as printed (or marked sent).
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
        self._checking = 0
        self.options = QWidget(self)
        self.what_box, self.format_box, self.layout_box = (QComboBox(self.options) for _ in range(3))
        self.sheet_box, self.sides_box, self.sender_box = (QComboBox(self.options) for _ in range(3))
        for name, box in (
            ("printWhat", self.what_box),
            ("printFormat", self.format_box),
            ("printLayout", self.layout_box),
            ("printSheet", self.sheet_box),
            ("printSides", self.sides_box),
            ("printSender", self.sender_box),
        ):
            box.setObjectName(name)
        self.reverse_box = QCheckBox(self.tr("Reverse the second pass (printers that stack face up)"), self.options)
        self.out_edit = QLineEdit(str(default_output(event)), self.options)
        self.out_edit.setObjectName("printOutput")
        browse = QPushButton(self.tr("Browse…"), self.options)
        self.summary = QLabel(self)
        self.summary.setObjectName("printSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problemsHeading")
        self.problems_label.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problemsList")
        self.problems.setWordWrap(True)
        self.problems_label.setBuddy(self.problems)
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.feeding = QPlainTextEdit(self)
        self.feeding.setObjectName("feedingInstructions")
        self.feeding.setReadOnly(True)
        self.feeding.hide()
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("&Write PDF and log"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.open_button = self.buttons.addButton(self.tr("&Open PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.system_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sent_button = self.buttons.addButton(self.tr("Mark as &sent"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sent_button.setToolTip(self.tr("After posting them: mark these cards as sent in the log"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.open_button, self.system_button, self.sent_button):
            button.hide()

        self._fill_choices()
        out_row = QHBoxLayout()
        out_row.setContentsMargins(0, 0, 0, 0)
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)
        form = QFormLayout(self.options)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&What:"), self.what_box),
            (self.tr("&Format:"), self.format_box),
            (self.tr("&Layout:"), self.layout_box),
            (self.tr("S&heet (n-up):"), self.sheet_box),
            (self.tr("Si&des:"), self.sides_box),
            (self.tr("Se&nder:"), self.sender_box),
        ):
            form.addRow(text, field)
            if field is self.layout_box:
                form.addRow("", self.reverse_box)
        out_label = QLabel(self.tr("Save &to:"), self.options)
        out_label.setBuddy(self.out_edit)
        form.addRow(out_label, out_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.options)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.feeding, 2)
        layout.addWidget(self.buttons)
        self.resize(660, 600)

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
        for key in FORMATS:
            self.format_box.addItem(self.tr("All on: %1").replace("%1", format_label(key)), key)
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
            label = sender.full_name or sender.company
            self.sender_box.addItem(f"{label}  ({sender.label})" if sender.label else label, sender.id)
            if sender.is_default:
                self.sender_box.setCurrentIndex(self.sender_box.count() - 1)
        if not self.sender_box.count():
            self.sender_box.addItem(self.tr("(no sender yet: add one in Book ▸ Sender Profiles)"), None)

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
        """Read the batch from the store here, then compose and check every card on the render thread: first what
        needs no layout (the print button is ready then), then each card laid out, a part at a time, the list
        growing as problems are found; printing before the check ends stops it (the batch lays each card out
        anyway and names the ones it refuses)."""
        request = self.request()
        self.print_button.setEnabled(False)
        self.selection = None
        self._checking += 1  # a check still running for the former choices stops
        if not request.contact_ids:
            self._planned(None, None)
            return
        try:
            batch_input = gather_batch(self.ctx.store, request)
        except PostcardError as exc:
            self._planned(None, exc)
            return
        self.summary.setText(self.tr("Checking the cards…"))
        templates, fonts = self.ctx.templates, self.ctx.fonts
        self.runner.run(lambda: compose_batch(batch_input, templates, fonts), self._planned, channel="print-plan")

    def _planned(self, plan: BatchPlan | None, error: BaseException | None) -> None:
        if error is not None and not isinstance(error, PostcardError):
            show_error(self, error)
            return
        self.selection = plan
        self._show_plan(plan, error)
        if plan is not None and plan.jobs:
            self._check_layout(self._checking, plan, 0)

    def _check_layout(self, generation: int, plan: BatchPlan, done: int) -> None:
        """Lay the next part of the cards out on the render thread (a problem the layout finds joins the list)."""
        if generation != self._checking or self.progress is not None or self.result is not None:
            return  # the choices changed, or printing started: the batch checks each card as it draws it
        part = plan.jobs[done : done + CHECK_PART]
        if not part:
            self._show_problems_heading(plan, checked=True)
            return
        self.problems_label.setText(
            self.tr("Laying out every card to find what does not fit… %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(len(plan.jobs)))
        )
        self.problems_label.show()
        settings, fonts = plan.settings, self.ctx.fonts

        def checked(found: list[Problem] | None, error: BaseException | None) -> None:
            if error is not None:
                show_error(self, error)
                return
            if generation != self._checking or self.selection is not plan or self.progress is not None:
                return  # printing has started: the batch names what the layout refuses as it draws
            if found:
                refused = {p.contact_id for p in found}
                plan.problems.extend(found)
                plan.jobs = [j for j in plan.jobs if j.contact.id not in refused]
                self._show_plan(plan, None)
            self._check_layout(generation, plan, done + len(part) - len(found or []))

        self.runner.run(lambda: layout_problems(part, settings, fonts), checked, channel="print-check")

    def _show_plan(self, plan: BatchPlan | None, error: BaseException | None) -> None:
        self.problems.clear()
        problems = sorted(plan.problems, key=lambda p: not p.blocking) if plan else []
        style = self.style()
        for problem in problems:
            item = QListWidgetItem(problem_text(problem, with_name=True))
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if problem.blocking
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item.setIcon(style.standardIcon(pixmap))
            item.setData(Qt.ItemDataRole.UserRole, problem.contact_id)
            item.setToolTip(item.text() + "\n" + self.tr("Double-click or press Enter to open this card"))
            self.problems.addItem(item)
        self._show_problems_heading(plan)
        if error is not None:
            self.summary.setText(error_text(error))
            return
        cards = len(plan.jobs) if plan else 0
        if plan is None:
            self.summary.setText(
                self.tr(
                    "Nothing to print: nobody here has a line yet. Write a line first, or choose “Everyone in "
                    "the list” to print the template's text alone."
                )
            )
            return
        if not cards:
            self.summary.setText(self.tr("No card can be printed: each has a problem listed below."))
            return
        pages = cards * (1 if self.sides_box.currentData() != "both" else 2)
        text = self.tr("%n card(s) will be printed", "", cards)
        if self.layout_box.currentData() != "nup":
            text += " · " + self.tr("%n page(s)", "", pages)
        if plan and plan.skipped:
            text += " · " + self.tr(
                "%n card(s) cannot be printed (below)", "", len({p.contact_id for p in plan.skipped})
            )
        if plan and len(plan.stocks()) > 1:
            text += "\n" + self.tr("One PDF per card stock: はがき and A6 cards are printed apart.")
        self.summary.setText(text)
        self.print_button.setEnabled(True)

    def _show_problems_heading(self, plan: BatchPlan | None, checked: bool = False) -> None:
        count = self.problems.count()
        if count:
            self.problems_label.setText(
                self.tr("&Look at these before printing (%n); double-click one to open the card:", "", count)
            )
        elif plan is not None and plan.jobs and checked:
            self.problems_label.setText(self.tr("No problems found: every card fits and every address looks complete."))
        else:
            self.problems_label.clear()
        self.problems.setVisible(count > 0)
        self.problems_label.setVisible(bool(self.problems_label.text()))

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
        if plan.needs_address_confirmation:
            confirmed = self._confirm_addresses(plan)
            if confirmed is None or not confirmed.jobs:
                return
            plan = confirmed
        out, fonts = Path(self.out_edit.text()).expanduser(), self.ctx.fonts
        self._checking += 1  # the layout check stops here: the batch lays each card out as it draws it
        self.progress = progress = SignalProgress()
        progress.changed.connect(self._progressed)
        self.bar.setValue(0)
        self.bar.show()
        self.options.setEnabled(False)
        self.print_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.summary.setText(self.tr("Writing the PDF…"))
        self.runner.run(lambda: write_batch(plan, out, fonts, progress), self._done, channel="print")

    def _confirm_addresses(self, plan: BatchPlan) -> BatchPlan | None:
        """Cards that may not arrive (their address looks wrong): leave them out, print them anyway, or stop."""
        people = list(dict.fromkeys(p.name for p in plan.undeliverable))
        names = "、".join(people[:5]) + ("…" if len(people) > 5 else "")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cards that may not arrive"),
            self.tr("The address of %n card(s) looks wrong or incomplete: %1", "", len(people)).replace("%1", names),
            parent=self,
        )
        box.setInformativeText(self.tr("The list in this window says what is wrong with each address."))
        leave_out = box.addButton(self.tr("Leave them out"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Print them anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(leave_out)
        box.exec()
        if box.clickedButton() is leave_out:
            return plan.without_undeliverable()
        if box.clickedButton() is anyway:
            return plan.addresses_confirmed()
        return None

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
        if error is not None:
            self.options.setEnabled(True)
            self.print_button.setEnabled(True)
            if isinstance(error, Cancelled):
                self.summary.setText(self.tr("Cancelled: nothing was written and nothing was logged."))
            elif isinstance(error, PostcardError):
                self.summary.setText(error_text(error))
            else:
                show_error(self, error)
            return
        assert result is not None
        self.result = log_batch(self.ctx.store, result)
        self.printed.emit()
        lines = [self.tr("Wrote %n card(s); they are in the log as printed.", "", len(result.cards))]
        for f in result.files:
            pages = self.tr("%n page(s)", "", f.pages)
            lines.append(self.tr("%1  (%2, %3)").replace("%1", str(f.path)).replace("%2", format_label(f.format))
                         .replace("%3", pages))  # fmt: skip
        self.summary.setText("\n".join(lines))
        self.options.hide()  # what was chosen is done; the room goes to what to do next
        self._show_not_printed(result)
        self.feeding.setPlainText(self._feeding_text(result))
        self.feeding.show()
        for button in (self.open_button, self.system_button, self.sent_button):
            button.show()
        self.print_button.hide()
        self.open_button.setDefault(True)

    def _show_not_printed(self, result: BatchOutcome) -> None:
        """After printing, the list keeps only the cards left out (to fix and print again)."""
        left_out = [p for p in (self.selection.skipped if self.selection else []) + result.problems if p.blocking]
        self.problems.clear()
        for problem in left_out:
            item = QListWidgetItem(problem_text(problem, with_name=True))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            item.setData(Qt.ItemDataRole.UserRole, problem.contact_id)
            self.problems.addItem(item)
        self.problems_label.setText(
            self.tr(
                "&Not printed (%n): fix them, then print them again; double-click one to open it:", "", len(left_out)
            )  # fmt: skip
        )
        self.problems_label.setVisible(bool(left_out))
        self.problems.setVisible(bool(left_out))

    def _feeding_text(self, result: BatchOutcome) -> str:
        """How to feed the cards: actual size first, then each file's own steps (a two-pass file's page numbers
        are its own), then the calibration hint once."""
        layout, sides = self.layout_box.currentData(), self.sides_box.currentData()
        blocks = [feeding_instructions(layout, sides, self.reverse_box.isChecked(), f.cards) for f in result.files]
        first, last = blocks[0][0], blocks[0][-1]
        text = [self.tr("How to feed the cards:"), f"• {first}"]
        for f, steps in zip(result.files, blocks, strict=True):
            if len(result.files) > 1:
                text += ["", self.tr("%1 (%2):").replace("%1", f.path.name).replace("%2", format_label(f.format))]
            text += [f"• {step}" for step in steps[1:-1]]
        return "\n".join([*text, "", f"• {last}"])

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
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                for output in self.result.files:
                    print_pdf(output.path, printer)
            except OSError as exc:
                show_error(self, exc)
            finally:
                QApplication.restoreOverrideCursor()

    def mark_sent(self) -> int:
        from postcard.compose.marking import mark_cards

        if self.result is None:
            return 0
        changed = mark_cards(self.ctx.store, CardStatus.SENT, card_ids=[c.id for c in self.result.cards if c.id])
        self.printed.emit()
        self.sent_button.setEnabled(False)
        self.summary.setText(self.summary.text() + "\n" + self.tr("%n card(s) marked as sent.", "", changed))
        return changed


def default_output(event: Event | None) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    name = (event.name if event else "cards").replace("/", "-")
    return Path(folder) / "postcard" / f"{name}-{dt.date.today().isoformat()}.pdf"
