"""Japanese and English: the shipped translation is complete and built; the window switches at run time."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from postcard.gui.i18n import LANGUAGES, PSEUDO_ENV, Translators, system_language, translations_dir
from postcard.gui.main_window import MainWindow
from postcard.gui.models.contacts import COL_NAME

ROOT = Path(__file__).resolve().parents[3]


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_every_string_is_translated_and_the_qm_is_built_from_the_ts() -> None:
    assert load_tool().check() == []
    assert (translations_dir() / "postcard_ja.qm").is_file()


def test_system_locale_chooses() -> None:
    assert system_language(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)) == "ja"
    assert system_language(QLocale(QLocale.Language.German)) == "en"
    assert set(LANGUAGES) == {"en", "ja"}


def test_the_language_switch_retranslates_the_window(qtbot, window: MainWindow, translators: Translators) -> None:  # type: ignore[no-untyped-def]
    assert window.menus.file_menu.title() == "&File"
    assert translators.switch("ja") == "ja"
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "ファイル(&F)")  # LanguageChange events are posted
    assert window.action_table["actionPrintBatch"].text() == "まとめて印刷(&P)…"
    assert window.action_table["actionPrintBatch"].iconText() == "まとめて印刷"  # the toolbar: no "(P)"
    assert "Ctrl+P" in window.action_table["actionPrintBatch"].toolTip()
    header = window.contacts.model.headerData(COL_NAME, window.contacts.view.horizontalHeader().orientation())
    assert header == "氏名"
    assert window.contacts.count_label.text() == "12人中11人 記入済み"
    assert "12人（記入 11・印刷 0・投函 0）" in window.sidebar.model.data(window.sidebar.model.index(0))
    assert window.compose.preview.side_label.text() == "上：文面　下：宛名面"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words come from qtbase_ja
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"
    translators.switch("en")
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&File")
    assert window.contacts.count_label.text() == "11 of 12 written"


def test_english_chooses_its_plurals(qapp, translators: Translators) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("LogPane", "%n card(s)", None, 1) == "1 card"
    assert QCoreApplication.translate("LogPane", "%n card(s)", None, 12) == "12 cards"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_pseudo_localisation(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(PSEUDO_ENV, "1")
    translators = Translators(qapp)
    try:
        translators.switch("en")
        text = QCoreApplication.translate("MainWindow", "&File")
        assert text.startswith("[") and text.endswith("]") and text != "&File"
    finally:
        monkeypatch.delenv(PSEUDO_ENV)
        translators.switch("en")
