"""The compose panel's link to the application layer: one person's card for one event, as plain data.

:class:`DraftSession` lives on the GUI thread (it reads and writes the store); :meth:`DraftSession.card_view`
takes a snapshot (:class:`CardView`) whose :meth:`CardView.render` runs on the render thread and returns a
:class:`PreviewResult` (PDF bytes, the lines, the problem, the room left) without touching the store or a widget.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace

from postcard.compose import preferences
from postcard.compose.drafting import Composer, card_format_for, default_template, printed_card, printed_job
from postcard.compose.printing import print_settings, render_preview
from postcard.compose.problems import problem_from_error
from postcard.context import AppContext
from postcard.core.layout.card import layout_card
from postcard.core.model import Card, CardStatus, Contact, Event, Sender
from postcard.errors import PostcardError
from postcard.render.batch import CardJob, PrintSettings

from postcard.gui.wording import problem_text

ROOM_LIMIT = 64


@dataclass(frozen=True)
class PreviewResult:
    pdf: bytes = b""
    lines: tuple[str, ...] = ()
    problem: PostcardError | None = None
    room: int | None = None  # characters left on the personal line's line (negative: too many)


@dataclass(frozen=True)
class CardView:
    """Everything needed to draw one card, copied from the GUI thread (safe to use on a worker)."""

    ctx: AppContext  # only its templates and fonts are used here, never the store
    contact: Contact
    event: Event | None
    sender: Sender | None
    template: str
    personal: str
    seed: int
    settings: PrintSettings
    printed: Card | None = None

    def job(self, personal: str | None = None) -> CardJob:
        if self.printed is not None:
            return printed_job(self.printed, self.contact, self.sender)
        composer = Composer(self.ctx.templates, event=self.event, sender=self.sender)
        return composer.job(
            self.contact,
            template=self.template,
            personal=self.personal if personal is None else personal,
            seed=self.seed,
        )

    def render(self) -> PreviewResult:
        """The card's PDF and what is wrong with it (pure: templates and fonts only)."""
        try:
            job = self.job()
        except PostcardError as exc:
            return PreviewResult(problem=exc)
        try:
            pdf = render_preview(job, self.settings, self.ctx.fonts)
        except PostcardError as exc:
            return PreviewResult(lines=job.lines, problem=exc, room=self._room(job))
        return PreviewResult(pdf, job.lines, None, None if self.printed else self._room(job))

    def _room(self, job: CardJob) -> int | None:
        """How many more characters the personal line takes before its line stops fitting (negative: too many)."""
        if not self.personal.strip() or "\n" in self.personal.strip():
            return None
        filler = self.personal.strip()[-1]
        if filler.isspace() or not filler.isprintable():
            filler = "一"

        def fits(extra: int) -> bool:
            try:
                probe = self.job(self.personal.rstrip() + filler * extra if extra >= 0 else self.personal[:extra])
                layout_card(probe.content, self.settings.options, self.ctx.fonts, "message")
            except PostcardError:
                return False
            return True

        if not fits(0):
            count = len(self.personal.strip())
            lo = next((k for k in range(1, count) if fits(-k)), count)
            return -lo
        lo, hi = 0, ROOM_LIMIT
        if fits(hi):
            return hi
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if fits(mid) else (lo, mid)
        return lo


class DraftSession:
    """One person's card for one event while the panel shows it; saves the draft as it changes."""

    def __init__(self, ctx: AppContext, contact: Contact, event: Event | None) -> None:
        self.ctx, self.contact, self.event = ctx, contact, event
        self.sender = ctx.store.senders.default()
        self.draft: Card | None = ctx.store.cards.drafts_for_event(event.id if event else None).get(contact.id or 0)
        self.printed: Card | None = printed_card(ctx.store, contact, event)
        self.read_only = self.draft is None and self.printed is not None
        lang_default = default_template(contact)
        self.template = (self.draft.template if self.draft and self.draft.template else "") or lang_default
        self.personal = self.draft.personal if self.draft else ""
        self.seed = self.draft.seed if self.draft and self.draft.seed else secrets.randbits(31)

    @classmethod
    def open(cls, ctx: AppContext, contact: Contact, event: Event | None) -> DraftSession:
        return cls(ctx, contact, event)

    def card_view(self) -> CardView:
        settings = print_settings(preferences.load(self.ctx.store.settings))
        return CardView(
            self.ctx,
            self.contact,
            self.event,
            self.sender,
            self.template,
            self.personal,
            self.seed,
            settings,
            self.printed if self.read_only else None,
        )

    def start_new_card(self) -> None:
        self.read_only = False
        self.personal = ""
        self.seed = secrets.randbits(31)

    def save(self, *, personal: str | None = None, template: str | None = None) -> Card:
        if personal is not None:
            self.personal = personal
        if template is not None:
            self.template = template
        self.ctx.templates.get(self.template)  # an unknown template is refused before anything is saved
        draft = self.draft or Card(
            contact_id=self.contact.id or 0, text="", event_id=self.event.id if self.event else None
        )
        draft = replace(
            draft,
            template=self.template,
            personal=self.personal,
            text="",
            format=card_format_for(self.contact),
            seed=self.seed,
            sender_id=self.sender.id if self.sender else None,
        )
        self.draft = self.ctx.store.cards.save_draft(draft)
        return self.draft

    def save_notes(self, notes: str) -> None:
        self.contact.notes = notes
        self.ctx.store.contacts.update(self.contact)

    @staticmethod
    def mark_event(ctx: AppContext, event: Event, status: CardStatus) -> int:
        rows = ctx.store.cards.list(event_id=event.id, status=CardStatus.PRINTED)
        return ctx.store.cards.set_status([r.card.id for r in rows if r.card.id], status)


def describe_problem(problem: PostcardError, contact: Contact | None = None) -> str:
    """What stops the card, in the window's language."""
    return problem_text(problem_from_error(contact or Contact(), problem))
