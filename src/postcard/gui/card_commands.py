"""The card's commands in the main window: print the batch, reprint, mark sent or replied.

The window builds the actions and the menus; this wires the card's actions to the print and reprint dialogs and
to the marking, and brings the window up to date after each (the log, the people's stages, the compose panel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from postcard.core.model import Card, CardStatus

if TYPE_CHECKING:
    from postcard.gui.dialogs.print_dialog import PrintDialog
    from postcard.gui.window_parts import WindowParts


class CardCommands(QObject):
    def __init__(self, main: WindowParts) -> None:
        super().__init__(main.window())
        self.main = main
        self.ctx, self.runner = main.ctx, main.runner
        a = main.action_table
        a["actionPrintBatch"].triggered.connect(self.print_batch)
        a["actionMarkSent"].triggered.connect(lambda: self.mark(CardStatus.SENT))
        a["actionMarkReplied"].triggered.connect(lambda: self.mark(CardStatus.REPLIED))
        a["actionReprint"].triggered.connect(self.reprint_current)
        a["actionNewCard"].triggered.connect(main.compose.new_card)
        main.compose.reprint_requested.connect(lambda card: self.reprint_cards([card]))
        main.log.reprint_requested.connect(lambda rows: self.reprint_cards([r.card for r in rows]))

    # --- printing ------------------------------------------------------------------------------------------
    def make_print_dialog(self) -> PrintDialog:
        from postcard.gui.dialogs.print_dialog import PrintDialog

        main = self.main
        main.compose.flush()
        contacts = main.contacts
        dialog = PrintDialog(self.ctx, self.runner, contacts.shown_event, contacts.visible_contacts(),
                             contacts.checked_ids(), main.window())  # fmt: skip
        dialog.go_to_card.connect(main.go_to_card)
        dialog.printed.connect(main.progress_changed)
        dialog.printed.connect(self._printed)
        dialog.senders_requested.connect(lambda: self._senders_for(dialog))
        return dialog

    def print_batch(self) -> None:
        self.make_print_dialog().exec()

    def _senders_for(self, dialog: PrintDialog) -> None:
        """Book ▸ Sender Profiles, from the print dialog's link; the dialog chooses again once it is closed."""
        from postcard.gui.dialogs.sender_dialog import SenderDialog

        editor = SenderDialog(self.ctx, dialog)
        editor.changed.connect(self.main.show_current_card)
        editor.exec()
        dialog.senders_changed()

    def _printed(self) -> None:
        main = self.main
        main.log.reload()
        main.show_current_card()

    # --- reprinting ----------------------------------------------------------------------------------------
    def reprint_current(self) -> None:
        if self.main.showing_log():
            self.main.log.reprint_selected()
        else:
            self.main.compose.reprint()

    def reprint_cards(self, cards: list[Card]) -> None:
        from postcard.gui.dialogs.reprint_dialog import ReprintDialog

        ReprintDialog(self.ctx, self.runner, cards, self.main.window()).exec()

    # --- marking -------------------------------------------------------------------------------------------
    def mark(self, status: CardStatus) -> int:
        """Sent: the selected cards in the log, else the event's printed batch; replied: the log's selection, else
        the selected person's card."""
        main = self.main
        if main.showing_log():
            changed = main.log.mark(status)
        elif status is CardStatus.SENT:
            changed = self._mark_event_sent()
        else:
            changed = self._mark_current(status)
        if changed:
            if status is CardStatus.SENT:
                main.statusBar().showMessage(self.tr("%n card(s) marked as sent", "", changed), 8000)
            else:
                main.statusBar().showMessage(self.tr("%n card(s) marked as replied", "", changed), 8000)
            main.progress_changed()
            if main.showing_log():  # else the log is read when it is shown (10,000 cards: 50–90 ms to set)
                main.log.reload()
            main.show_current_card()
        return changed

    def _mark_event_sent(self) -> int:
        """After mailing: the event's printed cards (the whole batch) as sent, once the user says yes."""
        from postcard.compose.marking import mark_cards, printed_cards

        main = self.main
        event = main.contacts.shown_event
        if event is None or event.id is None:
            QMessageBox.information(
                main.window(),
                self.tr("Choose an event"),
                self.tr("Pick an event in the sidebar to mark its printed cards as sent, or select cards in the log."),
            )
            return 0
        ids = printed_cards(self.ctx.store, event.id)
        if not ids:
            QMessageBox.information(
                main.window(),
                self.tr("Nothing to mark"),
                self.tr("No card of “%1” is waiting to be posted: print the batch first.").replace("%1", event.name),
            )
            return 0
        answer = QMessageBox.question(
            main.window(),
            self.tr("Mark as sent?"),
            self.tr("Mark the %n printed card(s) of “%1” as sent (posted)?", "", len(ids)).replace("%1", event.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        return mark_cards(self.ctx.store, CardStatus.SENT, card_ids=ids)

    def _mark_current(self, status: CardStatus) -> int:
        """The selected person's card for this event (an answer came back)."""
        from postcard.compose.marking import mark_cards

        session = self.main.compose.session
        card = session.printed if session is not None else None
        if card is None or card.id is None:
            QMessageBox.information(
                self.main.window(),
                self.tr("Nothing to mark"),
                self.tr("This person has no printed card for this event yet."),
            )
            return 0
        return mark_cards(self.ctx.store, status, card_ids=[card.id])
