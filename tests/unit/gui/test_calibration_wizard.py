"""Printer calibration as a guided step: the real page, the measurement, the offsets saved and validated."""

from __future__ import annotations

from pathlib import Path

import pypdf

from postcard.compose import preferences
from postcard.context import AppContext

from postcard.gui.dialogs.calibration_wizard import CONFIRM_PAGE, MEASURE_PAGE, OFFSETS_PAGE, CalibrationWizard
from postcard.gui.main_window import MainWindow


def test_print_measure_save_and_check_again(window: MainWindow, ctx: AppContext, tmp_path: Path) -> None:
    wizard = window.tools.make_calibration_wizard()
    assert isinstance(wizard, CalibrationWizard) and wizard.objectName() == "calibrationWizard"
    wizard.show()
    first = wizard.write_page(tmp_path / "cal.pdf")
    page = pypdf.PdfReader(first).pages[0]
    assert [round(float(v) * 25.4 / 72) for v in page.mediabox[2:]] == [100, 148]  # actual size: one card
    wizard.next()
    assert wizard.currentId() == MEASURE_PAGE
    wizard.measure_a.setValue(11.2)
    wizard.measure_b.setValue(9.6)
    assert "-1.2 mm right and +0.4 mm down" in wizard.measure_result.text()
    wizard.next()
    assert wizard.currentId() == OFFSETS_PAGE
    assert wizard.offset_spins[("address", "dx")].value() == -1.2
    assert wizard.offset_spins[("message", "dx")].value() == 0.0
    saved = []
    wizard.saved.connect(saved.append)
    wizard.next()
    assert wizard.currentId() == CONFIRM_PAGE and len(saved) == 1
    assert preferences.load(ctx.store.settings).offsets() == {"message": (0.0, 0.0), "address": (-1.2, 0.4)}
    again = wizard.write_page(tmp_path / "again.pdf", with_offset=True)
    assert wizard.printed_with == (-1.2, 0.4)
    assert pypdf.PdfReader(again).pages[0].get_contents().get_data() != page.get_contents().get_data()
    wizard.back()
    wizard.back()  # measured again on the page printed with the offset: 0.3 mm still to the right
    wizard.measure_a.setValue(10.3)
    wizard.measure_b.setValue(10.0)
    wizard.next()
    assert wizard.offset_spins[("address", "dx")].value() == -1.5
    wizard.close()


def test_offsets_are_limited_to_ten_mm_and_refused_values_are_not_saved(window: MainWindow, ctx: AppContext,
                                                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    wizard = window.tools.make_calibration_wizard()
    for spin in wizard.offset_spins.values():
        assert (spin.minimum(), spin.maximum()) == (-10.0, 10.0)
    wizard.offset_spins[("message", "dy")].setValue(25.0)
    assert wizard.offset_spins[("message", "dy")].value() == 10.0  # the field itself keeps it in range
    monkeypatch.setattr(preferences.Preferences, "changed", _refuse)
    assert wizard.save_offsets() is False
    assert "between" in wizard.offsets_problem.text()
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == OFFSETS_PAGE
    wizard.next()  # refused: Next stays on the offsets page, the reason beside them
    assert wizard.currentId() == OFFSETS_PAGE and "between" in wizard.offsets_problem.text()
    monkeypatch.undo()
    assert preferences.load(ctx.store.settings).offsets()["message"] == (0.0, 0.0)


def _refuse(self, **values):  # type: ignore[no-untyped-def]
    raise preferences.PreferenceError("message_dy must be between -10 and 10, not 25", "message_dy", 25.0)
