"""Writing the calibration page (see :mod:`postcard.core.layout.calibration`) as a PDF."""

from __future__ import annotations

from pathlib import Path

from postcard.core.layout.calibration import calibration_page
from postcard.core.layout.sheets import single_sheets
from postcard.render.fonts import FontCatalog
from postcard.render.output import atomic_output, check_target
from postcard.render.pdf import write_sheets


def write_calibration(out: Path, fmt_key: str, catalog: FontCatalog) -> None:
    """The calibration page of a card format, written atomically to ``out`` (see :mod:`postcard.render.output`)."""
    check_target(Path(out))
    page = calibration_page(fmt_key, catalog)
    with atomic_output(Path(out)) as handle:
        write_sheets(single_sheets([("message", page)]), handle, catalog, title="postcard calibration")
