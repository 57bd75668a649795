"""The sidebar's counts per event (people met, lines written, printed, sent) are read on the task runner: the
events keep the counts they show until the new ones arrive, and an older count that comes back late is dropped."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from postcard.context import AppContext
from postcard.core.model import Contact, Event
from tests.unit.gui.test_contacts_pane import HeldPool

from postcard.gui.main_window import MainWindow
from postcard.gui.panes.sidebar import PROGRESS_CHANNEL
from postcard.gui.tasks import TaskRunner


def summary(window: MainWindow, event: Event) -> str:
    model = window.sidebar.model
    return str(model.data(model.index(model.row_of_event(event.id or 0))))


def test_the_counts_arrive_from_the_runner_and_the_old_ones_stay_until_then(
    qtbot: QtBot, ctx: AppContext, demo_event: Event
) -> None:
    pool = HeldPool()
    window = MainWindow(ctx, TaskRunner(pool))
    qtbot.addWidget(window)
    assert "12 met" not in summary(window, demo_event)  # still being counted
    pool.run_all()
    assert "12 met · 11 written · 0 printed · 0 sent" in summary(window, demo_event)

    newcomer = ctx.store.contacts.add(Contact(family_name="渡辺", given_name="誠"))
    ctx.store.events.link(demo_event.id or 0, [newcomer.id or 0])
    window.sidebar.reload()  # after an edit: the event's row is read again, its counts kept until they arrive
    assert "12 met · 11 written" in summary(window, demo_event)
    window.sidebar.refresh_progress()  # and counted once more before the first count came back
    pool.queue.sort(key=lambda task: task.channel == PROGRESS_CHANNEL)  # type: ignore[attr-defined]
    first, second = pool.queue[-2:]  # the two counts
    del pool.queue[-2:]
    pool.run_all()
    second.run()
    assert "13 met · 11 written · 0 printed · 0 sent" in summary(window, demo_event)
    late = ctx.store.contacts.add(Contact(family_name="石井"))
    ctx.store.events.link(demo_event.id or 0, [late.id or 0])
    first.run()  # the older count comes back last: dropped
    assert "13 met" in summary(window, demo_event)
