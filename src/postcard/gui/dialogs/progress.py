"""A Progress (core.progress) that reports by signal and can be cancelled from the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class SignalProgress(QObject):
    """Called on the worker thread; ``changed(done, total)`` arrives on the GUI thread (queued).

    Signals:
        changed(int, int): progress, emitted at most once per percent.
    """

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._total = 0
        self._done = 0
        self._last_percent = -1

    def start(self, total: int, label: str = "") -> None:
        self._total, self._done, self._last_percent = max(total, 0), 0, -1
        self.changed.emit(0, self._total)

    def tick(self, n: int = 1) -> None:
        self._done += n
        percent = self._done * 100 // self._total if self._total else 100
        if percent != self._last_percent:
            self._last_percent = percent
            self.changed.emit(self._done, self._total)

    def finish(self) -> None:
        self.changed.emit(self._total, self._total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()
