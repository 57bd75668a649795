"""The people table reads an event's people and the whole book on the task runner: the rows arrive, a person
selected meanwhile is selected when they do, and an older read that comes back late is dropped."""

from __future__ import annotations

from PySide6.QtCore import QRunnable, Qt
from pytestqt.qtbot import QtBot

from postcard.context import AppContext
from postcard.core.model import Contact, Event, Stage

from postcard.gui.main_window import MainWindow
from postcard.gui.models.events import Kind
from postcard.gui.tasks import SyncThreadPool, TaskRunner


class HeldPool(SyncThreadPool):
    """Keeps the tasks until the test runs them: what the window shows while a read is under way."""

    def __init__(self) -> None:
        super().__init__()
        self.queue: list[QRunnable] = []

    def start(self, runnable: QRunnable) -> None:
        self.queue.append(runnable)

    def run_all(self) -> None:
        while self.queue:
            self.queue.pop(0).run()


def names(window: MainWindow) -> list[str]:
    return [c.full_name for c in window.contacts.visible_contacts()]


def current_name(window: MainWindow) -> str | None:
    current = window.contacts.current_contact()
    return current.full_name if current is not None else None


def held_window(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, HeldPool]:
    pool = HeldPool()
    window = MainWindow(ctx, TaskRunner(pool))
    qtbot.addWidget(window)
    pool.run_all()
    return window, pool


def test_all_contacts_are_read_on_the_runner_and_shown_in_reading_order(window: MainWindow, ctx: AppContext) -> None:
    aida = Contact(family_name="相田", given_name="一", family_reading="あいだ", given_reading="はじめ")
    ctx.store.contacts.add(aida)
    window.sidebar.select_kind(Kind.CONTACTS)
    assert window.contacts.shown_event is None and not window.contacts.is_loading()
    assert names(window) == [c.full_name for c in ctx.store.contacts.list()]
    assert names(window)[0] == "相田 一" and current_name(window) == "相田 一"
    assert window.contacts.count_label.text() == f"{ctx.store.contacts.count()} contacts"
    window.contacts.search.setText("あいだ")
    assert names(window) == ["相田 一"]  # the search keys came with the rows


def test_while_the_book_is_read_the_table_keeps_its_rows_and_a_person_chosen_is_selected_on_arrival(
    qtbot: QtBot, ctx: AppContext, demo_event: Event
) -> None:
    window, pool = held_window(qtbot, ctx)
    outsider = ctx.store.contacts.add(Contact(family_name="渡辺", given_name="誠", family_reading="わたなべ"))
    event_people = names(window)
    assert window.contacts.shown_event is not None and "渡辺 誠" not in event_people
    window.sidebar.select_kind(Kind.CONTACTS)
    assert window.contacts.is_loading() and names(window) == event_people  # the event's people until then
    assert window.contacts.select_contact(outsider.id or 0)  # asked for now, done when the rows come
    pool.run_all()
    assert not window.contacts.is_loading() and window.contacts.shown_event is None
    assert "渡辺 誠" in names(window) and len(names(window)) == ctx.store.contacts.count()
    assert current_name(window) == "渡辺 誠"
    assert [c.full_name for c in window.contacts.selected_contacts()] == ["渡辺 誠"]
    assert window.compose.session is not None and window.compose.session.contact.id == outsider.id


def test_people_saved_or_imported_while_the_book_is_read_are_selected_when_it_arrives(
    qtbot: QtBot, ctx: AppContext, demo_event: Event
) -> None:
    window, pool = held_window(qtbot, ctx)
    window.sidebar.select_kind(Kind.CONTACTS)
    pool.run_all()
    new = [ctx.store.contacts.add(Contact(family_name=f, family_reading=r))
           for f, r in (("青木", "あおき"), ("石井", "いしい"))]  # fmt: skip
    window.contacts.reload()  # what the window does after an import: read again, then select the new people
    window.contacts.reload()  # and a second reload meanwhile (the sidebar's) keeps what is waiting
    assert window.contacts.select_contacts([c.id or 0 for c in new]) == 2
    assert "青木" not in names(window)
    pool.run_all()
    assert sorted(c.full_name for c in window.contacts.selected_contacts()) == ["石井", "青木"]
    assert current_name(window) == "青木"  # the first of them in the table's order

    window.contacts.select_contact(new[1].id or 0)
    window.contacts.reload()  # an edit saved: the current person stays current once the rows arrive
    pool.run_all()
    assert current_name(window) == "石井"


