"""A print run: a request → a plan (the jobs, each card's problems, who was already thanked) → the PDFs → the log.

:func:`plan_batch` reads the store (:func:`gather_batch`) and computes (:func:`compose_batch`, which a worker thread
may run on its own); :func:`write_batch` only computes and writes files (a worker thread may run it); :func:`log_batch`
is the store write. :func:`run_batch` does the last two, as the CLI does.

Cards for different stock never share a PDF: hagaki, A6 and 4×6 cards each go to a file of their own
(:func:`stock_paths`), unless the request forces one format for every card.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import overload

from postcard.compose import preferences
from postcard.compose.drafting import Composer, compose_card
from postcard.compose.preferences import Preferences
from postcard.compose.problems import Problem, layout_problem, problem_from_error
from postcard.compose.selection import (
    EmptySelectionError,
    Thanked,
    already_thanked,
    select_packed,
    sender_for,
)
from postcard.context import AppContext
from postcard.core.layout.calibration import CalibrationNote
from postcard.core.layout.formats import FORMATS, card_format
from postcard.core.model import Card, Contact, Event, Sender
from postcard.core.options import Format, LayoutMode, SheetSize, Sides
from postcard.core.packed import PackedCards, PackedContacts
from postcard.core.progress import Progress
from postcard.errors import PostcardError
from postcard.render import batch
from postcard.render.batch import CardJob, PrintSettings
from postcard.render.calibration import write_calibration as _write_calibration
from postcard.render.fonts import FontCatalog
from postcard.render.jobs import JobList, job_list
from postcard.render.templates import TemplateLibrary
from postcard.store.store import Store


class AlreadyThankedError(PostcardError):
    """Some of the batch already got a card for the event; the request did not say ``force``."""

    def __init__(self, thanked: list[Thanked], event: Event) -> None:
        self.thanked, self.event = thanked, event
        super().__init__(f"{len(thanked)} of them already got a card for {event.name}")


class UndeliverableError(PostcardError):
    """Cards whose address the check finds wrong (``problems``); the request did not say ``force_address``."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        people = len({p.contact_id for p in problems})
        names = ", ".join(dict.fromkeys(p.name for p in problems[:5]))
        super().__init__(
            f"{people} card(s) may not arrive ({names}{', …' if people > 5 else ''}): fix their addresses, or "
            "choose to print them anyway or to leave them out"
        )


class NothingPrintableError(PostcardError):
    """Every card of the batch has a problem that stops it; ``problems`` are those found while writing."""

    def __init__(self, problems: list[Problem] | None = None) -> None:
        self.problems = problems or []
        super().__init__("no card could be printed")


@dataclass(frozen=True)
class PrintRequest:
    """What the user asked for. ``None`` means "the saved preference" (layout, sides, sheet) or "per contact"."""

    event_id: int | None = None  # the event's people, or the event the given contacts are thanked for
    contact_ids: tuple[int, ...] | None = None  # these people (else the event's, else everyone)
    unthanked: bool = False  # only the event's people not yet thanked for it
    template: str | None = None  # else each draft's, else the default for the contact's language
    format: Format | None = None  # force one card format for everyone (one stock, one PDF)
    layout: LayoutMode | None = None
    sides: Sides | None = None
    sheet: SheetSize | None = None
    reverse: bool = False  # two-pass: the second pass in reverse order
    sender_id: int | None = None  # else the default sender
    seed: int | None = None  # card N gets seed + its contact id: the same bytes again
    overrides: Mapping[str, object] = field(default_factory=dict)  # layout options for this run only
    force: bool = False  # print even for people already thanked for the event
    force_address: bool = False  # print even cards whose address the check finds wrong (the user said so)
    log: bool = True  # record the cards as printed


def print_settings(
    prefs: Preferences,
    *,
    layout: LayoutMode | None = None,
    sides: Sides | None = None,
    sheet: SheetSize | None = None,
    reverse: bool = False,
    overrides: Mapping[str, object] | None = None,
) -> PrintSettings:
    """The one place print settings are made: the saved preferences, with what this run changes."""
    return PrintSettings(
        LayoutMode(layout or prefs["layout"]), Sides(sides or prefs["sides"]), SheetSize(sheet or prefs["sheet"]),
        reverse, prefs.offsets(), prefs.layout_options(**(overrides or {})),
    )  # fmt: skip


