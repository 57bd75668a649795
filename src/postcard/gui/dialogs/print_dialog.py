"""Print a batch: what, format, layout, sheet, sides, sender, where (:mod:`.print_options`); the problems before
anything is written (:mod:`.print_problems`); progress and cancel off the GUI thread; then open the PDF or print it
at actual size, with feeding steps.

The batch's data is read from the store on the GUI thread (:func:`~postcard.compose.printing.gather_batch`); the
cards are composed and checked (:func:`~postcard.compose.printing.compose_batch`) and the PDF written on the
render thread, which never touches the store; the cards are logged as printed on the GUI thread once the PDF
exists. Cancelled, the batch leaves no PDF and no log rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from postcard.compose.printing import (
    BatchOutcome,
    BatchPlan,
    compose_batch,
    gather_batch,
    layout_problems,
    log_batch,
    write_batch,
)
from postcard.compose.problems import Problem
from postcard.context import AppContext
from postcard.core.model import CardStatus, Contact, Event
from postcard.errors import Cancelled, PostcardError

from postcard.gui.dialogs.error_dialog import show_error
from postcard.gui.dialogs.feeding import feeding_instructions
from postcard.gui.dialogs.pdf_output import open_pdfs
from postcard.gui.dialogs.print_options import PrintOptions
from postcard.gui.dialogs.print_problems import ProblemList
from postcard.gui.dialogs.print_questions import ask_about_addresses, ask_thank_again
from postcard.gui.dialogs.progress import SignalProgress
from postcard.gui.error_wording import error_text
from postcard.gui.sizing import fit_to_screen
from postcard.gui.tasks import TaskRunner
from postcard.gui.wording import format_label

CHECK_PART = 50  # cards laid out per task while the dialog checks: printing waits for at most one part


class PrintDialog(QDialog):
    """Signals:
    go_to_card(int): the user wants to fix this contact's card (the dialog closes).
    printed(): cards were logged as printed (or marked sent).
    senders_requested(): the user wants to add a sender profile (Book ▸ Sender Profiles).
    """

    go_to_card = Signal(int)
    printed = Signal()
    senders_requested = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, card_event: Event | None, shown: list[Contact],
                 checked: list[int], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print batch"))
        self.ctx, self.runner, self.card_event = ctx, runner, card_event
        self.selection: BatchPlan | None = None
        self.outcome: BatchOutcome | None = None
        self.progress: SignalProgress | None = None
        self._checking = 0
        self.options = PrintOptions(ctx, card_event, shown, checked, self)
        self.sender_note = QLabel(self)
        self.sender_note.setObjectName("senderNote")
        self.sender_note.setWordWrap(True)
        self.sender_note.setTextFormat(Qt.TextFormat.RichText)
        self.sender_note.linkActivated.connect(lambda _link: self.senders_requested.emit())
        self.summary = QLabel(self)
        self.summary.setObjectName("printSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = ProblemList(self)
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.feeding = QPlainTextEdit(self)
        self.feeding.setObjectName("feedingInstructions")
        self.feeding.setReadOnly(True)
        self.feeding.hide()
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("W&rite PDF and log"), QDialogButtonBox.ButtonRole.AcceptRole
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.options)
        layout.addWidget(self.sender_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.feeding, 2)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 700, 620)

        self.options.changed.connect(self.plan)
        self.problems.open_card.connect(self._jump)
        self.print_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close_or_cancel)
        self.open_button.clicked.connect(self.open_pdf)
        self.system_button.clicked.connect(self.print_with_system_dialog)
        self.sent_button.clicked.connect(self.mark_sent)
        self._show_sender_note()
        self.plan()

    def senders_changed(self) -> None:
        """The sender profiles were edited (from the link): choose among them again and check the cards again."""
        self.options.reload_senders()
        self._show_sender_note()
        self.plan()

    def _show_sender_note(self) -> None:
        if self.options.has_sender():
            self.sender_note.clear()
            self.sender_note.hide()
            return
        link = '<a href="#senders">' + self.tr("Book ▸ Sender Profiles") + "</a>"
        self.sender_note.setText(
            self.tr("No sender profile yet: the cards print without your name and address. Add one in %1.")
            .replace("%1", link)
        )  # fmt: skip
        self.sender_note.show()

    # --- the plan: every card composed and checked, before anything is written ------------------------------
    def plan(self) -> None:
        """Read the batch from the store here, then compose and check every card on the render thread: first what
        needs no layout (the print button is ready then), then each card laid out, a part at a time, the list
        growing as problems are found; printing before the check ends stops it (the batch lays each card out
        anyway and names the ones it refuses)."""
        request = self.options.request()
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
        if generation != self._checking or self.progress is not None or self.outcome is not None:
            return  # the choices changed, or printing started: the batch checks each card as it draws it
        part = plan.jobs[done : done + CHECK_PART]
        if not part:
            self.problems.show_heading(plan, checked=True)
            return
        self.problems.show_checking(done, len(plan.jobs))
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
        self.problems.show_problems(plan.problems if plan else [])
        self.problems.show_heading(plan)
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
        pages = cards * (1 if self.options.sides_key() != "both" else 2)
        text = self.tr("%n card(s) will be printed", "", cards)
        if self.options.layout_key() != "nup":
            text += " · " + self.tr("%n page(s)", "", pages)
        if plan.skipped:
            text += " · " + self.tr(
                "%n card(s) cannot be printed (below)", "", len({p.contact_id for p in plan.skipped})
            )
        if len(plan.stocks()) > 1:
            text += "\n" + self.tr("One PDF per card stock: はがき and A6 cards are printed apart.")
        self.summary.setText(text)
        self.print_button.setEnabled(True)

    def _jump(self, contact_id: int) -> None:
        self.go_to_card.emit(contact_id)
        self.reject()

    # --- printing ------------------------------------------------------------------------------------------
    def start(self) -> None:
        plan = self.selection
        if plan is None or not plan.jobs:
            return
        if plan.needs_force:
            plan = ask_thank_again(self, plan)
            if plan is None or not plan.jobs:
                return
        if plan.needs_address_confirmation:
            plan = ask_about_addresses(self, plan)
            if plan is None or not plan.jobs:
                return
        out, fonts = self.options.out_path(), self.ctx.fonts
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
        self.outcome = log_batch(self.ctx.store, result)
        self.printed.emit()
        lines = [self.tr("Wrote %n card(s); they are in the log as printed.", "", len(result.cards))]
        for f in result.files:
            pages = self.tr("%n page(s)", "", f.pages)
            lines.append(self.tr("%1  (%2, %3)").replace("%1", str(f.path)).replace("%2", format_label(f.format))
                         .replace("%3", pages))  # fmt: skip
        self.summary.setText("\n".join(lines))
        self.options.hide()  # what was chosen is done; the room goes to what to do next
        self.sender_note.hide()
        skipped = self.selection.skipped if self.selection else []
        self.problems.show_not_printed([p for p in skipped + result.problems if p.blocking])
        self.feeding.setPlainText(self._feeding_text(result))
        self.feeding.show()
        for button in (self.open_button, self.system_button, self.sent_button):
            button.show()
        self.print_button.hide()
        self.open_button.setDefault(True)
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _feeding_text(self, result: BatchOutcome) -> str:
        """How to feed the cards: actual size first, then each file's own steps (a two-pass file's page numbers
        are its own), then the calibration hint once."""
        layout, sides, reverse = (
            self.options.layout_key(),
            self.options.sides_key(),
            self.options.reverse_box.isChecked(),
        )
        blocks = [feeding_instructions(layout, sides, reverse, f.cards) for f in result.files]
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
        if self.outcome is None:
            return False
        return open_pdfs(f.path for f in self.outcome.files)

    def print_with_system_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from postcard.gui.dialogs.system_print import print_pdf

        if self.outcome is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                for output in self.outcome.files:
                    print_pdf(output.path, printer)
            except OSError as exc:
                show_error(self, exc)
            finally:
                QApplication.restoreOverrideCursor()

    def mark_sent(self) -> int:
        from postcard.compose.marking import mark_cards

        if self.outcome is None:
            return 0
        changed = mark_cards(self.ctx.store, CardStatus.SENT, card_ids=[c.id for c in self.outcome.cards if c.id])
        self.printed.emit()
        self.sent_button.setEnabled(False)
        self.summary.setText(self.summary.text() + "\n" + self.tr("%n card(s) marked as sent.", "", changed))
        return changed
