"""The one way to run work off the GUI thread: :class:`TaskRunner`.

A task is a plain function that gets plain data (never a widget) and returns plain data. The runner starts it
on the thread pool it was given and hands ``callback(result, error)`` the outcome on the GUI thread, through a
signal. Each task runs on a *channel* (``"preview"``, ``"print"``...): starting a new task on a channel makes
the older ones stale, and a stale result is dropped instead of being delivered (the generation check).

Tests pass a :class:`SyncThreadPool`, which runs a task at once in the calling thread, so a test sees the
callback's effect as soon as ``run`` returns; no waiting, no sleeps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("postcard.gui.tasks")

Callback = Callable[[Any, BaseException | None], None]


class Pool(Protocol):
    """What the runner needs of a thread pool (``QThreadPool`` or :class:`SyncThreadPool`)."""

    def start(self, runnable: QRunnable) -> None: ...


class SyncThreadPool:
    """A stand-in for ``QThreadPool`` that runs each task immediately, in the caller's thread (for tests)."""

    def __init__(self) -> None:
        self.started = 0

    def start(self, runnable: QRunnable) -> None:
        self.started += 1
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        return True


def render_pool(parent: QObject | None = None) -> QThreadPool:
    """A pool of one thread: font work (previews, batches) runs one task at a time, in order.

    The font catalogue is not known to be safe to use from two threads at once.
    """
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)  # keep the thread: a preview per keystroke should not pay for a new one
    return pool


class _Channel(QObject):
    """Carries one task's outcome from the worker thread to the GUI thread (a queued signal)."""

    done = Signal(int, str, object, object)  # task id, channel, result, error


class _Task(QRunnable):
    def __init__(self, task_id: int, channel: str, fn: Callable[[], Any], signals: _Channel) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its result has been delivered
        self.task_id, self.channel, self.fn, self.signals = task_id, channel, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - any failure is handed to the callback on the GUI thread
            self.signals.done.emit(self.task_id, self.channel, None, exc)
        else:
            self.signals.done.emit(self.task_id, self.channel, result, None)


class TaskRunner(QObject):
    """Runs functions on an injected pool and calls back on the GUI thread; stale results are dropped.

    Signals:
        busy_changed(bool): True while any task is running.
    """

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | Pool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._signals = _Channel(self)
        self._signals.done.connect(self._deliver)
        self._next_id = 0
        self._latest: dict[str, int] = {}
        self._pending: dict[int, tuple[_Task, Callback]] = {}

    def run(self, fn: Callable[[], Any], callback: Callback, *, channel: str = "") -> int:
        """Start ``fn()`` on the pool; ``callback(result, error)`` follows on the GUI thread unless stale."""
        self._next_id += 1
        task_id = self._next_id
        self._latest[channel] = task_id
        task = _Task(task_id, channel, fn, self._signals)
        was_busy = bool(self._pending)
        self._pending[task_id] = (task, callback)
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(task)
        return task_id

    def cancel(self, channel: str) -> None:
        """Forget what is running on ``channel``: its result will be dropped."""
        self._next_id += 1
        self._latest[channel] = self._next_id

    def is_running(self, channel: str) -> bool:
        return any(task.channel == channel for task, _ in self._pending.values())

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the pool's tasks (on quit); results not yet delivered are dropped."""
        waiter = getattr(self.pool, "waitForDone", None)
        return bool(waiter(msecs)) if waiter else True

    def _deliver(self, task_id: int, channel: str, result: object, error: object) -> None:
        _task, callback = self._pending.pop(task_id, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if callback is None or self._latest.get(channel) != task_id:
            return  # a newer task on this channel has started (or it was cancelled): this result is stale
        if isinstance(error, BaseException) and not isinstance(error, Exception):
            raise error
        callback(result, error if isinstance(error, BaseException) else None)
