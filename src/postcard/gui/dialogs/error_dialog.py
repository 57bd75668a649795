"""What the user sees when something goes wrong: their own mistake in one line, a bug with its details."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from postcard.errors import PostcardError

log = logging.getLogger("postcard.gui")


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A PostcardError in the window's words; anything else as a bug, with the traceback under "Show Details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if isinstance(exc, PostcardError) else QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("postcard"))
    if isinstance(exc, PostcardError):
        from postcard.gui.error_wording import error_text

        box.setText(error_text(exc))
    else:
        box.setText(tr("Something went wrong inside postcard. Your cards and drafts are saved."))
        box.setInformativeText(tr("Please report this with the details below."))
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


class ExceptHook:
    """``sys.excepthook`` for the window: log the error and show it, instead of printing and carrying on blind."""

    def __init__(self) -> None:
        self._showing = False

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unhandled error", exc_info=(kind, exc, tb))
        if self._showing or QApplication.instance() is None:  # one dialog at a time; none before the app exists
            sys.__excepthook__(kind, exc, tb)
            return
        self._showing = True
        try:
            show_error(QApplication.activeWindow(), exc)
        finally:
            self._showing = False
