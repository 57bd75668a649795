"""The follow-ups view: the ranked order, key people starred, a touch logged in one step, the mailto: note, the
quiet count on start; the desktop bits (About, the window icon, the desktop file name)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from postcard import APP_ID, __version__
from postcard.context import AppContext
from postcard.core.model import Contact, Touch

from postcard.gui.main_window import FOLLOW_UPS_PAGE, MainWindow
from postcard.gui.models.events import Kind
from postcard.gui.models.followups import COL_DATE, COL_DUE, COL_LAST, COL_NAME, FollowUpsModel
from postcard.gui.models.table import ROW_ROLE
from postcard.gui.panes.followups_pane import FollowUpsPane
from postcard.gui.tasks import TaskRunner

TODAY = dt.date(2027, 9, 1)


@pytest.fixture
def people(ctx: AppContext) -> dict[str, Contact]:
    add = ctx.store.contacts.add
    made = {
        "old": add(Contact(family_name="佐藤", given_name="花子", family_reading="さとう", met_on=dt.date(2026, 1, 5),
                           email="hanako@example.jp")),
        "key": add(Contact(family_name="鈴木", given_name="一郎", family_reading="すずき", key_person=True,
                           met_on=dt.date(2026, 12, 1))),
        "lunch": add(Contact(family_name="Smith", given_name="Emily", met_on=dt.date(2026, 1, 5),
                             email="emily@example.com")),
        "fresh": add(Contact(family_name="伊藤", given_name="誠", met_on=dt.date(2027, 8, 20))),
    }  # fmt: skip
    ctx.store.cards.add_touch(Touch(made["lunch"].id or 0, dt.date(2026, 11, 1), "lunch", "soba"))
    return made


@pytest.fixture
def pane(
    qtbot: QtBot, ctx: AppContext, runner: TaskRunner, people: dict[str, Contact]
) -> tuple[FollowUpsPane, list[QUrl]]:
    opened: list[QUrl] = []
    view = FollowUpsPane(ctx, runner, open_url=lambda url: opened.append(url) or True, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.reload()
    return view, opened


def names(view: FollowUpsPane) -> list[str]:
    return [view.model.data(view.model.index(r, COL_NAME)) for r in range(view.model.rowCount())]


def test_the_view_shows_who_is_due_most_overdue_first(pane: tuple[FollowUpsPane, list[QUrl]]) -> None:
    view, _ = pane
    assert view.objectName() == "followUpsView"
    assert names(view) == ["佐藤 花子", "Emily Smith", "★ 鈴木 一郎"]  # 伊藤 met last month: not due
    model = view.model
    assert model.data(model.index(1, COL_LAST)) == "lunch (soba)"
    assert model.data(model.index(1, COL_DATE)) == "2026-11-01"
    assert model.data(model.index(0, COL_LAST)) == "met" and model.data(model.index(0, COL_DUE)) == "422 days overdue"
    assert view.title.text() == "3 people due a word"
    view.show_all.setChecked(True)
    assert names(view)[-1] == "伊藤 誠" and view.model.data(view.model.index(3, COL_DUE)) == "in 170 days"


def test_a_touch_is_logged_in_one_step(pane: tuple[FollowUpsPane, list[QUrl]], ctx: AppContext,
                                       people: dict[str, Contact]) -> None:  # fmt: skip
    view, _ = pane
    due = []
    view.due_changed.connect(due.append)
    assert view.select_contact(people["key"].id or 0)
    view.kind_box.setCurrentIndex(view.kind_box.findData("call"))
    view.note_edit.setText("asked about the new office")
    view.log_button.click()
    touches = ctx.store.cards.touches(people["key"].id or 0)
    assert [(t.kind, t.note, t.date) for t in touches] == [("call", "asked about the new office", TODAY)]
    assert names(view) == ["佐藤 花子", "Emily Smith"] and due == [2]
    assert view.status.text() == "Logged: call with 鈴木 一郎."
    assert view.current_row() is not None and view.log_button.isEnabled()  # the next person, ready for the next


def test_send_a_note_opens_a_mailto_draft_and_logs_it(pane: tuple[FollowUpsPane, list[QUrl]], ctx: AppContext,
                                                      people: dict[str, Contact]) -> None:  # fmt: skip
    view, opened = pane
    view.select_contact(people["old"].id or 0)
    assert view.mail_button.isEnabled()
    view.mail_button.click()
    assert len(opened) == 1
    url = opened[0]
    assert url.scheme() == "mailto" and url.path() == "hanako@example.jp"
    encoded = bytes(url.toEncoded()).decode("ascii")
    query = parse_qs(urlsplit(encoded).query)
    assert query["subject"] == ["ご無沙汰しております"]
    assert query["body"][0].startswith("佐藤様\r\n\r\n") and "%0D%0A" in encoded
    assert [(t.kind, t.note) for t in ctx.store.cards.touches(people["old"].id or 0)] == [
        ("email", "ご無沙汰しております")
    ]
    assert "佐藤 花子" not in names(view)
    view.select_contact(people["key"].id or 0)
    assert not view.mail_button.isEnabled()  # no address: nothing to open


def test_nothing_is_logged_when_no_mail_client_opens(qtbot: QtBot, ctx: AppContext, runner: TaskRunner,
                                                     people: dict[str, Contact],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    view = FollowUpsPane(ctx, runner, open_url=lambda url: False, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.reload()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    view.select_contact(people["lunch"].id or 0)
    assert view.send_note() is False
    assert "emily@example.com" in told[0]
    assert [t.kind for t in ctx.store.cards.touches(people["lunch"].id or 0)] == ["lunch"]


def test_follow_ups_model(qtmodeltester, pane: tuple[FollowUpsPane, list[QUrl]]) -> None:  # type: ignore[no-untyped-def]
    view, _ = pane
    qtmodeltester.check(view.model)
    empty = FollowUpsModel(TODAY)
    qtmodeltester.check(empty)
    assert view.model.data(view.model.index(2, COL_NAME), ROW_ROLE).contact.key_person


def test_the_window_counts_who_is_due_quietly(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                              people: dict[str, Contact]) -> None:  # fmt: skip
    from postcard.compose.keeping_in_touch import due_count

    window.follow_ups.today = lambda: TODAY
    expected = due_count(ctx.store, TODAY)  # the demo's people, met in 2026, are due too by then
    assert expected > 3
    window.show()
    qtbot.waitUntil(lambda: window.due == expected)
    assert f"{expected} people due a word" in window.due_label.text()
    row = window.sidebar.model.row_of_kind(Kind.FOLLOW_UPS)
    assert window.sidebar.model.data(window.sidebar.model.index(row)) == f"Follow-ups  ·  {expected} due"
    assert window.findChild(QMessageBox) is None  # not a popup
    window.action_table["actionFollowUps"].trigger()
    assert window.stack.currentIndex() == FOLLOW_UPS_PAGE and window.follow_ups.model.rowCount() == expected


def test_about_names_the_version_the_licence_and_the_font_licences(window: MainWindow) -> None:
    from postcard.gui.dialogs.about_dialog import AboutDialog

    text = AboutDialog(window).text.text()
    assert __version__ in text and "GPL-3.0-or-later" in text
    for font in ("Klee One", "Seto", "Kristi"):
        assert font in text
    assert text.count("SIL Open Font License 1.1") == 3 and "LICENSE-klee.txt" in text


def test_the_app_has_its_desktop_id_and_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    from postcard.gui.app import configure_app

    configure_app(qapp)
    assert qapp.desktopFileName() == APP_ID
    icon = qapp.windowIcon()
    assert not icon.isNull() and {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


def test_the_count_runs_on_the_task_runner_through_its_own_connection(
    window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading thousands of people takes longer than a frame: the window's thread only receives the number."""
    from postcard.compose.keeping_in_touch import due_count

    window.follow_ups.today = lambda: TODAY
    expected = due_count(ctx.store, TODAY)
    channels: list[str] = []
    run = window.runner.run

    def recorded(fn, callback, *, channel=""):  # type: ignore[no-untyped-def]
        channels.append(channel)
        return run(fn, callback, channel=channel)

    monkeypatch.setattr(window.runner, "run", recorded)
    monkeypatch.setattr(ctx.store.contacts, "list", lambda *a, **k: pytest.fail("the window's connection was used"))
    window.refresh_due()
    assert channels == ["due-count"] and window.due == expected
