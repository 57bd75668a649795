"""Logged cards again, exactly: the stored text, seed, format and layout options of each card.

A reprint is a plan like any other (:class:`~postcard.compose.printing.BatchPlan`) that is never logged, so
:func:`~postcard.compose.printing.run_batch` writes it the same way, one PDF per card stock.
"""

from __future__ import annotations

from collections.abc import Sequence

from postcard.compose import preferences
from postcard.compose.drafting import printed_job
from postcard.compose.printing import BatchPlan, PrintRequest, print_settings
from postcard.context import AppContext
from postcard.core.options import LayoutMode, SheetSize, Sides
from postcard.errors import PostcardError


class UnknownCardError(PostcardError):
    def __init__(self, card_id: int) -> None:
        self.card_id = card_id
        super().__init__(f"no card with id {card_id} (see 'postcard log')")


class CardContactGoneError(PostcardError):
    def __init__(self, card_id: int) -> None:
        self.card_id = card_id
        super().__init__(f"card {card_id}: its contact no longer exists")


class MixedSidesError(PostcardError):
    def __init__(self) -> None:
        super().__init__("these cards were printed with different sides; reprint them separately")


def plan_reprint(
    ctx: AppContext,
    card_ids: Sequence[int],
    *,
    layout: LayoutMode | None = None,
    sheet: SheetSize | None = None,
    reverse: bool = False,
) -> BatchPlan:
    """The jobs that draw the logged cards ``card_ids`` again, each with its own stored options. Reads only.

    The cards must have been printed with the same sides (one print run draws one choice of sides).
    """
    store = ctx.store
    jobs, sides = [], set()
    for card_id in card_ids:
        card = store.cards.get(card_id)
        if card is None:
            raise UnknownCardError(card_id)
        contact = store.contacts.get(card.contact_id)
        if contact is None:
            raise CardContactGoneError(card_id)
        sender = store.senders.get(card.sender_id) if card.sender_id else None
        sides.add(Sides(str(card.options.get("sides", Sides.BOTH))))
        jobs.append(printed_job(card, contact, sender))
    if len(sides) > 1:
        raise MixedSidesError()
    prefs = preferences.load(store.settings)
    settings = print_settings(prefs, layout=layout, sides=sides.pop() if sides else None, sheet=sheet,
                              reverse=reverse)  # fmt: skip
    if jobs and jobs[0].options is not None:
        settings.options = jobs[0].options
    request = PrintRequest(contact_ids=tuple(job.contact.id or 0 for job in jobs), log=False)
    contacts = [job.contact for job in jobs]
    return BatchPlan(request, None, None, settings, contacts, jobs, [], [])
