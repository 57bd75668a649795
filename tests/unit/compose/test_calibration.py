"""Calibration: the offset worked out from a measurement, saved per side within ±10 mm; the page printed again
with the offset moves; the preferred card for addresses abroad."""

from __future__ import annotations

import io
import math

import pypdf
import pytest

from postcard.compose import preferences
from postcard.compose.calibration import corrected_offset, save_offset
from postcard.compose.preferences import PreferenceError
from postcard.compose.printing import PrintRequest, plan_batch, write_calibration
from postcard.context import AppContext
from postcard.core.layout.calibration import CalibrationNote
from postcard.core.options import Format

from .conftest import SMITH, YAMADA, add


def test_the_offset_undoes_what_the_ticks_missed_by() -> None:
    assert corrected_offset((0.0, 0.0), (10.0, 10.0)) == (0.0, 0.0)
    assert corrected_offset((0.0, 0.0), (11.2, 9.6)) == (-1.2, 0.4)  # printed 1.2 mm right, 0.4 mm high
    assert corrected_offset((-1.2, 0.4), (10.3, 10.0)) == (-1.5, 0.4)  # checked with the offset: 0.3 mm left
    for bad in (math.nan, math.inf, -0.1, 20.5):
        with pytest.raises(PreferenceError):
            corrected_offset((0.0, 0.0), (bad, 10.0))


def test_offsets_are_saved_per_side_finite_and_within_ten_mm(ctx: AppContext) -> None:
    prefs = save_offset(ctx.store.settings, "address", -1.2, 0.4)
    assert prefs.offsets() == {"message": (0.0, 0.0), "address": (-1.2, 0.4)}
    assert preferences.load(ctx.store.settings).offsets()["address"] == (-1.2, 0.4)
    for dx, dy in ((10.5, 0.0), (0.0, -10.1), (math.nan, 0.0), (0.0, math.inf)):
        with pytest.raises(PreferenceError):
            save_offset(ctx.store.settings, "message", dx, dy)
    with pytest.raises(PreferenceError):
        save_offset(ctx.store.settings, "both", 0.0, 0.0)
    assert preferences.load(ctx.store.settings).offsets()["message"] == (0.0, 0.0)  # nothing refused was saved


def test_the_page_printed_again_is_moved_by_the_sides_offset(ctx: AppContext) -> None:
    wording = {note: note.value for note in CalibrationNote}
    plain, moved = io.BytesIO(), io.BytesIO()
    write_calibration(plain, "jp-hagaki", ctx.fonts, wording, side="address")
    write_calibration(moved, "jp-hagaki", ctx.fonts, wording, side="address", offset=(2.0, -1.0))
    pages = [pypdf.PdfReader(io.BytesIO(b.getvalue())).pages for b in (plain, moved)]
    assert [len(p) for p in pages] == [1, 1]
    assert [round(float(v) * 25.4 / 72) for v in pages[0][0].mediabox[2:]] == [100, 148]
    assert pages[0][0].get_contents().get_data() != pages[1][0].get_contents().get_data()
    with pytest.raises(Exception, match="message or the address"):
        write_calibration(io.BytesIO(), "a6", ctx.fonts, wording, side="both")


def test_addresses_abroad_get_the_preferred_card(ctx: AppContext) -> None:
    japan, abroad = add(ctx, **YAMADA), add(ctx, **SMITH)
    ids = [japan.id or 0, abroad.id or 0]
    formats = {job.contact.id: job.format for job in plan_batch(ctx, PrintRequest(contact_ids=ids, log=False)).jobs}
    assert formats == {japan.id: Format.JP_HAGAKI, abroad.id: Format.A6}
    preferences.set_text(ctx.store.settings, {"abroad_format": "us-4x6"})
    formats = {job.contact.id: job.format for job in plan_batch(ctx, PrintRequest(contact_ids=ids, log=False)).jobs}
    assert formats == {japan.id: Format.JP_HAGAKI, abroad.id: Format.US_4X6}
    with pytest.raises(PreferenceError):
        preferences.set_text(ctx.store.settings, {"abroad_format": "jp-hagaki"})
