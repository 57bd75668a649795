"""Print jobs: lay out every card, arrange the sides, write the PDF atomically; the log rows it returns.

The PDF goes to a temporary file beside the target and is renamed into place only when complete. Killing the
process at any point leaves either nothing or the finished PDF. A batch of several PDFs (one per card stock, see
:func:`print_batches`) writes every file before it renames any; the caller logs the cards it returns after that
(:func:`postcard.compose.printing.log_batch`, in one transaction), so no log row names a PDF that does not exist.
"""

from __future__ import annotations

import gc
import io
import os
from array import array
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import overload

from postcard.core.heap import collect_only_new
from postcard.core.layout.card import layout_card
from postcard.core.layout.formats import LayoutOptions, card_format
from postcard.core.layout.items import Page
from postcard.core.layout.sheets import Sheet, nup_sheets, plan_grid, print_order, single_sheets
from postcard.core.model import Card, CardStatus
from postcard.core.options import LayoutMode, SheetSize, Sides
from postcard.core.progress import NullProgress, Progress, check_cancel
from postcard.errors import Cancelled, PostcardError
from postcard.render.fonts import FontCatalog
from postcard.render.jobs import CardJob, JobList
from postcard.render.output import atomic_output, check_target
from postcard.render.pdf import write_sheets

__all__ = ["BatchResult", "CardJob", "PrintSettings", "iter_sheets", "print_batch", "print_batches", "render_preview",
           "write_batch_pdf"]  # fmt: skip


@dataclass
class PrintSettings:
    layout: LayoutMode = LayoutMode.DUPLEX
    sides: Sides = Sides.BOTH
    sheet: SheetSize = SheetSize.A4  # for nup
    reverse: bool = False  # two-pass: reverse the second pass
    offsets: dict[str, tuple[float, float]] = field(default_factory=dict)  # per side, mm
    options: LayoutOptions = field(default_factory=LayoutOptions)


@dataclass
class BatchResult:
    path: Path
    pages: int
    cards: Sequence[Card]  # the cards printed (refused ones are not among them): PrintedCards, or the logged list
    refused: list[tuple[CardJob, PostcardError]] = field(default_factory=list)  # cards the layout refused
    written: bool = True  # False when every card of this file was refused: no file was written


COLLECT_EVERY = 1_000  # sheets between two full collections while a batch is written (see _some)

#: A card the layout refused: its place in the batch, the job and the error.
Refusal = tuple[int, CardJob, PostcardError]


def card_pages(job: CardJob, settings: PrintSettings, catalog: FontCatalog) -> list[tuple[str, Page]]:
    """The laid-out sides of one card, each tagged "message" or "address"."""
    pages = layout_card(job.content, job.options or settings.options, catalog, settings.sides)
    return list(zip(_side_names(settings), pages, strict=True))


def check_jobs(jobs: Sequence[CardJob]) -> None:
    """Every card's format must be known (each PDF page carries its own card size)."""
    for fmt in _formats(jobs):
        card_format(fmt)


def _formats(jobs: Sequence[CardJob]) -> list[str]:
    """The card formats of a batch, in the order they first appear (a :class:`JobList` knows them unpacked)."""
    if isinstance(jobs, JobList):
        return list(jobs.formats())
    return list(dict.fromkeys(job.format for job in jobs))


def _format_at(jobs: Sequence[CardJob], index: int) -> str:
    return jobs.format_at(index) if isinstance(jobs, JobList) else jobs[index].format


