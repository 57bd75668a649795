"""Keeping the book right: a contact, an event or a sender profile as an editor saves it.

Every front end cleans, checks and saves the same way: :func:`clean_contact` (the normalisation an import
applies), :func:`check_contact` (what keeps it from being saved, as :class:`FieldProblem` data for the front end
to word at the field), :func:`save_contact` (*writes*: refuses a new contact that is already in the book unless
told to add it anyway), :func:`set_archived` (nothing is deleted: archive and restore); :func:`read_people`
(*reads*: the people a table shows, an event's or the whole book's). :func:`area_fill` is the
postal code filling an address as it is typed, without overwriting what the user wrote.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from postcard.core.book import split_tags
from postcard.core.model import MAX_JOINT_NAMES, Contact, Event, JointName, Sender, Stage
from postcard.core.postal import PostalArea, lookup
from postcard.core.text import is_japanese_postal_code, normalize_postal_code, normalize_reading, normalize_text
from postcard.errors import PostcardError
from postcard.store.store import Store

_TEXT = ("family_name", "given_name", "honorific", "company", "department", "title", "address1", "address2",
         "address3", "country", "phone")  # fmt: skip
_READINGS = ("family_reading", "given_reading", "company_reading")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class FieldProblemKind(StrEnum):
    NO_NAME = "no-name"  # no name, company or e-mail: nobody to write to
    INTERVAL = "interval"  # a keep-in-touch interval below one day
    EMAIL = "email"  # not an e-mail address
    JOINT_NAME = "joint-name"  # a joint name with an honorific or reading but no name
    TOO_MANY_JOINT_NAMES = "too-many-joint-names"
    EVENT_NAME = "event-name"  # an event without a name
    SENDER_NAME = "sender-name"  # a sender profile without a name


@dataclass(frozen=True)
class FieldProblem:
    """Why a record cannot be saved, at a field.

    Attributes:
        field: The attribute at fault (``"family_name"``, ``"email"``, ``"joint_names"``…).
        kind: What is wrong.
        index: For joint names, which one (0-based); -1 otherwise.
    """

    field: str
    kind: FieldProblemKind
    index: int = -1


class InvalidRecordError(PostcardError):
    """A contact, event or sender that cannot be saved as it is; ``problems`` says where."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.kind.value}" for p in problems))


class DuplicateContactError(PostcardError):
    """A new contact who is already in the book (same name and e-mail, or same name and postal code)."""

    def __init__(self, existing: Contact) -> None:
        self.existing = existing
        super().__init__(f"{existing.display_name} is already in the book (id {existing.id})")


# --- contacts -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class People:
    """The people a table shows: ``contacts`` in order, and for an event each one's ``stages`` (contact id →
    how far their thank-you has come; None when no event is shown)."""

    contacts: list[Contact]
    stages: dict[int, Stage] | None = None


def read_people(store: Store, event_id: int | None = None, *, archived: bool = False) -> People:
    """An event's people, the ones not yet thanked first (nothing or a line written, then printed, sent,
    replied; each in reading order); else everyone in the book in reading order, or the archived people only.
    *Reads*; the whole book takes longer than a frame (a worker reads it through
    :func:`postcard.compose.reading.read_with_own_connection`)."""
    if archived:
        return People([c for c in store.contacts.list(include_archived=True) if c.archived])
    if event_id is None:
        return People(store.contacts.list())
    contacts = store.contacts.list(event_id=event_id)
    stages = store.cards.stages_for_event(event_id)
    contacts.sort(key=lambda c: stages.get(c.id or 0, Stage.NONE) >= Stage.PRINTED)
    return People(contacts, stages)


def clean_contact(contact: Contact) -> Contact:
    """The contact with every field normalised as an import would (a copy; the argument is left alone)."""
    out = dataclasses.replace(contact)
    for name in _TEXT:
        setattr(out, name, normalize_text(getattr(contact, name)))
    for name in _READINGS:
        setattr(out, name, normalize_reading(getattr(contact, name)))
    out.notes = normalize_text(contact.notes, multiline=True)
    out.email = normalize_text(contact.email).replace(" ", "")
    out.postal_code = normalize_postal_code(contact.postal_code)
    out.joint_names = [
        JointName(
            given_name=normalize_text(j.given_name),
            family_name=normalize_text(j.family_name),
            honorific=normalize_text(j.honorific),
            given_reading=normalize_reading(j.given_reading),
        )
        for j in contact.joint_names
        if j.given_name.strip() or j.family_name.strip() or j.given_reading.strip()
    ]
    out.tags = list(dict.fromkeys(t for t in (normalize_text(tag) for tag in contact.tags) if t))
    if not out.honorific and not out.full_name and out.company:
        out.honorific = "御中"  # an organisation
    return out


#: The tags typed in one field, by the rule the importer and the CLI read them with (:func:`split_tags`).
parse_tags = split_tags


def check_contact(contact: Contact) -> list[FieldProblem]:
    """What keeps a (cleaned) contact from being saved; empty when it can be."""
    problems = []
    if not (contact.family_name or contact.given_name or contact.company or contact.email):
        problems.append(FieldProblem("family_name", FieldProblemKind.NO_NAME))
    if contact.email and not _EMAIL.match(contact.email):
        problems.append(FieldProblem("email", FieldProblemKind.EMAIL))
    if contact.interval_days is not None and contact.interval_days <= 0:
        problems.append(FieldProblem("interval_days", FieldProblemKind.INTERVAL))
    if len(contact.joint_names) > MAX_JOINT_NAMES:
        problems.append(FieldProblem("joint_names", FieldProblemKind.TOO_MANY_JOINT_NAMES))
    for index, joint in enumerate(contact.joint_names):
        if not joint.given_name and not joint.family_name:
            problems.append(FieldProblem("joint_names", FieldProblemKind.JOINT_NAME, index))
    return problems


