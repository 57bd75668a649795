"""The main window as a person uses it: the demo event, its people, search, writing lines, notes, the log."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QPlainTextEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from postcard.context import AppContext
from postcard.core.model import CardStatus, Contact, Event

from postcard.gui.main_window import LOG_PAGE, MainWindow
from postcard.gui.models.contacts import COL_NAME
from postcard.gui.models.events import Kind


def type_committed(widget: QWidget, text: str) -> None:
    """Type as an input method does: one committed character at a time."""
    for ch in text:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def select_person(window: MainWindow, name: str) -> None:
    """Search, press Enter (the person's card opens), clear the search."""
    window.contacts.search.setText(name)
    window.contacts.view.setCurrentIndex(window.contacts.proxy.index(0, COL_NAME))
    window.contacts.search.returnPressed.emit()
    window.contacts.search.clear()
    window.contacts.settle()


def test_widgets_carry_their_object_names(window: MainWindow) -> None:
    for name, kind in (("eventsView", QListView), ("contactsView", QTableView), ("searchBox", QLineEdit),
                       ("personalLine", QPlainTextEdit), ("notesEdit", QPlainTextEdit), ("cardPreview", QPdfView),
                       ("logView", QTableView)):  # fmt: skip
        assert isinstance(window.findChild(kind, name), kind), name
    for name in ("actionPrintBatch", "actionNextPerson", "actionReprint", "actionMarkSent"):
        assert window.findChild(type(window.action_table[name]), name) is window.action_table[name]
    assert window.findChild(QWidget, "templateBox") is not None


def test_opens_on_the_demo_event_with_its_people(window: MainWindow) -> None:
    assert window.sidebar.current_event().name == "地域DXセミナー2026"
    assert window.contacts.proxy.rowCount() == 12
    assert window.contacts.count_label.text() == "11 of 12 written"
    assert window.compose.preview.document.status() == QPdfDocument.Status.Ready
    assert window.compose.preview.document.pageCount() == 2  # message side and address side


def test_search_filters_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.contacts.search, "Berlin")
    assert window.contacts.proxy.rowCount() == 0  # the address is not searched; names, readings, company are
    window.contacts.search.clear()
    qtbot.keyClicks(window.contacts.search, "jonas")
    assert window.contacts.proxy.rowCount() == 1
    window.contacts.search.setText("タカハシ")  # QTest can only type ASCII keys
    assert window.contacts.proxy.rowCount() == 1
    assert "髙橋" in window.contacts.proxy.data(window.contacts.proxy.index(0, COL_NAME))
    assert "1 shown" in window.contacts.count_label.text()


def test_typing_a_line_saves_the_draft_and_changes_the_preview(window: MainWindow, ctx: AppContext,
                                                               demo_event: Event) -> None:  # fmt: skip
    select_person(window, "いとう")  # the one person of the demo without a line
    compose = window.compose
    assert compose.title.text() == "伊藤 誠 様"
    before_generation = compose.preview.generation
    type_committed(compose.line_edit, "開発のお話、楽しかったです")
    assert compose.preview.generation > before_generation
    assert "開発のお話、楽しかったです" in compose.card_lines.text()
    draft = ctx.store.cards.drafts_for_event(demo_event.id)[window.contacts.current_contact().id]  # type: ignore[union-attr]
    assert draft.personal == "開発のお話、楽しかったです"
    assert window.contacts.count_label.text() == "12 of 12 written"
    assert re.fullmatch(r"\d+ characters left on this line", compose.status.room_label.text())


def test_the_three_line_rule_is_shown_inline(window: MainWindow) -> None:
    select_person(window, "いとう")
    type_committed(window.compose.line_edit, "一行目")
    window.compose.line_edit.textCursor().insertText("\n二行目")
    assert window.compose.status.problem_label.isVisibleTo(window)
    assert "has 4 lines; a postcard takes at most three" in window.compose.status.problem_label.text()
    lines = window.compose.card_lines  # the last lines that made a card stay, said to be that
    assert lines.stale and lines.note.text() == "The last lines that made a card; as typed now, it cannot be made."
    window.compose.line_edit.setText("一行だけ")
    assert not window.compose.status.problem_label.isVisibleTo(window)
    assert not lines.stale and "一行だけ" in lines.text()


