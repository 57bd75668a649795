"""What the window's commands (:mod:`.book`, :mod:`.card_commands`, :mod:`.tool_commands`) use of the main window:
its panes, its actions and where it can go. :class:`~postcard.gui.main_window.MainWindow` has all of it and builds
the commands; they name this protocol rather than the window, so that nothing imports the window back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar, QWidget

    from postcard.context import AppContext

    from postcard.gui.panes.compose_panel import ComposePanel
    from postcard.gui.panes.contacts_pane import ContactsPane
    from postcard.gui.panes.log_pane import LogPane
    from postcard.gui.panes.sidebar import SidebarPane
    from postcard.gui.state import WindowState
    from postcard.gui.tasks import TaskRunner


class WindowParts(Protocol):
    ctx: AppContext
    runner: TaskRunner
    action_table: dict[str, QAction]
    sidebar: SidebarPane
    contacts: ContactsPane
    compose: ComposePanel
    log: LogPane
    state: WindowState

    def window(self) -> QWidget:
        """The window itself, as the parent of the dialogs the commands open (Qt's own ``QWidget.window``)."""
        ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def show_people(self) -> None:
        """The people table and the compose panel in the middle (not the log or the follow-ups)."""
        ...

    def show_current_card(self) -> None:
        """The card of the person selected drawn again (a sender, a print or a mark changed what it shows)."""
        ...

    def go_to_card(self, contact_id: int) -> None: ...

    def progress_changed(self) -> None: ...

    def showing_log(self) -> bool: ...
