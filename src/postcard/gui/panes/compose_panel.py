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
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from postcard.context import AppContext
from postcard.core.model import Contact, Event

from postcard.gui.panes.card_status import CardLines, LineStatus
from postcard.gui.panes.line_edit import PersonalLineEdit
from postcard.gui.panes.preview_pane import PreviewPane
from postcard.gui.panes.printed_banner import PrintedBanner
from postcard.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from postcard.compose.preview import CardPreview

    from postcard.gui.drafting import CardView, DraftSession

NOTES_SAVE_MS = 700


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
        self.status = LineStatus(self)
        self.card_lines = CardLines(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.printed_frame = PrintedBanner(self)
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
        form.addRow("", self.status)
        form.addRow(self._lines_label, self.card_lines)
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
        self.printed_frame.reprint_clicked.connect(self.reprint)
        self.printed_frame.new_card_clicked.connect(self.new_card)
        self.printed_frame.history_clicked.connect(self._history)
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
            self.status.clear()
            if session is not None and session.read_only:
                self.status.show_result(None, printed=True)
            if session is None:
                self.title.setText(self.tr("Nobody selected"))
                self.subtitle.clear()
                self.line_edit.setText("")
                self.notes_edit.setPlainText("")
                self.card_lines.clear()
                self.printed_frame.show_card(None)
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
            self.printed_frame.show_card(session.printed if read_only else None)
            self.card_lines.show_lines(tuple(session.printed.text.splitlines()) if read_only and session.printed
                                       else ())  # fmt: skip
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
        self._relist_templates()
        self.request_preview()

    def _relist_templates(self) -> None:
        self._fill_templates()
        if self.session is not None:
            self._loading = True
            try:
                self.template_box.setCurrentIndex(self._template_index(self.session.template))
            finally:
                self._loading = False

    def _fill_templates(self) -> None:
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for info in self.ctx.templates.list():
            if info.overrides:
                text = self.tr("%1 (your version)")
                tip = self.tr("%1: your own template, which replaces the bundled one of the same name (%2)")
            elif info.user:
                text, tip = self.tr("%1 (yours)"), self.tr("%1: your own template (%2)")
            else:
                text, tip = "%1", self.tr("%1: a template that comes with postcard")
            self.template_box.addItem(text.replace("%1", info.title), info.name)
            tip = tip.replace("%1", info.name).replace("%2", str(info.path or ""))
            self.template_box.setItemData(self.template_box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
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
            self.card_lines.show_lines(result.lines, result.shape)  # a card that cannot be made keeps the last lines
        else:
            self.card_lines.set_stale()  # and says they are the last that made a card
        self.status.show_result(result, self.session is None or self.session.read_only)
        if result.pdf:
            self.preview.show_pdf(result.pdf, generation)
        elif result.blocking is not None:
            self.preview.set_stale()
        self.preview_ready.emit(generation)
        if self._pending:
            self.request_preview()

    def card_view(self) -> CardView | None:
        return self.session.card_view() if self.session else None

    # --- language ------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._template_label.setText(self.tr("Te&mplate:"))
        self._line_label.setText(self.tr("&Personal line:"))
        self._lines_label.setText(self.tr("The card says:"))
        self._notes_label.setText(self.tr("N&otes about this person (what you talked about, their good points):"))
        self.line_edit.setPlaceholderText(self.tr("One line for this person, e.g. what you talked about…"))
        self.line_edit.setToolTip(
            self.tr("Saved as you type. Ctrl+Enter: save and go to the next person without a line.")
        )
        self.notes_edit.setPlaceholderText(self.tr("Only for you; saved as you type"))
        self.line_edit.setAccessibleName(self.tr("Personal line"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.template_box.setAccessibleName(self.tr("Template"))
        self.card_lines.view.setAccessibleName(self.tr("The card says"))
        if self.session is None and self._waiting is None:
            self.title.setText(self.tr("Nobody selected"))
        if self._started:  # the templates' marks in the new words (what the card's lines say retranslates itself)
            self._relist_templates()
