"""From a selection of contacts to print jobs: templates filled, drafts honoured, problems named per card.

This is the application layer shared by the CLI and the GUI (it uses the store, the templates and the fonts).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field

from postcard.context import AppContext
from postcard.core.layout.card import layout_card
from postcard.core.layout.formats import LayoutOptions, card_format
from postcard.core.model import Card, Contact, Event, Sender
from postcard.errors import PostcardError
from postcard.render.batch import CardJob, PrintSettings

DEFAULT_TEMPLATE = {"ja": "ja-seminar", "en": "en-talk"}
DEFAULT_WESTERN_FORMAT = "a6"


@dataclass
class Selection:
    jobs: list[CardJob] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line per card that cannot be printed


def contact_lang(contact: Contact) -> str:
    """Japanese names, and organisations with a Japanese address, get Japanese templates."""
    if contact.is_japanese_name or (not contact.full_name and contact.is_japanese_address):
        return "ja"
    return "en"


def default_format(contact: Contact) -> str:
    return "jp-hagaki" if contact.is_japanese_address else DEFAULT_WESTERN_FORMAT


def build_job(
    ctx: AppContext,
    contact: Contact,
    *,
    event: Event | None,
    sender: Sender | None,
    template: str | None = None,
    personal: str | None = None,
    fmt: str | None = None,
    seed: int | None = None,
    draft: Card | None = None,
    today: dt.date | None = None,
) -> CardJob:
    """One card's job: the draft's own text if the user wrote one, else the template filled in."""
    lang = contact_lang(contact)
    name = template or (draft.template if draft and draft.template else None) or DEFAULT_TEMPLATE[lang]
    info = ctx.templates.get(name)
    personal_line = personal if personal is not None else (draft.personal if draft else "")
    if draft and draft.text.strip() and template is None and personal is None:
        lines = tuple(line for line in draft.text.splitlines() if line.strip())
    else:
        rendered = ctx.templates.render(name, contact=contact, event=event, personal=personal_line, sender=sender,
                                        today=today or dt.date.today())  # fmt: skip
        lines = tuple(rendered.lines)
    # The card follows the address (a Japanese postcard for a Japanese address), not the template: a vertical
    # Japanese template on an A6 card abroad becomes a horizontal message.
    chosen_format = fmt or (draft.format if draft and draft.format else "") or default_format(contact)
    card_format(chosen_format)
    if seed is None:
        seed = draft.seed if draft and draft.seed else secrets.randbits(31)
    return CardJob(contact, lines, sender, name, personal_line, event.id if event else None, chosen_format,
                   info.direction, seed, draft.id if draft else None)  # fmt: skip


def build_selection(
    ctx: AppContext,
    contacts: Sequence[Contact],
    *,
    event: Event | None,
    sender: Sender | None,
    settings: PrintSettings,
    template: str | None = None,
    fmt: str | None = None,
    seed: int | None = None,
) -> Selection:
    """Jobs for every contact; a card that cannot be laid out (missing glyph, too long) is named, not printed."""
    drafts = ctx.store.cards.drafts_for_event(event.id if event else None)
    out = Selection()
    for contact in contacts:
        try:
            job = build_job(ctx, contact, event=event, sender=sender, template=template, fmt=fmt,
                            seed=None if seed is None else seed + (contact.id or 0),
                            draft=drafts.get(contact.id or 0))  # fmt: skip
            layout_card(job.content, settings.options, ctx.fonts, settings.sides)
        except PostcardError as exc:
            out.problems.append(f"{contact.display_name} (id {contact.id}): {exc}")
            continue
        out.jobs.append(job)
    return out


def layout_options(ctx: AppContext, **overrides: object) -> LayoutOptions:
    """The user's saved layout settings with command-line overrides."""
    saved = ctx.store.settings.get("layout", {}) or {}
    merged = {**saved, **{k: v for k, v in overrides.items() if v is not None}}
    return LayoutOptions.from_dict(merged)


def saved_offsets(ctx: AppContext) -> dict[str, tuple[float, float]]:
    raw = ctx.store.settings.get("offsets", {}) or {}
    return {side: (float(v[0]), float(v[1])) for side, v in raw.items()}
