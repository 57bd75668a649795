"""The contact editor's joint names (連名): up to three extra names printed beside the person's, each with its own
reading and honorific."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from postcard.core.model import HONORIFICS, MAX_JOINT_NAMES, JointName


def honorific_box(parent: QWidget, current: str) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)
    box.addItems([h for h in HONORIFICS if h])
    box.setEditText(current)
    return box


class JointNamesBox(QGroupBox):
    """``rows``: per joint name, its (family name, given name, reading, honorific) fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Joint names (連名), printed beside the name"))
        self.rows: list[tuple[QLineEdit, QLineEdit, QLineEdit, QComboBox]] = []
        grid = QGridLayout(self)
        for col, text in enumerate((self.tr("Family name"), self.tr("Given name"), self.tr("Reading"),
                                    self.tr("Honorific"))):  # fmt: skip
            grid.addWidget(QLabel(text, self), 0, col)
        for i in range(MAX_JOINT_NAMES):
            family, given, reading = QLineEdit(self), QLineEdit(self), QLineEdit(self)
            for edit, name in ((family, "jointFamily"), (given, "jointGiven"), (reading, "jointReading")):
                edit.setObjectName(f"{name}{i}")
            family.setPlaceholderText(self.tr("same family name"))
            row = (family, given, reading, honorific_box(self, "様"))
            self.rows.append(row)
            for col, widget in enumerate(row):
                grid.addWidget(widget, i + 1, col)

    def set_names(self, names: list[JointName]) -> None:
        for (family, given, reading, honorific), j in zip(self.rows, names, strict=False):
            family.setText(j.family_name)
            given.setText(j.given_name)
            reading.setText(j.given_reading)
            honorific.setEditText(j.honorific)

    def names(self) -> list[JointName]:
        """The joint names as typed (rows left empty are none)."""
        return [JointName(given.text(), family.text(), honorific.currentText(), reading.text())
                for family, given, reading, honorific in self.rows
                if given.text().strip() or family.text().strip() or reading.text().strip()]  # fmt: skip

    def name_edit(self, index: int) -> QLineEdit:
        """Where the given name of joint name ``index`` is typed (a problem with it is shown there)."""
        return self.rows[index][1]

    def edits(self) -> list[QLineEdit]:
        return [w for row in self.rows for w in row[:3]]
