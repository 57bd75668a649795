"""The window's languages: postcard's own translation plus Qt's (``qtbase``) for its standard dialogs.

The language is chosen by the user's saved preference, else by the system locale (Japanese when the system's
UI languages put Japanese first, English otherwise). Switching from the Language menu applies at once: Qt
sends every widget a ``LanguageChange`` event, and each pane sets its texts again in ``retranslate``.

``POSTCARD_PSEUDO_L10N=1`` replaces every translated string with a longer, accented version ("[Ƥŕîñţ ~~~]")
to find strings that are not marked for translation and layouts that break with longer text.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from postcard.resources import resource_path

#: The languages the window speaks, with their names as their speakers write them.
LANGUAGES = {"en": "English", "ja": "日本語"}
PSEUDO_ENV = "POSTCARD_PSEUDO_L10N"
_SETTING = "language"  # "" follows the system
_ACCENTS = str.maketrans("aceinorstuACEINORSTU", "àçéîñöŕšţüÀÇÉÎÑÖŔŠŢÜ")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it as it is (translated where it is shown, with
    ``QCoreApplication.translate(context, text)``). Qt's own returns ``object`` to a type checker; this one, ``str``."""
    return text


def translations_dir() -> Path:
    """Where postcard's ``.qm`` files are (shipped inside the package)."""
    return resource_path("i18n")


def system_language(locale: QLocale | None = None) -> str:
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_language(settings: QSettings) -> str:
    """The language the user picked ("" = follow the system)."""
    value = str(settings.value(_SETTING, "") or "")
    return value if value in LANGUAGES else ""


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(_SETTING, language if language in LANGUAGES else "")
    settings.sync()


class PseudoTranslator(QTranslator):
    """Every string accented, bracketed and a third longer: unmarked strings stand out as plain English."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        return "[" + source.translate(_ACCENTS) + " " + "~" * max(1, len(source) // 3) + "]"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class Translators(QObject):
    """The installed translators; :meth:`switch` replaces them (Qt then retranslates every widget)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> str:
        """Install postcard's and Qt's translations for ``language``; returns the language now in use."""
        language = language if language in LANGUAGES else "en"
        self.remove()
        if os.environ.get(PSEUDO_ENV):
            self._install(PseudoTranslator(self))
            language = "en"
        else:
            ours = QTranslator(self)  # English: only its plural forms ("1 card", "3 cards")
            if ours.load(f"postcard_{language}", str(translations_dir())):
                self._install(ours)
        if language != "en":
            qt = QTranslator(self)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._install(qt)
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English))
        return language

    def remove(self) -> None:
        """Take every translator out again (the sources' own English, plurals unresolved)."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)
