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


@dataclass(frozen=True)
class CardContent:
    """What goes on one card: who to, from whom, the (at most three) lines and how they run."""

    contact: Contact
    lines: tuple[str, ...]
    sender: Sender | None = None
    format: str = "jp-hagaki"
    direction: str = "vertical"  # of the message: "vertical" (縦書き) or "horizontal"
    seed: int = 0


def layout_card(content: CardContent, opts: LayoutOptions, metrics: FontMetrics, sides: str = "both") -> list[Page]:
    """The card's pages: ``[message, address]`` for both sides, or the one side asked for."""
    fmt = card_format(content.format)
    who = content.contact.display_name
    pages: list[Page] = []
    if sides in ("both", "message"):
        if content.direction == "vertical" and fmt.japanese:
            pages.append(layout_message_vertical(content.lines, content.sender, fmt, opts, metrics, content.seed, who))
        else:
            pages.append(
                layout_message_horizontal(content.lines, content.sender, fmt, opts, metrics, content.seed, who)
            )
    if sides in ("both", "address"):
        if fmt.japanese:
            pages.append(layout_address_side(content.contact, content.sender, opts, metrics, content.seed))
        else:
            pages.append(
                layout_western_address(content.contact, content.sender, content.lines, fmt, opts, metrics, content.seed)
            )
    return pages
