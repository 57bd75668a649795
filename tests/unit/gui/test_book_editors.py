"""The contact, event and sender-profile editors as a person uses them, and archive / restore from the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from postcard.context import AppContext
from postcard.core.model import Contact, Event
from tests.unit.gui.test_main_window import type_committed

from postcard.gui.dialogs.contact_dialog import ContactDialog
from postcard.gui.dialogs.event_dialog import EventDialog
from postcard.gui.dialogs.sender_dialog import SenderDialog
from postcard.gui.main_window import MainWindow
from postcard.gui.models.contacts import COL_NAME, ContactsModel
from postcard.gui.models.event_people import EventPeopleProxy
from postcard.gui.models.events import Kind

DATA = Path(__file__).resolve().parents[2] / "data"


def select_person(window: MainWindow, query: str) -> None:
    window.contacts.search.setText(query)
    window.contacts.view.setCurrentIndex(window.contacts.proxy.index(0, COL_NAME))
    window.contacts.search.clear()


def editor(window: MainWindow) -> ContactDialog:
    found = [d for d in window.findChildren(QDialog, "contactEditor") if d.isVisible()]
    assert len(found) == 1 and isinstance(found[0], ContactDialog)
    return found[0]


def no_popups(window: MainWindow) -> bool:
    return not [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_the_editor_opens_on_the_person_from_the_action_and_a_double_click(qtbot: QtBot, window: MainWindow) -> None:
    select_person(window, "やまだ")
    window.action_table["actionEditContact"].trigger()
    dialog = editor(window)
    assert dialog.family_name.text() == "山田" and dialog.given_reading.text() == "たろう"
    postal = dialog.findChild(QLineEdit, "postalCodeEdit")
    assert postal is dialog.address.postal_code and postal.text() == "100-0005"
    assert dialog.address.area_label.text() == "〒100-0005  東京都 千代田区 丸の内"
    assert dialog.key_person.isChecked() and dialog.company.text() == "株式会社みらい設計"
    assert not dialog.address.warnings.isVisible()  # the demo's address is right
    dialog.reject()
    view = window.contacts.view
    index = view.currentIndex()
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double click starts with a click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert editor(window).family_name.text() == "山田"


def test_a_new_contact_postal_code_reading_and_save(qtbot: QtBot, window: MainWindow, ctx_readings: AppContext,
                                                   demo_event: Event) -> None:  # fmt: skip
    window.action_table["actionNewContact"].trigger()
    dialog = editor(window)
    assert dialog.windowTitle() == "New contact" and not dialog.archive_button.isVisible()
    dialog.family_name.setText("森田")
    dialog.given_name.setText("拓海")
    assert dialog.suggestion_label.isVisible() and "もりた たくみ" in dialog.suggestion_label.text()
    qtbot.mouseClick(dialog.use_suggestion, Qt.MouseButton.LeftButton)
    assert (dialog.family_reading.text(), dialog.given_reading.text()) == ("もりた", "たくみ")
    assert not dialog.suggestion_label.isVisible()

    postal, address = dialog.address.postal_code, dialog.address
    qtbot.keyClicks(postal, "151-0051")
    assert address.address1.text() == "東京都渋谷区千駄ヶ谷"
    assert address.area_label.text() == "〒151-0051  東京都 渋谷区 千駄ヶ谷"
    assert address.warnings.isVisible() and "No street number" in address.warnings.text()
    qtbot.keyClicks(address.address2, "1-2-3")
    assert not address.warnings.isVisible()
    postal.clear()
    qtbot.keyClicks(postal, "1000005")  # another code: what the last one filled is replaced
    assert address.address1.text() == "東京都千代田区丸の内"
    type_committed(address.address1, "二丁目")  # the user types into the line...
    postal.clear()
    qtbot.keyClicks(postal, "1510051")  # ...and a new code no longer overwrites it
    assert address.address1.text() == "東京都千代田区丸の内二丁目"
    assert "The postal code is in 渋谷区, the address in 千代田区." in address.warnings.text()
    postal.clear()
    qtbot.keyClicks(postal, "100-0005")
    assert not address.warnings.isVisible()

    dialog.honorific.setEditText("先生")
    dialog.joint.rows[0][1].setText("陽菜")
    dialog.tags.setText("seminar, 会計")
    dialog.interval.setValue(90)
    dialog.notes.setPlainText("懇親会で会計の話")
    assert dialog.link_event.isVisible() and dialog.link_event.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = window.contacts.current_contact()
    assert stored is not None and stored.full_name == "森田 拓海" and stored.id is not None
    saved = ctx_readings.store.contacts.get(stored.id)
    assert saved is not None
    assert (saved.family_reading, saved.honorific, saved.postal_code, saved.address1, saved.address2) == (
        "もりた", "先生", "1000005", "東京都千代田区丸の内二丁目", "1-2-3")  # fmt: skip
    assert [j.given_name for j in saved.joint_names] == ["陽菜"] and saved.tags == ["seminar", "会計"]
    assert saved.interval_days == 90 and saved.notes == "懇親会で会計の話"
    assert stored.id in {c.id for c in ctx_readings.store.contacts.list(event_id=demo_event.id)}
    assert "Saved 森田 拓海." in window.statusBar().currentMessage()


def test_the_tag_field_splits_where_its_hint_says(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.action_table["actionNewContact"].trigger()
    dialog = editor(window)
    hint, tip = dialog.tags.placeholderText(), dialog.tags.toolTip()
    assert "," in hint and ";" in hint and "、" in hint and "comma-separated" not in hint
    assert "commas" in tip and "semicolons" in tip and "、" in tip and "full width" in tip
    dialog.family_name.setText("Brown")
    dialog.tags.setText("seminar、会計; client，京都,  seminar")  # each separator the hint names, either width
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = window.contacts.current_contact()
    assert stored is not None and stored.id is not None and stored.family_name == "Brown"
    saved = ctx.store.contacts.get(stored.id)
    assert saved is not None and saved.tags == ["seminar", "会計", "client", "京都"]


def test_a_suggested_reading_stays_a_suggestion_until_confirmed(qtbot: QtBot, window: MainWindow,
                                                                ctx_readings: AppContext) -> None:  # fmt: skip
    window.action_table["actionNewContact"].trigger()
    dialog = editor(window)
    dialog.family_name.setText("山本")
    dialog.given_name.setText("千尋")
    assert "やまもと ちひろ" in dialog.suggestion_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = window.contacts.current_contact()
    assert saved is not None and saved.reading_suggested and saved.family_reading == ""
    window.action_table["actionEditContact"].trigger()
    again = editor(window)
    assert again.suggestion_label.isVisible() and again.family_reading.text() == ""
    qtbot.mouseClick(again.use_suggestion, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    confirmed = ctx_readings.store.contacts.get(saved.id)  # type: ignore[arg-type]
    assert confirmed is not None and (confirmed.family_reading, confirmed.given_reading) == ("やまもと", "ちひろ")
    assert not confirmed.reading_suggested


def test_validation_is_shown_at_the_fields(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    before = ctx.store.contacts.count()
    window.action_table["actionNewContact"].trigger()
    dialog = editor(window)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problems_label.isVisible() and no_popups(window)
    assert dialog.problems_label.text() == "Give a name, a company or an e-mail address: someone to write to."
    assert dialog.family_name.styleSheet() and dialog.focusWidget() is dialog.family_name
    dialog.family_name.setText("Brown")
    dialog.email.setText("olivia at example")
    dialog.joint.rows[1][2].setText("はなこ")  # a reading without a name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problems_label.text().splitlines() == ["The e-mail address is not one (name@example.com).",
                                                         "Joint name 1 has no name."]  # fmt: skip
    assert dialog.email.styleSheet() and not dialog.family_name.styleSheet()
    dialog.email.setText("olivia@example.com")
    dialog.joint.rows[1][2].clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and ctx.store.contacts.count() == before + 1


def test_a_duplicate_is_warned_and_can_be_added_anyway_or_opened(qtbot: QtBot, window: MainWindow,
                                                                ctx: AppContext) -> None:  # fmt: skip
    before = ctx.store.contacts.count()
    window.action_table["actionNewContact"].trigger()
    dialog = editor(window)
    dialog.family_name.setText("山田")
    dialog.given_name.setText("太郎")
    dialog.email.setText("yamada@example.jp")
    dialog.email.editingFinished.emit()
    assert dialog.duplicate_frame.isVisible() and "山田 太郎 is already in the book" in dialog.duplicate_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and ctx.store.contacts.count() == before  # not doubled by accident
    qtbot.mouseClick(dialog.open_duplicate, Qt.MouseButton.LeftButton)
    existing = editor(window)
    assert existing is not dialog and existing.contact.id is not None and existing.notes.toPlainText()
    existing.reject()
    window.action_table["actionNewContact"].trigger()
    second = editor(window)
    second.family_name.setText("山田")
    second.given_name.setText("太郎")
    second.email.setText("yamada@example.jp")
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second.add_anyway, Qt.MouseButton.LeftButton)
    assert ctx.store.contacts.count() == before + 1


def test_archive_and_restore_from_the_archived_list(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    select_person(window, "やまだ")
    people = window.contacts.proxy.rowCount()
    assert window.action_table["actionArchiveContact"].isEnabled()
    assert not window.action_table["actionRestoreContact"].isEnabled()
    window.action_table["actionArchiveContact"].trigger()
    assert window.contacts.proxy.rowCount() == people - 1
    assert "Archived 山田 太郎" in window.statusBar().currentMessage()
    assert all(c.family_name != "山田" for c in window.contacts.visible_contacts())
    window.sidebar.select_kind(Kind.ARCHIVED)
    assert window.contacts.showing_archived and [c.full_name for c in window.contacts.visible_contacts()] == [
        "山田 太郎"
    ]
    assert window.contacts.count_label.text() == "1 archived contact"
    assert window.action_table["actionRestoreContact"].isEnabled()
    assert not window.action_table["actionArchiveContact"].isEnabled()
    window.action_table["actionRestoreContact"].trigger()
    assert window.contacts.proxy.rowCount() == 0 and "Restored 山田 太郎" in window.statusBar().currentMessage()
    assert not ctx.store.contacts.list(query="山田")[0].archived
    window.sidebar.select_first()
    select_person(window, "やまだ")
    window.action_table["actionEditContact"].trigger()
    dialog = editor(window)
    assert dialog.archive_button.text() == "A&rchive"
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert ctx.store.contacts.list(query="山田") == [] and window.contacts.proxy.rowCount() == people - 1


def test_fixing_an_address_found_by_the_import(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    dialog = window.book.import_files([DATA / "csv" / "eight-cp932.csv"])
    dialog.ui.event.no_event.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog.close()
    select_person(window, "中村")
    window.action_table["actionEditContact"].trigger()
    edit = editor(window)
    assert edit.address.warnings.text() == "⚠ No street number (番地)."
    qtbot.keyClicks(edit.address.address2, "6-10-1")
    assert not edit.address.warnings.isVisible()
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    fixed = ctx.store.contacts.list(query="中村")[0]
    assert fixed.address2 == "6-10-1"
    assert "〒106-0032 東京都港区六本木 6-10-1" in window.contacts.current_contact().one_line_address  # type: ignore[union-attr]


def test_the_event_editor_links_and_unlinks_people(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                   demo_event: Event) -> None:  # fmt: skip
    window.action_table["actionNewEvent"].trigger()
    dialog = window.findChild(QDialog, "eventEditor")
    assert isinstance(dialog, EventDialog) and dialog.isVisible()
    type_committed(dialog.name, "勉強会 12月")
    dialog.date.setDate(QDate(2026, 12, 4))
    assert dialog.date.calendarPopup()
    type_committed(dialog.place, "大阪")
    yamada = ctx.store.contacts.list(query="山田")[0]
    hanako = ctx.store.contacts.list(query="髙橋")[0]
    dialog.set_met(yamada.id, True)  # type: ignore[arg-type]
    dialog.search.setText("たかはし")
    assert dialog.proxy.rowCount() == 1
    dialog.set_met(hanako.id, True)  # type: ignore[arg-type]
    assert dialog.count_label.text() == "2 people met here"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    event = ctx.store.events.find("勉強会 12月")
    assert event is not None and (event.date, event.place) == (dt.date(2026, 12, 4), "大阪")
    assert {c.id for c in ctx.store.contacts.list(event_id=event.id)} == {yamada.id, hanako.id}
    assert window.sidebar.current_event().id == event.id and window.contacts.proxy.rowCount() == 2  # type: ignore[union-attr]

    window.action_table["actionEditEvent"].trigger()
    edit = [d for d in window.findChildren(EventDialog) if d.isVisible()][0]
    assert edit.only_met.isChecked() and edit.proxy.rowCount() == 2
    edit.set_met(hanako.id, False)  # type: ignore[arg-type]
    assert edit.proxy.rowCount() == 1  # "only the people met here" follows the checks
    edit.name.setText(demo_event.name)  # a name another event has
    qtbot.mouseClick(edit.buttons.button(edit.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert edit.isVisible() and "exists already" in edit.problems_label.text() and no_popups(window)
    edit.name.setText("勉強会 12月")
    qtbot.mouseClick(edit.buttons.button(edit.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert [c.id for c in ctx.store.contacts.list(event_id=event.id)] == [yamada.id]
    assert ctx.store.contacts.get(hanako.id) is not None  # type: ignore[arg-type]  (unlinked, not deleted)


def test_the_sender_profiles(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.action_table["actionSenders"].trigger()
    dialog = window.findChild(QDialog, "senderEditor")
    assert isinstance(dialog, SenderDialog) and dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("★ 小林 葵") and dialog.edits["family_name"].text() == "小林"
    assert not dialog.default_box.isEnabled()  # the default stays until another one is made the default
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problems_label.text() == "Give the sender a name or a company." and no_popups(window)
    dialog.edits["label"].setText("work")
    dialog.edits["company"].setText("株式会社みらい")
    qtbot.keyClicks(dialog.address.postal_code, "1000005")
    assert dialog.address.address1.text() == "東京都千代田区丸の内"
    dialog.address.address2.setText("1-9-1")
    dialog.default_box.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 2 and dialog.list.currentItem().text() == "★ 株式会社みらい  (work)"
    default = ctx.store.senders.default()
    assert default is not None and (default.company, default.postal_code) == ("株式会社みらい", "1000005")
    dialog.list.setCurrentRow(0)
    assert dialog.edits["family_name"].text() == "小林" and dialog.default_box.isEnabled()


def test_the_event_people_proxy(qtmodeltester, ctx: AppContext, demo_event: Event) -> None:  # type: ignore[no-untyped-def]
    model = ContactsModel(ctx.store.contacts.list())
    model.set_checked({c.id for c in ctx.store.contacts.list()[:3]})  # type: ignore[misc]
    proxy = EventPeopleProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 12
    proxy.set_only_checked(True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 3
    proxy.set_query("やまだ")
    assert proxy.rowCount() <= 1


def test_the_editor_lists_the_events_met_at_and_opens_one(window: MainWindow, ctx: AppContext, demo_event: Event,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    other = ctx.store.events.get_or_create("春の勉強会", dt.date(2026, 4, 10))
    select_person(window, "やまだ")
    person = window.contacts.current_contact()
    assert person is not None and person.id is not None
    ctx.store.events.link(other.id or 0, [person.id])
    window.sidebar.select_kind(Kind.CONTACTS)
    window.contacts.select_contact(person.id)
    window.action_table["actionEditContact"].trigger()
    dialog = editor(window)
    shown = dialog.met_at.text()
    assert "地域DXセミナー2026" in shown and "春の勉強会</a> (2026-04-10)" in shown
    assert shown.index("地域DXセミナー2026") < shown.index("春の勉強会")  # the newest first
    dialog.met_at.linkActivated.emit(f"event:{other.id}")  # nothing changed: straight to the event
    assert not dialog.isVisible() and window.sidebar.current_event().id == other.id  # type: ignore[union-attr]
    assert window.contacts.shown_event is not None and window.contacts.shown_event.id == other.id

    window.action_table["actionEditContact"].trigger()
    dialog = editor(window)
    dialog.notes.setPlainText("春にも会った")  # a change: asked first, saved on yes
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Save)  # fmt: skip
    dialog.met_at.linkActivated.emit(f"event:{demo_event.id}")
    assert asked and "山田 太郎" in asked[0]
    assert ctx.store.contacts.get(person.id).notes == "春にも会った"  # type: ignore[union-attr]
    assert window.sidebar.current_event().id == demo_event.id  # type: ignore[union-attr]


def test_a_person_opened_from_the_imports_address_list_has_the_cursor_in_the_postal_code(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.book.import_files([DATA / "csv" / "eight-cp932.csv"])
    dialog.ui.event.no_event.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    issues = dialog.ui.issues  # type: ignore[attr-defined]
    (row,) = [r for r in range(issues.count()) if "小林 美咲" in issues.item(r).text()]  # a prefecture of another code
    issues.itemActivated.emit(issues.item(row))
    edit = editor(window)
    assert edit.family_name.text() == "小林" and edit.address.warnings.isVisible()
    assert edit.focusWidget() is edit.address.postal_code and edit.address.postal_code.hasSelectedText()


def test_the_event_editor_reads_the_people_on_the_runner_and_keeps_the_ticks(
    qtbot: QtBot, ctx: AppContext, demo_event: Event
) -> None:
    from tests.unit.gui.test_contacts_pane import HeldPool

    from postcard.gui.tasks import TaskRunner

    pool = HeldPool()
    window = MainWindow(ctx, TaskRunner(pool))
    qtbot.addWidget(window)
    pool.run_all()
    linked = {c.id for c in ctx.store.contacts.list(event_id=demo_event.id)}
    outsider = ctx.store.contacts.add(Contact(family_name="渡辺", given_name="誠", family_reading="わたなべ"))
    window.action_table["actionEditEvent"].trigger()
    edit = [d for d in window.findChildren(EventDialog) if d.isVisible()][0]
    save = edit.buttons.button(edit.buttons.StandardButton.Save)
    assert edit.is_reading() and edit.model.rowCount() == 0 and not save.isEnabled()
    assert edit.count_label.text() == "Reading the people…"
    edit.place.clear()
    type_committed(edit.place, "仙台")  # the editor can be filled in meanwhile
    pool.run_all()
    assert not edit.is_reading() and save.isEnabled() and edit.model.rowCount() == ctx.store.contacts.count()
    assert edit.checked() == linked and edit.only_met.isChecked()
    assert edit.count_label.text() == f"{len(linked)} people met here"
    gone = sorted(i for i in linked if i is not None)[0]
    edit.set_met(gone, False)
    edit.set_met(outsider.id or 0, True)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    pool.run_all()
    now = {c.id for c in ctx.store.contacts.list(event_id=demo_event.id)}
    assert now == (linked - {gone}) | {outsider.id}  # exactly the tick added and the untick removed
    assert ctx.store.events.get(demo_event.id or 0).place == "仙台"  # type: ignore[union-attr]

    window.sidebar.select_kind(Kind.CONTACTS)
    pool.run_all()
    window.contacts.model.setData(window.contacts.model.index(window.contacts.model.row_of(outsider.id or 0),
                                  COL_NAME), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    window.action_table["actionNewEvent"].trigger()
    new = [d for d in window.findChildren(EventDialog) if d.isVisible()][0]
    pool.run_all()
    assert new.checked() == {outsider.id}  # the people ticked in the table, ticked on arrival

    window.action_table["actionNewEvent"].trigger()
    closed = [d for d in window.findChildren(EventDialog) if d.isVisible()][-1]
    closed.reject()  # closed before the people arrived: their read is dropped
    pool.run_all()
    assert closed.is_reading()
