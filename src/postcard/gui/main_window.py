"""The main window: builds the panes and the menus from the actions table, and wires their signals.

Sidebar (events, all contacts, follow-ups, log) | people table | compose panel with the live preview; or the log
or the follow-ups in the middle when picked. The window makes no store calls of its own: the panes and dialogs do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QStackedWidget, QToolBar, QWidget

from postcard.context import AppContext
from postcard.core.model import CardStatus, Event

from postcard.gui.actions import build_actions, retranslate_actions
from postcard.gui.book import BookCommands
from postcard.gui.i18n import LANGUAGES, Translators, save_language, saved_language
from postcard.gui.panes.compose_panel import ComposePanel
from postcard.gui.panes.contacts_pane import ContactsPane
from postcard.gui.panes.followups_pane import FollowUpsPane
from postcard.gui.panes.log_pane import LogPane
from postcard.gui.panes.sidebar import SidebarPane
from postcard.gui.state import WindowState
from postcard.gui.tasks import TaskRunner

PEOPLE_PAGE, LOG_PAGE, FOLLOW_UPS_PAGE = 0, 1, 2


class MainWindow(QMainWindow):
    """Signals:
    started(): the window is on screen and the compose panel has opened its first card (``deferred``: after the
    first frame, so that the templates, the fonts and the first preview do not delay it).
    """

    started = Signal()

    def __init__(
        self, ctx: AppContext, runner: TaskRunner, translators: Translators | None = None, settings=None,
        *, deferred: bool = False,
    ) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
        super().__init__()
        self.ctx, self.runner, self.translators, self.settings = ctx, runner, translators, settings
        self._started = False
        self.setObjectName("mainWindow")
        self.resize(1360, 820)
        self.action_table = build_actions(self)
        self.sidebar = SidebarPane(ctx, self)
        self.contacts = ContactsPane(ctx, self)
        self.compose = ComposePanel(ctx, runner, self, started=not deferred)
        self.log = LogPane(ctx, self)
        self.follow_ups = FollowUpsPane(ctx, self)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("dueLabel")
        self.due_label.linkActivated.connect(lambda _link: self.show_follow_ups())
        self.statusBar().addPermanentWidget(self.due_label)
        self.compose.preview.set_actions(
            self.action_table["actionFlip"],
            self.action_table["actionZoomIn"],
            self.action_table["actionZoomOut"],
            self.action_table["actionZoomFit"],
        )

        self.people_split = QSplitter(Qt.Orientation.Horizontal)
        self.people_split.addWidget(self.contacts)
        self.people_split.addWidget(self.compose)
        self.people_split.setStretchFactor(0, 2)
        self.people_split.setStretchFactor(1, 3)
        self.people_split.setSizes([470, 700])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.people_split)
        self.stack.addWidget(self.log)
        self.stack.addWidget(self.follow_ups)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.sidebar)
        self.main_split.addWidget(self.stack)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([250, 1110])
        self.setCentralWidget(self.main_split)
        self._build_menus()
        self._wire()
        self.book = BookCommands(self)
        self.state = WindowState(ctx.paths.config_dir)
        self.state.restore(self, *self._state_parts())
        self.due = 0
        self.retranslate()
        self.sidebar.reload()
        self._counted = False
        if not deferred:
            self.start()

    # --- building ------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.action_table
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(a["actionImport"])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a["actionPrintBatch"], a["actionExportLog"]])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["actionQuit"])
        self.card_menu = bar.addMenu("")
        self.card_menu.addActions([a["actionNextPerson"], a["actionNewCard"], a["actionReprint"]])
        self.card_menu.addSeparator()
        self.card_menu.addActions([a["actionMarkSent"], a["actionMarkReplied"]])
        self.book_menu = bar.addMenu("")
        self.book_menu.addActions([a["actionNewContact"], a["actionEditContact"], a["actionArchiveContact"],
                                   a["actionRestoreContact"]])  # fmt: skip
        self.book_menu.addSeparator()
        self.book_menu.addActions([a["actionNewEvent"], a["actionEditEvent"]])
        self.book_menu.addSeparator()
        self.book_menu.addAction(a["actionSenders"])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([a["actionFind"], a["actionShowLog"], a["actionFollowUps"]])
        self.view_menu.addSeparator()
        self.view_menu.addActions([a["actionFlip"], a["actionZoomIn"], a["actionZoomOut"], a["actionZoomFit"]])
        self.language_menu = QMenu(self)
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        current = saved_language(self.settings) if self.settings is not None else ""
        for code in ("", *LANGUAGES):
            action = QAction(LANGUAGES.get(code, ""), self, checkable=True)
            action.setObjectName(f"actionLanguage_{code or 'system'}")
            action.setData(code)
            action.setChecked(code == current)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.language_group.triggered.connect(self._language_chosen)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addActions([a["actionSettings"], a["actionCalibrate"], a["actionEditTemplates"]])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a["actionInstallDesktop"])
        self.help_menu.addSeparator()
        self.help_menu.addAction(a["actionAbout"])
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions(
            [a["actionImport"], a["actionPrintBatch"], a["actionNextPerson"], a["actionMarkSent"], a["actionShowLog"]]
        )
        self.addToolBar(self.toolbar)

    def _wire(self) -> None:
        a = self.action_table
        self.sidebar.event_chosen.connect(self._show_people)
        self.sidebar.log_chosen.connect(self._show_log)
        self.sidebar.follow_ups_chosen.connect(self._show_follow_ups)
        self.follow_ups.due_changed.connect(self._set_due)
        self.follow_ups.touched.connect(lambda _id: self.log.reload())
        self.contacts.contact_changed.connect(lambda c: self.compose.show_contact(c, self.contacts.shown_event))
        self.contacts.activated.connect(self.compose.focus_line)
        self.compose.draft_saved.connect(self._progress_changed)
        self.compose.history_requested.connect(self._show_history)
        self.compose.reprint_requested.connect(lambda card: self._reprint_cards([card]))
        self.log.changed.connect(self._progress_changed)
        self.log.reprint_requested.connect(self._reprint)
        a["actionNextPerson"].triggered.connect(self.next_person)
        a["actionFind"].triggered.connect(self._find)
        a["actionShowLog"].triggered.connect(lambda: self.sidebar.select_kind_log())
        a["actionExportLog"].triggered.connect(self.log.export_csv)
        a["actionMarkSent"].triggered.connect(lambda: self._mark(CardStatus.SENT))
        a["actionMarkReplied"].triggered.connect(lambda: self._mark(CardStatus.REPLIED))
        a["actionReprint"].triggered.connect(self._reprint_current)
        a["actionNewCard"].triggered.connect(self.compose.new_card)
        a["actionPrintBatch"].triggered.connect(self.print_batch)
        a["actionQuit"].triggered.connect(self.close)
        a["actionAbout"].triggered.connect(self._about)
        a["actionFollowUps"].triggered.connect(self.show_follow_ups)
        a["actionSettings"].triggered.connect(lambda: self.open_settings())
        a["actionCalibrate"].triggered.connect(lambda: self.calibrate())
        a["actionEditTemplates"].triggered.connect(lambda: self.edit_templates())
        a["actionInstallDesktop"].triggered.connect(self._install_desktop)

    def _state_parts(self):  # type: ignore[no-untyped-def]
        splitters = {"main": self.main_split, "people": self.people_split, "compose": self.compose.splitter}
        headers = {"contacts": self.contacts.view.horizontalHeader(), "log": self.log.view.horizontalHeader()}
        return splitters, headers

    def start(self) -> None:
        """Open the first card (templates, fonts, preview) and put the cursor where the evening starts: the
        personal line of the person selected, when they still need one."""
        if self._started:
            return
        self._started = True
        self.compose.start()
        if self.stack.currentIndex() == PEOPLE_PAGE and self.contacts.shown_event is not None:
            self.compose.focus_line()
        self.started.emit()

    # --- navigation ----------------------------------------------------------------------------------------
    def _show_people(self, event: Event | None) -> None:
        self.stack.setCurrentIndex(PEOPLE_PAGE)
        self.contacts.show_event(event)

    def _show_log(self) -> None:
        self.compose.flush()
        self.log.reload()
        self.stack.setCurrentIndex(LOG_PAGE)

    def show_follow_ups(self) -> None:
        self.sidebar.select_kind_follow_ups()

    def _show_follow_ups(self) -> None:
        self.compose.flush()
        self.follow_ups.reload()
        self.stack.setCurrentIndex(FOLLOW_UPS_PAGE)

    def refresh_due(self) -> None:
        """Count who is due a word (the sidebar's badge and the status bar; never a popup)."""
        from postcard.compose.keeping_in_touch import due_count

        self._set_due(due_count(self.ctx.store, self.follow_ups.today()))

    def _set_due(self, count: int) -> None:
        self.due = count
        self.sidebar.model.set_due(count)
        self._retranslate_due()

    def _retranslate_due(self) -> None:
        if self.due:
            text = self.tr("%n person(s) due a word", "", self.due)
            self.due_label.setText(f'<a href="#follow-ups">{text}</a>')
        else:
            self.due_label.clear()

    def _show_history(self, contact_id: int) -> None:
        self.sidebar.select_kind_log()
        self.log.show_history(contact_id)

    def _find(self) -> None:
        if self.stack.currentIndex() == LOG_PAGE:
            self.log.text_box.setFocus()
        else:
            self.contacts.focus_search()

    def next_person(self) -> None:
        """Save this card, go to the next person of the list without a line (Ctrl+Enter)."""
        self.compose.flush()
        if self.contacts.next_without_line() is None:
            self.statusBar().showMessage(self.tr("Everyone here has a line. Print the batch when you are ready."), 8000)
        else:
            self.compose.focus_line()

    def _progress_changed(self) -> None:
        self.contacts.refresh_stages()
        self.sidebar.refresh_progress()

    # --- commands ------------------------------------------------------------------------------------------
    def _mark(self, status: CardStatus) -> None:
        if self.stack.currentIndex() == LOG_PAGE:
            changed = self.log.mark(status)
        elif status is CardStatus.SENT:
            changed = self._mark_event_sent()
        else:
            changed = self._mark_current(status)
        if changed:
            if status is CardStatus.SENT:
                self.statusBar().showMessage(self.tr("%n card(s) marked as sent", "", changed), 8000)
            else:
                self.statusBar().showMessage(self.tr("%n card(s) marked as replied", "", changed), 8000)
            self._progress_changed()
            self.log.reload()
            self.compose.show_contact(self.contacts.current_contact(), self.contacts.shown_event)

    def _mark_event_sent(self) -> int:
        """After mailing: the event's printed cards (the whole batch) as sent, once the user says yes."""
        from postcard.compose.marking import mark_cards, printed_cards

        event = self.contacts.shown_event
        if event is None or event.id is None:
            QMessageBox.information(
                self,
                self.tr("Choose an event"),
                self.tr("Pick an event in the sidebar to mark its printed cards as sent, or select cards in the log."),
            )
            return 0
        ids = printed_cards(self.ctx.store, event.id)
        if not ids:
            QMessageBox.information(
                self,
                self.tr("Nothing to mark"),
                self.tr("No card of “%1” is waiting to be posted: print the batch first.").replace("%1", event.name),
            )
            return 0
        answer = QMessageBox.question(
            self,
            self.tr("Mark as sent?"),
            self.tr("Mark the %n printed card(s) of “%1” as sent (posted)?", "", len(ids)).replace("%1", event.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        return mark_cards(self.ctx.store, CardStatus.SENT, card_ids=ids)

    def _mark_current(self, status: CardStatus) -> int:
        """The selected person's card for this event (an answer came back)."""
        from postcard.compose.marking import mark_cards

        session = self.compose.session
        card = session.printed if session is not None else None
        if card is None or card.id is None:
            QMessageBox.information(
                self,
                self.tr("Nothing to mark"),
                self.tr("This person has no printed card for this event yet."),
            )
            return 0
        return mark_cards(self.ctx.store, status, card_ids=[card.id])

    def _reprint_current(self) -> None:
        if self.stack.currentIndex() == LOG_PAGE:
            self.log.reprint_selected()
        else:
            self.compose.reprint()

    def _reprint(self, rows: list) -> None:  # type: ignore[type-arg]
        self._reprint_cards([r.card for r in rows])

    def _reprint_cards(self, cards: list) -> None:  # type: ignore[type-arg]
        from postcard.gui.dialogs.reprint_dialog import ReprintDialog

        ReprintDialog(self.ctx, self.runner, cards, self).exec()

    def make_print_dialog(self):  # type: ignore[no-untyped-def]
        from postcard.gui.dialogs.print_dialog import PrintDialog

        self.compose.flush()
        dialog = PrintDialog(
            self.ctx,
            self.runner,
            self.contacts.shown_event,
            self.contacts.visible_contacts(),
            self.contacts.checked_ids(),
            self,
        )
        dialog.go_to_card.connect(self._go_to_card)
        dialog.printed.connect(self._progress_changed)
        dialog.printed.connect(self._printed)
        return dialog

    def print_batch(self) -> None:
        self.make_print_dialog().exec()

    def _printed(self) -> None:
        self.log.reload()
        contact = self.contacts.current_contact()
        self.compose.show_contact(contact, self.contacts.shown_event)

    def _go_to_card(self, contact_id: int) -> None:
        self.stack.setCurrentIndex(PEOPLE_PAGE)
        if self.contacts.select_contact(contact_id):
            self.compose.focus_line()

    def _language_chosen(self, action: QAction) -> None:
        code = str(action.data() or "")
        if self.settings is not None:
            save_language(self.settings, code)
        if self.translators is not None:
            from postcard.gui.i18n import system_language

            self.translators.switch(code or system_language())

    def _about(self) -> None:
        from postcard.gui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # --- settings, calibration, templates, desktop ---------------------------------------------------------
    def make_settings_dialog(self):  # type: ignore[no-untyped-def]
        from postcard.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.runner, self)
        dialog.saved.connect(lambda _prefs: self.compose.request_preview())
        dialog.calibrate_requested.connect(lambda: self.calibrate())
        return dialog

    def open_settings(self) -> None:
        self.make_settings_dialog().exec()

    def make_calibration_wizard(self):  # type: ignore[no-untyped-def]
        from postcard.gui.dialogs.calibration_wizard import CalibrationWizard

        wizard = CalibrationWizard(self.ctx, self)
        wizard.saved.connect(lambda _prefs: self.compose.request_preview())
        return wizard

    def calibrate(self) -> None:
        self.make_calibration_wizard().exec()

    def make_template_editor(self):  # type: ignore[no-untyped-def]
        from postcard.gui.dialogs.template_editor import TemplateEditor

        self.compose.flush()
        contact = self.contacts.current_contact()
        editor = TemplateEditor(self.ctx, self.runner, self.contacts.shown_event, contact.id if contact else None, self)
        editor.templates_changed.connect(self.compose.reload_templates)
        return editor

    def edit_templates(self) -> None:
        self.make_template_editor().exec()

    def _install_desktop(self) -> None:
        from postcard import desktop

        try:
            result = desktop.install()
        except (desktop.DesktopIntegrationError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not added"), str(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Added to the applications menu"),
            self.tr("postcard is now in your applications menu (files in %1).").replace("%1", str(result.data_home)),
        )

    # --- Qt events -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self.start)  # after the first frame is on screen

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("postcard"))
        retranslate_actions(self.action_table)
        self.file_menu.setTitle(self.tr("&File"))
        self.card_menu.setTitle(self.tr("&Card"))
        self.book_menu.setTitle(self.tr("&Book"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._retranslate_due()
        self.language_menu.setTitle(self.tr("&Language"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        for action in self.language_group.actions():
            if not action.data():
                action.setText(self.tr("System language"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._counted:  # the quiet count of who is due, once the window is on screen
            self._counted = True
            QTimer.singleShot(0, self, self.refresh_due)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        self.book.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.book.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.compose.flush()
        self.state.save(self, *self._state_parts())
        self.runner.cancel("preview")
        super().closeEvent(event)

    def panes(self) -> list[QWidget]:
        return [self.sidebar, self.contacts, self.compose, self.log, self.follow_ups]
