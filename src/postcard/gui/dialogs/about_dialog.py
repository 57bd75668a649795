"""Help ▸ About: the version, postcard's licence and the licences of the bundled fonts (SIL OFL 1.1), with the
licence files that ship in the package's ``fonts/`` folder."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from postcard import __version__
from postcard.resources import ResourceNotFoundError, app_icon_path, resource_path

LICENCE = "GPL-3.0-or-later"
#: (font, author, licence file in fonts/)
FONTS = (
    ("Klee One", "Fontworks", "LICENSE-klee.txt"),
    ("瀬戸フォント (Seto font)", "瀬戸のぞみ", "LICENSE-seto.txt"),
    ("Kristi", "Birgit Pulk", "LICENSE-kristi.txt"),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.icon = QLabel(self)
        try:
            self.icon.setPixmap(QIcon(str(app_icon_path(128))).pixmap(96, 96))
        except ResourceNotFoundError:
            self.icon.clear()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About postcard"))
        fonts = []
        for name, author, file in FONTS:
            try:
                link = QUrl.fromLocalFile(str(resource_path("fonts", file))).toString()
                where = f'<a href="{escape(link)}">{escape(file)}</a>'
            except ResourceNotFoundError:
                where = escape(file)
            fonts.append(f"<li>{escape(name)} — {escape(author)}: SIL Open Font License 1.1 ({where})</li>")
        summary = self.tr(
            "Short, personal, handwritten-looking thank-you postcards after events, printed in one batch, with a "
            "log of who got what and a list of who is due a word."
        )
        licence = self.tr("Licence: %1.").replace("%1", LICENCE)
        fonts_intro = self.tr("The handwriting fonts that come with postcard:")
        optimised = self.tr("The fonts are optimised for printing (hinting removed); every character is kept.")
        self.text.setText(
            f"<h2>postcard {escape(__version__)}</h2><p>{escape(summary)}</p><p>{escape(licence)}</p>"
            f"<p>{escape(fonts_intro)}</p><ul>{''.join(fonts)}</ul><p>{escape(optimised)}</p>"
        )
