"""Printer calibration, step by step: the calibration page is printed (with the offset being checked, or none),
the user measures where the 10 mm ticks landed, and the offset that puts them at 10 mm is saved per side.

The page's ticks are drawn 10 mm from the paper's left and top edges; a printer that shifts everything right
by 1.2 mm puts the tick at 11.2 mm, and an offset of −1.2 mm undoes it (offsets: right and down positive).
"""

from __future__ import annotations

import math

from postcard.compose import preferences
from postcard.compose.preferences import MAX_OFFSET_MM, PreferenceError, Preferences
from postcard.core.options import Sides
from postcard.store.settings import SettingsRepo

REFERENCE_MM = 10.0  # where the page's long ticks are drawn, from the paper's edges
MAX_MEASURE_MM = REFERENCE_MM + MAX_OFFSET_MM  # a measurement outside 0 … 20 mm cannot be a shifted 10 mm tick


def corrected_offset(printed_with: tuple[float, float], measured: tuple[float, float]) -> tuple[float, float]:
    """The offset (mm, right and down) that puts the ticks at 10 mm: the offset the page was printed with, plus
    how far the ticks missed. Raises PreferenceError for a measurement that is not a number in 0 … 20 mm."""
    out = []
    for axis, done, seen in zip(("dx", "dy"), printed_with, measured, strict=True):
        if not (math.isfinite(seen) and 0.0 <= seen <= MAX_MEASURE_MM):
            raise PreferenceError(f"a measurement is between 0 and {MAX_MEASURE_MM:g} mm, not {seen!r}", axis, seen)
        out.append(round(done + REFERENCE_MM - seen, 1))
    return out[0], out[1]


def save_offset(settings: SettingsRepo, side: str, dx: float, dy: float) -> Preferences:
    """Save the printer offset of one side (finite, within ±10 mm; PreferenceError otherwise). *Writes*."""
    if side not in (Sides.MESSAGE, Sides.ADDRESS):
        raise PreferenceError(f"the offset is for the message or the address side, not {side!r}", "side", side)
    prefs = preferences.load(settings).changed(**{f"{side}_dx": dx, f"{side}_dy": dy})
    preferences.save(settings, prefs)
    return prefs
