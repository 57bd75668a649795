"""The calibration page: print it on a card and read how far the printer shifts things.

It shows the postal-code frames where JIS puts them (on a real postcard they should sit exactly on the
printed red boxes), a cross at the card's centre, and millimetre scales along the top and left edges
that start at the paper edge: where the scale's 10 mm tick lands tells the offset.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from postcard.core.layout.formats import card_format
from postcard.core.layout.hagaki import zip_frames
from postcard.core.layout.items import Item, Line, Page
from postcard.core.layout.metrics import FontMetrics
from postcard.core.layout.typeset import Setter, Style


class CalibrationNote(StrEnum):
    """The lines of instructions on the page, in order; each front end words them (the CLI in English)."""

    PRINT_AT_100 = "print-at-100"  # print at actual size on a card of this size
    BOXES = "boxes"  # the red boxes should sit on the card's own boxes (Japanese postcards only)
    MEASURE = "measure"  # measure from the paper's edges to the 10 mm ticks
    FORMULA = "formula"  # dx = 10 − measured (right +), dy = 10 − measured (down +): the offset undoes the shift
    NEXT_STEP = "next-step"  # where to enter the offsets


def calibration_notes(fmt_key: str) -> tuple[CalibrationNote, ...]:
    """The notes the page for this format carries (the boxes only where there are boxes)."""
    notes = tuple(CalibrationNote)
    return notes if card_format(fmt_key).japanese else tuple(n for n in notes if n is not CalibrationNote.BOXES)


def calibration_page(fmt_key: str, metrics: FontMetrics, wording: Mapping[CalibrationNote, str]) -> Page:
    """The page, with each of :func:`calibration_notes` in ``wording`` (a note without wording is left out)."""
    fmt = card_format(fmt_key)
    w, h = (fmt.width, fmt.height) if fmt.japanese else fmt.landscape
    items: list[Item] = []
    if fmt.japanese:
        items.extend(zip_frames())
    cx, cy = w / 2, h / 2
    items += [Line(cx - 10, cy, cx + 10, cy, 0.2, role="cross"), Line(cx, cy - 10, cx, cy + 10, 0.2, role="cross")]
    for mm in range(0, int(w) + 1):
        length = 4.0 if mm % 10 == 0 else 2.5 if mm % 5 == 0 else 1.5
        items.append(Line(mm, 0.0, mm, length, 0.12, role="scale"))
    for mm in range(0, int(h) + 1):
        length = 4.0 if mm % 10 == 0 else 2.5 if mm % 5 == 0 else 1.5
        items.append(Line(0.0, mm, length, mm, 0.12, role="scale"))
    setter = Setter(metrics, "calibration page")
    style = Style(("klee-regular", "seto"), 7.0, "#000000", "calibration")
    for mm in range(10, int(w), 10):
        items += setter.horizontal(str(mm), mm - 1.2, 6.0, style)[0]
    for mm in range(10, int(h), 10):
        items += setter.horizontal(str(mm), 5.0, mm, style)[0]
    y = cy + 16.0
    lines = [wording[note] for note in calibration_notes(fmt_key) if wording.get(note)]
    for line in lines:
        text_w = setter.horizontal_length(line, style.chain) * 7.0 * 25.4 / 72
        items += setter.horizontal(line, max(6.0, (w - text_w) / 2), y, style)[0]
        y += 4.0
    return Page(w, h, items, f"calibration {fmt.key}")
