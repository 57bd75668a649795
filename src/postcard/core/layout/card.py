"""One card, both sides: the entry point of the layout step."""

from __future__ import annotations

from dataclasses import dataclass

from postcard.core.layout.formats import LayoutOptions, card_format
from postcard.core.layout.hagaki import layout_address_side
from postcard.core.layout.items import Page
from postcard.core.layout.message import layout_message_horizontal, layout_message_vertical
from postcard.core.layout.metrics import FontMetrics
from postcard.core.layout.western import layout_western_address
from postcard.core.model import Contact, Sender
from postcard.core.options import Direction, Format, Sides


@dataclass(frozen=True)
class CardContent:
    """What goes on one card: who to, from whom, the (at most three) lines and how they run."""

    contact: Contact
    lines: tuple[str, ...]
    sender: Sender | None = None
    format: Format = Format.JP_HAGAKI
    direction: Direction = Direction.VERTICAL  # of the message (a non-Japanese card is always horizontal)
    seed: int = 0


def layout_card(
    content: CardContent, opts: LayoutOptions, metrics: FontMetrics, sides: Sides = Sides.BOTH
) -> list[Page]:
    """The card's pages: ``[message, address]`` for both sides, or the one side asked for."""
    fmt = card_format(content.format)
    who = content.contact.display_name
    pages: list[Page] = []
    if sides in (Sides.BOTH, Sides.MESSAGE):
        if content.direction == Direction.VERTICAL and fmt.japanese:
            pages.append(layout_message_vertical(content.lines, content.sender, fmt, opts, metrics, content.seed, who))
        else:
            pages.append(
                layout_message_horizontal(content.lines, content.sender, fmt, opts, metrics, content.seed, who)
            )
    if sides in (Sides.BOTH, Sides.ADDRESS):
        if fmt.japanese:
            pages.append(layout_address_side(content.contact, content.sender, opts, metrics, content.seed))
        else:
            pages.append(layout_western_address(content.contact, content.sender, fmt, opts, metrics, content.seed))
    return pages
