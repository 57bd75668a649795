"""Printer calibration as a guided step: print the calibration page, measure where its 10 mm ticks landed, enter
(or check) the offsets per side, print again to confirm. The offsets are saved through ``compose.calibration``
(finite, within ±10 mm); the page is the real one (``compose.printing.write_calibration``), printed at actual
size through the system's print dialog, or saved as a PDF.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from postcard.compose import preferences
from postcard.compose.calibration import MAX_MEASURE_MM, REFERENCE_MM, corrected_offset, save_offset
from postcard.compose.preferences import MAX_OFFSET_MM
from postcard.compose.printing import write_calibration
from postcard.context import AppContext
from postcard.core.layout.calibration import CalibrationNote
from postcard.core.options import Format, Sides
from postcard.errors import PostcardError

from postcard.gui.dialogs.calibration_picture import MeasurePicture
from postcard.gui.dialogs.error_dialog import show_error
from postcard.gui.error_wording import error_text
from postcard.gui.sizing import fit_to_screen
from postcard.gui.wording import format_label

PRINT_PAGE, MEASURE_PAGE, OFFSETS_PAGE, CONFIRM_PAGE = range(4)
SIDES = (Sides.MESSAGE, Sides.ADDRESS)


def tr(text: str) -> str:
    return QCoreApplication.translate("Calibration", text)


def page_wording() -> dict[CalibrationNote, str]:
    """The notes printed on the page, in the window's language."""
    return {
        CalibrationNote.PRINT_AT_100: tr("Print at 100 % (actual size) on a card of this size."),
        CalibrationNote.BOXES: tr("The red boxes should sit on the card's own postal-code boxes."),
        CalibrationNote.MEASURE: tr("Measure from the card's left and top edges to the long ticks marked 10."),
        CalibrationNote.FORMULA: tr("Enter the two distances in postcard; it works out the offset."),
        CalibrationNote.NEXT_STEP: tr("Then print this page again to check."),
    }


