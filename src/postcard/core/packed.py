"""Compact copies of contacts and cards, for what a long batch keeps of every card until it is drawn.

A :class:`~postcard.core.model.Contact` read from the store takes more than a kilobyte (an object, a dictionary of
thirty fields, each string an object of its own); packed (its fields as one ``marshal`` string: UTF-8 text, small
numbers) it takes about 250 bytes. A batch of 10,000 cards keeps every person until the card is drawn: packed,
that is 2.5 MB instead of 25. Each read unpacks a new, equal object (a change to it is not kept).
"""

from __future__ import annotations

import datetime as dt
import functools
import marshal
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from typing import Any, Generic, TypeVar, overload

from postcard.core.model import Card, CardStatus, Contact, JointName

T = TypeVar("T")
_Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]


def _time_out(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _time_in(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _date_out(value: dt.date | None) -> int | None:
    return None if value is None else value.toordinal()


def _date_in(value: int | None) -> dt.date | None:
    return None if value is None else dt.date.fromordinal(value)


def _joints_out(joints: list[JointName]) -> tuple[tuple[str, ...], ...]:
    return tuple((j.given_name, j.family_name, j.honorific, j.given_reading) for j in joints)


def _joints_in(joints: tuple[tuple[str, ...], ...]) -> list[JointName]:
    return [JointName(*j) for j in joints]


_TIME: _Codec = (_time_out, _time_in)
_CODECS: dict[type, dict[str, _Codec]] = {
    Contact: {"joint_names": (_joints_out, _joints_in), "tags": (tuple, list), "met_on": (_date_out, _date_in),
              "created_at": _TIME, "updated_at": _TIME},
    Card: {"status": (str, CardStatus), "drafted_at": _TIME, "printed_at": _TIME, "sent_at": _TIME,
           "replied_at": _TIME},
}  # fmt: skip


class _Packer(Generic[T]):
    """Packs the fields of one dataclass, in order; the other fields are plain values (text, numbers, None, and for
    a card's options, JSON-like dictionaries) that ``marshal`` keeps as they are."""

    def __init__(self, cls: type[T]) -> None:
        self.cls = cls
        codecs = _CODECS[cls]
        self.names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
        self.out = tuple(codecs.get(name, (None, None))[0] for name in self.names)
        self.back = tuple(codecs.get(name, (None, None))[1] for name in self.names)

    def values(self, obj: T) -> tuple[Any, ...]:
        """The fields as plain values, for ``marshal`` (alone, or inside a larger record)."""
        pairs = zip(self.names, self.out, strict=True)
        return tuple(getattr(obj, n) if f is None else f(getattr(obj, n)) for n, f in pairs)

    def build(self, values: Sequence[Any]) -> T:
        return self.cls(*(v if f is None else f(v) for v, f in zip(values, self.back, strict=True)))


@functools.cache
def _contacts() -> _Packer[Contact]:
    return _Packer(Contact)


@functools.cache
def _cards() -> _Packer[Card]:
    return _Packer(Card)


def pack_contact(contact: Contact) -> bytes:
    return marshal.dumps(_contacts().values(contact))


def unpack_contact(data: bytes) -> Contact:
    return _contacts().build(marshal.loads(data))


def pack_card(card: Card) -> bytes:
    return marshal.dumps(_cards().values(card))


def unpack_card(data: bytes) -> Card:
    return _cards().build(marshal.loads(data))


class Records:
    """Packed records one after another in one buffer, each found by its place: 10,000 records are two allocations,
    not 10,000 small objects (which would also leave the allocator's pools fragmented when a batch is done)."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("Q")

    def add(self, record: bytes) -> int:
        """Keep ``record``; returns its place."""
        self._data += record
        self._ends.append(len(self._data))
        return len(self._ends) - 1

    def __getitem__(self, index: int) -> bytes:
        start = self._ends[index - 1] if index > 0 else 0
        return bytes(self._data[start : self._ends[index]])

    def __len__(self) -> int:
        return len(self._ends)


class PackedContacts(Sequence[Contact]):
    """Contacts kept packed, in order; each read is a new :class:`Contact` equal to the one added. Their ids are
    kept beside them (:attr:`ids`, -1 for none)."""

    def __init__(self, contacts: Iterable[Contact] = ()) -> None:
        self._records = Records()
        self.ids = array("q")
        for contact in contacts:
            self.append(contact)

    def append(self, contact: Contact) -> None:
        self.append_packed(pack_contact(contact), contact.id)

    def append_packed(self, data: bytes, contact_id: int | None) -> None:
        """Add a contact as :func:`pack_contact` packed it."""
        self._records.add(data)
        self.ids.append(-1 if contact_id is None else contact_id)

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> Contact: ...
    @overload
    def __getitem__(self, index: slice) -> list[Contact]: ...
    def __getitem__(self, index: int | slice) -> Contact | list[Contact]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("contact index out of range")
        return unpack_contact(self._records[index])

    def __iter__(self) -> Iterator[Contact]:
        records = self._records
        return (unpack_contact(records[i]) for i in range(len(records)))


class PackedCards(Mapping[int, Card]):
    """Cards by a key (a batch's drafts by contact id), kept packed; each read is a new, equal :class:`Card`."""

    def __init__(self, cards: Mapping[int, Card] | Iterable[tuple[int, Card]] = ()) -> None:
        pairs = cards.items() if isinstance(cards, Mapping) else cards
        self._records = Records()
        self._places = {key: self._records.add(pack_card(card)) for key, card in pairs}

    def __getitem__(self, key: int) -> Card:
        return unpack_card(self._records[self._places[key]])

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[int]:
        return iter(self._places)

    def __contains__(self, key: object) -> bool:
        return key in self._places
