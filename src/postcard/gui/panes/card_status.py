"""What the compose panel says about the card as it is typed: under the personal line, the room left on its line
(or that the card breaks it in two), what stops the card (red) and what may keep it from arriving (amber); beside
"The card says", the lines as they will print, numbered, with the place the card breaks a long one and how many
columns (rows) the card takes — three lines written may take four columns, and that is still three lines."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from postcard.compose.message_shape import MessageShape
    from postcard.compose.preview import CardPreview

ERROR_STYLE = "color: #b3261e; font-weight: bold;"
WARNING_STYLE = "color: #8a5a00;"
BREAK = "｜"  # where the card breaks a long line, in the lines shown
BREAK_COLOUR = "#b3261e"


def _label(parent: QWidget, name: str, style: str = "") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


class LineStatus(QWidget):
    """Under the personal line: the characters left, the problem that stops the card, the address warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room_label = _label(self, "charactersLeft")
        self.problem_label = _label(self, "composeProblem", ERROR_STYLE)
        self.warning_label = _label(self, "composeWarnings", WARNING_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for label in (self.room_label, self.problem_label, self.warning_label):
            layout.addWidget(label)
        self.problem_label.hide()
        self.warning_label.hide()
        self._shown: tuple[CardPreview | None, bool] = (None, False)  # the last card shown, and whether printed

    def clear(self) -> None:
        self._shown = (None, False)
        self.room_label.clear()
        self.show_problems(None)

    def show_result(self, result: CardPreview | None, printed: bool) -> None:
        """What the panel says about this card: its room (or that it is printed), its problems."""
        self._shown = (result, printed)
        self.show_problems(result)
        if printed:
            self.room_label.setText(self.tr("Printed: exactly this text and handwriting."))
        elif result is not None:
            self._show_room(result)
        else:
            self.room_label.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.show_result(*self._shown)
        super().changeEvent(event)

    def _show_room(self, result: CardPreview) -> None:
        if result.room is None:
            self.room_label.clear()
        elif result.room >= 0:
            self.room_label.setText(self.tr("%n character(s) left on this line", "", result.room))
        elif result.blocking is not None:
            self.room_label.setText(self.tr("%n character(s) too many for this line", "", -result.room))
        else:
            shape = result.shape
            columns = max(result.personal_columns, 2)
            if shape is None or shape.vertical:
                text = self.tr("The card writes this line over %1 columns; %n character(s) fewer keep it in one", "",
                               -result.room)  # fmt: skip
            else:
                text = self.tr("The card writes this line over %1 rows; %n character(s) fewer keep it on one", "",
                               -result.room)  # fmt: skip
            self.room_label.setText(text.replace("%1", str(columns)))

    def show_problems(self, result: CardPreview | None) -> None:
        from postcard.gui.wording import problem_text  # the application layer loads after the first frame

        blocking = result.blocking if result is not None else None
        warnings = result.warnings if result is not None else []
        self.problem_label.setText(problem_text(blocking) if blocking else "")
        self.problem_label.setVisible(blocking is not None)
        self.warning_label.setText("\n".join(problem_text(w) for w in warnings))
        self.warning_label.setVisible(bool(warnings))


class CardLines(QWidget):
    """The card's lines as they will print: numbered, a long one shown with the place the card breaks it, and a
    line saying how the card will look."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = _label(self, "composedText")
        self.view.setTextFormat(Qt.TextFormat.RichText)  # a table: a wrapped line stays beside its number
        self.view.setFrameShape(QFrame.Shape.StyledPanel)
        self.view.setMargin(4)
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.note = _label(self, "cardShape")
        self.note.setEnabled(False)  # the palette's quieter colour: an explanation, not something to act on
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addWidget(self.note)
        self.lines: tuple[str, ...] = ()
        self.shown: list[str] = []  # the lines as shown: with the breaks marked
        self.stale = False  # the lines are the last that made a card, not the card as typed now
        self.shape: MessageShape | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            stale = self.stale
            self.show_lines(self.lines, self.shape)
            if stale:
                self.set_stale()
        super().changeEvent(event)

    def text(self) -> str:
        """The lines as the card has them (one per line, unnumbered)."""
        return "\n".join(self.lines)

    def clear(self) -> None:
        self.show_lines(())

    def set_stale(self) -> None:
        """The lines shown are the last that made a card: the card as typed now cannot be made."""
        self.stale = bool(self.lines)
        self._show_note()

    def show_lines(self, lines: tuple[str, ...], shape: MessageShape | None = None) -> None:
        self.lines, self.shape, self.stale = tuple(lines), shape, False
        parts = shape.parts if shape is not None and shape.written == len(self.lines) else None
        self.shown = [BREAK.join(parts[i]) if parts else line for i, line in enumerate(self.lines)]
        mark = f'<span style="color: {BREAK_COLOUR}; font-weight: bold;">{BREAK}</span>'
        rows: list[str] = []
        for i, line in enumerate(self.shown, start=1):
            # A broken line: each column (row) of the card on its own row, the break marked at its end, the number
            # once (the panel's own wrapping would otherwise look like one more break).
            pieces = line.split(BREAK)
            for k, piece in enumerate(pieces):
                number = str(i) if k == 0 else ""
                end = mark if k < len(pieces) - 1 else ""
                rows.append(
                    f'<tr><td align="right" style="color: #888888; padding-right: 6px;">{number}</td>'
                    f"<td>{html.escape(piece)}{end}</td></tr>"
                )
        table = f'<table cellspacing="0" cellpadding="1">{"".join(rows)}</table>'
        self.view.setText(table if rows else "")
        self._show_note()

    def _show_note(self) -> None:
        if self.stale:
            self.note.setText(self.tr("The last lines that made a card; as typed now, it cannot be made."))
        else:
            self.note.setText(self._how_it_looks(self.shape) if self.lines else "")
        self.note.setVisible(bool(self.note.text()))

    def _how_it_looks(self, shape: MessageShape | None) -> str:
        """The three-line rule as the card keeps it: lines written, and the columns (rows) they take."""
        written = len(self.lines)
        if written >= 3:
            text = self.tr("Three lines: the most a card takes.")
        else:
            text = self.tr("%n line(s) of the three a card takes.", "", written)
        if shape is None or not shape.broken:
            return text
        broken, total = shape.broken, shape.printed
        if len(broken) == 1 and shape.vertical:
            more = self.tr("Line %1 is long: the card writes it over %2 columns, broken at “%3” (%n columns in all). "
                           "It is still one line of the three.", "", total)  # fmt: skip
        elif len(broken) == 1:
            more = self.tr("Line %1 is long: the card writes it over %2 rows, broken at “%3” (%n rows in all). It "
                           "is still one line of the three.", "", total)  # fmt: skip
        elif shape.vertical:
            more = self.tr("Lines %1 are long: the card writes each over more than one column, broken at “%3” (%n "
                           "columns in all). They are still lines of the three.", "", total)  # fmt: skip
        else:
            more = self.tr("Lines %1 are long: the card writes each over more than one row, broken at “%3” (%n rows "
                           "in all). They are still lines of the three.", "", total)  # fmt: skip
        numbers = self.tr(", ").join(str(i + 1) for i in broken)
        parts = str(len(shape.parts[broken[0]]))
        return text + " " + more.replace("%1", numbers).replace("%2", parts).replace("%3", BREAK)
