"""Printing from the window: the evening end to end, problems before writing, cancel, actual-size printing."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from postcard.context import AppContext
from postcard.core.model import Card, CardStatus, Contact, Event

from postcard.gui.dialogs.feeding import feeding_instructions
from postcard.gui.dialogs.print_dialog import PrintDialog
from postcard.gui.dialogs.system_print import print_pdf
from postcard.gui.main_window import MainWindow
from postcard.gui.models.contacts import COL_NAME

from .test_main_window import select_person, type_committed

MM = 72 / 25.4


def write_lines(window: MainWindow, people: dict[str, str]) -> None:
    for reading, line in people.items():
        select_person(window, reading)
        window.compose.line_edit.setText("")
        generation = window.compose.preview.generation
        type_committed(window.compose.line_edit, line)
        assert window.compose.preview.generation > generation  # the preview followed the typing
        row = window.contacts.view.currentIndex()
        window.contacts.proxy.setData(row.siblingAtColumn(COL_NAME), Qt.CheckState.Checked.value,
                                      Qt.ItemDataRole.CheckStateRole)  # fmt: skip


def test_the_evening_end_to_end(window: MainWindow, ctx: AppContext, demo_event: Event, tmp_path: Path) -> None:
    write_lines(window, {"いとう": "開発のお話、楽しかったです", "さとう": "札幌の話をまた聞かせてください",
                         "すずき": "ご紹介に感謝しております"})  # fmt: skip
    dialog = window.cards.make_print_dialog()
    assert dialog.options.what_box.currentData() == "checked"
    assert "3 cards will be printed · 6 pages" in dialog.summary.text()
    out = tmp_path / "evening.pdf"
    dialog.options.out_edit.setText(str(out))
    dialog.start()
    assert out.exists()
    assert len(pypdf.PdfReader(out).pages) == 6
    printed = ctx.store.cards.list(status=CardStatus.PRINTED)
    assert len(printed) == 3
    assert {r.card.personal for r in printed} == {"開発のお話、楽しかったです", "札幌の話をまた聞かせてください",
                                                  "ご紹介に感謝しております"}  # fmt: skip
    assert "3 printed" in window.sidebar.model.data(window.sidebar.model.index(0))
    window.action_table["actionShowLog"].trigger()
    window.log.set_status_filter(CardStatus.PRINTED)
    assert window.log.proxy.rowCount() == 3
    assert "feed" in dialog.feeding.toPlainText().lower() or "load" in dialog.feeding.toPlainText().lower()
    assert dialog.mark_sent() == 3
    assert len(ctx.store.cards.list(status=CardStatus.SENT)) == 3


def print_one(window: MainWindow, out: Path) -> Card:
    """伊藤 誠's line written and his card printed to ``out``: the card as the log keeps it."""
    write_lines(window, {"いとう": "開発のお話、楽しかったです"})
    dialog = window.cards.make_print_dialog()
    dialog.options.out_edit.setText(str(out))
    dialog.start()
    return window.ctx.store.cards.list(status=CardStatus.PRINTED)[0].card


def test_a_printed_card_shows_what_was_printed(window: MainWindow, ctx: AppContext, tmp_path: Path) -> None:
    card = print_one(window, tmp_path / "one.pdf")
    window.sidebar.select_event(card.event_id or 0)
    select_person(window, "いとう")
    compose = window.compose
    assert compose.printed_frame.isVisibleTo(window)
    assert compose.line_edit.isReadOnly()
    assert compose.card_lines.text() == card.text
    assert str(card.seed) in compose.printed_frame.label.text()
    assert compose.preview.document.pageCount() == 2


def test_cancel_mid_batch_leaves_no_pdf_and_no_log_rows(window: MainWindow, ctx: AppContext, demo_event: Event,
                                                        tmp_path: Path) -> None:  # fmt: skip
    window.contacts.show_event(demo_event)
    dialog = window.cards.make_print_dialog()
    dialog.options.what_box.setCurrentIndex(dialog.options.what_box.findData("shown"))
    out = tmp_path / "cancelled.pdf"
    dialog.options.out_edit.setText(str(out))
    seen = []

    def cancel_after_a_few(done: int, total: int) -> None:
        seen.append(done)
        if done >= 3:
            dialog.cancel()

    original_start = dialog.runner.run

    def run(fn, callback, *, channel=""):  # type: ignore[no-untyped-def]
        if channel == "print":
            dialog.progress.changed.connect(cancel_after_a_few)  # type: ignore[union-attr]
        return original_start(fn, callback, channel=channel)

    dialog.runner.run = run  # type: ignore[method-assign]
    dialog.start()
    assert seen and max(seen) < 24
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert ctx.store.cards.list(status=CardStatus.PRINTED) == []
    assert "Cancelled" in dialog.summary.text()


