"""The main window's menu bar and toolbar, built from the actions table (:mod:`postcard.gui.actions`), and the
language menu (the system's language, or one chosen and remembered)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from postcard.gui.i18n import LANGUAGES, saved_language


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowMenus:
    """The menus and the toolbar of one window (``language_group`` holds a checkable action per language)."""

    def __init__(self, window: QMainWindow, actions: dict[str, QAction], settings: QSettings | None) -> None:
        a = actions
        bar = window.menuBar()
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
                                   a["actionRestoreContact"], a["actionConfirmReadings"]])  # fmt: skip
        self.book_menu.addSeparator()
        self.book_menu.addActions([a["actionNewEvent"], a["actionEditEvent"]])
        self.book_menu.addSeparator()
        self.book_menu.addAction(a["actionSenders"])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([a["actionFind"], a["actionShowLog"], a["actionFollowUps"]])
        self.view_menu.addSeparator()
        self.view_menu.addActions([a["actionFlip"], a["actionZoomIn"], a["actionZoomOut"], a["actionZoomFit"]])
        self.language_menu = QMenu(window)
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(window)
        current = saved_language(settings) if settings is not None else ""
        for code in ("", *LANGUAGES):
            action = QAction(LANGUAGES.get(code, ""), window, checkable=True)
            action.setObjectName(f"actionLanguage_{code or 'system'}")
            action.setData(code)
            action.setChecked(code == current)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addActions([a["actionSettings"], a["actionCalibrate"], a["actionEditTemplates"]])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a["actionInstallDesktop"])
        self.help_menu.addSeparator()
        self.help_menu.addAction(a["actionAbout"])
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions(
            [a["actionImport"], a["actionPrintBatch"], a["actionNextPerson"], a["actionMarkSent"], a["actionShowLog"]]
        )
        window.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        self.file_menu.setTitle(tr("&File"))
        self.card_menu.setTitle(tr("&Card"))
        self.book_menu.setTitle(tr("&Book"))
        self.view_menu.setTitle(tr("&View"))
        self.tools_menu.setTitle(tr("&Tools"))
        self.help_menu.setTitle(tr("&Help"))
        self.language_menu.setTitle(tr("Lan&guage"))
        self.toolbar.setWindowTitle(tr("Main toolbar"))
        for action in self.language_group.actions():
            if not action.data():
                action.setText(tr("System language"))
