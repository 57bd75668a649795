"""The banner over a card already printed: when and with which handwriting, and what one can do with it —
reprint it exactly, write a new card, or see the person's history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from postcard.core.model import Card


class PrintedBanner(QFrame):
    """Signals:
    reprint_clicked(), new_card_clicked(), history_clicked(): the user's choice.
    """

    reprint_clicked = Signal()
    new_card_clicked = Signal()
    history_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printedBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.card: Card | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reprint_button = QPushButton(self)
        self.reprint_button.setObjectName("reprintButton")
        self.new_card_button = QPushButton(self)
        self.new_card_button.setObjectName("newCardButton")
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("historyButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.new_card_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.reprint_button.clicked.connect(self.reprint_clicked)
        self.new_card_button.clicked.connect(self.new_card_clicked)
        self.history_button.clicked.connect(self.history_clicked)
        self.retranslate()
        self.hide()

    def show_card(self, card: Card | None) -> None:
        """Show the banner for this printed card (None: hide it)."""
        self.card = card
        self._retranslate_label()
        self.setVisible(card is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.reprint_button.setText(self.tr("&Reprint this card…"))
        self.new_card_button.setText(self.tr("&Write a new card"))
        self.history_button.setText(self.tr("Hi&story"))
        self._retranslate_label()

    def _retranslate_label(self) -> None:
        card = self.card
        if card is None:
            self.label.clear()
            return
        when = card.printed_at.astimezone().strftime("%Y-%m-%d %H:%M") if card.printed_at else ""
        text = self.tr("Printed on %1 (handwriting pattern %2). This is the card exactly as it was printed.")
        self.label.setText(text.replace("%1", when).replace("%2", str(card.seed)))