def _spin(low: float, high: float, value: float, name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setDecimals(1)
    spin.setSingleStep(0.1)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(" mm")
    return spin


class CalibrationWizard(QWizard):
    """Signals: saved(object): the offsets were saved (the new Preferences)."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calibrationWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        prefs = preferences.load(ctx.store.settings)
        self.offsets: dict[str, tuple[float, float]] = dict(prefs.offsets())
        self.printed_with: tuple[float, float] = (0.0, 0.0)  # the offset the last page was printed with
        self.last_file: Path | None = None
        self._pages = [QWizardPage(self) for _ in range(4)]
        for page in self._pages:
            self.addPage(page)
        self._build_print_page(self._pages[PRINT_PAGE])
        self._build_measure_page(self._pages[MEASURE_PAGE])
        self._build_offsets_page(self._pages[OFFSETS_PAGE])
        self._build_confirm_page(self._pages[CONFIRM_PAGE])
        self.currentIdChanged.connect(self._entered)
        fit_to_screen(self, 760, 600)
        self.retranslate()

    # --- pages ---------------------------------------------------------------------------------------------
    def _build_print_page(self, page: QWizardPage) -> None:
        self.format_box = QComboBox(page)
        self.format_box.setObjectName("calibrationFormat")
        for fmt in Format:
            self.format_box.addItem(fmt.value, fmt.value)
        self.side_group = QButtonGroup(page)
        self.side_buttons = {side: QRadioButton(page) for side in SIDES}
        for index, (side, button) in enumerate(self.side_buttons.items()):
            button.setObjectName(f"calibrate_{side}")
            self.side_group.addButton(button, index)
        self.side_buttons[Sides.ADDRESS].setChecked(True)
        self.print_intro = QLabel(page)
        self.print_intro.setWordWrap(True)
        self.print_button, self.save_button = QPushButton(page), QPushButton(page)
        self.print_button.setObjectName("printCalibrationButton")
        self.save_button.setObjectName("saveCalibrationButton")
        self.print_status = QLabel(page)
        self.print_status.setObjectName("calibrationStatus")
        self.print_status.setWordWrap(True)
        self._format_label, self._side_label = QLabel(page), QLabel(page)
        form = QFormLayout()
        form.addRow(self._format_label, self.format_box)
        sides = QHBoxLayout()
        for button in self.side_buttons.values():
            sides.addWidget(button)
        sides.addStretch(1)
        form.addRow(self._side_label, sides)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.print_intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.print_status)
        layout.addStretch(1)
        self.print_button.clicked.connect(lambda: self.print_page())
        self.save_button.clicked.connect(lambda: self.save_page())

    def _build_measure_page(self, page: QWizardPage) -> None:
        self.picture = MeasurePicture(page)
        self.measure_text = QLabel(page)
        self.measure_text.setWordWrap(True)
        self.measure_a = _spin(0.0, MAX_MEASURE_MM, REFERENCE_MM, "measureLeft")
        self.measure_b = _spin(0.0, MAX_MEASURE_MM, REFERENCE_MM, "measureTop")
        self.measure_result = QLabel(page)
        self.measure_result.setObjectName("measureResult")
        self.measure_result.setWordWrap(True)
        self._a_label, self._b_label = QLabel(page), QLabel(page)
        form = QFormLayout()
        form.addRow(self._a_label, self.measure_a)
        form.addRow(self._b_label, self.measure_b)
        right = QVBoxLayout()
        right.addWidget(self.measure_text)
        right.addLayout(form)
        right.addWidget(self.measure_result)
        right.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(self.picture)
        layout.addLayout(right, 1)
        self.measure_a.valueChanged.connect(self._measured)
        self.measure_b.valueChanged.connect(self._measured)

    def _build_offsets_page(self, page: QWizardPage) -> None:
        self.offsets_text = QLabel(page)
        self.offsets_text.setWordWrap(True)
        grid = QGridLayout()
        self.offset_spins: dict[tuple[str, str], QDoubleSpinBox] = {}
        self._side_names: dict[str, QLabel] = {}
        self._axis_names = (QLabel(page), QLabel(page))
        grid.addWidget(self._axis_names[0], 0, 1)
        grid.addWidget(self._axis_names[1], 0, 2)
        for row, side in enumerate(SIDES, start=1):
            self._side_names[side] = QLabel(page)
            grid.addWidget(self._side_names[side], row, 0)
            for column, axis in enumerate(("dx", "dy"), start=1):
                spin = _spin(-MAX_OFFSET_MM, MAX_OFFSET_MM, 0.0, f"offset_{side}_{axis}")
                self.offset_spins[(side, axis)] = spin
                grid.addWidget(spin, row, column)
        grid.setColumnStretch(3, 1)
        self.offsets_problem = QLabel(page)
        self.offsets_problem.setObjectName("offsetsProblem")
        self.offsets_problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.offsets_problem.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.offsets_text)
        layout.addLayout(grid)
        layout.addWidget(self.offsets_problem)
        layout.addStretch(1)

    def _build_confirm_page(self, page: QWizardPage) -> None:
        self.confirm_text = QLabel(page)
        self.confirm_text.setWordWrap(True)
        self.reprint_button, self.resave_button = QPushButton(page), QPushButton(page)
        self.reprint_button.setObjectName("printAgainButton")
        self.confirm_status = QLabel(page)
        self.confirm_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.resave_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.confirm_text)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm_status)
        layout.addStretch(1)
        self.reprint_button.clicked.connect(lambda: self.print_page(with_offset=True))
        self.resave_button.clicked.connect(lambda: self.save_page(with_offset=True))

    # --- state ---------------------------------------------------------------------------------------------
    def side(self) -> str:
        return next(side for side, button in self.side_buttons.items() if button.isChecked())

    def card_format(self) -> str:
        return str(self.format_box.currentData())

    def _entered(self, page_id: int) -> None:
        if page_id == OFFSETS_PAGE:
            for (side, axis), spin in self.offset_spins.items():
                spin.setValue(self.offsets[side][0 if axis == "dx" else 1])
            try:
                dx, dy = self.measured_offset()
            except PostcardError:
                return
            self.offset_spins[(self.side(), "dx")].setValue(dx)
            self.offset_spins[(self.side(), "dy")].setValue(dy)
        elif page_id == MEASURE_PAGE:
            self.measure_a.setValue(REFERENCE_MM)
            self.measure_b.setValue(REFERENCE_MM)
            self._measured()

    def measured_offset(self) -> tuple[float, float]:
        return corrected_offset(self.printed_with, (self.measure_a.value(), self.measure_b.value()))

    def _measured(self) -> None:
        try:
            dx, dy = self.measured_offset()
        except PostcardError as exc:
            self.measure_result.setText(error_text(exc))
            return
        text = tr("This side's offset will be %1 mm right and %2 mm down (negative: left, up).")
        self.measure_result.setText(text.replace("%1", f"{dx:+.1f}").replace("%2", f"{dy:+.1f}"))

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        """Next on the offsets page saves them (and stays, saying why, when they are refused)."""
        if self.currentPage() is self._pages[OFFSETS_PAGE]:
            return self.save_offsets()
        return super().validateCurrentPage()

    def save_offsets(self) -> bool:
        """Save both sides' offsets (the offsets page's Next); False, with the reason shown, when refused."""
        values: dict[str, tuple[float, float]] = {
            side: (self.offset_spins[(side, "dx")].value(), self.offset_spins[(side, "dy")].value()) for side in SIDES
        }
        try:
            prefs = None
            for side, (dx, dy) in values.items():
                prefs = save_offset(self.ctx.store.settings, side, dx, dy)
        except PostcardError as exc:
            self.offsets_problem.setText(error_text(exc))
            return False
        self.offsets_problem.clear()
        self.offsets = values
        self.saved.emit(prefs)
        return True

    # --- the page ------------------------------------------------------------------------------------------
    def write_page(self, out: Path, *, with_offset: bool = False) -> Path:
        """Write the calibration page for the chosen format and side (with that side's saved offset, to check it)."""
        offset = self.offsets[self.side()] if with_offset else (0.0, 0.0)
        write_calibration(out, self.card_format(), self.ctx.fonts, page_wording(), side=self.side(), offset=offset)
        self.printed_with, self.last_file = offset, out
        return out

    def save_page(self, *, with_offset: bool = False) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the calibration page"), str(Path(folder) / "calibration.pdf"), tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        try:
            path = self.write_page(Path(name), with_offset=with_offset)
        except PostcardError as exc:
            show_error(self, exc)
            return None
        self._status(with_offset).setText(tr("Saved to %1. Print it at actual size (100 %).").replace("%1", str(path)))
        return path

    def print_page(self, *, with_offset: bool = False) -> bool:
        """Print the page through the system's print dialog, at actual size."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from postcard.gui.dialogs.system_print import print_pdf

        folder = Path(tempfile.mkdtemp(prefix="postcard-calibration-"))
        path = self.write_page(folder / "calibration.pdf", with_offset=with_offset)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("postcard calibration")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        try:
            print_pdf(path, printer)
        except OSError as exc:
            show_error(self, exc)
            return False
        self._status(with_offset).setText(tr("Sent to the printer."))
        return True

    def _status(self, confirming: bool) -> QLabel:
        return self.confirm_status if confirming else self.print_status

    # --- language ------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Calibrate the printer"))
        titles = (
            tr("1. Print the calibration page"),
            tr("2. Measure"),
            tr("3. The offsets"),
            tr("4. Print again to check"),
        )
        for page, text in zip(self._pages, titles, strict=True):
            page.setTitle(text)
        for index in range(self.format_box.count()):
            self.format_box.setItemText(index, format_label(str(self.format_box.itemData(index))))
        self._format_label.setText(tr("Card:"))
        self._side_label.setText(tr("Side:"))
        self.side_buttons[Sides.MESSAGE].setText(tr("Message side"))
        self.side_buttons[Sides.ADDRESS].setText(tr("Address side"))
        self.print_intro.setText(
            tr(
                "Put a card (or plain paper cut to the card's size) in the printer as you would for the cards, "
                "with the side you calibrate facing the way your printer prints. postcard prints a page with "
                "millimetre scales along the top and left edges, at actual size."
            )
        )
        self.print_button.setText(tr("&Print the calibration page…"))
        self.save_button.setText(tr("&Save as PDF…"))
        self.measure_text.setText(
            tr(
                "On the printed card, measure with a ruler from the card's left edge to the long tick marked 10 "
                "of the top scale (A), and from the card's top edge to the long tick marked 10 of the left scale "
                "(B). A printer that prints exactly in place gives 10.0 mm for both."
            )
        )
        self._a_label.setText(tr("A, from the left edge:"))
        self._b_label.setText(tr("B, from the top edge:"))
        self.picture.set_labels(tr("A"), tr("B"))
        self.offsets_text.setText(
            tr(
                "How far postcard moves each side of every card to undo the printer's shift (mm; right and down are "
                "positive, at most 10 mm). The side you measured is filled in; the other keeps its saved offset."
            )
        )
        self._axis_names[0].setText(tr("Right"))
        self._axis_names[1].setText(tr("Down"))
        self._side_names[Sides.MESSAGE].setText(tr("Message side"))
        self._side_names[Sides.ADDRESS].setText(tr("Address side"))
        self.confirm_text.setText(
            tr(
                "The offsets are saved. Print the page again with them: the long ticks marked 10 should now be exactly "
                "10 mm from the card's edges. If they are not, go back, measure the new page and adjust."
            )
        )
        self.reprint_button.setText(tr("Print &again…"))
        self.resave_button.setText(tr("&Save as PDF…"))
        self._measured()
