"""Item models checked with qtmodeltester and read without a view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from postcard.context import AppContext
from postcard.core.model import Card, CardStatus, Contact, Event, Stage
from postcard.store.cards import LogRow
from postcard.store.contacts import fold_query, search_key

from postcard.gui.models.card_log import COL_DATE, COL_PERSON, COL_STATUS, CardLogModel, CardLogProxy
from postcard.gui.models.contacts import (
    COL_ADDRESS,
    COL_NAME,
    COL_READING,
    COL_TAGS,
    ContactsModel,
    ContactsProxy,
)
from postcard.gui.models.contacts import COL_STATUS as CONTACT_STATUS
from postcard.gui.models.events import EventsModel, Kind
from postcard.gui.models.table import ROW_ROLE


def test_contacts_model_and_proxy(qtmodeltester, ctx: AppContext, demo_event: Event) -> None:  # type: ignore[no-untyped-def]
    model = ContactsModel()
    model.set_contacts(ctx.store.contacts.list(event_id=demo_event.id), ctx.store.cards.stages_for_event(demo_event.id))
    qtmodeltester.check(model)
    proxy = ContactsProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == 12
    names = [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]
    assert "★ 山田 太郎 様" in names
    assert model.data(model.index(0, 0), ROW_ROLE).id is not None
    stages = [model.data(model.index(r, CONTACT_STATUS)) for r in range(12)]
    assert stages.count("line written") == 11 and stages.count("not yet") == 1


def test_search_folds_kana_and_width_like_the_store(qapp) -> None:  # type: ignore[no-untyped-def]
    people = [
        Contact(family_name="髙橋", given_name="花子", family_reading="タカハシ", given_reading="ハナコ", id=1),
        Contact(family_name="伊藤", given_name="誠", company="東北ソフト", id=2, tags=["VIP"]),
        Contact(family_name="Smith", given_name="Emily", company="Northwind", id=3),
    ]
    model = ContactsModel(people)
    proxy = ContactsProxy()
    proxy.setSourceModel(model)
    for query, expected in (("たかはし", 1), ("ﾀｶﾊｼ", 1), ("はなこ たか", 1), ("そふと", 1), ("vip", 1),
                            ("emily", 1), ("north", 1), ("", 3), ("zzz", 0)):  # fmt: skip
        proxy.set_query(query)
        assert proxy.rowCount() == expected, query
    assert model.data(model.index(1, COL_TAGS)) == "VIP"


def test_checking_rows(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ContactsModel([Contact(family_name="A", id=5), Contact(family_name="B", id=6)])
    assert model.setData(model.index(1, COL_NAME), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [6]
    assert model.data(model.index(1, COL_NAME), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.flags(model.index(0, COL_NAME)) & Qt.ItemFlag.ItemIsUserCheckable


def test_events_model(qtmodeltester, ctx: AppContext, demo_event: Event) -> None:  # type: ignore[no-untyped-def]
    model = EventsModel()
    model.set_events(ctx.store.events.list(), ctx.store.cards.event_progress())
    qtmodeltester.check(model)
    assert [model.item(r).kind for r in range(model.rowCount())] == [
        Kind.EVENT,
        Kind.CONTACTS,
        Kind.FOLLOW_UPS,
        Kind.LOG,
        Kind.ARCHIVED,
    ]
    text = model.data(model.index(0))
    assert text.startswith("地域DXセミナー2026\n") and "12 met · 11 written · 0 printed · 0 sent" in text


def test_card_log_model_and_filters(qtmodeltester, ctx: AppContext, demo_event: Event) -> None:  # type: ignore[no-untyped-def]
    drafts = ctx.store.cards.drafts_for_event(demo_event.id)
    first, second = sorted(drafts.values(), key=lambda c: c.id or 0)[:2]
    first.text = "一行目\n二行目"
    ctx.store.cards.record_printed([first])
    ctx.store.cards.set_status([first.id or 0], CardStatus.SENT)
    keys = {c.id: search_key(c) for c in ctx.store.contacts.list()}
    model = CardLogModel(ctx.store.cards.list(), keys)  # type: ignore[arg-type]
    qtmodeltester.check(model)
    proxy = CardLogProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == 12
    proxy.set_filters(status=CardStatus.SENT)
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, COL_STATUS)) == "sent"
    proxy.set_filters(contact_id=second.contact_id)
    assert proxy.rowCount() == 1
    proxy.set_filters(text="二行目")
    assert proxy.rowCount() == 1
    proxy.set_filters(text="たかはし")  # the person's reading, folded
    assert proxy.rowCount() == 1 and "髙橋" in proxy.data(proxy.index(0, COL_PERSON))
    proxy.set_filters(event_id=(demo_event.id or 0) + 1)
    assert proxy.rowCount() == 0


def _log_row(card_id: int, name: str, day: int, status: CardStatus = CardStatus.PRINTED) -> LogRow:
    when = dt.datetime(2026, 11, day, 12, tzinfo=dt.UTC)
    card = Card(contact_id=card_id, text=f"card {card_id}", status=status, id=card_id, drafted_at=when,
                printed_at=when)  # fmt: skip
    return LogRow(card, name, "勉強会", fold_query(name))


def test_the_log_sorts_itself_newest_first_and_by_a_clicked_column(qtmodeltester, qapp) -> None:  # type: ignore[no-untyped-def]
    """The model sorts (the proxy only filters): newest first as read, by a column when its header is clicked,
    the selected card still selected, and a new read keeps the order chosen; the reading finds the person."""
    model = CardLogModel([_log_row(1, "佐藤", 3), _log_row(2, "Abe", 9), _log_row(3, "Chen", 5)])
    proxy = CardLogProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)

    def people() -> list[str]:
        return [proxy.data(proxy.index(r, COL_PERSON)) for r in range(proxy.rowCount())]

    assert people() == ["Abe", "Chen", "佐藤"]
    view.selectRow(1)  # Chen
    view.sortByColumn(COL_PERSON, Qt.SortOrder.DescendingOrder)
    assert people() == ["佐藤", "Chen", "Abe"]
    assert [proxy.data(i) for i in view.selectionModel().selectedRows(COL_PERSON)] == ["Chen"]
    model.set_rows([_log_row(4, "Baker", 1), *model.rows()])
    assert people() == ["佐藤", "Chen", "Baker", "Abe"]
    proxy.set_filters(text="さとう")  # not in the name: found by the person's key (their reading)
    model.set_rows([LogRow(r.card, r.contact_name, r.event_name, "さとう" if r.contact_name == "佐藤" else "")
                    for r in model.rows()])  # fmt: skip
    assert people() == ["佐藤"]


def test_stage_order() -> None:
    assert Stage.NONE < Stage.WRITTEN < Stage.PRINTED < Stage.SENT < Stage.REPLIED


def test_the_table_marks_an_address_that_may_not_arrive_and_says_why(qapp) -> None:  # type: ignore[no-untyped-def]
    good = Contact(family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内",
                   address2="1-1-1", id=1)  # fmt: skip
    no_code = Contact(family_name="伊藤", given_name="誠", address1="宮城県仙台市青葉区一番町4-7-17", id=2)
    model = ContactsModel([good, no_code])
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.ToolTipRole) is None
    assert not model.data(model.index(1, COL_NAME), Qt.ItemDataRole.DecorationRole).isNull()
    assert (
        model.data(model.index(1, COL_NAME), Qt.ItemDataRole.ToolTipRole)
        == "⚠ The card may not arrive: No postal code."
    )
    assert model.data(model.index(1, COL_ADDRESS)).startswith("⚠ ")
    assert not model.data(model.index(0, COL_ADDRESS)).startswith("⚠")
    no_code.postal_code = "9800811"  # fixed in the editor: the table, read again, says so at once
    model.set_contacts([good, no_code])
    assert model.data(model.index(1, COL_NAME), Qt.ItemDataRole.DecorationRole) is None


def test_readings_say_what_they_are_and_how_to_fix_them(qapp) -> None:  # type: ignore[no-untyped-def]
    suggested = Contact(family_name="山田", given_name="太郎", suggested_family_reading="やまだ",
                        suggested_given_reading="たろう", id=1)  # fmt: skip
    missing = Contact(family_name="東海林", given_name="肇", id=2)
    model = ContactsModel([suggested, missing])
    assert model.data(model.index(0, COL_READING)) == "やまだ たろう (suggested)"
    assert model.data(model.index(0, COL_READING), Qt.ItemDataRole.FontRole).italic()
    assert "Confirm Suggested Readings" in model.data(model.index(0, COL_READING), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, COL_READING)) == "(no reading: add it in the editor)"
    assert "type it in kana" in model.data(model.index(1, COL_READING), Qt.ItemDataRole.ToolTipRole)
