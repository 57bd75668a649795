"""Who is in a batch: an event's people (optionally only those not yet thanked), given ids, or everyone; and
who already got a card for the event (data, for each front end to word)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from postcard.core.model import Card, Contact, Event, Sender
from postcard.core.packed import PackedContacts, pack_contact
from postcard.errors import PostcardError
from postcard.store.contacts import reading_order
from postcard.store.store import Store

CHUNK = 500  # rows read from the store at a time by select_packed


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


def select_packed(
    store: Store,
    *,
    event: Event | None = None,
    contact_ids: Sequence[int] | None = None,
    unthanked: bool = False,
) -> PackedContacts:
    """:func:`select_contacts` for a print run: the same people in the same order, read from the store a chunk at a
    time and kept packed (:class:`~postcard.core.packed.PackedContacts`): 10,000 people take 2.5 MB, and are never
    all objects at once."""
    out = PackedContacts()
    if contact_ids is not None:
        ids = list(contact_ids)
        found: set[int] = set()
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            got = {c.id: c for c in store.contacts.get_many(part)}
            for contact_id in part:
                if contact_id in got:
                    out.append(got[contact_id])
                    found.add(contact_id)
        missing = sorted(set(ids) - found)
        if missing:
            raise UnknownContactError(missing[0])
        return out
    keyed = [(_order_text(reading_order(c)), c.id, pack_contact(c)) for c in store.contacts.each(
        event_id=event.id if event else None, unthanked=unthanked, chunk=CHUNK)]  # fmt: skip
    keyed.sort(key=lambda k: k[0])
    for _key, person, data in keyed:
        out.append_packed(data, person)
    return out


def _order_text(key: tuple[object, ...]) -> str:
    """A reading-order key as one text that sorts the same: its texts joined by NUL (which sorts before any
    character, so a text sorts before a longer one it begins), a flag as 0 or 1, the id as 20 digits. One string a
    person instead of a tuple of six: what sorting 10,000 people holds at once."""
    return "\0".join(str(int(v)) if isinstance(v, bool) else f"{v:020d}" if isinstance(v, int) else str(v) for v in key)


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
    for card in store.cards.thanked_in_event(event.id):  # (not the drafts: a batch may have thousands)
        by_contact.setdefault(card.contact_id, []).append(card)
    out = []
    if isinstance(contacts, PackedContacts):  # only the people thanked before are unpacked
        for i, contact_id in enumerate(contacts.ids):
            if contact_id in by_contact:
                out.append(Thanked(contacts[i], tuple(by_contact[contact_id])))
        return out
    for contact in contacts:
        cards = by_contact.get(contact.id or 0)
        if cards:
            out.append(Thanked(contact, tuple(cards)))
    return out
