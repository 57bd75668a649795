"""Writing the calibration page (see :mod:`postcard.core.layout.calibration`) as a PDF."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

from postcard.core.layout.calibration import CalibrationNote, calibration_page
from postcard.core.layout.sheets import single_sheets
from postcard.render.fonts import FontCatalog
from postcard.render.output import atomic_output, check_target
from postcard.render.pdf import write_sheets


def write_calibration(out: Path | io.BufferedIOBase, fmt_key: str, catalog: FontCatalog,
                      wording: Mapping[CalibrationNote, str], *, side: str = "message",
                      offset: tuple[float, float] = (0.0, 0.0)) -> None:  # fmt: skip
    """The calibration page of a card format, written atomically to ``out`` (see :mod:`postcard.render.output`) or
    into a binary file object. ``offset`` moves it as the printer offset of ``side`` moves that side's cards (the
    page printed again with the saved offset shows whether it is right)."""
    sheets = single_sheets([(side, calibration_page(fmt_key, catalog, wording))])
    offsets = {side: offset}
    if isinstance(out, io.BufferedIOBase):
        write_sheets(sheets, out, catalog, title="postcard calibration", offsets=offsets)
        return
    check_target(Path(out))
    with atomic_output(Path(out)) as handle:
        write_sheets(sheets, handle, catalog, title="postcard calibration", offsets=offsets)
