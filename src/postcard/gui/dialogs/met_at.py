"""Where a person was met: the events they are linked to, newest first, each a link that opens the event."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from postcard.core.model import Event


class MetAtLabel(QLabel):
    """Signals:
    event_clicked(int): the user wants to see this event (its people and their cards).
    """

    event_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metAtEvents")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)  # fmt: skip
        self.linkActivated.connect(self._clicked)
        self.events: list[Event] = []

    def set_events(self, events: list[Event]) -> None:
        self.events = list(events)
        if not events:
            self.setText(html.escape(self.tr("No event yet (link the person in Book ▸ Edit Event)")))
            self.setToolTip("")
            return
        links = []
        for event in events:
            when = f" ({event.date.isoformat()})" if event.date else ""
            links.append(f'<a href="event:{event.id}">{html.escape(event.name)}</a>{html.escape(when)}')
        self.setText("<br>".join(links))
        self.setToolTip(self.tr("Click an event to show its people and their cards"))

    def _clicked(self, link: str) -> None:
        kind, _, number = link.partition(":")
        if kind == "event" and number.isdigit():
            self.event_clicked.emit(int(number))