def test_a_stale_read_is_dropped(qtbot: QtBot, ctx: AppContext, demo_event: Event) -> None:
    window, pool = held_window(qtbot, ctx)
    ctx.store.contacts.add(Contact(family_name="渡辺", given_name="誠", family_reading="わたなべ"))
    event_people = names(window)
    window.sidebar.select_kind(Kind.CONTACTS)
    window.contacts.select_contact(1)
    window.sidebar.select_event(demo_event.id or 0)  # back before the book arrived
    assert window.contacts.is_loading() and names(window) == event_people
    pool.run_all()  # the book's read comes back late: dropped, and so is the selection it carried
    assert not window.contacts.is_loading()
    assert window.contacts.shown_event is not None and window.contacts.shown_event.id == demo_event.id
    assert names(window) == event_people and current_name(window) == event_people[0]

    window.sidebar.select_kind(Kind.ARCHIVED)
    window.sidebar.select_kind(Kind.CONTACTS)
    pool.run_all()  # the archive's read, older, is dropped; the book's is shown
    assert not window.contacts.showing_archived and "渡辺 誠" in names(window)


def test_many_people_selected_at_once_are_kept_as_runs_of_rows_and_read_back_sorted_or_searched(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window, pool = held_window(qtbot, ctx)
    kana = "あいうえおかきくけこさしすせそたちつてと"
    people = [ctx.store.contacts.add(Contact(family_name=f"人{i:02d}", family_reading=kana[i] + "の"))
              for i in range(20)]  # fmt: skip
    wanted = [p for i, p in enumerate(people) if i % 5 in (1, 2, 3)]  # an import's people among the others
    window.sidebar.select_kind(Kind.CONTACTS)
    window.contacts.reload()
    pool.run_all()
    assert window.contacts.select_contacts([p.id or 0 for p in wanted]) == len(wanted)
    assert len(window.contacts.view.selectionModel().selection()) == 4  # a range per run, not one per person
    expected = [p.full_name for p in wanted]
    assert [c.full_name for c in window.contacts.selected_contacts()] == expected
    assert current_name(window) == expected[0]

    window.contacts.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by name, Z to A: the table's rows move
    assert [c.full_name for c in window.contacts.selected_contacts()] == expected[::-1]
    window.contacts.search.setText("人1")
    assert window.contacts.select_contacts([p.id or 0 for p in wanted[-3:]]) == 3  # all shown: the search stays
    assert [c.full_name for c in window.contacts.selected_contacts()] == ["人18", "人17", "人16"]
    assert window.contacts.select_contacts([people[3].id or 0, people[4].id or 0]) == 2  # hidden: search cleared
    assert window.contacts.search.text() == ""
    assert [c.full_name for c in window.contacts.selected_contacts()] == ["人04", "人03"]


def test_an_events_people_are_read_on_the_runner_and_the_first_not_yet_thanked_is_opened_on_arrival(
    qtbot: QtBot, ctx: AppContext, demo_event: Event
) -> None:
    pool = HeldPool()
    window = MainWindow(ctx, TaskRunner(pool), deferred=True)
    qtbot.addWidget(window)
    started: list[bool] = []
    window.started.connect(lambda: started.append(True))
    assert window.contacts.is_loading() and names(window) == []  # the demo event asked for, still being read
    window.start()
    assert not started and window.compose.session is None  # no card until its person is in the table
    pool.run_all()
    assert window.contacts.shown_event is not None and window.contacts.shown_event.id == demo_event.id
    stages = ctx.store.cards.stages_for_event(demo_event.id or 0)
    first = window.contacts.current_contact()
    assert first is not None and first.full_name == names(window)[0]
    assert stages.get(first.id or 0, Stage.NONE) < Stage.PRINTED  # the ones not yet thanked come first
    assert window.compose.session is not None and window.compose.session.contact.id == first.id
    assert window.focusWidget() is window.compose.line_edit and started == [True]  # the cursor in their line

    event_people = names(window)
    second = next(c for c in ctx.store.contacts.list(event_id=demo_event.id) if c.full_name == event_people[1])
    window.sidebar.select_kind(Kind.CONTACTS)
    pool.run_all()
    window.sidebar.select_event(demo_event.id or 0)
    assert window.contacts.is_loading() and window.contacts.shown_event is None  # the book until the event arrives
    assert window.contacts.select_contact(second.id or 0)  # chosen now: selected when the event's people arrive
    pool.run_all()
    assert names(window) == event_people and current_name(window) == second.full_name

    window.sidebar.select_kind(Kind.CONTACTS)
    pool.run_all()
    window.sidebar.select_event(demo_event.id or 0)
    window.contacts.select_contact(second.id or 0)
    window.sidebar.select_kind(Kind.CONTACTS)  # elsewhere, and back, before the event's people arrived
    window.sidebar.select_event(demo_event.id or 0)
    pool.run_all()  # the older reads are dropped, and the person chosen in between with them
    assert names(window) == event_people and current_name(window) == event_people[0]