def write_batch_pdf(
    jobs: Sequence[CardJob],
    settings: PrintSettings,
    catalog: FontCatalog,
    out: str | io.BufferedIOBase | os.PathLike[str],
    *,
    invariant: bool = False,
    progress: Progress | None = None,
    refused: list[Refusal] | None = None,
) -> int:
    """Lay out and write the whole batch to ``out`` (a path or a binary file object); returns the page count.

    Each card is laid out once, just before its sheet is drawn, so the layouts of a large batch are never all
    in memory at once (nor, from a :class:`JobList`, its jobs). With a ``refused`` list, a card the layout refuses
    (a line too long, a missing glyph) is left out and added to it (its place, the job, the error); without one,
    the error stops the batch. The cyclic garbage
    collector is paused meanwhile: the batch allocates many small objects and frees none of them in cycles, and
    the collector's passes cost a fifth of the layout time. What the process held before the batch is frozen
    (``gc.freeze``) until it ends, so that the batch's own full collections (see :func:`_some`) walk only the
    batch's objects: in the window, a pass over all of its Qt wrappers held the interpreter for 85 ms, twice a
    batch of 1,000 cards, and the window stood still meanwhile.
    """
    progress = progress or NullProgress()
    check_jobs(jobs)
    progress.start(_ticks(jobs, settings), "print")
    target = os.fspath(out) if isinstance(out, os.PathLike) else out
    with collect_only_new(paused=True):
        sheets = _some(iter_sheets(jobs, settings, catalog, progress, refused))
        count = write_sheets(sheets, target, catalog, offsets=settings.offsets, invariant=invariant,
                             progress=_CancelOnly(progress), duplex=duplex_for(settings))  # fmt: skip
    progress.finish()
    return count


def iter_sheets(
    jobs: Sequence[CardJob],
    settings: PrintSettings,
    catalog: FontCatalog,
    progress: Progress,
    refused: list[Refusal] | None = None,
) -> Iterator[Sheet]:
    """The sheets of a batch in print order (see :func:`postcard.core.layout.sheets.print_order`).

    Both sides of a card are laid out before either is drawn, so that a card the layout refuses leaves no
    page behind. Each job is taken from ``jobs`` as its card is drawn (a :class:`JobList` makes it then) and
    let go after; two-pass takes the jobs again, and lays the address sides out again, in the second pass (rather
    than holding them all). The first sheet of each card carries a bookmark with the person's name, so a jammed
    card can be found.
    """
    names = _side_names(settings)

    def laid_out(index: int, job: CardJob, sides: Sides, refusal_ticks: int) -> list[tuple[str, Page]] | None:
        """The card's pages (the caller ticks as it hands them on), or None when the layout refuses it."""
        check_cancel(progress)
        try:
            return card_pages(job, replace(settings, sides=sides), catalog)
        except Cancelled:
            raise
        except PostcardError as exc:
            if refused is None:
                raise
            refused.append((index, job, exc))
            progress.tick(refusal_ticks)
            return None

    if settings.layout == LayoutMode.NUP:  # one grid per card size, in the order the sizes first appear
        groups: dict[str, list[int]] = {fmt: [] for fmt in _formats(jobs)}
        for index in range(len(jobs)):
            groups[_format_at(jobs, index)].append(index)
        for group in groups.values():
            chunk: list[tuple[CardJob, list[tuple[str, Page]]]] = []
            per_sheet, number = 0, 1
            for index in group:
                job = jobs[index]
                pages = laid_out(index, job, settings.sides, 1)
                if pages is None:
                    continue
                progress.tick()
                if not per_sheet:
                    per_sheet = plan_grid(pages[-1][1].width, pages[-1][1].height, settings.sheet).per_sheet
                chunk.append((job, pages))
                if len(chunk) == per_sheet:
                    yield from _nup(chunk, settings, number)
                    chunk, number = [], number + 1
            if chunk:
                yield from _nup(chunk, settings, number)
    elif settings.layout == LayoutMode.TWO_PASS and len(names) == 2:
        kept = array("I")  # the places of the cards whose both sides can be laid out
        for index, job in enumerate(jobs):  # first pass: the message sides of those cards
            pages = laid_out(index, job, settings.sides, 2)
            if pages is not None:
                kept.append(index)
                progress.tick()
                sheets = single_sheets(pages[:1])
                sheets[0].bookmarks = [bookmark(job)]
                yield from sheets
        for card, side in print_order(len(kept), 2, settings.layout, settings.reverse):
            if side == 1:  # second pass: the address sides, in the order the stack comes back
                check_cancel(progress)
                pages = card_pages(jobs[kept[card]], replace(settings, sides=Sides.ADDRESS), catalog)
                progress.tick()
                yield from single_sheets(pages)
    else:  # duplex (message, address, message…) or one side
        for index, job in enumerate(jobs):  # print_order's duplex order: each card's sides together
            for i, page in enumerate(laid_out(index, job, settings.sides, len(names)) or ()):
                progress.tick()
                sheets = single_sheets([page])
                if i == 0:
                    sheets[0].bookmarks = [bookmark(job)]
                yield from sheets


