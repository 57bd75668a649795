"""The book's commands in the main window: import, the contact / event / sender editors, archive and restore.

The window builds the actions and the menus; this wires the book's actions to its dialogs and brings the
window up to date after each (the people table, the sidebar, the compose panel). Dialogs open window-modal
(``open()``), so the window stays drawn behind them and a test can fill them in like a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog

from postcard.compose.book import set_archived
from postcard.core.model import Contact, Event

from postcard.gui.drops import dropped_files
from postcard.gui.models.events import Kind
from postcard.gui.wording import some_names

if TYPE_CHECKING:
    from postcard.gui.window_parts import WindowParts


class BookCommands(QObject):
    def __init__(self, main: WindowParts) -> None:
        super().__init__(main.window())
        self.main = main
        self.ctx, self.runner = main.ctx, main.runner
        self.dialog: QDialog | None = None  # the editor or import dialog open now
        a = main.action_table
        a["actionImport"].triggered.connect(self.choose_and_import)
        a["actionNewContact"].triggered.connect(self.new_contact)
        a["actionEditContact"].triggered.connect(lambda: self.edit_contact())
        a["actionArchiveContact"].triggered.connect(lambda: self.archive(True))
        a["actionRestoreContact"].triggered.connect(lambda: self.archive(False))
        a["actionNewEvent"].triggered.connect(lambda: self.edit_event(None))
        a["actionEditEvent"].triggered.connect(lambda: self.edit_event(main.sidebar.current_event()))
        a["actionSenders"].triggered.connect(self.senders)
        a["actionConfirmReadings"].triggered.connect(self.confirm_readings)
        main.contacts.edit_requested.connect(lambda: self.edit_contact())
        main.contacts.contact_changed.connect(lambda _c: self.update_actions())
        main.contacts.view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        main.sidebar.archived_chosen.connect(self._show_archived)
        main.sidebar.event_chosen.connect(lambda _e: self.update_actions())
        view = main.contacts.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions([a[n] for n in ("actionEditContact", "actionNewContact", "actionConfirmReadings",
                                        "actionArchiveContact", "actionRestoreContact")])  # fmt: skip
        events = main.sidebar.view
        events.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        events.addActions([a["actionEditEvent"], a["actionNewEvent"], a["actionImport"]])
        self.update_actions()

    # --- state ---------------------------------------------------------------------------------------------
    def update_actions(self) -> None:
        a, contacts = self.main.action_table, self.main.contacts
        has_person = contacts.current_contact() is not None
        a["actionEditContact"].setEnabled(has_person)
        a["actionArchiveContact"].setEnabled(has_person and not contacts.showing_archived)
        a["actionRestoreContact"].setEnabled(has_person and contacts.showing_archived)
        a["actionEditEvent"].setEnabled(self.main.sidebar.current_event() is not None)
        a["actionConfirmReadings"].setEnabled(any(c.reading_suggested for c in contacts.selected_contacts()))

    def _show_archived(self) -> None:
        self.main.show_people()
        self.main.contacts.show_archived()
        self.update_actions()

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _refresh(self, select: Sequence[int] = ()) -> None:
        """Read the people and the events again; select ``select`` (else keep the current person)."""
        self.main.compose.flush()
        self.main.sidebar.reload()
        contacts = self.main.contacts
        contacts.reload()
        if select:
            contacts.select_contacts(list(select))
        self.main.show_current_card()
        self.update_actions()

    # --- contacts ------------------------------------------------------------------------------------------
    def new_contact(self) -> QDialog:
        return self._contact_dialog(None)

    def edit_contact(self, contact_id: int | None = None) -> QDialog | None:
        if contact_id is None:
            current = self.main.contacts.current_contact()
            contact_id = current.id if current is not None else None
        contact = self.ctx.store.contacts.get(contact_id) if contact_id is not None else None
        return self._contact_dialog(contact) if contact is not None else None

    def fix_contact(self, contact_id: int) -> QDialog | None:
        """The editor for a person the import found a problem with, the cursor where it most likely is: the postal
        code when the address may not arrive."""
        from postcard.gui.dialogs.contact_dialog import ContactDialog

        dialog = self.edit_contact(contact_id)
        if isinstance(dialog, ContactDialog) and dialog.address.problems():
            dialog.address.postal_code.setFocus(Qt.FocusReason.OtherFocusReason)
            dialog.address.postal_code.selectAll()
        return dialog

    def _contact_dialog(self, contact: Contact | None) -> QDialog:
        from postcard.gui.dialogs.contact_dialog import ContactDialog

        self.main.compose.flush()
        event = self.main.contacts.shown_event if contact is None else None
        dialog = ContactDialog(self.ctx, self.runner, contact, event, self.main.window())
        dialog.saved.connect(self._contact_saved)
        dialog.archived.connect(self._archived_one)
        dialog.open_contact.connect(self.edit_contact)
        dialog.open_event.connect(self.show_event)
        return self._open(dialog)

    def show_event(self, event_id: int) -> None:
        """The event's people in the table (from the contact editor's "Met at")."""
        sidebar = self.main.sidebar
        if not sidebar.select_event(event_id):  # made since the sidebar was read (an import, another window)
            sidebar.reload()
            sidebar.select_event(event_id)

    def _contact_saved(self, contact: Contact) -> None:
        self._refresh([contact.id] if contact.id is not None else [])
        self.main.statusBar().showMessage(self.tr("Saved %1.").replace("%1", contact.display_name), 6000)

    def _archived_one(self, contact: Contact) -> None:
        self._refresh()
        self._say_archived([contact], contact.archived)

    def archive(self, archived: bool = True) -> int:
        """Archive (or restore) the selected people; nothing is deleted."""
        people = self.main.contacts.selected_contacts()
        changed = set_archived(self.ctx.store, [c.id for c in people if c.id is not None], archived)
        if changed:
            self._refresh()
            self._say_archived(people, archived)
        return changed

    def _say_archived(self, people: list[Contact], archived: bool) -> None:
        names = some_names([c.display_name for c in people], 3)
        if archived:
            text = self.tr("Archived %1. Nothing is deleted: “Archived contacts” brings them back.")
        else:
            text = self.tr("Restored %1 to the book.")
        self.main.statusBar().showMessage(text.replace("%1", names), 10000)

    def confirm_readings(self) -> int:
        """Keep the suggested readings of the selected people (checked by eye in the table first)."""
        from postcard.compose.book import confirm_readings

        people = [c for c in self.main.contacts.selected_contacts() if c.reading_suggested]
        confirmed = confirm_readings(self.ctx.store, people)
        if confirmed:
            self._refresh()
            names = some_names([c.display_name for c in confirmed], 3)
            text = self.tr("Kept the suggested reading of %n person(s): %1", "", len(confirmed))
            self.main.statusBar().showMessage(text.replace("%1", names), 8000)
        return len(confirmed)

    # --- events and senders --------------------------------------------------------------------------------
    def edit_event(self, event: Event | None) -> QDialog:
        from postcard.gui.dialogs.event_dialog import EventDialog

        people = self.main.contacts.checked_ids() if event is None else []
        dialog = EventDialog(self.ctx, self.runner, event, people, self.main.window())
        dialog.saved.connect(self._event_saved)
        return self._open(dialog)

    def _event_saved(self, event: Event) -> None:
        self.main.sidebar.reload()
        if event.id is not None:
            self.main.sidebar.select_event(event.id)
        self._refresh()

    def senders(self) -> QDialog:
        from postcard.gui.dialogs.sender_dialog import SenderDialog

        dialog = SenderDialog(self.ctx, self.main.window())
        dialog.changed.connect(self.main.show_current_card)  # drawn again with the sender
        return self._open(dialog)

    # --- import --------------------------------------------------------------------------------------------
    def choose_and_import(self) -> QDialog | None:
        """Import: pick the files first, then the import dialog shows them."""
        from postcard.gui.dialogs.import_dialog import ask_for_files

        paths = ask_for_files(self.main.window(), self.main.state.settings)
        return self.import_files(paths) if paths else None

    def import_files(self, paths: Sequence[Path] = ()) -> QDialog:
        from postcard.gui.dialogs.import_dialog import ImportDialog

        self.main.compose.flush()
        dialog = ImportDialog(self.ctx, self.runner, self.main.sidebar.events(), self.main.contacts.shown_event,
                              self.main.window(), self.main.state.settings)  # fmt: skip
        dialog.imported.connect(self._imported)
        dialog.edit_contact.connect(self.fix_contact)
        self._open(dialog)
        if paths:
            dialog.add_files(list(paths))
        return dialog

    def _imported(self, contact_ids: list[int], event_name: str) -> None:
        self.main.sidebar.reload()
        event = self.ctx.store.events.find(event_name) if event_name else None
        if event is not None and event.id is not None:
            self.main.sidebar.select_event(event.id)
        else:
            self.main.sidebar.select_kind(Kind.CONTACTS)
        self._refresh(contact_ids)

    # --- files dropped on the window -----------------------------------------------------------------------
    def drag_enter(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.import_files(files)
