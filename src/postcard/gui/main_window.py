"""The main window: builds the panes and the menus from the actions table, and wires their signals.

Sidebar (events, all contacts, follow-ups, log) | people table | compose panel with the live preview; or the log
or the follow-ups in the middle when picked. The window makes no store calls of its own: the panes and dialogs do.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from postcard.context import AppContext
from postcard.core.model import Event

from postcard.gui.actions import build_actions, retranslate_actions
from postcard.gui.book import BookCommands
from postcard.gui.card_commands import CardCommands
from postcard.gui.i18n import Translators, save_language
from postcard.gui.menus import WindowMenus
from postcard.gui.panes.compose_panel import ComposePanel
from postcard.gui.panes.contacts_pane import ContactsPane
from postcard.gui.panes.followups_pane import FollowUpsPane
from postcard.gui.panes.log_pane import LogPane
from postcard.gui.panes.sidebar import SidebarPane
from postcard.gui.sizing import fit_to_screen
from postcard.gui.state import WindowState
from postcard.gui.tasks import TaskRunner
from postcard.gui.tool_commands import ToolCommands

PEOPLE_PAGE, LOG_PAGE, FOLLOW_UPS_PAGE = 0, 1, 2
log = logging.getLogger("postcard.gui")


class MainWindow(QMainWindow):
    """Signals:
    started(): the window is on screen and the compose panel has opened its first card (``deferred``: after the
    first frame, so that the templates, the fonts and the first preview do not delay it).
    """

    started = Signal()

    def __init__(
        self, ctx: AppContext, runner: TaskRunner, translators: Translators | None = None,
        settings: QSettings | None = None, *, deferred: bool = False,
    ) -> None:  # fmt: skip
        super().__init__()
        self.ctx, self.runner, self.translators, self.settings = ctx, runner, translators, settings
        self._started = False
        self.setObjectName("mainWindow")
        fit_to_screen(self, 1360, 820)
        self.action_table = build_actions(self)
        self.sidebar = SidebarPane(ctx, runner, self)
        self.contacts = ContactsPane(ctx, runner, self)
        self.compose = ComposePanel(ctx, runner, self, started=not deferred)
        self.log = LogPane(ctx, runner, self)
        self.follow_ups = FollowUpsPane(ctx, runner, self)
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
        a = self.action_table
        self.contacts.empty.set_actions(a["actionImport"], a["actionNewContact"], a["actionEditEvent"])
        self.book = BookCommands(self)
        self.cards = CardCommands(self)
        self.tools = ToolCommands(self)
        self.setAcceptDrops(True)  # contact files: the import dialog opens with them
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
        self.menus = WindowMenus(self, self.action_table, self.settings)
        self.menus.language_group.triggered.connect(self._language_chosen)

    def _wire(self) -> None:
        a = self.action_table
        self.sidebar.event_chosen.connect(self._show_event)
        self.sidebar.log_chosen.connect(self._show_log)
        self.sidebar.follow_ups_chosen.connect(self._show_follow_ups)
        self.follow_ups.due_changed.connect(self._set_due)
        self.follow_ups.touched.connect(lambda _id: self.log.reload())
        self.contacts.contact_changed.connect(lambda c: self.compose.show_contact(c, self.contacts.shown_event))
        self.contacts.activated.connect(self.compose.focus_line)
        self.compose.draft_saved.connect(self.progress_changed)
        self.compose.history_requested.connect(self._show_history)
        self.log.changed.connect(self.progress_changed)
        a["actionNextPerson"].triggered.connect(self.next_person)
        a["actionFind"].triggered.connect(self._find)
        a["actionShowLog"].triggered.connect(lambda: self.sidebar.select_kind_log())
        a["actionExportLog"].triggered.connect(self.log.export_csv)
        a["actionQuit"].triggered.connect(self.close)
        a["actionFollowUps"].triggered.connect(self.show_follow_ups)

    def _state_parts(self) -> tuple[dict[str, QSplitter], dict[str, QHeaderView]]:
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
        self._first_card()

    def _first_card(self) -> None:
        """The people are read on the task runner: once they are in the table (the first card open), the cursor
        goes to the personal line and the window has started."""
        if self.contacts.is_loading():
            self.contacts.loaded.connect(self._first_card, Qt.ConnectionType.SingleShotConnection)
            return
        if self.stack.currentIndex() == PEOPLE_PAGE and self.contacts.shown_event is not None:
            self.compose.focus_line()
        self.started.emit()

    # --- navigation ----------------------------------------------------------------------------------------
    def show_people(self) -> None:
        self.stack.setCurrentIndex(PEOPLE_PAGE)

    def _show_event(self, event: Event | None) -> None:
        self.show_people()
        self.contacts.show_event(event)

    def show_current_card(self) -> None:
        self.compose.show_contact(self.contacts.current_contact(), self.contacts.shown_event)

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
        """Count who is due a word (the sidebar's badge and the status bar; never a popup), on the task runner
        through a connection of its own: reading thousands of people takes longer than a frame."""
        from postcard.compose.keeping_in_touch import due_count_with_own_connection

        paths, today = self.ctx.paths, self.follow_ups.today()
        self.runner.run(lambda: due_count_with_own_connection(paths, today), self._due_counted, channel="due-count")

    def _due_counted(self, count: int | None, error: BaseException | None) -> None:
        if error is not None or count is None:  # a quiet count: the follow-ups view says more when opened
            log.warning("counting who is due a word failed: %s", error)
            return
        self._set_due(count)

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

    def progress_changed(self) -> None:
        self.contacts.refresh_stages()
        self.sidebar.refresh_progress()

    def showing_log(self) -> bool:
        return self.stack.currentIndex() == LOG_PAGE

    def go_to_card(self, contact_id: int) -> None:
        """Show this person's card (from a problem listed elsewhere), the cursor in their personal line."""
        self.show_people()
        if self.contacts.select_contact(contact_id):
            self.compose.focus_line()

    def _language_chosen(self, action: QAction) -> None:
        code = str(action.data() or "")
        if self.settings is not None:
            save_language(self.settings, code)
        if self.translators is not None:
            from postcard.gui.i18n import system_language

            self.translators.switch(code or system_language())

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
        self.menus.retranslate()
        self._retranslate_due()

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