def test_problems_are_listed_before_printing_and_lead_to_the_card(qtbot: QtBot, window: MainWindow,
                                                                   ctx: AppContext) -> None:  # fmt: skip
    select_person(window, "いとう")
    window.compose.line_edit.setText("長" * 200)  # more than the columns of the card hold
    dialog = window.cards.make_print_dialog()
    dialog.options.what_box.setCurrentIndex(dialog.options.what_box.findData("shown"))
    assert dialog.problems.count() == 1
    assert "伊藤" in dialog.problems.view.item(0).text()
    with qtbot.waitSignal(dialog.go_to_card) as blocker:
        dialog.problems.view.itemActivated.emit(dialog.problems.view.item(0))
    assert blocker.args == [window.contacts.current_contact().id]  # type: ignore[union-attr]


def test_printing_through_the_system_keeps_the_actual_size(qapp, tmp_path: Path, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    print_one(window, tmp_path / "card.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(tmp_path / "card.pdf", printer) == 2
    pages = pypdf.PdfReader(tmp_path / "printed.pdf").pages
    for page in pages:  # はがき: 100 × 148 mm, not scaled to A4
        width, height = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert abs(width - 100 * MM) < 1.5 and abs(height - 148 * MM) < 1.5


def test_feeding_instructions_follow_the_layout(qapp) -> None:  # type: ignore[no-untyped-def]
    two_pass = " ".join(feeding_instructions("two-pass", "both", True, 10))
    assert "pages 1–10" in two_pass and "pages 11–20" in two_pass and "turn it over" in two_pass
    assert "reverse order" in two_pass
    assert "long edge" in " ".join(feeding_instructions("duplex", "both", False, 3))
    assert "crop marks" in " ".join(feeding_instructions("nup", "both", False, 3))
    assert all("actual size" in steps[0] for steps in [feeding_instructions("duplex", "both", False, 1)])


def test_reprint_from_the_log_writes_the_same_card(window: MainWindow, ctx: AppContext, tmp_path: Path) -> None:
    from postcard.gui.dialogs.reprint_dialog import ReprintDialog

    card = print_one(window, tmp_path / "first.pdf")
    reprint = ReprintDialog(ctx, window.runner, [card], window)
    reprint.out_edit.setText(str(tmp_path / "again.pdf"))
    reprint.start()
    first, again = pypdf.PdfReader(tmp_path / "first.pdf"), pypdf.PdfReader(tmp_path / "again.pdf")
    assert [p.extract_text() for p in first.pages] == [p.extract_text() for p in again.pages]
    assert len(ctx.store.cards.list(status=CardStatus.PRINTED)) == 1  # not logged again


def without_a_postal_code(window: MainWindow, ctx: AppContext) -> tuple[Contact, PrintDialog]:
    """伊藤 誠 without his postal code, a line for him and for 佐藤; the print dialog opened on them."""
    select_person(window, "いとう")
    contact = window.contacts.current_contact()
    assert contact is not None
    contact.postal_code = ""
    ctx.store.contacts.update(contact)
    write_lines(window, {"いとう": "開発のお話、楽しかったです", "さとう": "札幌の話をまた聞かせてください"})
    return contact, window.cards.make_print_dialog()


def test_a_card_that_may_not_arrive_is_held_back(window: MainWindow, ctx: AppContext, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    contact, dialog = without_a_postal_code(window, ctx)
    assert any("No postal code" in dialog.problems.view.item(i).text() for i in range(dialog.problems.count()))
    chosen: list[str] = []

    def answer(box: QMessageBox) -> int:  # the user reads the question and takes the default: leave them out
        chosen.append(box.text())
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog.options.out_edit.setText(str(tmp_path / "held.pdf"))
    dialog.start()
    assert chosen and "伊藤 誠" in chosen[0]
    printed = {r.card.contact_id for r in ctx.store.cards.list(status=CardStatus.PRINTED)}
    assert printed and contact.id not in printed


def test_mark_as_sent_asks_and_marks_the_events_printed_batch(window: MainWindow, ctx: AppContext, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    print_one(window, tmp_path / "one.pdf")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)  # fmt: skip
    window.action_table["actionMarkSent"].trigger()
    assert asked and "Mark the 1 printed card of “地域DXセミナー2026” as sent" in asked[0]
    assert len(ctx.store.cards.list(status=CardStatus.SENT)) == 1
    assert "1 card marked as sent" in window.statusBar().currentMessage()
    window.action_table["actionShowLog"].trigger()  # the log, read when shown, says sent
    window.log.set_status_filter(CardStatus.SENT)
    assert window.log.proxy.rowCount() == 1
    window.log.set_status_filter(CardStatus.PRINTED)
    assert window.log.proxy.rowCount() == 0


def test_cards_that_may_not_arrive_can_be_printed_anyway(window: MainWindow, ctx: AppContext, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    contact, dialog = without_a_postal_code(window, ctx)

    def answer(box: QMessageBox) -> int:  # the user knows the address is right: print it anyway
        (anyway,) = [b for b in box.buttons() if b.text() == "Print them anyway"]
        anyway.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog.options.out_edit.setText(str(tmp_path / "all.pdf"))
    dialog.start()
    printed = {r.card.contact_id for r in ctx.store.cards.list(status=CardStatus.PRINTED)}
    assert contact.id in printed and len(printed) == 2


def test_without_a_sender_the_dialog_points_to_the_sender_profiles(qtbot: QtBot, ctx: AppContext, runner) -> None:  # type: ignore[no-untyped-def]
    from postcard.core.model import Sender

    event = ctx.store.events.get_or_create("勉強会", None)
    person = ctx.store.contacts.add(Contact(family_name="山田", given_name="太郎", postal_code="1000005",
                                            address1="東京都千代田区丸の内", address2="1-1-1"))  # fmt: skip
    dialog = PrintDialog(ctx, runner, event, [person], [person.id or 0])
    qtbot.addWidget(dialog)
    assert dialog.sender_note.isVisibleTo(dialog)
    assert (
        "No sender profile yet" in dialog.sender_note.text() and "Book ▸ Sender Profiles" in dialog.sender_note.text()
    )
    assert "postcard sender" not in dialog.sender_note.text()  # the window's own way, not the command line's
    with qtbot.waitSignal(dialog.senders_requested):
        dialog.sender_note.linkActivated.emit("#senders")
    ctx.store.senders.add(Sender(family_name="小林", given_name="葵", postal_code="1510051",
                                 address1="東京都渋谷区千駄ヶ谷", address2="1-2-3", is_default=True))  # fmt: skip
    dialog.senders_changed()
    assert not dialog.sender_note.isVisibleTo(dialog)
    assert dialog.options.sender_box.currentText() == "小林 葵"


def test_the_feeding_steps_point_to_the_calibration_in_the_window(qapp) -> None:  # type: ignore[no-untyped-def]
    last = feeding_instructions("duplex", "both", False, 3)[-1]
    assert "Tools ▸ Calibrate the Printer" in last and "postcard calibrate" not in last


def test_a_problem_wider_than_the_list_wraps_beside_its_icon(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    select_person(window, "いとう")
    window.compose.line_edit.setText("一行目\n二行目")  # four lines: the dialog names it
    dialog = window.cards.make_print_dialog()
    qtbot.addWidget(dialog)
    dialog.resize(660, 600)
    dialog.show()
    view = dialog.problems.view
    qtbot.waitUntil(lambda: view.count() > 0 and view.viewport().width() > 600)
    for width in (660, 560, 460):  # however wide the dialog, the sentence is whole (Qt's measure cut it off)
        dialog.resize(width, 600)
        qtbot.waitUntil(lambda: view.viewport().width() < width - 10)  # noqa: B023 - waited for at once
        view.doItemsLayout()
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        index = view.model().index(0, 0)
        view.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
        option.rect = view.visualRect(index)
        where = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1
        wrapped = option.fontMetrics.boundingRect(
            QRect(0, 0, where.width() - 2 * margin, 10_000), Qt.TextFlag.TextWordWrap, option.text
        )
        assert wrapped.height() > option.fontMetrics.lineSpacing()  # the sentence needs two lines here
        assert where.height() >= wrapped.height() + 2 * margin, width


def test_the_layout_sides_and_sheet_start_where_settings_has_them(window: MainWindow, ctx: AppContext) -> None:
    from postcard.compose import preferences

    from postcard.gui.preference_labels import choice_label

    prefs = preferences.load(ctx.store.settings).changed(layout="two-pass", sides="message", sheet="letter")
    preferences.save(ctx.store.settings, prefs)
    options = window.cards.make_print_dialog().options
    request = options.request()
    assert (request.layout, request.sides, request.sheet) == ("two-pass", "message", "letter")
    assert options.reverse_box.isEnabled() and not options.sheet_box.isEnabled()
    layout = preferences.BY_NAME["layout"]  # worded as Settings words them
    assert (
        options.layout_box.currentText()
        == choice_label(layout, "two-pass")
        == "Two passes (all fronts, then all backs)"
    )
