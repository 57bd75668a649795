"""The print dialog's choices: what to print, the card stock, the layout, the sheet, the sides, the sender and the
file, as one form that makes the :class:`~postcard.compose.printing.PrintRequest`."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QWidget,
)

from postcard.compose import preferences
from postcard.compose.printing import PrintRequest
from postcard.context import AppContext
from postcard.core.layout.formats import FORMATS
from postcard.core.model import Contact, Event, Stage
from postcard.core.options import Format, LayoutMode, SheetSize, Sides

from postcard.gui.dialogs.pdf_output import PdfPathRow
from postcard.gui.dialogs.preference_editors import choice_box
from postcard.gui.wording import format_label

WITH_LINE, CHECKED, SHOWN = "with-line", "checked", "shown"
_SEPARATORS = re.compile(r"[\\/:|]")  # not in a file name (Windows, macOS, Linux): a dash instead
_UNSAFE = re.compile(r'[*?"<>\x00-\x1f]')  # nor these, which a name does without
_DATED = re.compile(  # a name that says when already: a year, an era's year, a month, a month and day
    r"""(?<!\d)(?:19|20)\d\d(?!\d)        # 2026
      | (?:令和|平成|昭和)\s*(?:\d+|元)\s*年  # 令和8年
      | \d{1,2}\s*月                      # 12月, 12月1日
      | (?<!\d)\d{1,2}[/-]\d{1,2}(?!\d)   # 12/1, 12-01""",
    re.VERBOSE,
)


