"""GUI fixtures: a demo contact book, a task runner that runs tasks at once (no threads, no waiting)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from postcard.app import build_context
from postcard.context import AppContext
from postcard.core.model import Event
from postcard.demo import fill_demo

from postcard.gui.i18n import Translators
from postcard.gui.main_window import MainWindow
from postcard.gui.tasks import SyncThreadPool, TaskRunner


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = build_context(tmp_path / "home")
    yield context
    context.close()


@pytest.fixture
def demo_event(ctx: AppContext) -> Event:
    return fill_demo(ctx.store)


@pytest.fixture
def runner(qapp) -> TaskRunner:  # type: ignore[no-untyped-def]
    return TaskRunner(SyncThreadPool())


@pytest.fixture(scope="session", autouse=True)
def translators(qapp) -> Iterator[Translators]:  # type: ignore[no-untyped-def]
    """The window's words as a user sees them, for the whole session: English (plurals chosen: "3 cards");
    a test that switches the language switches back."""
    installed = Translators(qapp)
    installed.switch("en")
    yield installed
    installed.remove()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, demo_event: Event, runner: TaskRunner,
           translators: Translators) -> MainWindow:  # fmt: skip
    win = MainWindow(ctx, runner, translators)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def ctx_readings(ctx: AppContext, kanwa_cache: Path) -> AppContext:
    """The context with the reading dictionary already in its cache (no extraction per test)."""
    from postcard.io.kanwa import dictionary_file

    target = dictionary_file(ctx.paths.cache_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(dictionary_file(kanwa_cache).read_bytes())
    return ctx