def find_duplicate(store: Store, contact: Contact) -> Contact | None:
    """*Reads*: another stored contact who is the same person (archived ones too), or None."""
    found = store.contacts.find_duplicate(contact)
    return found if found is not None and found.id != contact.id else None


def save_contact(store: Store, contact: Contact, *, event_id: int | None = None, add_anyway: bool = False) -> Contact:
    """*Writes*: clean, check and store a contact (new or changed); a new one is linked to ``event_id``.

    Raises:
        InvalidRecordError: :func:`check_contact` found problems; nothing was saved.
        DuplicateContactError: A new contact is already in the book (unless ``add_anyway``).
    """
    cleaned = clean_contact(contact)
    problems = check_contact(cleaned)
    if problems:
        raise InvalidRecordError(problems)
    with store.db.transaction():
        if cleaned.id is None:
            duplicate = None if add_anyway else find_duplicate(store, cleaned)
            if duplicate is not None:
                raise DuplicateContactError(duplicate)
            store.contacts.add(cleaned)
            if event_id is not None and cleaned.id is not None:
                store.events.link(event_id, [cleaned.id])
        else:
            store.contacts.update(cleaned)
    return cleaned


def set_archived(store: Store, contact_ids: Iterable[int], archived: bool = True) -> int:
    """*Writes*: archive (or restore) contacts; nothing is deleted. Returns how many changed."""
    changed = 0
    with store.db.transaction():
        for cid in contact_ids:
            contact = store.contacts.get(cid)
            if contact is not None and contact.archived != archived:
                store.contacts.archive(cid, archived)
                changed += 1
    return changed


def confirm_readings(store: Store, contacts: Iterable[Contact]) -> list[Contact]:
    """*Writes*: make the suggested readings of ``contacts`` their own (the user said they are right), in one
    transaction. Returns the contacts that had one, as stored; the others are left as they are."""
    confirmed = []
    with store.db.transaction():
        for contact in contacts:
            if contact.confirm_suggested_reading():
                confirmed.append(store.contacts.update(contact))
    return confirmed


# --- the postal code filling the address ----------------------------------------------------------------------
@dataclass(frozen=True)
class AreaFill:
    """What a postal code says about the address being typed.

    Attributes:
        area: Japan Post's area for the code (the first one when several share it).
        address1: What the first address line should become: the area (prefecture, city, town), or None to leave
            the line as the user has it.
    """

    area: PostalArea
    address1: str | None


def area_fill(postal_code: str, address1: str, filled: str = "") -> AreaFill | None:
    """*Pure*: the area of a postal code typed into an editor, and whether to fill the first address line.

    The line is filled when it is empty or still holds what an earlier fill put there (``filled``); a line the
    user has typed into since is theirs, and is left alone. None when the code is not seven digits Japan Post knows.
    """
    code = normalize_postal_code(postal_code)
    if not is_japanese_postal_code(code):
        return None
    area = lookup(code)
    if area is None:
        return None
    current = address1.strip()
    untouched = not current or (bool(filled) and current == filled.strip())
    return AreaFill(area, area.address if untouched and current != area.address else None)


# --- events and senders ---------------------------------------------------------------------------------------
def save_event(store: Store, event: Event, *, add: Iterable[int] = (), remove: Iterable[int] = ()) -> Event:
    """*Writes*: store a new or changed event and who was met there, in one transaction.

    Raises:
        InvalidRecordError: The event has no name.
        postcard.store.events.DuplicateEventError: Another event has this name.
    """
    event = dataclasses.replace(event, name=normalize_text(event.name), place=normalize_text(event.place),
                                notes=normalize_text(event.notes, multiline=True))  # fmt: skip
    if not event.name:
        raise InvalidRecordError([FieldProblem("name", FieldProblemKind.EVENT_NAME)])
    with store.db.transaction():
        if event.id is None:
            store.events.add(event)
        else:
            store.events.update(event)
        assert event.id is not None
        store.events.link(event.id, add)
        for cid in remove:
            store.events.unlink(event.id, cid)
    return event


def clean_sender(sender: Sender) -> Sender:
    out = dataclasses.replace(sender)
    for name in ("label", "family_name", "given_name", "company", "address1", "address2", "address3", "country"):
        setattr(out, name, normalize_text(getattr(sender, name)))
    out.email = normalize_text(sender.email).replace(" ", "")
    out.postal_code = normalize_postal_code(sender.postal_code)
    return out


def check_sender(sender: Sender) -> list[FieldProblem]:
    problems = []
    if not (sender.family_name or sender.given_name or sender.company):
        problems.append(FieldProblem("family_name", FieldProblemKind.SENDER_NAME))
    if sender.email and not _EMAIL.match(sender.email):
        problems.append(FieldProblem("email", FieldProblemKind.EMAIL))
    return problems


def save_sender(store: Store, sender: Sender) -> Sender:
    """*Writes*: store a new or changed sender profile (the first one, or one marked default, is the default).

    Raises:
        InvalidRecordError: No name or company, or an e-mail that is not one.
    """
    cleaned = clean_sender(sender)
    problems = check_sender(cleaned)
    if problems:
        raise InvalidRecordError(problems)
    if cleaned.id is None:
        store.senders.add(cleaned)
    else:
        store.senders.update(cleaned)
    return cleaned
