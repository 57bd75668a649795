"""The Tools and Help menus' commands in the main window: settings, printer calibration, the template editor,
the applications-menu entry and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from postcard.gui.dialogs.calibration_wizard import CalibrationWizard
    from postcard.gui.dialogs.settings_dialog import SettingsDialog
    from postcard.gui.dialogs.template_editor import TemplateEditor
    from postcard.gui.window_parts import WindowParts


class ToolCommands(QObject):
    def __init__(self, main: WindowParts) -> None:
        super().__init__(main.window())
        self.main = main
        self.ctx, self.runner = main.ctx, main.runner
        a = main.action_table
        a["actionSettings"].triggered.connect(lambda: self.open_settings())
        a["actionCalibrate"].triggered.connect(lambda: self.calibrate())
        a["actionEditTemplates"].triggered.connect(lambda: self.edit_templates())
        a["actionInstallDesktop"].triggered.connect(self.install_desktop)
        a["actionAbout"].triggered.connect(self.about)

    def make_settings_dialog(self) -> SettingsDialog:
        from postcard.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.runner, self.main.window())
        dialog.saved.connect(lambda _prefs: self.main.compose.request_preview())
        dialog.calibrate_requested.connect(lambda: self.calibrate())
        return dialog

    def open_settings(self) -> None:
        self.make_settings_dialog().exec()

    def make_calibration_wizard(self) -> CalibrationWizard:
        from postcard.gui.dialogs.calibration_wizard import CalibrationWizard

        wizard = CalibrationWizard(self.ctx, self.main.window())
        wizard.saved.connect(lambda _prefs: self.main.compose.request_preview())
        return wizard

    def calibrate(self) -> None:
        self.make_calibration_wizard().exec()

    def make_template_editor(self) -> TemplateEditor:
        from postcard.gui.dialogs.template_editor import TemplateEditor

        main = self.main
        main.compose.flush()
        contact = main.contacts.current_contact()
        session = main.compose.session
        editor = TemplateEditor(self.ctx, self.runner, main.contacts.shown_event, contact.id if contact else None,
                                main.window(), session.template if session is not None else None)  # fmt: skip
        editor.templates_changed.connect(main.compose.reload_templates)
        return editor

    def edit_templates(self) -> None:
        self.make_template_editor().exec()

    def install_desktop(self) -> None:
        from postcard import desktop

        from postcard.gui.error_wording import error_text

        try:
            result = desktop.install()
        except (desktop.DesktopIntegrationError, OSError) as exc:
            QMessageBox.warning(self.main.window(), self.tr("Not added"), error_text(exc))
            return
        QMessageBox.information(
            self.main.window(),
            self.tr("Added to the applications menu"),
            self.tr("postcard is now in your applications menu (files in %1).").replace("%1", str(result.data_home)),
        )

    def about(self) -> None:
        from postcard.gui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.main.window()).exec()
