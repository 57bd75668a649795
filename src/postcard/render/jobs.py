"""The cards of a print run: :class:`CardJob` (one card to print) and :class:`JobList` (a batch of them, compact).

A batch is planned before it is drawn (every card composed and checked, so that every problem is known before a
page is written), and drawn card by card. A :class:`JobList` keeps each planned card as one packed record (its
person, lines, template, seed, format: about 400 bytes) and makes the :class:`CardJob` again when the card is
drawn, so 10,000 cards take 4 MB between the plan and the PDF instead of 25; the sender and the layout options,
the same for many cards, are kept once.
"""

from __future__ import annotations

import marshal
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

from postcard.core.layout.card import CardContent
from postcard.core.layout.formats import LayoutOptions
from postcard.core.model import Contact, Sender
from postcard.core.options import Direction, Format
from postcard.core.packed import PackedContacts, Records


@dataclass
class CardJob:
    """One card to print: the final lines plus what the log needs to reprint it exactly."""

    contact: Contact
    lines: tuple[str, ...]
    sender: Sender | None = None
    template: str = ""
    personal: str = ""
    event_id: int | None = None
    format: Format = Format.JP_HAGAKI
    direction: Direction = Direction.VERTICAL
    seed: int = 0
    draft_id: int | None = None
    options: LayoutOptions | None = None  # this card's own options (a reprint); None: the batch's

    @property
    def content(self) -> CardContent:
        return CardContent(self.contact, self.lines, self.sender, self.format, self.direction, self.seed)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


LINES_KEPT = 256  # different lines (and template names) kept once for a whole batch


class _Shared:
    """Values many cards share, kept once and named in a record by their place: objects by identity (a sender, the
    layout options), or texts by value (a template's name)."""

    def __init__(self, by_value: bool = False) -> None:
        self.values: list[Any] = []
        self._places: dict[object, int] = {}
        self._by_value = by_value

    def place(self, value: object) -> int:
        key = value if self._by_value else id(value)
        place = self._places.get(key)
        if place is None:
            place = self._places[key] = len(self.values)
            self.values.append(value)  # kept, so its id stays its own
        return place

    def find(self, value: object, room: int) -> int | None:
        """The place of a text kept already, or of one kept now while fewer than ``room`` are; else None."""
        place = self._places.get(value)
        if place is None and len(self.values) < room:
            place = self.place(value)
        return place


class JobList(Sequence[CardJob]):
    """Card jobs kept as packed records; ``jobs[i]`` (or iterating) makes each :class:`CardJob` anew, equal to the
    one added (the same sender and options objects; the contact, lines and text new, equal copies).

    What a batch asks of all its cards at once is kept beside the records and read without unpacking them: the
    contact ids (:meth:`contact_ids`), the formats (:meth:`formats`), a selection (:meth:`where`)."""

    def __init__(self, jobs: Iterable[CardJob] = (), *, people: PackedContacts | None = None) -> None:
        self._people = people if people is not None else PackedContacts()  # perhaps the batch's own
        self._owns_people = people is None
        self._person = array("I")  # per card: its contact's place in self._people
        self._records = Records()  # the rest of each job
        self._record = array("I")  # per card: its place in self._records
        self._ids = array("q")  # contact id per card (-1: none)
        self._formats = bytearray()  # place in self._format_table per card
        self._format_table: list[Format] = []
        self._senders = _Shared()
        self._options = _Shared()
        self._texts = _Shared(by_value=True)  # template names and directions
        for job in jobs:
            self.append(job)

    def append(self, job: CardJob, person: int | None = None) -> None:
        """Add a job; ``person`` is the place of its contact in the ``people`` this list was made with (shared, not
        copied), else the contact is packed and kept here."""
        fmt = job.format
        if fmt not in self._format_table:
            self._format_table.append(fmt)
        texts = self._texts.place
        record = (self._pack_lines(job), self._senders.place(job.sender), texts(job.template), job.personal,
                  job.event_id, texts(str(job.direction)), job.seed, job.draft_id,
                  self._options.place(job.options))  # fmt: skip
        if person is None:
            if not self._owns_people:
                raise ValueError("a job list of people kept elsewhere takes each job with its person's place")
            person = len(self._people)
            self._people.append(job.contact)
        self._person.append(person)
        self._record.append(self._records.add(marshal.dumps(record)))
        self._ids.append(-1 if job.contact.id is None else job.contact.id)
        self._formats.append(self._format_table.index(fmt))

    def _pack_lines(self, job: CardJob) -> tuple[str | int, ...]:
        """The lines, each as itself, or as -1 for the personal line, or as the place of a text kept once (the
        lines of a template: the first :data:`LINES_KEPT` different lines met)."""
        out: list[str | int] = []
        for line in job.lines:
            place = -1 if line == job.personal and line else self._texts.find(line, LINES_KEPT)
            out.append(line if place is None else place)
        return tuple(out)

    def _job(self, i: int) -> CardJob:
        lines, sender, template, personal, event_id, direction, seed, draft_id, options = marshal.loads(
            self._records[self._record[i]]
        )
        texts = self._texts.values
        lines = tuple(line if isinstance(line, str) else personal if line < 0 else texts[line] for line in lines)
        return CardJob(self._people[self._person[i]], lines, self._senders.values[sender], texts[template],
                       personal, event_id, self._format_table[self._formats[i]], Direction(texts[direction]), seed,
                       draft_id, self._options.values[options])  # fmt: skip

    def __len__(self) -> int:
        return len(self._record)

    @overload
    def __getitem__(self, index: int) -> CardJob: ...
    @overload
    def __getitem__(self, index: slice) -> JobList: ...
    def __getitem__(self, index: int | slice) -> CardJob | JobList:
        if isinstance(index, slice):
            return self.where(range(len(self))[index])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("job index out of range")
        return self._job(index)

    def __iter__(self) -> Iterator[CardJob]:
        return map(self._job, range(len(self._record)))

    def contact_ids(self) -> Sequence[int]:
        """The contact id of each card, in order (-1 for a contact without one)."""
        return self._ids

    def format_at(self, index: int) -> Format:
        return self._format_table[self._formats[index]]

    def formats(self) -> list[Format]:
        """The card formats of the batch, in the order they first appear."""
        seen = sorted({place: self._formats.index(place) for place in set(self._formats)}.items(), key=lambda p: p[1])
        return [self._format_table[place] for place, _first in seen]

    def where(self, indices: Iterable[int]) -> JobList:
        """The cards at ``indices``, in that order (the records are shared, not copied)."""
        out = JobList(people=self._people)
        out._format_table, out._senders, out._options = self._format_table, self._senders, self._options
        out._texts, out._records = self._texts, self._records
        for i in indices:
            out._person.append(self._person[i])
            out._record.append(self._record[i])
            out._ids.append(self._ids[i])
            out._formats.append(self._formats[i])
        return out


def job_list(jobs: Sequence[CardJob]) -> JobList:
    """``jobs`` as a :class:`JobList` (itself when it is one)."""
    return jobs if isinstance(jobs, JobList) else JobList(jobs)