def test_a_line_too_long_is_named_with_the_characters_over(window: MainWindow) -> None:
    select_person(window, "いとう")
    window.compose.line_edit.setText("長" * 200)  # more than the columns of the card hold
    assert "too long" in window.compose.status.problem_label.text()
    assert re.fullmatch(r"\d+ characters? too many for this line", window.compose.status.room_label.text())
    window.compose.line_edit.setText("長" * 45)  # printable, in two columns
    assert not window.compose.status.problem_label.isVisibleTo(window)
    text = window.compose.status.room_label.text()
    assert re.fullmatch(r"The card writes this line over [23] columns; \d+ characters? fewer keep it in one", text)


def test_the_card_says_where_it_breaks_a_long_line_and_that_it_is_still_one_of_three(window: MainWindow) -> None:
    select_person(window, "いとう")
    lines = window.compose.card_lines
    window.compose.line_edit.setText("開発のお話")
    assert not any("｜" in line for line in lines.shown)
    assert lines.note.text() == "Three lines: the most a card takes."
    window.compose.line_edit.setText("長" * 45)  # printable, over more than one column
    shown = lines.shown
    (broken,) = [i for i, line in enumerate(shown) if "｜" in line]
    parts = shown[broken].count("｜") + 1
    assert len(shown) == 3 and f"<td>{shown[broken].replace('｜', '')[:5]}" in lines.view.text()  # beside its number
    assert shown[broken].replace("｜", "").endswith("長" * 45)  # the line as typed, only marked where it breaks
    # Each column of the card on its own row of the panel, the number once: the panel's own wrapping would look
    # like one more break.
    assert lines.view.text().count("<tr>") == 2 + parts
    assert lines.view.text().count(f'padding-right: 6px;">{broken + 1}</td>') == 1
    assert re.fullmatch(rf"Three lines: the most a card takes\. Line {broken + 1} is long: the card writes it over "
                        rf"{parts} columns, broken at “｜” \({2 + parts} columns in all\)\. It is still one line "
                        r"of the three\.", lines.note.text())  # fmt: skip
    assert f"over {parts} columns" in window.compose.status.room_label.text()
    assert lines.text().splitlines()[broken] == "長" * 45  # the lines themselves stay as the card has them


