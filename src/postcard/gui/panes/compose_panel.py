"""The compose panel: one person's card for the selected event — template, personal line, notes, the lines as
they will print, and the live preview of both sides (rendered off the GUI thread).

A draft is saved with every change (closing the window or a crash loses nothing). A card already printed is
shown exactly as printed (its template, line, text and seed), read-only, with "reprint" and "write a new card".

The panel opens nothing heavy until :meth:`ComposePanel.start` (the window calls it once it is on screen): the
templates, the fonts and the first preview come after the first frame, not before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from postcard.context import AppContext
from postcard.core.model import Contact, Event

from postcard.gui.panes.line_edit import PersonalLineEdit
from postcard.gui.panes.preview_pane import PreviewPane
from postcard.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from postcard.compose.preview import CardPreview

    from postcard.gui.drafting import CardView, DraftSession

NOTES_SAVE_MS = 700
ERROR_STYLE = "color: #b3261e; font-weight: bold;"
WARNING_STYLE = "color: #8a5a00;"


class ComposePanel(QWidget):
    """Signals:
    draft_saved(): a draft was written (the people table and sidebar update their counts).
    history_requested(int): show this contact's cards in the log.
    preview_ready(int): a preview (generation) is on screen; the preview stays put while typing.
    reprint_requested(object): the printed Card shown, to be printed again.
    """

    draft_saved = Signal()
    history_requested = Signal(int)
    preview_ready = Signal(int)
    reprint_requested = Signal(object)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None, *, started: bool = True):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.session: DraftSession | None = None
        self._generation = 0
        self._pending = False
        self._loading = False
        self._started = False
        self._waiting: tuple[Contact | None, Event | None] | None = None

        self.title = QLabel(self)
        self.title.setObjectName("composeTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("composeSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        self.subtitle.setEnabled(False)  # the palette's quieter colour: context, not something to act on
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("templateBox")
        self.template_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_box.setMinimumContentsLength(12)
        self.line_edit = PersonalLineEdit(self)
        self.line_edit.setObjectName("personalLine")
        self.room_label = QLabel(self)
        self.room_label.setObjectName("charactersLeft")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("composeProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.hide()
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("composeWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()
        self.lines_view = QLabel(self)
        self.lines_view.setObjectName("composedText")
        self.lines_view.setTextFormat(Qt.TextFormat.PlainText)
        self.lines_view.setWordWrap(True)
        self.lines_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.lines_view.setMargin(4)
        self.lines_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lines_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.printed_frame = QFrame(self)
        self.printed_frame.setObjectName("printedBanner")
        self.printed_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.printed_label = QLabel(self.printed_frame)
        self.printed_label.setWordWrap(True)
        self.reprint_button = QPushButton(self.printed_frame)
        self.reprint_button.setObjectName("reprintButton")
        self.new_card_button = QPushButton(self.printed_frame)
        self.new_card_button.setObjectName("newCardButton")
        self.history_button = QPushButton(self.printed_frame)
        self.history_button.setObjectName("historyButton")
        banner = QVBoxLayout(self.printed_frame)
        banner.addWidget(self.printed_label)
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.new_card_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        banner.addLayout(buttons)
        self.printed_frame.hide()
        self.preview = PreviewPane(self)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_MS)

        self._template_label, self._line_label = QLabel(self), QLabel(self)
        self._lines_label, self._notes_label = QLabel(self), QLabel(self)
        self._notes_label.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self._line_label, self.line_edit)
        form.addRow("", self.room_label)
        form.addRow("", self.problem_label)
        form.addRow("", self.warning_label)
        form.addRow(self._lines_label, self.lines_view)
        form.addRow(self._template_label, self.template_box)
        for label, field in (
            (self._template_label, self.template_box),
            (self._line_label, self.line_edit),
            (self._notes_label, self.notes_edit),
        ):
            label.setBuddy(field)
        editor = QWidget(self)
        editor.setObjectName("composeEditor")
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.printed_frame)
        column.addLayout(form)
        column.addSpacing(4)
        column.addWidget(self._notes_label)
        column.addWidget(self.notes_edit, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.line_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.template_box)

        self.line_edit.textChanged.connect(self._line_changed)
        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.notes_edit.textChanged.connect(self._notes_changed)
        self._notes_timer.timeout.connect(self._save_notes)
        self.reprint_button.clicked.connect(self.reprint)
        self.new_card_button.clicked.connect(self.new_card)
        self.history_button.clicked.connect(self._history)
        self.retranslate()
        self._set_enabled(False)
        if started:
            self.start()

    # --- start-up ------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Load the templates and show the person waiting (the first preview starts on the render thread)."""
        if self._started:
            return
        self._started = True
        self._fill_templates()
        if self._waiting is not None:
            contact, event = self._waiting
            self._waiting = None
            self.show_contact(contact, event)

    # --- showing a person ----------------------------------------------------------------------------------
    def show_contact(self, contact: Contact | None, event: Event | None) -> None:
        """Show ``contact``'s card for ``event``: their draft, the card printed for it, or a new card."""
        self.flush()
        if not self._started:
            self._waiting = (contact, event)
            self.title.setText(contact.addressed_name if contact is not None else self.tr("Nobody selected"))
            return
        from postcard.gui.drafting import DraftSession

        self.session = DraftSession.open(self.ctx, contact, event) if contact is not None else None
        self._load_session()

    def new_card(self) -> None:
        """Start a new card for this person and event (after a warning when one was already printed)."""
        session = self.session
        if session is None or not session.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Write a new card?"),
            self.tr("%1 already got a card for this event. Write another one?").replace(
                "%1", session.contact.addressed_name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            session.start_new_card()
            self._load_session()
            self.focus_line()

    def reprint(self) -> None:
        if self.session is not None and self.session.printed is not None:
            self.reprint_requested.emit(self.session.printed)

    def focus_line(self) -> None:
        if self.line_edit.isEnabled() and not self.line_edit.isReadOnly():
            self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Write what is pending (the notes) now: before switching person, printing or closing."""
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._save_notes()

    # --- internals -----------------------------------------------------------------------------------------
    def _load_session(self) -> None:
        self._loading = True
        session = self.session
        try:
            self._set_enabled(session is not None)
            self._show_problems(None)
            self.room_label.clear()
            if session is None:
                self.title.setText(self.tr("Nobody selected"))
                self.subtitle.clear()
                self.line_edit.setText("")
                self.notes_edit.setPlainText("")
                self.lines_view.clear()
                self.printed_frame.hide()
                self.preview.clear()
                return
            read_only = session.read_only
            self.title.setText(session.contact.addressed_name)
            self.subtitle.setText(self._subtitle(session))
            self.notes_edit.setPlainText(session.contact.notes)
            self.template_box.setCurrentIndex(self._template_index(session.template))
            self.line_edit.setText(session.personal)
            self.line_edit.setReadOnly(read_only)
            self.template_box.setEnabled(not read_only)
            self.printed_frame.setVisible(read_only)
            self._retranslate_banner()
            self.lines_view.setText(session.printed.text if read_only and session.printed else "")
        finally:
            self._loading = False
        self.request_preview()

    def _template_index(self, name: str) -> int:
        index = self.template_box.findData(name)
        if index < 0 and name:  # a template that is gone (a printed card's): shown by name, not chosen again
            self.template_box.addItem(name, name)
            index = self.template_box.count() - 1
        return index

    def _subtitle(self, session: DraftSession) -> str:
        c = session.contact
        parts = [" / ".join(p for p in (c.company, c.department, c.title) if p), c.one_line_address]
        if session.event is not None:
            parts.insert(0, session.event.name)
        return "\n".join(p for p in parts if p)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.template_box, self.line_edit, self.notes_edit):
            widget.setEnabled(enabled)

    def reload_templates(self) -> None:
        """The templates changed (the template editor): list them again and redraw the card with them."""
        self._fill_templates()
        if self.session is not None:
            self._loading = True
            try:
                self.template_box.setCurrentIndex(self.template_box.findData(self.session.template))
            finally:
                self._loading = False
        self.request_preview()

    def _fill_templates(self) -> None:
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for info in self.ctx.templates.list():
            self.template_box.addItem(info.title, info.name)
            self.template_box.setItemData(self.template_box.count() - 1, info.name, Qt.ItemDataRole.ToolTipRole)
        self.template_box.blockSignals(False)

    def _line_changed(self) -> None:
        if self._loading or self.session is None or self.session.read_only:
            return
        self.session.save(personal=self.line_edit.text())
        self.draft_saved.emit()
        self.request_preview()

    def _template_changed(self, _index: int) -> None:
        if self._loading or self.session is None or self.session.read_only:
            return
        name = self.template_box.currentData()
        if name:
            self.session.save(template=str(name))
            self.draft_saved.emit()
            self.request_preview()

    def _notes_changed(self) -> None:
        if not self._loading:
            self._notes_timer.start()

    def _save_notes(self) -> None:
        if self.session is not None and self.notes_edit.toPlainText() != self.session.contact.notes:
            self.session.save_notes(self.notes_edit.toPlainText())

    def _history(self) -> None:
        if self.session is not None and self.session.contact.id is not None:
            self.history_requested.emit(self.session.contact.id)

    # --- the preview (one render in flight, the latest text next) -------------------------------------------
    def request_preview(self) -> None:
        if self.session is None:
            return
        if self.runner.is_running("preview"):
            self._pending = True  # the render in flight shows first; then the latest text
            return
        self._pending = False
        self._generation += 1
        view = self.session.card_view()
        generation = self._generation
        self.runner.run(
            lambda: view.render(), lambda result, error: self._rendered(generation, result, error), channel="preview"
        )

    def _rendered(self, generation: int, result: CardPreview | None, error: BaseException | None) -> None:
        if error is not None:
            raise error
        assert result is not None
        if self.session is not None and (result.lines or (result.blocking is None and not self.session.read_only)):
            self.lines_view.setText("\n".join(result.lines))  # a card that cannot be made keeps the last lines
        self._show_problems(result)
        self._show_room(result)
        if result.pdf:
            self.preview.show_pdf(result.pdf, generation)
        elif result.blocking is not None:
            self.preview.set_stale()
        self.preview_ready.emit(generation)
        if self._pending:
            self.request_preview()

    def _show_room(self, result: CardPreview) -> None:
        if self.session is None or self.session.read_only:
            self.room_label.setText(self.tr("Printed: exactly this text and handwriting."))
        elif result.room is None:
            self.room_label.clear()
        elif result.room >= 0:
            self.room_label.setText(self.tr("%n character(s) left on this line", "", result.room))
        elif result.blocking is not None:
            self.room_label.setText(self.tr("%n character(s) too many for this line", "", -result.room))
        else:
            self.room_label.setText(
                self.tr("The card breaks this line in two; %n character(s) fewer keep it on one line", "", -result.room)
            )

    def _show_problems(self, result: CardPreview | None) -> None:
        from postcard.gui.wording import problem_text  # the application layer loads after the first frame

        blocking = result.blocking if result is not None else None
        warnings = result.warnings if result is not None else []
        self.problem_label.setText(problem_text(blocking) if blocking else "")
        self.problem_label.setVisible(blocking is not None)
        self.warning_label.setText("\n".join(problem_text(w) for w in warnings))
        self.warning_label.setVisible(bool(warnings))

    def card_view(self) -> CardView | None:
        return self.session.card_view() if self.session else None

    # --- language ------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._template_label.setText(self.tr("&Template:"))
        self._line_label.setText(self.tr("&Personal line:"))
        self._lines_label.setText(self.tr("The card says:"))
        self._notes_label.setText(self.tr("N&otes about this person (what you talked about, their good points):"))
        self.line_edit.setPlaceholderText(self.tr("One line for this person, e.g. what you talked about…"))
        self.line_edit.setToolTip(
            self.tr("Saved as you type. Ctrl+Enter: save and go to the next person without a line.")
        )
        self.notes_edit.setPlaceholderText(self.tr("Only for you; saved as you type"))
        self.reprint_button.setText(self.tr("&Reprint this card…"))
        self.new_card_button.setText(self.tr("&Write a new card"))
        self.history_button.setText(self.tr("&History"))
        self.line_edit.setAccessibleName(self.tr("Personal line"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.template_box.setAccessibleName(self.tr("Template"))
        self.lines_view.setAccessibleName(self.tr("The card says"))
        self._retranslate_banner()
        if self.session is None and self._waiting is None:
            self.title.setText(self.tr("Nobody selected"))
        if self.session is not None and self.session.read_only:
            self.room_label.setText(self.tr("Printed: exactly this text and handwriting."))

    def _retranslate_banner(self) -> None:
        session = self.session
        if session is None or session.printed is None:
            return
        card = session.printed
        when = card.printed_at.astimezone().strftime("%Y-%m-%d %H:%M") if card.printed_at else ""
        text = self.tr("Printed on %1 (handwriting pattern %2). This is the card exactly as it was printed.")
        self.printed_label.setText(text.replace("%1", when).replace("%2", str(card.seed)))