def _nup(chunk: list[tuple[CardJob, list[tuple[str, Page]]]], settings: PrintSettings, number: int) -> list[Sheet]:
    sheets = nup_sheets([pages for _job, pages in chunk], settings.sheet, first_number=number)
    sheets[0].bookmarks = [bookmark(job) for job, _pages in chunk]
    return sheets


def bookmark(job: CardJob) -> str:
    """The outline entry of a card: the person's name as addressed (山田 太郎 様, Dr. Olivia Brown)."""
    return job.contact.addressed_name or f"contact {job.contact.id}"


def duplex_for(settings: PrintSettings) -> str:
    """How the batch's sheets are printed (see :data:`postcard.render.pdf.DUPLEX`)."""
    if settings.layout == LayoutMode.NUP:
        return "long-edge" if settings.sides == Sides.BOTH else "simplex"
    if settings.layout == LayoutMode.DUPLEX and settings.sides == Sides.BOTH:
        return "card"
    return "simplex"


def _side_names(settings: PrintSettings) -> list[str]:
    return list(Sides(settings.sides).names)


def print_batch(
    jobs: Sequence[CardJob],
    settings: PrintSettings,
    catalog: FontCatalog,
    out: Path,
    *,
    invariant: bool = False,
    progress: Progress | None = None,
) -> BatchResult:
    """Write the PDF atomically to ``out``. A card the layout refuses is left out and named in the result's
    ``refused``."""
    [result] = print_batches([(jobs, Path(out))], settings, catalog, invariant=invariant, progress=progress)
    return result


def print_batches(
    groups: Sequence[tuple[Sequence[CardJob], Path]],
    settings: PrintSettings,
    catalog: FontCatalog,
    *,
    invariant: bool = False,
    progress: Progress | None = None,
) -> list[BatchResult]:
    """Write one PDF per ``(jobs, out)`` group: all to hidden ``.part`` files first, then rename them all into
    place. Each result's ``cards`` are the log rows of the cards it printed (not yet stored).

    Cancelling or failing in any group leaves none of the PDFs. Progress counts the whole run.
    Each card is laid out once; one the layout refuses is left out and named in its group's ``refused`` (a
    group whose cards were all refused writes no file).
    """
    for _jobs, out in groups:
        check_target(Path(out))  # a folder, a FIFO or a device is refused before any work
    if not groups or not all(jobs for jobs, _out in groups):
        raise PostcardError("nothing to print: the selection has no contacts")
    progress = progress or NullProgress()
    progress.start(sum(_ticks(jobs, settings) for jobs, _out in groups), "print")
    pages: list[int] = []
    refused: list[list[Refusal]] = []
    with ExitStack() as files:  # every file is renamed into place only when the last one is written
        for jobs, out in groups:
            refused.append([])
            try:
                with ExitStack() as one:
                    handle = one.enter_context(atomic_output(Path(out)))
                    count = write_batch_pdf(jobs, settings, catalog, handle, invariant=invariant,
                                            progress=_Continuing(progress), refused=refused[-1])  # fmt: skip
                    files.enter_context(one.pop_all())
            except EveryCardRefused:  # this file is not written at all; the others are
                count = 0
            pages.append(count)
    progress.finish()
    results = []
    for (jobs, out), count, left_out in zip(groups, pages, refused, strict=True):
        printed = PrintedCards(jobs, settings, {index for index, _job, _exc in left_out})
        results.append(BatchResult(Path(out), count, printed, [(job, exc) for _i, job, exc in left_out],
                                   written=len(printed) > 0))  # fmt: skip
    return results


