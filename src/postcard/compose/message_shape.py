"""How the message side writes a card's lines: each written line in one column (a row across), or — a long one —
broken where a hand would break it over two or more (the layout does that to keep the writing large).

The three-line rule counts the lines written, not the columns: three lines may take four or five columns on the
card. The window says so beside the lines (:class:`MessageShape`), and counts the characters left on the line
being typed before the card breaks it (:func:`postcard.compose.drafting.room_left`). Pure computation.
"""

from __future__ import annotations

from dataclasses import dataclass

from postcard.core.layout.card import layout_card
from postcard.core.layout.formats import LayoutOptions, card_format
from postcard.core.layout.items import Glyph, Page, pt_to_mm
from postcard.core.layout.metrics import FontMetrics
from postcard.core.options import Direction, Sides
from postcard.errors import PostcardError
from postcard.render.batch import CardJob


@dataclass(frozen=True)
class MessageShape:
    """The card's lines as the message side writes them.

    Attributes:
        parts: Per line written, its parts as the card writes them (one part: the line is written whole).
        vertical: Columns (縦書き) rather than rows.
    """

    parts: tuple[tuple[str, ...], ...]
    vertical: bool

    @property
    def written(self) -> int:
        """Lines written: what the three-line rule counts."""
        return len(self.parts)

    @property
    def printed(self) -> int:
        """Columns (rows) on the card."""
        return sum(len(p) for p in self.parts)

    @property
    def broken(self) -> list[int]:
        """The (0-based) lines the card breaks over more than one column (row)."""
        return [i for i, parts in enumerate(self.parts) if len(parts) > 1]


def is_vertical(job: CardJob) -> bool:
    return job.direction == Direction.VERTICAL and card_format(job.format).japanese


def visual_runs(page: Page, vertical: bool) -> list[list[Glyph]]:
    """The message's body glyphs by column (vertical) or row (across), in the order the card is read: a new one
    starts where the position jumps across by most of an em (a glyph's own wobble stays well under that)."""
    runs: list[list[Glyph]] = []
    previous = None
    for glyph in page.glyphs("body"):
        across = glyph.cx if vertical else glyph.cy
        if previous is None or abs(across - previous) > pt_to_mm(glyph.size) * 0.8:
            runs.append([])
        runs[-1].append(glyph)
        previous = across
    return runs


def visual_lines(page: Page, vertical: bool) -> int:
    """How many columns (vertical) or rows (across) the message's body text takes on the laid-out page."""
    return len(visual_runs(page, vertical))


def shape_of(lines: tuple[str, ...], page: Page, vertical: bool) -> MessageShape:
    """The parts of ``lines`` as ``page`` writes them: each run of glyphs is matched to the characters of the
    line it comes from (spaces draw no glyph), so the parts are the user's own text, spaces included."""
    written = [line.strip() for line in lines if line.strip()]
    counts = [len(run) for run in visual_runs(page, vertical)]
    parts: list[tuple[str, ...]] = []
    at = 0
    for line in written:
        ink = sum(1 for ch in line if not ch.isspace())
        pieces: list[str] = []
        start = taken = 0
        while taken < ink and at < len(counts):
            want, drawn, end = counts[at], 0, start
            while end < len(line) and drawn < want:
                drawn += not line[end].isspace()
                end += 1
            pieces.append(line[start:end].strip())
            taken += drawn
            start, at = end, at + 1
        if taken != ink:  # the glyphs do not add up to the text (a character drawn as two): the line as it is
            return MessageShape(tuple((line,) for line in written), vertical)
        parts.append(tuple(p for p in pieces if p) or (line,))
    return MessageShape(tuple(parts), vertical)


def message_shape(job: CardJob, options: LayoutOptions, metrics: FontMetrics) -> MessageShape | None:
    """How the card writes ``job``'s lines (None when the message side cannot be laid out: its problem says why)."""
    try:
        (page,) = layout_card(job.content, job.options or options, metrics, Sides.MESSAGE)
    except PostcardError:
        return None
    return shape_of(job.lines, page, is_vertical(job))