def test_ctrl_enter_goes_to_the_next_person_without_a_line(qtbot: QtBot, window: MainWindow,
                                                           ctx: AppContext, demo_event: Event) -> None:  # fmt: skip
    drafts = ctx.store.cards.drafts_for_event(demo_event.id)
    for draft in list(drafts.values())[:3]:  # three people lose their line
        draft.personal = ""
        ctx.store.cards.save_draft(draft)
    window.sidebar.reload()
    window.contacts.show_event(demo_event)
    names = []
    for _ in range(4):
        window.action_table["actionNextPerson"].trigger()
        names.append(window.compose.title.text())
    assert len(set(names)) == 4  # the four people without a line, one after the other
    window.compose.line_edit.setFocus()
    qtbot.keyClick(window.compose.line_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "\n" not in window.compose.line_edit.text()


def test_notes_are_saved(window: MainWindow, ctx: AppContext) -> None:
    select_person(window, "いとう")
    contact_id = window.contacts.current_contact().id  # type: ignore[union-attr]
    window.compose.notes_edit.setPlainText("東北のクラウド事情に詳しい")
    window.compose.flush()
    assert ctx.store.contacts.get(contact_id).notes == "東北のクラウド事情に詳しい"  # type: ignore[union-attr]


def test_log_view_filters_and_exports(window: MainWindow, ctx: AppContext, demo_event: Event, tmp_path: Path) -> None:
    drafts = ctx.store.cards.drafts_for_event(demo_event.id)
    printed = ctx.store.cards.record_printed([list(drafts.values())[0]])
    window.action_table["actionShowLog"].trigger()
    assert window.stack.currentIndex() == LOG_PAGE
    log = window.log
    assert log.proxy.rowCount() == 12  # the demo drafts (one without a line) and the printed card
    log.set_status_filter(CardStatus.PRINTED)
    assert log.proxy.rowCount() == 1
    log.select_card(printed[0].id or 0)
    window.action_table["actionMarkSent"].trigger()
    assert ctx.store.cards.get(printed[0].id or 0).status is CardStatus.SENT  # type: ignore[union-attr]
    assert log.proxy.rowCount() == 0  # the filter still says printed
    log.set_status_filter(None)
    path = log.export_csv(tmp_path / "log.csv")
    text = path.read_text(encoding="utf-8-sig")  # type: ignore[union-attr]
    assert text.splitlines()[0].startswith("card_id,contact_id,contact,event")
    assert len(text.splitlines()) == 13
    assert "地域DXセミナー2026" in window.sidebar.model.data(window.sidebar.model.index(0))
    assert "1 sent" in window.sidebar.model.data(window.sidebar.model.index(0))


def test_window_state_is_kept(qtbot: QtBot, ctx: AppContext, demo_event: Event, runner) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(ctx, runner)
    qtbot.addWidget(first)
    first.resize(780, 560)  # within the test screen, so that restoring the geometry keeps it
    first.show()
    first.main_split.setSizes([300, first.main_split.width() - 300])
    kept = first.main_split.sizes()
    first.close()
    second = MainWindow(ctx, runner)
    qtbot.addWidget(second)
    second.show()
    assert second.main_split.sizes() == kept


def test_the_template_box_marks_your_own_templates_and_the_ones_that_replace_a_bundled_one(
    window: MainWindow, ctx: AppContext
) -> None:
    folder = ctx.paths.user_templates_dir
    folder.mkdir(parents=True, exist_ok=True)
    header = "{# title: %s #}\n{# lang: ja #}\n{# format: any #}\n{# direction: vertical #}\n"
    (folder / "ja-seminar.j2").write_text(
        header % "セミナーのお礼" + "本日はありがとうございました\n", encoding="utf-8"
    )
    (folder / "my-own.j2").write_text(header % "私の定型文" + "{{ personal }}\n", encoding="utf-8")
    window.compose.reload_templates()
    box = window.compose.template_box
    texts = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert texts["ja-seminar"] == "セミナーのお礼 (your version)"
    assert texts["my-own"] == "私の定型文 (yours)"
    assert "(yours" not in texts["ja-shokuji"] and "(your copy" not in texts["ja-shokuji"]
    tip = box.itemData(box.findData("ja-seminar"), Qt.ItemDataRole.ToolTipRole)
    assert "replaces the bundled one" in tip and str(folder / "ja-seminar.j2") in tip


def test_suggested_readings_are_confirmed_from_the_table(window: MainWindow, ctx: AppContext) -> None:
    guess = Contact(family_name="東海林", given_name="肇", suggested_family_reading="とうかいりん",
                    suggested_given_reading="はじめ")  # fmt: skip
    contact = ctx.store.contacts.add(guess)
    window.sidebar.select_kind(Kind.CONTACTS)
    assert window.contacts.select_contact(contact.id or 0)
    action = window.action_table["actionConfirmReadings"]
    assert action.isEnabled() and action in window.contacts.view.actions()
    action.trigger()
    stored = ctx.store.contacts.get(contact.id or 0)
    assert stored is not None and (stored.family_reading, stored.given_reading) == ("とうかいりん", "はじめ")
    assert not stored.reading_suggested and not action.isEnabled()
    assert "Kept the suggested reading of 1 person: 東海林 肇" in window.statusBar().currentMessage()


def test_windows_and_dialogs_open_within_the_screen(window: MainWindow) -> None:
    """Laid out for a large screen, opened on a small one (the test screen is 800 × 800): never past its edges."""
    room = window.screen().availableGeometry()
    assert room.width() < 1360 and room.height() < 820  # smaller than what the window and import are laid out for
    for widget in (window, window.book.import_files([]), window.tools.make_template_editor(),
                   window.book.new_contact()):  # fmt: skip
        assert widget.width() <= room.width() and widget.height() <= room.height(), widget.objectName()


def test_an_empty_book_says_how_to_get_people_in(qtbot: QtBot, ctx: AppContext, runner) -> None:  # type: ignore[no-untyped-def]
    from postcard.gui.panes.empty_state import Empty

    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    empty = window.contacts.empty
    assert empty.isVisibleTo(window) and not window.contacts.view.isVisibleTo(window)
    assert empty.kind is Empty.BOOK and empty.title.text() == "Your contact book is empty"
    assert empty.buttons["import"].defaultAction() is window.action_table["actionImport"]
    assert empty.buttons["new"].isVisibleTo(window) and not empty.buttons["event"].isVisibleTo(window)
    event = ctx.store.events.get_or_create("勉強会", None)
    window.sidebar.reload()
    window.sidebar.select_event(event.id or 0)
    assert empty.kind is Empty.EVENT and empty.buttons["event"].isVisibleTo(window)
    ctx.store.contacts.add(Contact(family_name="山田", given_name="太郎"))
    window.sidebar.select_kind(Kind.CONTACTS)
    assert not empty.isVisibleTo(window) and window.contacts.view.isVisibleTo(window)