@dataclass
class BatchPlan:
    """Everything known before a PDF is written: the cards that will print and what is wrong with the others.

    The jobs are a :class:`~postcard.render.jobs.JobList` (a list of jobs given is made one): each card kept packed
    until it is drawn, so that a plan of 10,000 cards takes a few MB. (A list put in its place later works too.)
    """

    request: PrintRequest
    event: Event | None
    sender: Sender | None
    settings: PrintSettings
    contacts: Sequence[Contact]
    jobs: Sequence[CardJob]
    problems: list[Problem]  # per card: the ones that stop it (blocking) and the warnings
    thanked: list[Thanked]  # who already got a card for the event

    def __post_init__(self) -> None:
        self.jobs = job_list(self.jobs)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.blocking]

    @property
    def needs_force(self) -> bool:
        """Printing would thank someone twice for the event, and the request did not say that is wanted."""
        return bool(self.thanked) and self.request.log and not self.request.force

    def forced(self) -> BatchPlan:
        """This plan with the user's yes to thanking people again."""
        return replace(self, request=replace(self.request, force=True))

    @property
    def undeliverable(self) -> list[Problem]:
        """The address problems of the cards that would print (core.addresscheck: no address, a postal code that
        is missing, malformed, unknown or of another place, no street number), one entry per problem."""
        printing = set(_contact_ids(self.jobs))
        return [p for p in self.warnings if p.contact_id in printing]

    @property
    def needs_address_confirmation(self) -> bool:
        """Some cards may not arrive, and the request did not say to print them anyway."""
        return bool(self.undeliverable) and not self.request.force_address

    def addresses_confirmed(self) -> BatchPlan:
        """This plan with the user's yes to printing the cards whose address looks wrong."""
        return replace(self, request=replace(self.request, force_address=True))

    def without_undeliverable(self) -> BatchPlan:
        """This plan without the cards whose address looks wrong (the user's "leave them out")."""
        return self.without({p.contact_id for p in self.undeliverable})

    def without_thanked(self) -> BatchPlan:
        """This plan without the cards of the people already thanked for the event (the user's "skip them")."""
        return replace(self.without({t.contact.id for t in self.thanked if t.contact.id is not None}), thanked=[])

    def without(self, contact_ids: Collection[int]) -> BatchPlan:
        """This plan without the cards of these people."""
        jobs = job_list(self.jobs)
        ids = jobs.contact_ids()
        return replace(self, jobs=jobs.where(i for i in range(len(ids)) if ids[i] not in contact_ids))

    def stocks(self) -> dict[Format, JobList]:
        """The jobs by card format (one stock each), in the order of ``FORMATS``."""
        jobs = job_list(self.jobs)
        groups: dict[Format, list[int]] = {Format(key): [] for key in FORMATS}
        for i in range(len(jobs)):
            groups[Format(jobs.format_at(i))].append(i)
        return {fmt: jobs.where(places) for fmt, places in groups.items() if places}


def _contact_ids(jobs: Sequence[CardJob]) -> Sequence[int]:
    if isinstance(jobs, JobList):
        return jobs.contact_ids()
    return [-1 if job.contact.id is None else job.contact.id for job in jobs]


def stock_paths(out: Path, formats: list[Format]) -> dict[Format, Path]:
    """Where each stock's PDF goes: ``out`` for the first format (in ``FORMATS`` order), ``<stem>-<format>.pdf``
    beside it for the others (``cards.pdf`` and ``cards-a6.pdf``)."""
    out = Path(out)
    ordered = [Format(key) for key in FORMATS if key in formats]
    return {fmt: out.with_name(f"{out.stem}-{fmt.value}{out.suffix}") if i else out for i, fmt in enumerate(ordered)}


@dataclass(frozen=True)
class BatchInput:
    """What a batch needs from the store, read in one go (:func:`gather_batch`) so that the cards can be composed
    and checked elsewhere (:func:`compose_batch`, on a worker thread) without touching the store."""

    request: PrintRequest
    event: Event | None
    sender: Sender | None
    settings: PrintSettings
    contacts: Sequence[Contact]  # packed (PackedContacts) by gather_batch: 10,000 people take 2.5 MB
    thanked: list[Thanked]
    drafts: Mapping[int, Card]  # contact id → the draft for the event (packed by gather_batch)
    abroad: str = "a6"  # the card for an address abroad (the preference)


