"""Window state kept between sessions: geometry, splitter positions and table headers, nothing else.

User choices (the language, print preferences) are settings and live elsewhere; this file may be deleted at
any time and the window simply opens at its default size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

STATE_FILE = "window-state.ini"
VERSION = 2  # bump when the window's layout changes so old splitter/header states are not applied


class WindowState:
    def __init__(self, config_dir: Path) -> None:
        self.settings = QSettings(str(config_dir / STATE_FILE), QSettings.Format.IniFormat)

    def _usable(self) -> bool:
        return str(self.settings.value("version", "")) == str(VERSION)

    def restore(self, window: QMainWindow, splitters: dict[str, QSplitter], headers: dict[str, QHeaderView]) -> bool:
        """Apply the saved state; False when there is none (the window keeps its defaults)."""
        if not self._usable():
            return False
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        for name, splitter in splitters.items():
            value = self.settings.value(f"splitters/{name}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)
        for name, header in headers.items():
            value = self.settings.value(f"headers/{name}")
            if isinstance(value, QByteArray):
                header.restoreState(value)
        return True

    def save(self, window: QMainWindow, splitters: dict[str, QSplitter], headers: dict[str, QHeaderView]) -> None:
        self.settings.setValue("version", VERSION)
        self.settings.setValue("geometry", window.saveGeometry())
        for name, splitter in splitters.items():
            self.settings.setValue(f"splitters/{name}", splitter.saveState())
        for name, header in headers.items():
            self.settings.setValue(f"headers/{name}", header.saveState())
        self.settings.sync()
