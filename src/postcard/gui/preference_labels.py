"""The window's words for the declared preferences: titles (declared in ``compose.preferences``, marked there),
group names and the labels of closed-set values. A value without a label here shows its own key, so a new
preference or a new choice appears in the settings dialog before anyone words it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postcard.compose.preferences import Group, Preference
from postcard.core.options import AbroadFormat

from postcard.gui.i18n import QT_TRANSLATE_NOOP
from postcard.gui.wording import format_label

GROUPS: dict[str, str] = {
    Group.INK: QT_TRANSLATE_NOOP("PreferenceGroups", "Handwriting"),
    Group.MESSAGE: QT_TRANSLATE_NOOP("PreferenceGroups", "Message side"),
    Group.ADDRESS: QT_TRANSLATE_NOOP("PreferenceGroups", "Address side"),
    Group.PRINT: QT_TRANSLATE_NOOP("PreferenceGroups", "Printing"),
    Group.PRINTER: QT_TRANSLATE_NOOP("PreferenceGroups", "Printer offsets"),
}

#: (preference name or "*" for any, value) → label
CHOICES: dict[tuple[str, str], str] = {
    ("numerals", "digits"): QT_TRANSLATE_NOOP("PreferenceChoices", "Kanji, digit by digit (二五)"),
    ("numerals", "juu"): QT_TRANSLATE_NOOP("PreferenceChoices", "Kanji with 十 (二十五)"),
    ("numerals", "arabic"): QT_TRANSLATE_NOOP("PreferenceChoices", "Arabic numerals (25)"),
    ("sender_zip", "tsujo"): QT_TRANSLATE_NOOP("PreferenceChoices", "Ordinary postcard (通常はがき)"),
    ("sender_zip", "nenga"): QT_TRANSLATE_NOOP("PreferenceChoices", "New Year postcard (年賀はがき)"),
    ("pen", "semibold"): QT_TRANSLATE_NOOP("PreferenceChoices", "Thick pen (Klee One SemiBold)"),
    ("pen", "regular"): QT_TRANSLATE_NOOP("PreferenceChoices", "Fine pen (Klee One Regular)"),
    ("layout", "duplex"): QT_TRANSLATE_NOOP("PreferenceChoices", "Two-sided printer (sides alternate)"),
    ("layout", "two-pass"): QT_TRANSLATE_NOOP("PreferenceChoices", "Two passes (all fronts, then all backs)"),
    ("layout", "nup"): QT_TRANSLATE_NOOP("PreferenceChoices", "Several cards on a sheet (cut out)"),
    ("sides", "both"): QT_TRANSLATE_NOOP("PreferenceChoices", "Both sides"),
    ("sides", "message"): QT_TRANSLATE_NOOP("PreferenceChoices", "Message side only"),
    ("sides", "address"): QT_TRANSLATE_NOOP("PreferenceChoices", "Address side only"),
    ("sheet", "a4"): QT_TRANSLATE_NOOP("PreferenceChoices", "A4"),
    ("sheet", "letter"): QT_TRANSLATE_NOOP("PreferenceChoices", "US Letter"),
}


def title(pref: Preference) -> str:
    """The preference's title in the window's language (the English declared with it when not translated)."""
    return QCoreApplication.translate("Preferences", pref.title)


def group_title(group: str) -> str:
    source = GROUPS.get(group)
    return QCoreApplication.translate("PreferenceGroups", source) if source else str(group).capitalize()


def choice_label(pref: Preference, value: str) -> str:
    if pref.kind is AbroadFormat:  # a card stock: worded as everywhere else
        return format_label(str(value))
    source = CHOICES.get((pref.name, str(value)))
    return QCoreApplication.translate("PreferenceChoices", source) if source else str(value)