class PrintedCards(Sequence[Card]):
    """The log rows of the cards a batch printed (:func:`_printed_card`), each made as it is read: a batch of
    10,000 cards does not hold 10,000 rows until they are logged."""

    def __init__(self, jobs: Sequence[CardJob], settings: PrintSettings, skipped: set[int]) -> None:
        self.jobs, self.settings = jobs, settings
        self._places = array("I", (i for i in range(len(jobs)) if i not in skipped))

    def __len__(self) -> int:
        return len(self._places)

    @overload
    def __getitem__(self, index: int) -> Card: ...
    @overload
    def __getitem__(self, index: slice) -> list[Card]: ...
    def __getitem__(self, index: int | slice) -> Card | list[Card]:
        if isinstance(index, slice):
            return [_printed_card(self.jobs[i], self.settings) for i in self._places[index]]
        return _printed_card(self.jobs[self._places[index]], self.settings)

    def __iter__(self) -> Iterator[Card]:
        for i in self._places:
            yield _printed_card(self.jobs[i], self.settings)


class EveryCardRefused(PostcardError):
    """The layout refused every card of a file: there is no page to write."""

    def __init__(self) -> None:
        super().__init__("no card could be printed")


def _some(sheets: Iterator[Sheet]) -> Iterator[Sheet]:
    """The sheets, or :class:`EveryCardRefused` when there are none (a PDF needs a page).

    With the collector paused, a full collection runs every :data:`COLLECT_EVERY` sheets: there is nothing in
    cycles to free, but a full collection also empties the interpreter's free lists (of tuples, floats…), which
    otherwise keep the memory of the layout's busiest moments, so that a batch of 10,000 cards grows by 4 MB
    more than one of 1,000 (a collection takes about 10 ms: 2 % of the time of 500 cards)."""
    empty = True
    for count, sheet in enumerate(sheets, 1):
        empty = False
        yield sheet
        if not count % COLLECT_EVERY:
            gc.collect()
    if empty:
        raise EveryCardRefused()


def _printed_card(job: CardJob, settings: PrintSettings) -> Card:
    """The log row of a printed card: everything a reprint needs to draw it again exactly."""
    options = (job.options or settings.options).to_dict()
    return Card(contact_id=job.contact.id or 0, text=job.text, template=job.template, format=job.format,
                event_id=job.event_id, sender_id=job.sender.id if job.sender else None, personal=job.personal,
                seed=job.seed, status=CardStatus.PRINTED, id=job.draft_id,
                options={**options, "direction": job.direction, "sides": settings.sides})  # fmt: skip


def _ticks(jobs: Sequence[CardJob], settings: PrintSettings) -> int:
    """A tick per card laid out in n-up (both sides at once), per card side otherwise."""
    return len(jobs) * (1 if settings.layout == LayoutMode.NUP else len(_side_names(settings)))


def render_preview(job: CardJob, settings: PrintSettings, catalog: FontCatalog) -> bytes:
    """One card, both sides, as PDF bytes: the live preview shows exactly what prints."""
    buffer = io.BytesIO()
    single = replace(settings, layout=LayoutMode.DUPLEX, sides=Sides.BOTH, reverse=False)
    write_batch_pdf([job], single, catalog, buffer)
    return buffer.getvalue()


class _Continuing(NullProgress):
    """One file of a several-file batch: ticks and cancel go to the whole run's progress, start and finish don't."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress

    def tick(self, n: int = 1) -> None:
        self.progress.tick(n)

    def cancelled(self) -> bool:
        return self.progress.cancelled()


class _CancelOnly(NullProgress):
    """Lets the PDF writer check for cancel between sheets without counting them as progress."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress

    def cancelled(self) -> bool:
        return self.progress.cancelled()
