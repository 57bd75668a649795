"""The import dialog as a person uses it: real files in, the preview, the column mapping, the event, progress and
cancel, the summary, and the new people selected in the table."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QDialog, QTableView
from pytestqt.qtbot import QtBot

from postcard.compose.importing import preview_file
from postcard.context import AppContext
from postcard.io.mapping import TARGET_FIELDS

from postcard.gui.dialogs.import_dialog import ImportDialog
from postcard.gui.main_window import MainWindow
from postcard.gui.models.column_mapping import COL_COLUMN, COL_EXAMPLE, COL_FIELD, ColumnMappingModel
from postcard.gui.models.import_preview import COL_CHECK, COL_READING, ImportPreviewModel
from postcard.gui.models.import_preview import COL_NAME as PREVIEW_NAME

DATA = Path(__file__).resolve().parents[2] / "data"
EIGHT = DATA / "csv" / "eight-cp932.csv"
FORM = DATA / "csv" / "seminar-form.csv"
EIGHT_HEADER = (
    "会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日,展示会"
)


def open_import(window: MainWindow, *paths: Path) -> ImportDialog:
    dialog = window.book.import_files(list(paths))
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert dialog in window.findChildren(QDialog, "importDialog")
    return dialog


def preview_column(dialog: ImportDialog, col: int) -> list[str]:
    model = dialog.ui.preview_model
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def selected_names(window: MainWindow) -> list[str]:
    return sorted(c.full_name for c in window.contacts.selected_contacts())


def combo_for(dialog: ImportDialog, field: str) -> QComboBox:
    widget = dialog.ui.mapping.indexWidget(dialog.ui.mapping_model.index(TARGET_FIELDS.index(field), COL_COLUMN))
    assert isinstance(widget, QComboBox)
    return widget


def test_importing_real_vcards_selects_the_new_people(
    qtbot: QtBot, window: MainWindow, ctx_readings: AppContext
) -> None:
    dialog = open_import(
        window, DATA / "vcards" / "aosp_v21_japanese_2.vcf", DATA / "vcards" / "ezvcard_John_Doe_IPHONE.vcf"
    )
    ui = dialog.ui
    assert "vCard" in ui.files.item(0).text() and "Shift_JIS" in ui.files.item(0).text()
    assert "UTF-8" in ui.files.item(1).text()
    ui.files.setCurrentRow(0)
    assert preview_column(dialog, PREVIEW_NAME) == ["安藤 ロイド1 様"]
    assert ui.event.existing_event.isChecked()  # the window shows the demo event: they are offered as met there
    qtbot.mouseClick(ui.event.no_event, Qt.MouseButton.LeftButton)
    assert "2 people will be imported." in ui.status.text()
    qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and dialog.summary.imported == 2
    assert "2 new people added to the book." in ui.status.text()
    assert not ui.import_button.isVisible()
    assert window.sidebar.current_item().kind.value == "contacts"
    assert selected_names(window) == ["John Doe", "安藤 ロイド1"]


def test_importing_an_eight_export_in_cp932_into_a_new_event(qtbot: QtBot, window: MainWindow,
                                                             ctx_readings: AppContext) -> None:  # fmt: skip
    dialog = open_import(window, EIGHT)
    ui = dialog.ui
    assert "Eight business cards (CSV) · Shift_JIS (CP932) · 10 people · 2 problems" in ui.file_label.text()
    names = preview_column(dialog, PREVIEW_NAME)
    assert names[0] == "山田 太郎 様" and "" in names  # a skipped row has no name, only its problem
    checks = preview_column(dialog, COL_CHECK)
    assert "✗ This row has 18 fields, the header 17: left out." in checks
    assert "⚠ “2026/13/40” in 名刺交換日 is not a date: imported without it." in checks
    assert "✗ This row has 18 fields, the header 17: left out." in checks
    assert "⚠ “2026/13/40” in 名刺交換日 is not a date: imported without it." in checks
    assert "⚠ No street number (番地)." in checks
    assert preview_column(dialog, COL_READING)[0] == "やまだ たろう (suggested)"
    lines = [dialog.ui.preview_model.data(dialog.ui.preview_model.index(r, 0)) for r in range(12)]
    assert lines == ["2", "3", "4", "5", "6", "7", "8", "9", "10", "10", "11", "12"]
    ui.problems_only.setChecked(True)
    assert ui.preview_model.rowCount() == 5
    ui.event.new_event.setChecked(True)
    assert not ui.import_button.isEnabled()  # a new event needs a name
    assert ui.event.problem.text() == "Give the new event a name."
    assert ui.event.event_date.date() == QDate(2026, 11, 20)  # the day the cards were exchanged (名刺交換日)
    qtbot.keyClicks(ui.event.event_name, "Meetup Nov")
    assert ui.import_button.isEnabled() and ui.event.group_by_date.isEnabled()
    qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    summary = dialog.summary
    assert summary is not None and (summary.imported, summary.events) == (10, ["Meetup Nov"])
    status = ui.status.text().splitlines()
    assert status == [
        "10 new people added to the book.",
        "1 address completed from the postal code.",
        "10 readings suggested for names without furigana: marked “(suggested)” until you confirm them (Book ▸ "
        "Confirm Suggested Readings, or the contact editor).",
        "Linked to: Meetup Nov",
        "3 addresses may not deliver: double-click one below to fix it.",
        "1 row left out (below).",
    ]
    assert [ui.issues.item(r).text() for r in range(ui.issues.count())] == [
        "⚠ 中村 翔太 (eight-cp932.csv, line 7): No street number (番地).",
        "⚠ 小林 美咲 (eight-cp932.csv, line 8): The postal code is in 東京都, the address in 神奈川県.",
        "⚠ 渡辺 健一 (eight-cp932.csv, line 9): Japan Post does not know the postal code 000-0000.",
        "eight-cp932.csv: Line 10: “2026/13/40” in 名刺交換日 is not a date: imported without it.",
        "eight-cp932.csv: Line 11: This row has 18 fields, the header 17: left out.",
    ]
    event = window.sidebar.current_event()
    assert event is not None and (event.name, event.date.isoformat()) == ("Meetup Nov", "2026-11-20")  # type: ignore[union-attr]
    assert window.contacts.proxy.rowCount() == 10 and len(window.contacts.selected_contacts()) == 10
    assert "(suggested)" in window.contacts.proxy.index(0, 2).data()
    ui.issues.itemActivated.emit(ui.issues.item(0))  # fix the first address from the summary
    assert not dialog.isVisible()
    editors = [d for d in window.findChildren(QDialog, "contactEditor") if d.isVisible()]
    assert len(editors) == 1 and editors[0].family_name.text() == "中村"  # type: ignore[attr-defined]
    assert "No street number" in editors[0].address.warnings.text()  # type: ignore[attr-defined]


def test_the_mapping_editor_on_an_unknown_csv_and_the_mapping_offered_next_time(
    qtbot: QtBot, window: MainWindow, ctx_readings: AppContext, tmp_path: Path
) -> None:
    dialog = open_import(window, FORM)
    ui = dialog.ui
    table = dialog.findChild(QTableView, "mappingTable")
    assert table is ui.mapping and ui.mapping_box.isVisible()
    assert "guessed" in ui.mapping_note.text()
    field_width = ui.mapping.horizontalHeader().sectionSize(COL_FIELD)  # the field names whole (a few are long)
    assert field_width >= min(ui.mapping.sizeHintForColumn(COL_FIELD), 320) > 200
    assert combo_for(dialog, "full_name").currentText() == "お名前"
    assert combo_for(dialog, "company").currentText() == "御社名"
    model = ui.mapping_model
    assert model.data(model.index(TARGET_FIELDS.index("full_name"), COL_EXAMPLE)) == "石井 陽菜"
    assert preview_column(dialog, PREVIEW_NAME)[0] == "石井 陽菜 様"  # the live preview of the mapped rows
    assert preview_column(dialog, COL_READING)[0] == "イシイ ヒナ"
    department = combo_for(dialog, "department")
    department.setCurrentIndex(department.findData(""))  # "— not imported —"
    company = combo_for(dialog, "company")
    company.setCurrentIndex(company.findData("部署"))
    assert preview_column(dialog, 3)[0] == "広報部"  # the company column now comes from 部署
    name = combo_for(dialog, "full_name")
    name.setCurrentIndex(name.findData(""))
    company.setCurrentIndex(company.findData(""))
    email = combo_for(dialog, "email")
    email.setCurrentIndex(email.findData(""))
    assert not ui.import_button.isEnabled()  # nobody to write to: the preview waits for a name column
    name.setCurrentIndex(name.findData("お名前"))
    company.setCurrentIndex(company.findData("御社名"))
    email.setCurrentIndex(email.findData("メールアドレス"))
    assert ui.import_button.isEnabled() and preview_column(dialog, 3)[0] == "株式会社ことのは"
    ui.event.no_event.setChecked(True)
    qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and dialog.summary.imported == 4
    stored = ctx_readings.store.contacts.get(dialog.summary.contact_ids[0])
    assert stored is not None and (stored.family_name, stored.department) == ("石井", "")
    dialog.close()

    later = tmp_path / "another-form.csv"  # next month's export of the same form
    shutil.copy(FORM, later)
    again = open_import(window, later)
    assert "last time" in again.ui.mapping_note.text()
    assert combo_for(again, "department").currentText() == "— not imported —"
    assert again.maps[later] == dialog.maps[FORM]
    again.close()


def test_cancel_during_a_large_import_keeps_nothing(qtbot: QtBot, window: MainWindow, ctx: AppContext,
                                                    tmp_path: Path) -> None:  # fmt: skip
    big = tmp_path / "eight-2000.csv"
    rows = [f"会社{i},,,山本,{i}号,p{i}@example.jp,100-0005,東京都千代田区丸の内1-{i % 9 + 1}-1,,,,,,,2026/11/20,1"
            for i in range(2000)]  # fmt: skip
    big.write_bytes(("\r\n".join([EIGHT_HEADER, *rows]) + "\r\n").encode("cp932"))
    before = ctx.store.contacts.count()
    dialog = open_import(window, big)
    ui = dialog.ui
    assert "2000 people" in ui.file_label.text()
    ui.event.new_event.setChecked(True)
    ui.event.event_name.setText("展示会2026")
    seen: list[int] = []

    def press_cancel_halfway(value: int) -> None:
        seen.append(value)
        if value >= 1000 and dialog.progress is not None:
            qtbot.mouseClick(ui.close_button, Qt.MouseButton.LeftButton)  # "Cancel" while importing

    ui.bar.valueChanged.connect(press_cancel_halfway)
    qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    assert seen and max(seen) < 2000
    assert ui.status.text().startswith("Cancelled: nothing was imported")
    assert ctx.store.contacts.count() == before and ctx.store.events.find("展示会2026") is None
    assert dialog.isVisible() and ui.import_button.isEnabled() and ui.close_button.text() == "Close"
    ui.bar.valueChanged.disconnect(press_cancel_halfway)
    qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)  # and again, to the end
    assert dialog.summary is not None and dialog.summary.imported == 2000
    assert ctx.store.contacts.count() == before + 2000


def test_files_dropped_on_the_window_open_the_import(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EIGHT)), QUrl("https://example.com/x.csv")])
    enter = QDragEnterEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    dialog = window.findChild(QDialog, "importDialog")
    assert isinstance(dialog, ImportDialog) and dialog.paths() == [EIGHT]
    dialog.close()


def test_the_preview_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ImportPreviewModel()
    qtmodeltester.check(model)
    model.set_preview(preview_file(EIGHT))
    qtmodeltester.check(model)
    assert model.rowCount() == 12 and model.problem_count() == 5
    model.set_problems_only(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_the_column_mapping_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ColumnMappingModel()
    preview = preview_file(FORM)
    model.set_file(preview.headers, preview.samples, {"full_name": "お名前", "phone": "no such column"})
    qtmodeltester.check(model)
    assert model.mapping() == {"full_name": "お名前"}
    changed: list[int] = []
    model.mapping_changed.connect(lambda: changed.append(1))
    assert model.set_column("email", "メールアドレス") and changed == [1]
    assert not model.set_column("email", "no such column")
    assert model.mapping() == {"full_name": "お名前", "email": "メールアドレス"}
    row = TARGET_FIELDS.index("email")
    assert model.data(model.index(row, COL_EXAMPLE)) == "hina.ishii@kotonoha.example"
    assert model.flags(model.index(row, COL_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    assert model.set_column("email", "") and model.data(model.index(row, COL_COLUMN)) == "— not imported —"


def test_an_address_abroad_in_an_eight_row_and_one_that_names_no_country(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    """Eight has no country column: "…, USA" is an address abroad (an A6 card, not a はがき with 様); a Latin
    address that names no country is kept in Japan and named in the preview, then opened from the summary."""
    rows = [EIGHT_HEADER,
            'Contoso Ltd.,Sales,,Lee,Jordan,jordan.lee@example.com,,"1 Market St, San Francisco, CA 94103, USA",'
            ",,,,,,2026/11/20,",
            'Café Lumière,,,Martin,Claire,claire@example.fr,,"Rue de Rivoli 1, 75001 Paris",'
            ",,,,,,2026/11/20,"]  # fmt: skip
    path = tmp_path / "eight-abroad.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    dialog = open_import(window, path)
    ui = dialog.ui
    assert "2 people · 1 problem" in ui.file_label.text()
    ui.problems_only.setChecked(True)  # the row, and the line that says why
    assert "Claire Martin 様" in preview_column(dialog, PREVIEW_NAME)
    assert all("Jordan" not in (name or "") for name in preview_column(dialog, PREVIEW_NAME))
    qtbot.mouseClick(ui.event.no_event, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    lee = next(c for c in ctx.store.contacts.list() if c.email == "jordan.lee@example.com")
    assert (lee.country, lee.address1, lee.address2) == ("USA", "1 Market St", "San Francisco, CA 94103")
    texts = [ui.issues.item(i).text() for i in range(ui.issues.count())]
    unsure = "eight-abroad.csv: Line 3: “Rue de Rivoli 1, 75001 Paris” is written in Latin letters and names no " \
        "country: it is read as an address in Japan. If it is abroad, give its country."  # fmt: skip
    assert unsure in texts and not any("Jordan Lee" in t for t in texts)
    with qtbot.waitSignal(dialog.edit_contact) as opened:
        ui.issues.itemActivated.emit(ui.issues.item(texts.index(unsure)))
    martin = next(c for c in ctx.store.contacts.list() if c.email == "claire@example.fr")
    assert opened.args == [martin.id] and martin.country == ""