def gather_batch(store: Store, request: PrintRequest, prefs: Preferences | None = None) -> BatchInput:
    """Who is in the batch, their drafts, the sender, the print settings, who was already thanked. Reads the store.

    Raises UnknownContactError, UnknownSenderError, EmptySelectionError, PreferenceError (a bad override).
    """
    event = store.events.get(request.event_id) if request.event_id is not None else None
    if request.event_id is not None and event is None:
        raise PostcardError(f"no event with id {request.event_id}")
    ids = list(request.contact_ids) if request.contact_ids is not None else None
    contacts = select_packed(store, event=event if ids is None else None, contact_ids=ids,
                             unthanked=request.unthanked)  # fmt: skip
    if not contacts:
        raise EmptySelectionError()
    sender = sender_for(store, request.sender_id)
    thanked = already_thanked(store, contacts, event)
    prefs = prefs or preferences.load(store.settings)
    settings = print_settings(prefs, layout=request.layout, sides=request.sides, sheet=request.sheet,
                              reverse=request.reverse, overrides=request.overrides)  # fmt: skip
    drafts = PackedCards((card.contact_id, card) for card in store.cards.each_draft(event.id if event else None))
    return BatchInput(request, event, sender, settings, contacts, thanked, drafts, prefs["abroad_format"])


def compose_batch(
    batch_input: BatchInput, templates: TemplateLibrary, fonts: FontCatalog, *, check_layout: bool = False
) -> BatchPlan:
    """Every card of the batch composed and checked. Pure computation (templates and fonts, no store): a worker
    thread may run it.

    The check is :func:`~postcard.compose.problems.precheck` (no layout): the batch lays each card out once, as
    it draws it, and names the cards the layout refuses in :attr:`BatchOutcome.problems`. ``check_layout``
    lays every card out here too, so that every problem is known before anything is written (a print dialog's
    list), at the cost of a second layout per card.
    """
    b = batch_input
    request, settings = b.request, b.settings
    composer = Composer(templates, event=b.event, sender=b.sender, abroad=b.abroad)
    shared = isinstance(b.contacts, PackedContacts)  # the jobs keep their people there, not a second time
    jobs = JobList(people=b.contacts if isinstance(b.contacts, PackedContacts) else None)
    problems: list[Problem] = []
    for i, contact in enumerate(b.contacts):
        seed = None if request.seed is None else request.seed + (contact.id or 0)
        draft = b.drafts.get(contact.id or 0)
        composed = compose_card(composer, contact, settings.options, fonts, draft=draft, template=request.template,
                                fmt=request.format, seed=seed, sides=settings.sides, layout=check_layout)  # fmt: skip
        problems += composed.problems
        if composed.printable and composed.job is not None:
            jobs.append(composed.job, i if shared else None)
    return BatchPlan(request, b.event, b.sender, settings, b.contacts, jobs, problems, b.thanked)


def layout_problems(jobs: Sequence[CardJob], settings: PrintSettings, fonts: FontCatalog) -> list[Problem]:
    """What the layout refuses among ``jobs`` (a line too long, a character only some fonts lack…): the check that
    ``compose_batch(…, check_layout=True)`` adds, for a part of a batch at a time. Pure computation."""
    found = (layout_problem(job, settings.options, fonts, settings.sides) for job in jobs)
    return [problem for problem in found if problem is not None]


def plan_batch(
    ctx: AppContext, request: PrintRequest, prefs: Preferences | None = None, *, check_layout: bool = False
) -> BatchPlan:
    """Who is in the batch, every card composed and checked, who was already thanked: :func:`gather_batch` (the
    store) then :func:`compose_batch` (the cards), in one call. Reads the store only.

    Raises UnknownContactError, UnknownSenderError, EmptySelectionError, PreferenceError (a bad override).
    """
    return compose_batch(gather_batch(ctx.store, request, prefs), ctx.templates, ctx.fonts, check_layout=check_layout)


@dataclass(frozen=True)
class OutputFile:
    path: Path
    format: Format  # the card stock this file is for
    cards: int
    pages: int