class PrintOptions(QWidget):
    """Signals:
    changed(): a choice that changes the batch (its cards, their stock or layout) was made.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, card_event: Event | None, shown: list[Contact], checked: list[int],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.card_event, self.shown, self.checked = ctx, card_event, shown, checked
        prefs = preferences.load(ctx.store.settings)  # the layout, sides and sheet start where Settings has them
        self.what_box, self.format_box, self.sender_box = QComboBox(self), QComboBox(self), QComboBox(self)
        self.layout_box, self.sheet_box, self.sides_box = (
            choice_box(preferences.BY_NAME[name], prefs[name], self) for name in ("layout", "sheet", "sides")
        )
        for name, box in (
            ("printWhat", self.what_box),
            ("printFormat", self.format_box),
            ("printLayout", self.layout_box),
            ("printSheet", self.sheet_box),
            ("printSides", self.sides_box),
            ("printSender", self.sender_box),
        ):
            box.setObjectName(name)
        self.reverse_box = QCheckBox(self.tr("Reverse the second pass (printers that stack face up)"), self)
        self.reverse_box.setObjectName("printReverse")
        self.output = PdfPathRow(default_output(card_event), self)
        self.out_edit = self.output.edit
        self.out_edit.setObjectName("printOutput")
        self._with_line: list[int] = []
        self._fill()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&What:"), self.what_box),
            (self.tr("&Format:"), self.format_box),
            (self.tr("&Layout:"), self.layout_box),
            (self.tr("S&heet (n-up):"), self.sheet_box),
            (self.tr("Si&des:"), self.sides_box),
            (self.tr("Se&nder:"), self.sender_box),
            (self.tr("Save &to:"), self.output),
        ):
            form.addRow(text, field)
            if field is self.layout_box:
                form.addRow("", self.reverse_box)
        for box in (self.what_box, self.format_box, self.layout_box, self.sheet_box, self.sides_box, self.sender_box):
            box.currentIndexChanged.connect(self.changed)
        self.layout_box.currentIndexChanged.connect(self._layout_changed)
        self._layout_changed()

    def _fill(self) -> None:
        event = self.card_event
        stages = self.ctx.store.cards.stages_for_event(event.id) if event and event.id else {}
        with_line = [c for c in self.shown if stages.get(c.id or 0) is Stage.WRITTEN]
        if event is not None:
            self.what_box.addItem(self.tr("Cards with a line for this event (%n)", "", len(with_line)), WITH_LINE)
        if self.checked:
            self.what_box.addItem(self.tr("The checked people (%n)", "", len(self.checked)), CHECKED)
        self.what_box.addItem(self.tr("Everyone in the list (%n)", "", len(self.shown)), SHOWN)
        self.what_box.setCurrentIndex(max(0, self.what_box.findData(CHECKED if self.checked else WITH_LINE)))
        self._with_line = [c.id for c in with_line if c.id is not None]
        self.format_box.addItem(self.tr("As the address asks (はがき in Japan, A6 abroad)"), None)
        for key in FORMATS:
            self.format_box.addItem(self.tr("All on: %1").replace("%1", format_label(key)), key)
        self._fill_senders()

    def _fill_senders(self) -> None:
        for sender in self.ctx.store.senders.list():
            label = sender.full_name or sender.company
            self.sender_box.addItem(f"{label}  ({sender.label})" if sender.label else label, sender.id)
            if sender.is_default:
                self.sender_box.setCurrentIndex(self.sender_box.count() - 1)
        if not self.sender_box.count():
            self.sender_box.addItem(self.tr("(no sender yet: add one in Book ▸ Sender Profiles)"), None)

    def reload_senders(self) -> None:
        """The sender profiles again (one was added or changed), the default one chosen."""
        self.sender_box.blockSignals(True)
        self.sender_box.clear()
        self._fill_senders()
        self.sender_box.blockSignals(False)

    # --- what the choices say ------------------------------------------------------------------------------
    def contact_ids(self) -> list[int]:
        what = self.what_box.currentData()
        if what == CHECKED:
            return list(self.checked)
        if what == WITH_LINE:
            return list(self._with_line)
        return [c.id for c in self.shown if c.id]

    def request(self) -> PrintRequest:
        fmt = self.format_box.currentData()
        return PrintRequest(
            event_id=self.card_event.id if self.card_event else None,
            contact_ids=tuple(self.contact_ids()),
            format=Format(fmt) if fmt else None,
            layout=LayoutMode(self.layout_box.currentData()),
            sides=Sides(self.sides_box.currentData()),
            sheet=SheetSize(self.sheet_box.currentData()),
            reverse=self.reverse_box.isChecked(),
            sender_id=self.sender_box.currentData(),
        )

    def out_path(self) -> Path:
        return self.output.path()

    def has_sender(self) -> bool:
        return self.sender_box.currentData() is not None

    def layout_key(self) -> str:
        return str(self.layout_box.currentData())

    def sides_key(self) -> str:
        return str(self.sides_box.currentData())

    def _layout_changed(self) -> None:
        self.reverse_box.setEnabled(self.layout_box.currentData() == "two-pass")
        self.sheet_box.setEnabled(self.layout_box.currentData() == "nup")


def default_output(event: Event | None, today: dt.date | None = None) -> Path:
    """Where the batch's PDF goes unless the user says otherwise: ``Documents/postcard/`` + :func:`pdf_name`."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(folder) / "postcard" / pdf_name(event, today or dt.date.today())


def pdf_name(event: Event | None, today: dt.date) -> str:
    """The name a person would give the batch's PDF: the event's name, with its date (else today's) only when the
    name has none in it ("地域DXセミナー2026.pdf", "Kyoto meetup 2026-11-30.pdf"); "cards 2026-12-01.pdf" without
    an event. What no file name may hold is left out, or is a "-" where it parts words (11/30, "Day 1: …")."""
    name = _SEPARATORS.sub("-", _UNSAFE.sub("", event.name)) if event is not None else ""
    name = " ".join(name.split()).strip(" .")
    if not name:
        return f"cards {today.isoformat()}.pdf"
    if _DATED.search(unicodedata.normalize("NFKC", name)):
        return f"{name}.pdf"
    day = event.date if event is not None and event.date is not None else today
    return f"{name} {day.isoformat()}.pdf"
