"""The minimal main window: events, a contacts table that filters as you type, the real PDF preview."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from postcard.app import build_context
from postcard.context import AppContext
from postcard.demo import fill_demo

from postcard.gui.contacts_model import COL_NAME, CONTACT_ROLE, ContactsModel
from postcard.gui.main_window import MainWindow


@pytest.fixture
def ctx(tmp_path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    context = build_context(tmp_path / "home")
    fill_demo(context.store)
    yield context
    context.close()


def test_model_rows_and_roles(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = ContactsModel(ctx.store.contacts.list())
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    names = [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]
    assert "★ 山田 太郎 様" in names
    assert model.data(model.index(0, 0), CONTACT_ROLE).id is not None


def test_window_lists_the_demo_event_and_previews_a_card(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.events.count() == 2  # "All contacts" and the demo event
    assert window.proxy.rowCount() == 12
    assert window.pdf.status() == QPdfDocument.Status.Ready
    assert window.pdf.pageCount() == 2  # message side and address side


def test_search_filters_as_you_type(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search, "Berlin")
    assert window.proxy.rowCount() == 1
    window.search.setText("たかはし")  # QTest can only type ASCII keys
    assert window.proxy.rowCount() == 1
    assert "髙橋" in window.proxy.data(window.proxy.index(0, COL_NAME))


def test_selecting_another_person_renders_their_card(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search, "Emily")
    window.table.selectRow(0)
    assert window.pdf.pageCount() == 2
    size = window.pdf.pagePointSize(1)
    assert round(size.width()) == 420 and round(size.height()) == 298  # A6 landscape address side