@dataclass
class BatchOutcome:
    files: list[OutputFile]
    cards: Sequence[Card]  # as printed (each made as it is read); once logged, the list with their log ids
    problems: list[Problem] = field(default_factory=list)  # cards the layout refused while the files were written
    logged: bool = False

    @property
    def pages(self) -> int:
        return sum(f.pages for f in self.files)


def write_batch(plan: BatchPlan, out: Path, fonts: FontCatalog, progress: Progress | None = None) -> BatchOutcome:
    """Write the plan's PDFs (one per stock), each atomically; nothing is logged. No store access: a worker
    thread may run it. Cancelled (or failed) part-way, it leaves none of the files.

    Raises AlreadyThankedError (see :attr:`BatchPlan.needs_force`), UndeliverableError (see
    :attr:`BatchPlan.needs_address_confirmation`), NothingPrintableError, Cancelled.
    """
    if plan.needs_force:
        assert plan.event is not None
        raise AlreadyThankedError(plan.thanked, plan.event)
    if plan.needs_address_confirmation:
        raise UndeliverableError(plan.undeliverable)
    if not plan.jobs:
        raise NothingPrintableError()
    stocks = plan.stocks()
    paths = stock_paths(out, list(stocks))
    groups = [(jobs, paths[fmt]) for fmt, jobs in stocks.items()]
    results = batch.print_batches(groups, plan.settings, fonts, invariant=plan.request.seed is not None,
                                  progress=progress)  # fmt: skip
    problems = [problem_from_error(job.contact, exc) for r in results for job, exc in r.refused]
    if not any(r.written for r in results):
        raise NothingPrintableError(problems)
    files = [OutputFile(r.path, fmt, len(r.cards), r.pages) for fmt, r in zip(stocks, results, strict=True)
             if r.written]  # fmt: skip
    return BatchOutcome(files, _Joined([r.cards for r in results]), problems)


class _Joined(Sequence[Card]):
    """Several sequences of cards read as one, without copying them."""

    def __init__(self, parts: list[Sequence[Card]]) -> None:
        self.parts = parts

    def __len__(self) -> int:
        return sum(len(part) for part in self.parts)

    def __iter__(self) -> Iterator[Card]:
        return itertools.chain.from_iterable(self.parts)

    @overload
    def __getitem__(self, index: int) -> Card: ...
    @overload
    def __getitem__(self, index: slice) -> list[Card]: ...
    def __getitem__(self, index: int | slice) -> Card | list[Card]:
        if isinstance(index, slice):
            return list(itertools.islice(self, *index.indices(len(self))))
        if index < 0:
            index += len(self)
        for part in self.parts:
            if 0 <= index < len(part):
                return part[index]
            index -= len(part)
        raise IndexError("card index out of range")


def log_batch(store: Store, outcome: BatchOutcome) -> BatchOutcome:
    """Record the written cards as printed, in one transaction (drafts become printed). Writes the store."""
    if not outcome.logged:
        outcome.cards = store.cards.record_printed(outcome.cards)
        outcome.logged = True
    return outcome


def run_batch(ctx: AppContext, plan: BatchPlan, out: Path, progress: Progress | None = None) -> BatchOutcome:
    """Write the PDFs, then (if the request says so) log the cards: what ``postcard render`` does."""
    outcome = write_batch(plan, out, ctx.fonts, progress)
    return log_batch(ctx.store, outcome) if plan.request.log else outcome


def render_preview(job: CardJob, settings: PrintSettings, fonts: FontCatalog) -> bytes:
    """One card, both sides, as PDF bytes: the preview shows exactly what prints. Pure computation."""
    return batch.render_preview(job, settings, fonts)


def write_calibration(out: Path | io.BufferedIOBase, fmt: str, fonts: FontCatalog,
                      wording: Mapping[CalibrationNote, str], *, side: str = Sides.MESSAGE,
                      offset: tuple[float, float] = (0.0, 0.0)) -> None:  # fmt: skip
    """The calibration page for a card format, with the instructions in the front end's words; ``offset`` (mm,
    right and down) moves it as the printer offset of ``side`` would, to check a saved offset on paper."""
    card_format(fmt)
    if side not in (Sides.MESSAGE, Sides.ADDRESS):
        raise PostcardError(f"calibrate the message or the address side, not {side!r}")
    _write_calibration(out, fmt, fonts, wording, side=side, offset=offset)
