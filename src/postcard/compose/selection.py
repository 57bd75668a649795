"""Who is in a batch: an event's people (optionally only those not yet thanked), given ids, or everyone; and
who already got a card for the event (data, for each front end to word)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from postcard.core.model import Card, CardStatus, Contact, Event, Sender
from postcard.errors import PostcardError
from postcard.store.store import Store


class UnknownContactError(PostcardError):
    def __init__(self, contact_id: int) -> None:
        self.contact_id = contact_id
        super().__init__(f"no contact with id {contact_id}")


class UnknownSenderError(PostcardError):
    def __init__(self, sender_id: int) -> None:
        self.sender_id = sender_id
        super().__init__(f"no sender profile with id {sender_id}")


class EmptySelectionError(PostcardError):
    def __init__(self) -> None:
        super().__init__("nothing to print: the selection has no contacts")


@dataclass(frozen=True)
class Thanked:
    """A contact who already got a card (printed, sent or replied) for the event, with those cards."""

    contact: Contact
    cards: tuple[Card, ...]


def select_contacts(
    store: Store,
    *,
    event: Event | None = None,
    contact_ids: Sequence[int] | None = None,
    unthanked: bool = False,
) -> list[Contact]:
    """The people of a batch: the given ids (in that order; an unknown id is an error), else the event's people
    (only the unthanked ones if asked), else everyone in the book, in reading order."""
    if contact_ids is not None:
        contacts = store.contacts.get_many(contact_ids)
        found = {c.id for c in contacts}
        missing = sorted(set(contact_ids) - found)
        if missing:
            raise UnknownContactError(missing[0])
        return contacts
    return store.contacts.list(event_id=event.id if event else None, unthanked=unthanked)


def sender_for(store: Store, sender_id: int | None) -> Sender | None:
    """The sender profile ``sender_id``, or the default one when no id is given."""
    if sender_id is None:
        return store.senders.default()
    sender = store.senders.get(sender_id)
    if sender is None:
        raise UnknownSenderError(sender_id)
    return sender


def already_thanked(store: Store, contacts: Sequence[Contact], event: Event | None) -> list[Thanked]:
    """The contacts who already got a card for ``event`` (none without an event), with their earlier cards.

    One read of the event's log, however many people (the window's print dialog asks on its own thread)."""
    if event is None or event.id is None:
        return []
    by_contact: dict[int, list[Card]] = {}
    for row in store.cards.list(event_id=event.id):
        if row.card.status is not CardStatus.DRAFT:
            by_contact.setdefault(row.card.contact_id, []).append(row.card)
    out = []
    for contact in contacts:
        cards = by_contact.get(contact.id or 0)
        if cards:
            out.append(Thanked(contact, tuple(sorted(cards, key=lambda c: c.id or 0))))
    return out
