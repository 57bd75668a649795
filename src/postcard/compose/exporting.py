"""The log written out for a spreadsheet: the window's "Export Log as CSV" and ``postcard log --csv`` alike."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from postcard.io.export import export_log_csv
from postcard.store.cards import LogRow


def write_log_csv(path: Path, rows: Sequence[LogRow]) -> None:
    """The cards as CSV at ``path``: UTF-8 with a byte-order mark (so that Excel reads the Japanese), CRLF lines,
    a cell that a spreadsheet would take for a formula quoted."""
    path.write_text(export_log_csv(rows), encoding="utf-8-sig", newline="")
