"""The card being written, as the window shows it after every keystroke: the PDF of both sides, the lines, what
stops it (or may keep it from arriving) and how much room the personal line has left. Pure computation.
"""

from __future__ import annotations

from dataclasses import dataclass

from postcard.compose.drafting import Composer, printed_job, room_left
from postcard.compose.message_shape import MessageShape, message_shape
from postcard.compose.printing import render_preview
from postcard.compose.problems import Problem, address_warnings, problem_from_error
from postcard.core.model import Card, Contact
from postcard.errors import PostcardError

# Re-exported (``X as X``): the types a front end passes in, so that it imports the application layer only.
from postcard.render.batch import PrintSettings as PrintSettings  # isort: skip
from postcard.render.fonts import FontCatalog as FontCatalog  # isort: skip


@dataclass(frozen=True)
class CardPreview:
    pdf: bytes = b""  # both sides, as they print (empty when the card cannot be drawn)
    lines: tuple[str, ...] = ()  # the card's text, line by line
    problems: tuple[Problem, ...] = ()  # the one that stops the card first, then the address warnings
    room: int | None = None  # characters left on the personal line's line (negative: too many); None: not counted
    shape: MessageShape | None = None  # how the message side writes the lines (a long one over two columns)
    personal_line: int | None = None  # which of the lines holds the personal line (None: none does)

    @property
    def personal_columns(self) -> int:
        """Over how many columns (rows) the card writes the personal line (1: whole, 0: not known)."""
        if self.shape is None or self.personal_line is None or self.personal_line >= len(self.shape.parts):
            return 0
        return len(self.shape.parts[self.personal_line])

    @property
    def blocking(self) -> Problem | None:
        return next((p for p in self.problems if p.blocking), None)

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.blocking]


def preview_card(
    composer: Composer,
    contact: Contact,
    settings: PrintSettings,
    fonts: FontCatalog,
    *,
    personal: str = "",
    template: str | None = None,
    seed: int | None = None,
    text_draft: Card | None = None,
    printed: Card | None = None,
) -> CardPreview:
    """One card as it would print with this personal line and template; or ``text_draft``'s whole text (a draft
    whose text was written out, which printing uses as it is); or, ``printed``, exactly as that logged card
    printed (its own text, seed and options). Pure: templates and fonts only, safe on a worker thread."""
    warnings = tuple(address_warnings(contact, composer.postal))
    try:
        if printed is not None:
            job = printed_job(printed, contact, composer.sender)
        elif text_draft is not None and text_draft.text.strip():
            job = composer.job(contact, draft=text_draft, seed=seed)
        else:
            job = composer.job(contact, template=template, personal=personal, seed=seed)
    except PostcardError as exc:
        return CardPreview(problems=(problem_from_error(contact, exc), *warnings))
    room = None
    if printed is None and text_draft is None:
        room = room_left(composer, contact, settings.options, fonts, personal=personal, template=template, seed=seed)
    try:
        pdf = render_preview(job, settings, fonts)
    except PostcardError as exc:
        return CardPreview(b"", job.lines, (problem_from_error(contact, exc), *warnings), room)
    text = personal.strip()
    written = [line.strip() for line in job.lines if line.strip()]
    index = next((i for i, line in enumerate(written) if text and text in line), None) if room is not None else None
    return CardPreview(pdf, job.lines, warnings, room, message_shape(job, settings.options, fonts), index)
