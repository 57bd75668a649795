"""The task runner: results on the GUI thread by signal, stale results dropped, errors handed over."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from postcard.gui.tasks import SyncThreadPool, TaskRunner, render_pool


def test_sync_pool_delivers_at_once(qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(SyncThreadPool())
    got = []
    runner.run(lambda: 6 * 7, lambda result, error: got.append((result, error)))
    assert got == [(42, None)]


def test_error_goes_to_the_callback(qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(SyncThreadPool())
    got = []
    runner.run(lambda: 1 / 0, lambda result, error: got.append((result, type(error))))
    assert got == [(None, ZeroDivisionError)]


def test_cancelled_channel_drops_the_result(qapp) -> None:  # type: ignore[no-untyped-def]
    class Deferred(SyncThreadPool):
        def __init__(self) -> None:
            super().__init__()
            self.queue = []

        def start(self, runnable) -> None:  # type: ignore[no-untyped-def]
            self.queue.append(runnable)

    pool = Deferred()
    runner = TaskRunner(pool)
    got = []
    runner.run(lambda: "old", lambda result, error: got.append(result), channel="preview")
    runner.run(lambda: "new", lambda result, error: got.append(result), channel="preview")
    runner.run(lambda: "other", lambda result, error: got.append(result), channel="print")
    assert runner.is_running("preview")
    for task in pool.queue:
        task.run()
    assert got == ["new", "other"]  # the first preview was stale when it finished
    assert not runner.is_running("preview")


def test_a_real_thread_delivers_on_the_gui_thread(qtbot: QtBot) -> None:
    pool = QThreadPool()
    runner = TaskRunner(pool)
    worker_threads, callback_threads = [], []

    def work() -> str:
        worker_threads.append(threading.get_ident())
        return "done"

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False, timeout=5000):
        runner.run(work, lambda result, error: callback_threads.append((threading.get_ident(), result)))
    assert callback_threads == [(threading.get_ident(), "done")]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    pool.waitForDone()


def test_render_pool_runs_one_task_at_a_time(qapp) -> None:  # type: ignore[no-untyped-def]
    pool = render_pool()
    assert pool.maxThreadCount() == 1


@pytest.mark.parametrize("channel", ["", "preview"])
def test_busy_signal_brackets_the_work(qapp, channel: str) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(SyncThreadPool())
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    runner.run(lambda: None, lambda result, error: None, channel=channel)
    assert states == [True, False]
