"""Every command of the window in one table: id (the QAction's objectName), text, icon, shortcut.

Menus, toolbars and context menus use the QActions built here, so a shortcut is defined once and shown
wherever the command appears (menus show it beside the text; tooltips carry it in brackets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from postcard.gui.i18n import QT_TRANSLATE_NOOP
from postcard.gui.icons import icon

_CTX = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # marked with QT_TRANSLATE_NOOP("Actions", …), translated when the action is (re)labelled
    icon: str = ""
    shortcut: str | QKeySequence.StandardKey = ""
    tip: str = ""
    short: str = ""  # the label on a small button (marked like ``text``); else ``text`` without its mnemonic


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "actionPrintBatch",
        QT_TRANSLATE_NOOP("Actions", "&Print Batch…"),
        "print",
        "Ctrl+P",
        QT_TRANSLATE_NOOP("Actions", "Print the cards of this event (or the checked people)"),
    ),
    ActionSpec(
        "actionNextPerson",
        QT_TRANSLATE_NOOP("Actions", "Save and &Next Person"),
        "next",
        "Ctrl+Return",
        QT_TRANSLATE_NOOP("Actions", "Save this card and go to the next person without a line"),
    ),
    ActionSpec(
        "actionReprint",
        QT_TRANSLATE_NOOP("Actions", "&Reprint Card…"),
        "reprint",
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "Print a logged card again, exactly as it was printed"),
    ),
    ActionSpec(
        "actionMarkSent",
        QT_TRANSLATE_NOOP("Actions", "Mark as &Sent"),
        "sent",
        "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("Actions", "Mark the printed cards as posted"),
    ),
    ActionSpec(
        "actionMarkReplied",
        QT_TRANSLATE_NOOP("Actions", "Mark as Re&plied"),
        "replied",
        "",
        QT_TRANSLATE_NOOP("Actions", "Mark the selected cards as answered"),
    ),
    ActionSpec(
        "actionNewCard",
        QT_TRANSLATE_NOOP("Actions", "&Write a New Card"),
        "new",
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Actions", "Start a new card for this person and event"),
    ),
    ActionSpec("actionFind", QT_TRANSLATE_NOOP("Actions", "&Find People"), "find", QKeySequence.StandardKey.Find),
    ActionSpec("actionShowLog", QT_TRANSLATE_NOOP("Actions", "Show the &Log"), "log", "Ctrl+L"),
    ActionSpec("actionExportLog", QT_TRANSLATE_NOOP("Actions", "&Export Log as CSV…"), "export", "Ctrl+E"),
    ActionSpec(
        "actionFlip",
        QT_TRANSLATE_NOOP("Actions", "Flip &Card"),
        "flip",
        "Ctrl+T",
        QT_TRANSLATE_NOOP("Actions", "Show the other side of the card"),
        QT_TRANSLATE_NOOP("Actions", "Flip"),
    ),
    ActionSpec(
        "actionZoomIn", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), "zoom-in", QKeySequence.StandardKey.ZoomIn, "", "+"
    ),
    ActionSpec(
        "actionZoomOut",
        QT_TRANSLATE_NOOP("Actions", "Zoom Ou&t"),
        "zoom-out",
        QKeySequence.StandardKey.ZoomOut,
        "",
        "−",
    ),  # fmt: skip
    ActionSpec(
        "actionZoomFit",
        QT_TRANSLATE_NOOP("Actions", "&Both Sides in View"),
        "",
        "Ctrl+0",
        QT_TRANSLATE_NOOP("Actions", "Zoom so that both sides of the card are in view"),
        QT_TRANSLATE_NOOP("Actions", "Both sides"),
    ),
    ActionSpec(
        "actionFollowUps",
        QT_TRANSLATE_NOOP("Actions", "Show the F&ollow-ups"),
        "follow-ups",
        "Ctrl+U",
        QT_TRANSLATE_NOOP("Actions", "Who is due a word: log a call or lunch, or send a short note"),
    ),
    ActionSpec(
        "actionSettings",
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        "settings",
        QKeySequence.StandardKey.Preferences,
        QT_TRANSLATE_NOOP("Actions", "Ink, pen, card and print settings"),
    ),
    ActionSpec(
        "actionCalibrate",
        QT_TRANSLATE_NOOP("Actions", "&Calibrate the Printer…"),
        "calibrate",
        "",
        QT_TRANSLATE_NOOP("Actions", "Print a test page, measure it and save the printer's offsets"),
    ),
    ActionSpec(
        "actionEditTemplates",
        QT_TRANSLATE_NOOP("Actions", "Edit &Templates…"),
        "templates",
        "",
        QT_TRANSLATE_NOOP("Actions", "Change the card templates or write your own"),
    ),
    ActionSpec(
        "actionImport",
        QT_TRANSLATE_NOOP("Actions", "&Import Contacts…"),
        "import",
        "Ctrl+I",
        QT_TRANSLATE_NOOP(
            "Actions", "Bring people in from a business-card CSV or a vCard file (or drop the files here)"
        ),
    ),
    ActionSpec(
        "actionNewContact",
        QT_TRANSLATE_NOOP("Actions", "New &Contact…"),
        "contact-new",
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("Actions", "Add a person to the book"),
    ),
    ActionSpec(
        "actionEditContact",
        QT_TRANSLATE_NOOP("Actions", "&Edit Contact…"),
        "edit",
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Change this person's name, address, readings, tags and notes"),
    ),
    ActionSpec(
        "actionArchiveContact",
        QT_TRANSLATE_NOOP("Actions", "&Archive Contact"),
        "archive",
        "",
        QT_TRANSLATE_NOOP("Actions", "Move the selected people to the archive (nothing is deleted)"),
    ),
    ActionSpec(
        "actionRestoreContact",
        QT_TRANSLATE_NOOP("Actions", "&Restore Contact"),
        "restore",
        "",
        QT_TRANSLATE_NOOP("Actions", "Bring the selected archived people back into the book"),
    ),
    ActionSpec(
        "actionConfirmReadings",
        QT_TRANSLATE_NOOP("Actions", "Con&firm Suggested Readings"),
        "",
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Keep the readings postcard suggested for the selected people (marked “suggested”)"
        ),
    ),
    ActionSpec(
        "actionNewEvent",
        QT_TRANSLATE_NOOP("Actions", "New E&vent…"),
        "event",
        "",
        QT_TRANSLATE_NOOP("Actions", "Add an event (a seminar, a meetup) and the people met there"),
    ),
    ActionSpec(
        "actionEditEvent",
        QT_TRANSLATE_NOOP("Actions", "Edit Eve&nt…"),
        "",
        "",
        QT_TRANSLATE_NOOP("Actions", "Change the event's name, date, place and notes, and who was met there"),
    ),
    ActionSpec(
        "actionSenders",
        QT_TRANSLATE_NOOP("Actions", "Sen&der Profiles…"),
        "",
        "",
        QT_TRANSLATE_NOOP("Actions", "Who the cards are from: your name and address, one profile or several"),
    ),
    ActionSpec("actionQuit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "quit", QKeySequence.StandardKey.Quit),
    ActionSpec(
        "actionInstallDesktop",
        QT_TRANSLATE_NOOP("Actions", "Add postcard to the Applications &Menu"),
        "install",
        "",
        QT_TRANSLATE_NOOP("Actions", "Put postcard's launcher and icon in your desktop's menu"),
    ),
    ActionSpec("actionAbout", QT_TRANSLATE_NOOP("Actions", "&About postcard"), "about"),
)


def build_actions(parent: QObject) -> dict[str, QAction]:
    """One QAction per row of :data:`ACTIONS`, named by its id, labelled in the current language."""
    actions = {}
    for spec in ACTIONS:
        action = QAction(parent)
        action.setObjectName(spec.id)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actions[spec.id] = action
    retranslate_actions(actions)
    return actions


_MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")  # "(&P)" in Japanese text, "&P" in English


def plain_text(text: str) -> str:
    """A menu text as a button label: no mnemonic (Japanese "(&P)" included), no trailing ellipsis."""
    return _MNEMONIC.sub("", text).replace("&&", "&").rstrip("…").rstrip(".").strip()


def retranslate_actions(actions: dict[str, QAction]) -> None:
    """Set each action's text, button label and tooltip (with its shortcut) in the current language."""
    for spec in ACTIONS:
        action = actions[spec.id]
        text = QCoreApplication.translate(_CTX, spec.text)
        action.setText(text)
        action.setIconText(QCoreApplication.translate(_CTX, spec.short) if spec.short else plain_text(text))
        tip = QCoreApplication.translate(_CTX, spec.tip) if spec.tip else plain_text(text)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
