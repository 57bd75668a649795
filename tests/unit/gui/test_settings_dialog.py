"""The settings dialog: generated from the declared preferences; a saved value is what the next preview uses."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QGroupBox, QLineEdit, QPushButton

from postcard.compose import preferences
from postcard.compose.preferences import PREFERENCES, Group, Preference
from postcard.context import AppContext
from postcard.core.options import Pen

from postcard.gui.dialogs.preference_editors import ChoiceEditor, ColourEditor, NumberEditor
from postcard.gui.main_window import MainWindow


def test_every_declared_preference_has_an_editor_of_its_kind_in_its_group(window: MainWindow) -> None:
    dialog = window.tools.make_settings_dialog()
    assert dialog.objectName() == "settingsDialog"
    for pref in PREFERENCES:
        editor = dialog.editors[pref.name]
        assert editor.objectName() == f"pref_{pref.name}"
        assert editor.parent() is dialog.groups[pref.group]
        chosen = pref.choices or pref.name == "design"
        plain = QPushButton if pref.colour else QLineEdit
        expected = {bool: QCheckBox, float: QDoubleSpinBox}.get(pref.kind) or (QComboBox if chosen else plain)
        assert editor.findChild(expected) is not None, pref.name
        assert editor.value() == preferences.load(window.ctx.store.settings)[pref.name]
    assert {g.title() for g in dialog.findChildren(QGroupBox) if g.objectName().startswith("group_")} >= {
        "Handwriting", "Message side", "Address side", "Printing", "Printer offsets"}  # fmt: skip
    numerals = dialog.editors["numerals"]
    assert isinstance(numerals, ChoiceEditor) and numerals.combo.itemText(1) == "Kanji with 十 (二十五)"
    offset = dialog.editors["address_dx"]
    assert isinstance(offset, NumberEditor) and (offset.spin.minimum(), offset.spin.maximum()) == (-10.0, 10.0)


def test_a_new_preference_appears_without_gui_code(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = Preference("stamp_note", str, "", "A note beside the stamp", Group.MESSAGE)
    monkeypatch.setattr(preferences, "PREFERENCES", (*PREFERENCES, extra))
    monkeypatch.setattr(preferences, "BY_NAME", {**preferences.BY_NAME, extra.name: extra})
    dialog = window.tools.make_settings_dialog()
    editor = dialog.editors["stamp_note"]
    assert editor.parent() is dialog.groups[Group.MESSAGE]
    assert dialog._labels["stamp_note"].text() == "A note beside the stamp:"
    editor.set_value("hello")
    dialog.accept()
    assert preferences.load(window.ctx.store.settings)["stamp_note"] == "hello"


def test_saving_a_changed_value_is_what_the_next_preview_uses(window: MainWindow, ctx: AppContext) -> None:
    dialog = window.tools.make_settings_dialog()
    sample_before = dialog.sample.generation
    dialog.editors["pen"].set_value(Pen.REGULAR)
    assert dialog.sample.generation > sample_before  # the handwriting sample followed, rendered by the runner
    colour = dialog.editors["ink"]
    assert isinstance(colour, ColourEditor)
    colour.text.setText("#7a1f2b")
    colour.text.textEdited.emit("#7a1f2b")
    dialog.editors["variation"].set_value(0.0)
    generation = window.compose.preview.generation
    dialog.accept()
    saved = preferences.load(ctx.store.settings)
    assert (saved["pen"], saved["ink"], saved["variation"]) == (Pen.REGULAR, "#7A1F2B", 0.0)
    assert window.compose.preview.generation > generation  # the card was drawn again with them
    view = window.compose.card_view()
    assert view is not None and view.settings.options.pen == Pen.REGULAR and view.settings.options.ink == "#7A1F2B"


def test_restore_defaults_and_cancel_leave_the_stored_values(window: MainWindow, ctx: AppContext) -> None:
    preferences.set_text(ctx.store.settings, {"numerals": "juu"})
    dialog = window.tools.make_settings_dialog()
    assert dialog.editors["numerals"].value() == "juu"
    dialog.restore_defaults()
    assert dialog.values() == {p.name: p.default for p in PREFERENCES}
    dialog.reject()
    assert preferences.load(ctx.store.settings)["numerals"] == "juu"


def test_the_calibrate_button_saves_and_asks_for_the_calibration(window: MainWindow) -> None:
    dialog = window.tools.make_settings_dialog()
    asked = []
    dialog.calibrate_requested.disconnect()
    dialog.calibrate_requested.connect(lambda: asked.append(True))
    dialog.calibrate_button.click()
    assert asked == [True]


def test_the_illustration_is_chosen_from_the_pictures_that_come_with_postcard(window: MainWindow) -> None:
    dialog = window.tools.make_settings_dialog()
    design = dialog.editors["design"]
    combo = design.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["None", "Plum blossom (梅)"]
    combo.setCurrentIndex(1)
    dialog.accept()
    assert preferences.load(window.ctx.store.settings)["design"] == "ume"
