"""Arranging card sides into the pages of a print job: duplex, two-pass and n-up sheets with crop marks.

A :class:`Placement` says where one card side goes on a sheet; the renderer draws the side's own
:class:`~postcard.core.layout.items.Page` there, rotated if asked. Everything is in mm, origin top-left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from postcard.core.layout.items import Line, Page
from postcard.core.options import LayoutMode, SheetSize
from postcard.errors import PostcardError

MODES = tuple(LayoutMode)
SHEETS = {SheetSize.A4: (210.0, 297.0), SheetSize.LETTER: (215.9, 279.4)}
# Crop marks: a gap from the card, at most MARK_LEN long, never closer to the sheet's edge than PRINTABLE_EDGE
# (most printers cannot print the outer 3–5 mm); a grid keeps MIN_MARGIN so that every mark is MIN_MARK long.
MARK_GAP, MARK_LEN, MIN_MARK, PRINTABLE_EDGE = 1.0, 5.0, 2.0, 5.0
MIN_MARGIN = PRINTABLE_EDGE + MARK_GAP + MIN_MARK


@dataclass(frozen=True)
class Placement:
    page: Page  # one card side
    x: float  # top-left of the cell on the sheet
    y: float
    rotation: int = 0  # 0, 90 (clockwise), -90 or 180
    side: str = "message"  # "message" or "address": which printer offset applies


@dataclass
class Sheet:
    width: float
    height: float
    placements: list[Placement] = field(default_factory=list)
    marks: list[Line] = field(default_factory=list)
    label: str = ""
    bookmarks: list[str] = field(default_factory=list)  # the cards that start on this sheet (PDF outline)


def single_sheets(sides: Sequence[tuple[str, Page]]) -> list[Sheet]:
    """One sheet per card side, the size of the card (what home printers feed for postcards)."""
    return [Sheet(p.width, p.height, [Placement(p, 0.0, 0.0, 0, side)], [], p.label) for side, p in sides]


def print_order(count: int, sides: int, mode: str, reverse: bool = False) -> list[tuple[int, int]]:
    """(card, side) index pairs in the order single-card pages are printed.

    ``duplex``: each card's sides alternate (message, address, message, address…).
    ``two-pass``: every message side, then every address side; ``reverse`` reverses the second pass for
    printers whose output stack comes out the other way up, so that the backs meet their fronts.
    """
    if mode == "duplex":
        return [(card, side) for card in range(count) for side in range(sides)]
    if mode == "two-pass":
        passes = [[(card, side) for card in range(count)] for side in range(sides)]
        if reverse and len(passes) > 1:
            passes[1].reverse()
        return [pair for one_pass in passes for pair in one_pass]
    raise PostcardError(f"unknown layout {mode!r}; choose one of {', '.join(MODES)}")


def order_sides(
    cards: Sequence[Sequence[tuple[str, Page]]], mode: str, reverse: bool = False
) -> list[tuple[str, Page]]:
    """The card sides of laid-out cards (each with the same sides) in :func:`print_order`."""
    sides = len(cards[0]) if cards else 0
    return [cards[card][side] for card, side in print_order(len(cards), sides, mode, reverse)]


@dataclass(frozen=True)
class Grid:
    cols: int
    rows: int
    rotated: bool
    cell_w: float
    cell_h: float
    x0: float
    y0: float

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows


def plan_grid(card_w: float, card_h: float, sheet: str) -> Grid:
    """As many cards as fit on the sheet with room for crop marks (:data:`MIN_MARGIN`), upright or turned a quarter.

    With as many either way, upright wins.
    """
    try:
        sw, sh = SHEETS[sheet]
    except KeyError:
        raise PostcardError(f"unknown sheet {sheet!r}; choose one of {', '.join(SHEETS)}") from None
    best: Grid | None = None
    for rotated in (False, True):
        cw, ch = (card_h, card_w) if rotated else (card_w, card_h)
        cols = int((sw - 2 * MIN_MARGIN) // cw)
        rows = int((sh - 2 * MIN_MARGIN) // ch)
        if cols * rows == 0:
            continue
        grid = Grid(cols, rows, rotated, cw, ch, (sw - cols * cw) / 2, (sh - rows * ch) / 2)
        if best is None or grid.per_sheet > best.per_sheet:
            best = grid
    if best is None:
        raise PostcardError(f"a {card_w:g} × {card_h:g} mm card does not fit on a {sheet} sheet")
    return best


def nup_sheets(cards: Sequence[Sequence[tuple[str, Page]]], sheet: str, first_number: int = 1) -> list[Sheet]:
    """Front sheets of message sides, each followed by its back sheet of address sides, mirrored.

    The back sheet mirrors the columns so that, printed double-sided with a long-edge flip, each address side
    lands behind its own message side; cards turned a quarter on the sheet turn the other way on the back.
    The grid follows the address side (the last side), which fixes the card's top; a side lying the other way
    (a horizontal message on an upright hagaki) turns clockwise, so that the card's top is on its left (左天).
    """
    if not cards:
        return []
    first = cards[0][-1][1]
    grid = plan_grid(first.width, first.height, sheet)
    sw, sh = SHEETS[sheet]
    marks = crop_marks(grid, sw, sh)
    out: list[Sheet] = []
    n = grid.per_sheet
    for start in range(0, len(cards), n):
        chunk = cards[start : start + n]
        for side_index in range(max(len(c) for c in chunk)):
            back = side_index == 1
            sheet_obj = Sheet(sw, sh, [], marks, f"sheet {first_number + start // n} {'back' if back else 'front'}")
            for i, card in enumerate(chunk):
                if side_index >= len(card):
                    continue
                side, page = card[side_index]
                col, row = i % grid.cols, i // grid.cols
                if back:
                    col = grid.cols - 1 - col
                turn = 90 if grid.rotated else 0
                if (page.width > page.height) != (first.width > first.height):
                    turn += 90  # a side lying the other way from the grid's card (左天)
                rotation = 180 if turn == 180 else -turn if back else turn
                x = grid.x0 + col * grid.cell_w
                y = grid.y0 + row * grid.cell_h
                sheet_obj.placements.append(Placement(page, x, y, rotation, side))
            out.append(sheet_obj)
    return out


def crop_marks(grid: Grid, sw: float, sh: float) -> list[Line]:
    """Short lines in the margins on the extension of every cut line, inside the printable area.

    Each mark starts :data:`MARK_GAP` from the cards and ends at most :data:`MARK_LEN` further, never nearer
    than :data:`PRINTABLE_EDGE` to the sheet's edge (the grid is centred, so both ends of a cut line match).
    """
    lines: list[Line] = []
    top, bottom = grid.y0, grid.y0 + grid.rows * grid.cell_h
    left, right = grid.x0, grid.x0 + grid.cols * grid.cell_w
    vertical = min(MARK_LEN, top - MARK_GAP - PRINTABLE_EDGE, sh - bottom - MARK_GAP - PRINTABLE_EDGE)
    horizontal = min(MARK_LEN, left - MARK_GAP - PRINTABLE_EDGE, sw - right - MARK_GAP - PRINTABLE_EDGE)
    if vertical >= MIN_MARK - 1e-9:
        for c in range(grid.cols + 1):
            x = left + c * grid.cell_w
            lines.append(Line(x, top - MARK_GAP - vertical, x, top - MARK_GAP, 0.15, role="crop"))
            lines.append(Line(x, bottom + MARK_GAP, x, bottom + MARK_GAP + vertical, 0.15, role="crop"))
    if horizontal >= MIN_MARK - 1e-9:
        for r in range(grid.rows + 1):
            y = top + r * grid.cell_h
            lines.append(Line(left - MARK_GAP - horizontal, y, left - MARK_GAP, y, 0.15, role="crop"))
            lines.append(Line(right + MARK_GAP, y, right + MARK_GAP + horizontal, y, 0.15, role="crop"))
    return lines
