"""Writing the calibration page (see :mod:`postcard.core.layout.calibration`) as a PDF."""

from __future__ import annotations

from pathlib import Path

from postcard.core.layout.calibration import calibration_page
from postcard.core.layout.sheets import single_sheets
from postcard.render.fonts import FontCatalog
from postcard.render.pdf import write_sheets


def write_calibration(out: Path, fmt_key: str, catalog: FontCatalog) -> None:
    page = calibration_page(fmt_key, catalog)
    write_sheets(single_sheets([("message", page)]), str(out), catalog, title="postcard calibration")
