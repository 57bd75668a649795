"""The window's words for what the application layer returns as data (problems, per card)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postcard.compose.problems import Problem, ProblemKind


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Problems", text, None, n)


def problem_text(problem: Problem, with_name: bool = False) -> str:
    """One problem, in the window's language (``with_name``: "山田 太郎: …" for a list of cards)."""
    kind = problem.kind
    if kind is ProblemKind.MISSING_GLYPH:
        text = tr("No font has the character “%1” (%2); replace it with another.")
        text = text.replace("%1", problem.char).replace("%2", f"U+{ord(problem.char):04X}" if problem.char else "")
    elif kind is ProblemKind.TOO_MANY_LINES:
        text = tr(
            "The card has %n lines; a postcard takes at most three. Shorten the text or remove a line break.",
            max(problem.lines, 4),
        )
    elif kind is ProblemKind.TOO_LONG:
        text = tr("A line is too long to fit on the card, even in small writing; shorten it.")
    elif kind is ProblemKind.NO_TEXT:
        text = tr("The card has no text.")
    elif kind is ProblemKind.NO_ADDRESS:
        text = tr("No address: the card prints without one.")
    elif kind is ProblemKind.NO_POSTAL_CODE:
        text = tr("No postal code: the boxes on the address side stay empty.")
    elif kind is ProblemKind.TEMPLATE:
        text = tr("The template cannot be used: %1").replace("%1", problem.detail)
    else:
        text = problem.detail
    return f"{problem.name}: {text}" if with_name else text
