"""The window's words for what the application layer returns as data (problems per card, address checks)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from postcard.compose.book import FieldProblem, FieldProblemKind
from postcard.compose.problems import Problem, ProblemKind
from postcard.core.addresscheck import AddressProblem, AddressProblemKind
from postcard.core.text import format_postal_code

from postcard.gui.error_wording import misfit_text, template_failure_text

_ADDRESS_KINDS = {kind.value for kind in AddressProblemKind}


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
        text = misfit_text(problem.misfit, problem.line)
    elif kind is ProblemKind.NO_TEXT:
        text = tr("The card has no text.")
    elif kind is ProblemKind.NO_ADDRESS:
        text = tr("No address: the card prints without one.")
    elif kind is ProblemKind.NO_POSTAL_CODE:
        text = tr("No postal code: the boxes on the address side stay empty.")
    elif kind is ProblemKind.TEMPLATE:
        why = template_failure_text(problem.template) if problem.template is not None else problem.detail
        text = tr("The template cannot be used: %1").replace("%1", why)
    elif kind.value in _ADDRESS_KINDS:
        text = address_problem_text(AddressProblem(AddressProblemKind(kind.value), problem.found, problem.expected))
    else:
        text = tr("This card cannot be made: %1").replace("%1", problem.detail)
    return tr("%1: %2").replace("%1", problem.name).replace("%2", text) if with_name else text


def address_problem_text(problem: AddressProblem) -> str:
    """One reason a card may not arrive, in the window's language."""
    kind, found, expected = problem.kind, problem.found, problem.expected
    if kind is AddressProblemKind.NO_ADDRESS:
        return tr("No address.")
    if kind is AddressProblemKind.NO_POSTAL_CODE:
        return tr("No postal code.")
    if kind is AddressProblemKind.MALFORMED_POSTAL_CODE:
        return tr("The postal code “%1” is not seven digits.").replace("%1", found)
    if kind is AddressProblemKind.UNKNOWN_POSTAL_CODE:
        return tr("Japan Post does not know the postal code %1.").replace("%1", format_postal_code(found))
    if kind is AddressProblemKind.PREFECTURE_MISMATCH:
        return tr("The postal code is in %1, the address in %2.").replace("%1", expected).replace("%2", found)
    if kind is AddressProblemKind.CITY_MISMATCH:
        text = tr("The postal code is in %1, the address in %2.") if found else tr("The postal code is in %1.")
        return text.replace("%1", expected).replace("%2", found)
    return tr("No street number (番地).")


def address_problems_text(problems: Sequence[AddressProblem]) -> str:
    return " ".join(address_problem_text(p) for p in problems)


def field_problem_text(problem: FieldProblem) -> str:
    """Why an editor cannot save, said at the field."""
    kind = problem.kind
    if kind is FieldProblemKind.NO_NAME:
        return tr("Give a name, a company or an e-mail address: someone to write to.")
    if kind is FieldProblemKind.EMAIL:
        return tr("The e-mail address is not one (name@example.com).")
    if kind is FieldProblemKind.INTERVAL:
        return tr("The keep-in-touch interval must be at least one day.")
    if kind is FieldProblemKind.TOO_MANY_JOINT_NAMES:
        return tr("A card takes at most three joint names.")
    if kind is FieldProblemKind.JOINT_NAME:
        return tr("Joint name %1 has no name.").replace("%1", str(problem.index + 1))
    if kind is FieldProblemKind.EVENT_NAME:
        return tr("Give the event a name.")
    return tr("Give the sender a name or a company.")


def some_names(names: Sequence[str], most: int = 5) -> str:
    """A few names for a sentence ("山田 太郎、佐藤 花子…"): the first ``most``, and "…" when there are more."""
    return tr(", ").join(names[:most]) + ("…" if len(names) > most else "")


def format_label(fmt: str) -> str:
    """A card stock in the window's language."""
    labels = {
        "jp-hagaki": tr("Japanese postcard (はがき), 100 × 148 mm"),
        "a6": tr("A6 card, 105 × 148 mm"),
        "us-4x6": tr("US postcard, 4 × 6 in"),
    }
    return labels.get(str(fmt), str(fmt))
