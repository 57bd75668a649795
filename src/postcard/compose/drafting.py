"""One card: its text (the draft's, or a template filled in), its format (from the address), its seed, and what
would stop it from printing — fast enough for every keystroke. Saving a draft is the one write here.

The card follows the address, always: a Japanese address gets a Japanese postcard and an address abroad an A6
card, whatever a draft, a template or an old log row says; only a format the user forces for a batch wins.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field

from postcard.compose.message_shape import is_vertical, shape_of
from postcard.compose.problems import Problem, address_warnings, card_problems, precheck, problem_from_error
from postcard.core.addresscheck import PostalAreas
from postcard.core.layout.card import layout_card
from postcard.core.layout.formats import LayoutOptions, address_format, card_format
from postcard.core.model import Card, CardStatus, Contact, Event, Sender
from postcard.core.options import Direction, Format, Sides
from postcard.core.text import normalize_text
from postcard.errors import PostcardError, TooManyLinesError
from postcard.render.fonts import FontCatalog
from postcard.render.templates import MAX_LINES, LoadedTemplate, TemplateLibrary
from postcard.store.store import Store

# Re-exported (``X as X``): one card to draw, as a front end builds a sample of its own.
from postcard.render.batch import CardJob as CardJob  # isort: skip

DEFAULT_TEMPLATE = {"ja": "ja-seminar", "en": "en-talk"}
POSTAL_CODES_KEPT = 2_000


def contact_lang(contact: Contact) -> str:
    """Japanese names, and organisations with a Japanese address, get Japanese templates."""
    if contact.is_japanese_name or (not contact.full_name and contact.is_japanese_address):
        return "ja"
    return "en"


def default_template(contact: Contact) -> str:
    return DEFAULT_TEMPLATE[contact_lang(contact)]


def card_format_for(contact: Contact, forced: str | None = None, abroad: str = Format.A6) -> Format:
    """The card a contact gets: the one the user forced for the batch, else the one the address calls for
    (``abroad``: the preferred card for an address outside Japan)."""
    if forced:
        return card_format(forced).key
    return address_format(contact.is_japanese_address, abroad)


def message_direction(template_direction: str, fmt: Format) -> Direction:
    """A vertical message on a Japanese postcard; across on any other card, whatever the template says."""
    return Direction(template_direction) if card_format(fmt).japanese else Direction.HORIZONTAL


class Composer:
    """Fills in the cards of one batch (or one editing session): each template is found and compiled once.

    Reads nothing from the store: the event, the sender and each contact's draft are passed in.
    """

    def __init__(self, templates: TemplateLibrary, *, event: Event | None, sender: Sender | None,
                 today: dt.date | None = None, abroad: str = Format.A6) -> None:  # fmt: skip
        self.templates, self.event, self.sender, self.abroad = templates, event, sender, abroad
        self.today = today or dt.date.today()
        self._loaded: dict[str, LoadedTemplate] = {}
        # Each postal code looked up once for the address check, the last 2,000 kept: a batch of any size stays small.
        self.postal = PostalAreas(limit=POSTAL_CODES_KEPT)

    def template(self, name: str) -> LoadedTemplate:
        if name not in self._loaded:
            self._loaded[name] = self.templates.load(name)
        return self._loaded[name]

    def job(
        self,
        contact: Contact,
        *,
        draft: Card | None = None,
        template: str | None = None,
        personal: str | None = None,
        fmt: str | None = None,
        seed: int | None = None,
    ) -> CardJob:
        """One card's job: the draft's own text if the user wrote one, else the template filled in.

        ``template`` and ``personal`` override the draft's; ``fmt`` forces a format; ``seed`` overrides the
        draft's (which is kept from one preview to the next, so that the card does not change under the pen).
        Raises PostcardError (TemplateError, TooManyLinesError) when the text cannot be made.
        """
        name = template or (draft.template if draft and draft.template else None) or default_template(contact)
        loaded = self.template(name)
        personal_line = personal if personal is not None else (draft.personal if draft else "")
        if draft and draft.text.strip() and template is None and personal is None:
            lines = tuple(line for line in draft.text.splitlines() if line.strip())
        else:
            rendered = self.templates.render_loaded(
                loaded, contact=contact, event=self.event, personal=personal_line, sender=self.sender, today=self.today
            )
            lines = tuple(rendered.lines)
        chosen = card_format_for(contact, fmt, self.abroad)
        if seed is None:
            seed = draft.seed if draft and draft.seed else secrets.randbits(31)
        return CardJob(contact, lines, self.sender, name, personal_line, self.event.id if self.event else None,
                       chosen, message_direction(loaded.info.direction, chosen), seed,
                       draft.id if draft else None)  # fmt: skip


@dataclass(frozen=True)
class Composed:
    """A card as it would print (or, ``printed``, as it was printed), and what is wrong with it."""

    job: CardJob | None  # None when the text could not be made (see problems)
    problems: tuple[Problem, ...] = ()
    printed: Card | None = None  # the logged card this shows, read-only: its text and seed as printed
    contact: Contact = field(default_factory=Contact)

    @property
    def lines(self) -> tuple[str, ...]:
        return self.job.lines if self.job else ()

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def printable(self) -> bool:
        return self.job is not None and not self.blocking

    @property
    def read_only(self) -> bool:
        return self.printed is not None


def compose_card(
    composer: Composer,
    contact: Contact,
    options: LayoutOptions,
    fonts: FontCatalog,
    *,
    draft: Card | None = None,
    template: str | None = None,
    personal: str | None = None,
    fmt: str | None = None,
    seed: int | None = None,
    sides: Sides = Sides.BOTH,
    layout: bool = True,
) -> Composed:
    """The card for ``contact`` with its problems (three-line rule, a line too long, a missing glyph, a template
    error, a missing address) as data. Pure computation: safe on a worker thread.

    ``layout=False`` checks only what can be checked without laying the card out (:func:`precheck`): a batch
    does that, and lays each card out once, as it draws it.
    """
    try:
        job = composer.job(contact, draft=draft, template=template, personal=personal, fmt=fmt, seed=seed)
    except PostcardError as exc:
        warnings = address_warnings(contact, composer.postal)
        return Composed(None, (problem_from_error(contact, exc), *warnings), contact=contact)
    check = card_problems if layout else precheck
    return Composed(job, tuple(check(job, options, fonts, sides, composer.postal)), contact=contact)


#: The characters-left count stops here (a personal line longer than this is long enough to need no count).
ROOM_LIMIT = 64


def room_left(
    composer: Composer,
    contact: Contact,
    options: LayoutOptions,
    fonts: FontCatalog,
    *,
    personal: str,
    draft: Card | None = None,
    template: str | None = None,
    seed: int | None = None,
    limit: int = ROOM_LIMIT,
) -> int | None:
    """How many more characters the personal line takes while the card writes its line in one column (one row
    across), up to ``limit``; negative: how many must go for it to be in one again (the layout has broken it over
    two or more, or it does not fit at all). None when there is nothing to count (no line, a line break in it —
    the three-line check speaks then —, or a template that writes no personal line). The card may break another
    line instead: only the personal line's own columns count. Pure computation: a handful of layouts of the
    message side.

    The probe repeats the line's last character (a kanji for a Japanese line, a letter for an English one), so
    the count is in the characters the user is typing.
    """
    text = personal.strip()
    if not text or "\n" in text:
        return None
    last = text[-1]
    filler = last if last.isprintable() and not last.isspace() else "一"

    def columns(probe: str) -> int | None:
        """Over how many columns (rows) the card writes the line with the personal text (None: no card)."""
        try:
            job = composer.job(contact, draft=draft, template=template, personal=probe, seed=seed)
            (page,) = layout_card(job.content, options, fonts, Sides.MESSAGE)
        except PostcardError:
            return None
        shape = shape_of(job.lines, page, is_vertical(job))
        written = [line.strip() for line in job.lines if line.strip()]
        index = next((i for i, line in enumerate(written) if probe.strip() in line), None)
        return len(shape.parts[index]) if index is not None and index < len(shape.parts) else None

    if columns(text[:1]) is None:  # the template writes no personal line (or no card can be made): nothing to count
        return None

    def fits(extra: int) -> bool:
        return columns(text + filler * extra if extra >= 0 else text[:extra]) == 1

    if not fits(0):  # broken or too long: the fewest characters to take away (fitting grows as characters go)
        lo, hi = 0, len(text)  # fits(-hi) is taken as true: an empty line is not measured
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if fits(-mid) else (mid, hi)
        return -hi
    if fits(limit):
        return limit
    lo, hi = 0, limit  # fits(lo), not fits(hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo


def printed_job(card: Card, contact: Contact, sender: Sender | None) -> CardJob:
    """The job that draws a logged card again exactly: its stored text, template, seed and options.

    The format is the stored one unless the contact's address now calls for the other kind of card (a
    Japanese postcard for an address abroad, or the reverse): the card follows the address.
    """
    stored = card_format(card.format).key if card.format else card_format_for(contact)
    fmt = stored if card_format(stored).japanese == contact.is_japanese_address else card_format_for(contact)
    direction = message_direction(str(card.options.get("direction", Direction.VERTICAL)), fmt)
    return CardJob(contact, tuple(card.text.splitlines()), sender, card.template, card.personal, card.event_id, fmt,
                   direction, card.seed, options=LayoutOptions.from_dict(card.options))  # fmt: skip


def printed_card(store: Store, contact: Contact, event: Event | None) -> Card | None:
    """The last card printed (or sent, or replied to) for ``contact`` and ``event``, if there is one."""
    cards = store.cards.thanked_for_event(contact.id or 0, event.id if event else None)
    return max(cards, key=lambda c: (c.printed_at or dt.datetime.min.replace(tzinfo=dt.UTC), c.id or 0), default=None)


def show_printed(card: Card, contact: Contact, sender: Sender | None) -> Composed:
    """A printed card exactly as it was printed (text and seed), for a read-only view."""
    return Composed(printed_job(card, contact, sender), printed=card, contact=contact)


# --- the one write -----------------------------------------------------------------------------------------------
def split_text(text: str) -> list[str]:
    """A whole card text as typed: lines separated by newlines or '/', blank ones dropped."""
    return [line.strip() for line in text.replace("/", "\n").splitlines() if line.strip()]


def save_draft(
    store: Store,
    templates: TemplateLibrary,
    contact: Contact,
    event: Event | None,
    *,
    personal: str | None = None,
    text: str | Sequence[str] | None = None,
    template: str | None = None,
    sender: Sender | None = None,
) -> Card:
    """Save what the user wrote for ``contact`` and ``event`` (the personal line, a template, or the whole text)
    as the draft that the next print uses. Writes the store: call it on the thread that owns the store.

    Raises TemplateError for an unknown template or one that cannot be filled in for this contact, and
    TooManyLinesError for a text (or a filled-in template) of more than three lines.
    """
    if personal is None and text is None and template is None:
        raise PostcardError("give a personal line, a text or a template")
    if template:
        templates.get(template)  # an unknown name is an error now, not at print time
    event_id = event.id if event else None
    draft = store.cards.drafts_for_event(event_id).get(contact.id or 0) or Card(
        contact_id=contact.id or 0, text="", event_id=event_id
    )
    if personal is not None:
        draft.personal = normalize_text(personal)
    if template:
        draft.template = template
    if text is not None:
        lines = split_text(text) if isinstance(text, str) else [line.strip() for line in text if line.strip()]
        if len(lines) > MAX_LINES:
            raise TooManyLinesError(
                f"the card for {contact.display_name} has {len(lines)} lines; at most {MAX_LINES}", len(lines)
            )
        draft.text = "\n".join(lines)
    draft.format = card_format_for(contact)  # what the address calls for today; printing decides again
    draft.status = CardStatus.DRAFT
    sender = sender or store.senders.default()
    draft.sender_id = sender.id if sender else None
    if draft.template and not draft.text and (template or personal is not None):
        # Filled in for this person now: a template that fails (an error, a loop stopped, four lines) is refused
        # before it is saved, not at print time.
        templates.render(draft.template, contact=contact, event=event, personal=draft.personal, sender=sender)
    return store.cards.save_draft(draft)
