"""The address part of the contact and sender editors: postal code, three lines, country, and what is wrong.

Typing a seven-digit postal code Japan Post knows fills the first line with its prefecture, city and town (and
shows them beside the code); a line the user has typed into since is never overwritten. The address check
(:func:`postcard.core.addresscheck.check_address`) runs as you type and its findings are shown under the fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from postcard.compose.book import area_fill
from postcard.core.addresscheck import AddressProblem, check_address
from postcard.core.text import format_postal_code, normalize_postal_code

from postcard.gui.wording import address_problems_text

WARNING_STYLE = "color: #8a5300;"


@dataclass
class _Address:
    postal_code: str
    address1: str
    address2: str
    address3: str
    country: str


class AddressFields(QWidget):
    """Signals:
    changed(): any field was edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled = ""  # what the postal code last put into the first line
        self.postal_code = QLineEdit(self)
        self.postal_code.setObjectName("postalCodeEdit")
        self.postal_code.setMaxLength(12)
        self.postal_code.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * 12 + 16)
        self.postal_code.setPlaceholderText("123-4567")
        self.area_label = QLabel(self)
        self.area_label.setObjectName("postalArea")
        self.area_label.setTextFormat(Qt.TextFormat.PlainText)
        self.address1, self.address2, self.address3 = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.address1.setObjectName("address1Edit")
        self.address2.setObjectName("address2Edit")
        self.address3.setObjectName("address3Edit")
        self.country = QLineEdit(self)
        self.country.setObjectName("countryEdit")
        self.warnings = QLabel(self)
        self.warnings.setObjectName("addressWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet(WARNING_STYLE)
        code_row = QHBoxLayout()
        code_row.addWidget(self.postal_code)
        code_row.addStretch(1)
        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        code_label = QLabel(self.tr("Posta&l code:"), self)
        code_label.setBuddy(self.postal_code)  # a row holding a layout gets no buddy of its own
        form.addRow(code_label, code_row)
        form.addRow("", self.area_label)  # its own row: a long area never squeezes the code
        form.addRow(self.tr("Prefecture, &city, town:"), self.address1)
        form.addRow(self.tr("Street n&umber:"), self.address2)
        form.addRow(self.tr("&Building, floor, room:"), self.address3)
        form.addRow(self.tr("Countr&y:"), self.country)
        form.addRow("", self.warnings)
        self.address1.setPlaceholderText(self.tr("filled in from the postal code"))
        self.address2.setPlaceholderText(self.tr("e.g. 1-2-3"))
        self.country.setPlaceholderText(self.tr("empty for Japan"))
        self.postal_code.textEdited.connect(self._code_edited)
        for edit in (self.postal_code, self.address1, self.address2, self.address3, self.country):
            edit.textChanged.connect(self._changed)

    def labels(self) -> list[QWidget]:
        """The labels of the rows (to line them up with a form beside this one)."""
        return form_labels(self.form)

    # --- values --------------------------------------------------------------------------------------------
    def set_values(self, who: object) -> None:
        """Show the address of a contact or sender (anything with postal_code, address1–3, country)."""
        self._filled = ""
        code = str(getattr(who, "postal_code", ""))
        self.postal_code.setText(format_postal_code(code))
        for name in ("address1", "address2", "address3", "country"):
            getattr(self, name).setText(str(getattr(who, name, "")))
        self._show_area()
        self.recheck()

    def apply_to(self, who: object) -> None:
        """Write the fields into a contact or sender (as typed; the editor's save cleans them)."""
        for name in ("postal_code", "address1", "address2", "address3", "country"):
            setattr(who, name, getattr(self, name).text())

    def problems(self) -> list[AddressProblem]:
        address = _Address(
            normalize_postal_code(self.postal_code.text()),
            self.address1.text(),
            self.address2.text(),
            self.address3.text(),
            self.country.text(),
        )
        return check_address(address)

    def recheck(self) -> None:
        text = address_problems_text(self.problems())
        self.warnings.setText("⚠ " + text if text else "")
        self.warnings.setVisible(bool(text))

    # --- the postal code filling the first line ------------------------------------------------------------
    def _code_edited(self, text: str) -> None:
        fill = area_fill(text, self.address1.text(), self._filled)
        if fill is not None and fill.address1 is not None:
            self.address1.setText(fill.address1)
            self._filled = fill.address1
        self._show_area()

    def _show_area(self) -> None:
        fill = area_fill(self.postal_code.text(), self.address1.text(), self._filled)
        if fill is None:
            self.area_label.clear()
            return
        area = fill.area
        parts = [area.prefecture, area.city, area.town, area.office]
        self.area_label.setText("〒" + format_postal_code(area.postal_code) + "  " + " ".join(p for p in parts if p))

    def _changed(self) -> None:
        self.recheck()
        self.changed.emit()


def form_labels(form: QFormLayout) -> list[QWidget]:
    """The label widgets of a form's rows."""
    out = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if widget is not None:
            out.append(widget)
    return out
