"""Window sizes that fit the screen: a dialog opens at the size it was laid out for, or at what the screen has
room for when that is less (a 1366 × 768 laptop), never past the screen's edges."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ROOM = 0.94  # of the screen's free area a window may take (the rest: the desktop's panels, the title bar)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or less when its screen has less room."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    widget.resize(min(width, int(room.width() * ROOM)), min(height, int(room.height() * ROOM)))
