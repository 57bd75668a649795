"""The compose panel's session: one person's card for one event, read from and saved to the store on the GUI thread.

:class:`DraftSession` lives on the GUI thread (it reads and writes the store); :meth:`DraftSession.card_view`
takes a snapshot (:class:`CardView`) whose :meth:`CardView.render` runs on the render thread: it calls
:func:`postcard.compose.preview.preview_card` (templates and fonts, never the store or a widget).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace

from postcard.compose import preferences
from postcard.compose.drafting import Composer, card_format_for, default_template, printed_card
from postcard.compose.preview import CardPreview, FontCatalog, PrintSettings, preview_card
from postcard.compose.printing import print_settings
from postcard.context import AppContext
from postcard.core.model import Card, Contact, Event


@dataclass(frozen=True)
class CardView:
    """Everything needed to draw one card, copied on the GUI thread (safe to use on the render thread)."""

    composer: Composer  # used by the render thread only (one at a time): it caches compiled templates
    fonts: FontCatalog
    contact: Contact
    settings: PrintSettings
    template: str
    personal: str
    seed: int
    text_draft: Card | None = None
    printed: Card | None = None

    def render(self) -> CardPreview:
        """The card's PDF, its lines, its problems and the room left (pure: templates and fonts only)."""
        return preview_card(self.composer, self.contact, self.settings, self.fonts, personal=self.personal,
                            template=self.template, seed=self.seed, text_draft=self.text_draft,
                            printed=self.printed)  # fmt: skip


class DraftSession:
    """One person's card for one event while the panel shows it; saves the draft as it changes.

    A person already thanked for the event (a card printed, sent or replied, and no new draft) opens read-only
    on that card: its template, personal line, text, seed, sender and options as printed.
    """

    def __init__(self, ctx: AppContext, contact: Contact, event: Event | None) -> None:
        store = ctx.store
        self.ctx, self.contact, self.event = ctx, contact, event
        self.draft: Card | None = store.cards.drafts_for_event(event.id if event else None).get(contact.id or 0)
        self.printed: Card | None = printed_card(store, contact, event)
        self.read_only = self.draft is None and self.printed is not None
        self.abroad = str(preferences.load(store.settings)["abroad_format"])  # the card for an address abroad
        if self.read_only and self.printed is not None:
            card = self.printed
            self.sender = store.senders.get(card.sender_id) if card.sender_id else None
            self.template, self.personal, self.seed = card.template, card.personal, card.seed
        else:
            self.sender = store.senders.default()
            draft = self.draft
            self.template = (draft.template if draft and draft.template else "") or default_template(contact)
            self.personal = draft.personal if draft else ""
            self.seed = draft.seed if draft and draft.seed else secrets.randbits(31)
        self.composer = self._composer()

    def _composer(self) -> Composer:
        return Composer(self.ctx.templates, event=self.event, sender=self.sender, abroad=self.abroad)

    @classmethod
    def open(cls, ctx: AppContext, contact: Contact, event: Event | None) -> DraftSession:
        return cls(ctx, contact, event)

    @property
    def text_draft(self) -> Card | None:
        """The draft when its whole text was written out (printing uses that text as it is)."""
        return self.draft if self.draft is not None and self.draft.text.strip() else None

    def card_view(self) -> CardView:
        """The card as it stands, with the print settings as saved now (the settings dialog may have changed them)."""
        printed = self.printed if self.read_only else None
        settings = print_settings(preferences.load(self.ctx.store.settings))
        return CardView(self.composer, self.ctx.fonts, self.contact, settings, self.template, self.personal,
                        self.seed, None if printed else self.text_draft, printed)  # fmt: skip

    def start_new_card(self) -> None:
        """Leave the printed card: a new, empty card for this person and event (saved once something is typed)."""
        self.read_only = False
        self.personal = ""
        self.template = default_template(self.contact)
        self.seed = secrets.randbits(31)
        self.sender = self.ctx.store.senders.default()
        self.composer = self._composer()

    def save(self, *, personal: str | None = None, template: str | None = None) -> Card:
        """Save the draft as typed (the personal line replaces a written-out text: the template is used again)."""
        if template is not None:
            self.ctx.templates.get(template)  # an unknown template is refused before anything is saved
            self.template = template
        if personal is not None:
            self.personal = personal
        draft = self.draft or Card(
            contact_id=self.contact.id or 0, text="", event_id=self.event.id if self.event else None
        )
        draft = replace(
            draft,
            template=self.template,
            personal=self.personal,
            text="",
            format=card_format_for(self.contact, abroad=self.abroad),
            seed=self.seed,
            sender_id=self.sender.id if self.sender else None,
        )
        self.draft = self.ctx.store.cards.save_draft(draft)
        return self.draft

    def save_notes(self, notes: str) -> None:
        self.contact.notes = notes
        self.ctx.store.contacts.update(self.contact)
