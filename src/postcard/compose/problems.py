"""What stops a card from printing (or should make the user look twice), as data that each front end words.

``detail`` keeps the English message of the error that found the problem (the CLI prints it as it is); the GUI
words the ``kind`` itself from the values beside it (``char``, ``lines``, ``misfit`` and ``line``, ``template``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from postcard.core.addresscheck import AddressProblem, AddressProblemKind, PostalAreas, check_address
from postcard.core.layout.card import layout_card
from postcard.core.layout.formats import LayoutOptions
from postcard.core.layout.message import check_three_lines
from postcard.core.layout.metrics import FontMetrics
from postcard.core.model import Contact, Sender
from postcard.core.options import Sides
from postcard.errors import (
    LayoutError,
    Misfit,
    MissingGlyphError,
    PostcardError,
    TemplateError,
    TemplateFailure,
    TooManyLinesError,
)
from postcard.render.batch import CardJob


class ProblemKind(StrEnum):
    MISSING_GLYPH = "missing-glyph"  # a character none of the bundled fonts has
    TOO_MANY_LINES = "too-many-lines"  # more than three lines (product.md §4)
    TOO_LONG = "too-long"  # a line, a name or an address that does not fit on the card
    NO_TEXT = "no-text"  # nothing to write on the message side
    TEMPLATE = "template"  # the template cannot be found or rendered
    OTHER = "other"  # any other refusal (an unknown format…)
    # From core.addresscheck: the card may not arrive. It is laid out and planned, but the batch holds it back until
    # the user says to print it anyway (PrintRequest.force_address) or to leave it out (BatchPlan.undeliverable).
    NO_ADDRESS = AddressProblemKind.NO_ADDRESS.value
    NO_POSTAL_CODE = AddressProblemKind.NO_POSTAL_CODE.value
    MALFORMED_POSTAL_CODE = AddressProblemKind.MALFORMED_POSTAL_CODE.value
    UNKNOWN_POSTAL_CODE = AddressProblemKind.UNKNOWN_POSTAL_CODE.value
    PREFECTURE_MISMATCH = AddressProblemKind.PREFECTURE_MISMATCH.value
    CITY_MISMATCH = AddressProblemKind.CITY_MISMATCH.value
    NO_STREET_NUMBER = AddressProblemKind.NO_STREET_NUMBER.value


#: Kinds that do not stop the layout: the address check's, which a print run asks about (BatchPlan.undeliverable).
WARNINGS = frozenset(ProblemKind(kind.value) for kind in AddressProblemKind)
_ADDRESS_DETAIL: dict[str, str] = {
    AddressProblemKind.NO_ADDRESS: "{name} has no address",
    AddressProblemKind.NO_POSTAL_CODE: "{name} has no postal code",
    AddressProblemKind.MALFORMED_POSTAL_CODE: "the postal code of {name} ({found}) is not seven digits",
    AddressProblemKind.UNKNOWN_POSTAL_CODE: "Japan Post knows no postal code {found} (the address of {name})",
    AddressProblemKind.PREFECTURE_MISMATCH: "the address of {name} is in {found}, its postal code in {expected}",
    AddressProblemKind.CITY_MISMATCH: "the address of {name} is in {found}, its postal code in {expected}",
    "no-city": "the address of {name} has no city or town (its postal code is in {expected})",
    AddressProblemKind.NO_STREET_NUMBER: "the address of {name} has no street number",
}


@dataclass(frozen=True)
class Problem:
    """One problem with one card."""

    contact_id: int
    name: str  # the contact's display name
    kind: ProblemKind
    detail: str = ""  # the English message of the error (for the CLI and logs)
    char: str = ""  # MISSING_GLYPH: the character
    lines: int = 0  # TOO_MANY_LINES: how many lines the card has
    found: str = ""  # the address warnings: the value at fault (see core.addresscheck.AddressProblem)
    expected: str = ""  # PREFECTURE_MISMATCH, CITY_MISMATCH: what Japan Post has for the postal code
    misfit: Misfit | None = None  # TOO_LONG: what does not fit (the name, the address, a line of the message…)
    line: int = 0  # TOO_LONG of a line of the message: which line (1-based)
    template: TemplateFailure | None = None  # TEMPLATE: why the template cannot be used

    @property
    def blocking(self) -> bool:
        """True when the card is not printed because of it."""
        return self.kind not in WARNINGS


def problem_from_error(contact: Contact, exc: PostcardError) -> Problem:
    """The problem that a refused card's error stands for, with the error's facts."""
    who, detail = (contact.id or 0, contact.display_name), str(exc)
    if isinstance(exc, MissingGlyphError):
        return Problem(*who, ProblemKind.MISSING_GLYPH, detail, char=exc.char)
    if isinstance(exc, TooManyLinesError):
        return Problem(*who, ProblemKind.TOO_MANY_LINES, detail, lines=exc.count)
    if isinstance(exc, TemplateError):
        return Problem(*who, ProblemKind.TEMPLATE, detail, template=exc.failure)
    if isinstance(exc, LayoutError) and exc.misfit is Misfit.NO_TEXT:
        return Problem(*who, ProblemKind.NO_TEXT, detail)
    if isinstance(exc, LayoutError):
        return Problem(*who, ProblemKind.TOO_LONG, detail, misfit=exc.misfit, line=exc.line)
    return Problem(*who, ProblemKind.OTHER, detail)


def address_warnings(contact: Contact, lookup: PostalAreas | None = None) -> list[Problem]:
    """What may keep the card from arriving (:func:`postcard.core.addresscheck.check_address`), though it prints.

    ``lookup`` caches the postal codes' areas across a batch.
    """
    name = contact.display_name
    return [
        Problem(
            contact.id or 0,
            name,
            ProblemKind(p.kind.value),
            _ADDRESS_DETAIL[_detail_key(p)].format(name=name, found=p.found, expected=p.expected),
            found=p.found,
            expected=p.expected,
        )  # fmt: skip
        for p in check_address(contact, lookup=lookup)
    ]


def _detail_key(problem: AddressProblem) -> str:
    return "no-city" if problem.kind is AddressProblemKind.CITY_MISMATCH and not problem.found else problem.kind


def layout_problem(
    job: CardJob, options: LayoutOptions, metrics: FontMetrics, sides: Sides = Sides.BOTH
) -> Problem | None:
    """What the layout refuses in one card (a line too long, a character only some fonts lack…), or None. The card's
    own options (a reprint's) win over ``options``."""
    try:
        layout_card(job.content, job.options or options, metrics, sides)
    except PostcardError as exc:
        return problem_from_error(job.contact, exc)
    return None


def card_problems(
    job: CardJob, options: LayoutOptions, metrics: FontMetrics, sides: Sides = Sides.BOTH,
    lookup: PostalAreas | None = None,
) -> list[Problem]:  # fmt: skip
    """Everything wrong with one card: what the layout refuses (first), then what the address lacks."""
    problems = address_warnings(job.contact, lookup)
    refused = layout_problem(job, options, metrics, sides)
    return [refused, *problems] if refused else problems


def precheck(
    job: CardJob, options: LayoutOptions, metrics: FontMetrics, sides: Sides = Sides.BOTH,
    lookup: PostalAreas | None = None,
) -> list[Problem]:  # fmt: skip
    """The problems that can be found without laying the card out: no text, more than three lines, a character
    that no font has in a text the card draws; then what the address lacks.

    Every card it refuses, the layout refuses too (the same rule, or a glyph no font of any chain has, in a text
    each side draws as it is); the layout, run once as the batch is drawn, finds the rest (a line too long, a
    character only some fonts lack). ``tests/unit/compose/test_precheck.py`` holds it against the layout.
    """
    contact, name = job.contact, job.contact.display_name
    who = (contact.id or 0, name)
    problems = address_warnings(contact, lookup)
    blocking: Problem | None = None
    if Sides(sides) in (Sides.BOTH, Sides.MESSAGE):
        if not any(line.strip() for line in job.lines):
            blocking = Problem(*who, ProblemKind.NO_TEXT, f"the card for {name} has no text")
        else:
            try:
                kept = check_three_lines(job.lines, name)  # the layout's own rule
            except TooManyLinesError as exc:
                blocking = problem_from_error(contact, exc)
            else:
                blocking = _missing(who, (*kept, *_sender_names(job.sender)), options, metrics, f"card for {name}")
    if blocking is None and Sides(sides) in (Sides.BOTH, Sides.ADDRESS):
        texts = (contact.family_name, contact.given_name, contact.honorific, contact.company, contact.department,
                 contact.title, contact.address1, contact.address2, contact.address3,
                 *(f"{j.family_name}{j.given_name}{j.honorific}" for j in contact.joint_names),
                 *_sender_names(job.sender),
                 *((job.sender.address1, job.sender.address2, job.sender.address3) if job.sender else ()))  # fmt: skip
        blocking = _missing(who, texts, options, metrics, f"address side for {name}")
    return [blocking, *problems] if blocking else problems


def _sender_names(sender: Sender | None) -> tuple[str, ...]:
    return (sender.family_name, sender.given_name) if sender else ()


def _missing(who: tuple[int, str], texts: tuple[str, ...], options: LayoutOptions, metrics: FontMetrics,
             where: str) -> Problem | None:  # fmt: skip
    """A problem for the first character of ``texts`` that no font the layout uses has."""
    fonts = tuple(dict.fromkeys((*options.address_chain, *options.latin_chain)))  # the widest coverage first
    text = "".join(texts)
    lacking = {ch for ch in set(text) if not ch.isspace() and not any(metrics.has(font, ch) for font in fonts)}
    if not lacking:  # (each character checked once, however often it recurs)
        return None
    ch = next(ch for ch in text if ch in lacking)
    return Problem(*who, ProblemKind.MISSING_GLYPH, str(MissingGlyphError(ch, where)), char=ch)
