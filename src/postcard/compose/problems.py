"""What stops a card from printing (or should make the user look twice), as data that each front end words.

``detail`` keeps the English message of the error that found the problem (the CLI prints it as it is); the GUI
words the ``kind`` itself and shows ``char`` or ``lines`` where they say more.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from postcard.core.layout.card import layout_card
from postcard.core.layout.formats import LayoutOptions
from postcard.core.layout.metrics import FontMetrics
from postcard.core.model import Contact
from postcard.core.options import Sides
from postcard.errors import LayoutError, MissingGlyphError, PostcardError, TemplateError, TooManyLinesError
from postcard.render.batch import CardJob


class ProblemKind(StrEnum):
    MISSING_GLYPH = "missing-glyph"  # a character none of the bundled fonts has
    TOO_MANY_LINES = "too-many-lines"  # more than three lines (product.md §4)
    TOO_LONG = "too-long"  # a line, a name or an address that does not fit on the card
    NO_TEXT = "no-text"  # nothing to write on the message side
    TEMPLATE = "template"  # the template cannot be found or rendered
    OTHER = "other"  # any other refusal (an unknown format…)
    NO_ADDRESS = "no-address"  # a warning: the card prints, without an address
    NO_POSTAL_CODE = "no-postal-code"  # a warning: a Japanese address without its postal code


#: Kinds that only warn: the card still prints.
WARNINGS = frozenset({ProblemKind.NO_ADDRESS, ProblemKind.NO_POSTAL_CODE})


@dataclass(frozen=True)
class Problem:
    """One problem with one card."""

    contact_id: int
    name: str  # the contact's display name
    kind: ProblemKind
    detail: str = ""  # the English message of the error (for the CLI and logs)
    char: str = ""  # MISSING_GLYPH: the character
    lines: int = 0  # TOO_MANY_LINES: how many lines the card has

    @property
    def blocking(self) -> bool:
        """True when the card is not printed because of it."""
        return self.kind not in WARNINGS


def problem_from_error(contact: Contact, exc: PostcardError) -> Problem:
    """The problem that a refused card's error stands for."""
    kind, char, lines = ProblemKind.OTHER, "", 0
    if isinstance(exc, MissingGlyphError):
        kind, char = ProblemKind.MISSING_GLYPH, exc.char
    elif isinstance(exc, TooManyLinesError):
        kind, lines = ProblemKind.TOO_MANY_LINES, exc.count
    elif isinstance(exc, TemplateError):
        kind = ProblemKind.TEMPLATE
    elif isinstance(exc, LayoutError):
        kind = ProblemKind.TOO_LONG
    return Problem(contact.id or 0, contact.display_name, kind, str(exc), char, lines)


def address_warnings(contact: Contact) -> list[Problem]:
    """What is missing from the address side, though the card can still print."""
    who = (contact.id or 0, contact.display_name)
    if not any(line.strip() for line in contact.address_lines):
        return [Problem(*who, ProblemKind.NO_ADDRESS, f"{contact.display_name} has no address")]
    if contact.is_japanese_address and not contact.postal_code.strip():
        return [Problem(*who, ProblemKind.NO_POSTAL_CODE, f"{contact.display_name} has no postal code")]
    return []


def card_problems(
    job: CardJob, options: LayoutOptions, metrics: FontMetrics, sides: Sides = Sides.BOTH
) -> list[Problem]:
    """Everything wrong with one card: what the layout refuses (first), then what the address lacks."""
    problems = address_warnings(job.contact)
    try:
        layout_card(job.content, job.options or options, metrics, sides)
    except PostcardError as exc:
        problems.insert(0, problem_from_error(job.contact, exc))
    return problems
