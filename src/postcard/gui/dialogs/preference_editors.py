"""One editor widget per kind of declared preference: yes/no, a number in its limits, one of a closed set, a
colour, a text matching its pattern. :func:`editor_for` picks it from the declaration alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from postcard.compose.preferences import Preference
from postcard.resources import list_resources

from postcard.gui.preference_labels import choice_label, title


class PreferenceEditor(QWidget):
    """Edits one preference. Signals: changed(): the value changed (by the user or :meth:`set_value`)."""

    changed = Signal()

    def __init__(self, pref: Preference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pref = pref
        self.setObjectName(f"pref_{pref.name}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set the texts again (the language changed)."""


class BoolEditor(PreferenceEditor):
    def __init__(self, pref: Preference, parent: QWidget | None = None) -> None:
        super().__init__(pref, parent)
        self.box = QCheckBox(self)
        self._layout.addWidget(self.box)
        self.box.toggled.connect(self.changed)
        self.retranslate()

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def retranslate(self) -> None:
        self.box.setText(title(self.pref))


class NumberEditor(PreferenceEditor):
    def __init__(self, pref: Preference, parent: QWidget | None = None) -> None:
        super().__init__(pref, parent)
        self.spin = QDoubleSpinBox(self)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.1 if (pref.maximum or 0) - (pref.minimum or 0) <= 5 else 0.5)
        self.spin.setRange(
            -1e6 if pref.minimum is None else pref.minimum, 1e6 if pref.maximum is None else pref.maximum
        )
        self.spin.setAccelerated(True)
        self._layout.addWidget(self.spin)
        self._layout.addStretch(1)
        self.spin.valueChanged.connect(self.changed)

    def value(self) -> float:
        return float(self.spin.value())

    def set_value(self, value: Any) -> None:
        self.spin.setValue(float(value))


def choice_box(pref: Preference, value: object, parent: QWidget | None = None) -> QComboBox:
    """One of a preference's closed set, labelled as Settings labels it, ``value`` chosen (the print dialog's layout,
    sides and sheet start at the saved ones)."""
    box = QComboBox(parent)
    for choice in pref.choices or ():
        box.addItem(choice, choice)
    relabel_choices(box, pref)
    box.setCurrentIndex(max(0, box.findData(str(value))))
    return box


def relabel_choices(box: QComboBox, pref: Preference) -> None:
    """The labels of a :func:`choice_box` again, in the language just chosen."""
    for index in range(box.count()):
        box.setItemText(index, choice_label(pref, str(box.itemData(index))))


class ChoiceEditor(PreferenceEditor):
    def __init__(self, pref: Preference, parent: QWidget | None = None) -> None:
        super().__init__(pref, parent)
        self.combo = choice_box(pref, pref.default, self)
        self._layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self.changed)

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(str(value))))

    def retranslate(self) -> None:
        relabel_choices(self.combo, self.pref)


class ColourEditor(PreferenceEditor):
    """A swatch button that opens the system's colour picker, and the colour as #RRGGBB text."""

    def __init__(self, pref: Preference, parent: QWidget | None = None) -> None:
        super().__init__(pref, parent)
        self.button = QPushButton(self)
        self.button.setObjectName(f"pref_{pref.name}_pick")
        self.text = QLineEdit(self)
        self.text.setValidator(QRegularExpressionValidator(QRegularExpression(pref.pattern), self.text))
        self.text.setMaxLength(7)
        self.text.setFixedWidth(self.text.fontMetrics().horizontalAdvance("#DDDDDDD") + 16)
        self._layout.addWidget(self.button)
        self._layout.addWidget(self.text)
        self._layout.addStretch(1)
        self._colour = str(pref.default)
        self.button.clicked.connect(self.pick)
        self.text.textEdited.connect(self._typed)
        self.retranslate()

    def value(self) -> str:
        return self._colour

    def set_value(self, value: Any) -> None:
        self._colour = QColor(str(value)).name().upper()
        self.text.setText(self._colour)
        pixmap = QPixmap(28, 16)
        pixmap.fill(QColor(self._colour))
        self.button.setIcon(QIcon(pixmap))
        self.changed.emit()

    def pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, title(self.pref))
        if chosen.isValid():
            self.set_value(chosen.name())

    def _typed(self, text: str) -> None:
        if self.text.hasAcceptableInput() and QColor(text).isValid():
            self.set_value(text)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Choose…"))


class TextEditor(PreferenceEditor):
    def __init__(self, pref: Preference, parent: QWidget | None = None) -> None:
        super().__init__(pref, parent)
        self.line = QLineEdit(self)
        if pref.pattern:
            self.line.setValidator(QRegularExpressionValidator(QRegularExpression(pref.pattern), self.line))
        self._layout.addWidget(self.line, 1)
        self.line.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText(str(value))


class DesignEditor(PreferenceEditor):
    """The illustration on the message side: none, or one of the pictures that come with postcard (their names
    are nothing a person could guess)."""

    def __init__(self, pref: Preference, parent: QWidget | None = None) -> None:
        super().__init__(pref, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"pref_{pref.name}")
        self.combo.addItem("", "")
        for name in list_resources("assets"):
            if name.endswith(".png"):
                self.combo.addItem(name.removesuffix(".png"), name.removesuffix(".png"))
        self._layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self.changed)
        self.retranslate()

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(str(value))
        if index < 0:  # a name set on the command line that is no picture here: kept, shown as it is
            self.combo.addItem(str(value), str(value))
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def retranslate(self) -> None:
        names = {"": self.tr("None"), "ume": self.tr("Plum blossom (梅)")}
        for index in range(self.combo.count()):
            key = str(self.combo.itemData(index))
            self.combo.setItemText(index, names.get(key, key))


def editor_for(pref: Preference, parent: QWidget | None = None) -> PreferenceEditor:
    """The editor a preference's declaration calls for."""
    if pref.name == "design":
        return DesignEditor(pref, parent)
    if pref.kind is bool:
        return BoolEditor(pref, parent)
    if pref.kind is float:
        return NumberEditor(pref, parent)
    if pref.choices is not None:
        return ChoiceEditor(pref, parent)
    if pref.colour:
        return ColourEditor(pref, parent)
    return TextEditor(pref, parent)
