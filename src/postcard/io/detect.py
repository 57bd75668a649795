"""Read a contact file of any supported kind, recognised by its content (never by its name alone)."""

from __future__ import annotations

import codecs
from pathlib import Path

from postcard.errors import ImportFault, ImportFormatError
from postcard.io.csvformats import iter_csv
from postcard.io.csvread import utf16_without_bom
from postcard.io.records import ParseResult, RecordStream
from postcard.io.vcard import iter_vcards

FORMATS = ("auto", "vcard", "csv")


def looks_like_vcard(data: bytes) -> bool:
    """True when the first non-blank line (after an optional BOM) is ``BEGIN:VCARD``."""
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="ignore")
    elif codec := utf16_without_bom(head):
        text = head.decode(codec, errors="ignore")
    else:
        text = head.decode("latin-1")
    text = text.lstrip("\ufeff\u00ef\u00bb\u00bf \t\r\n")
    return text[:11].upper() == "BEGIN:VCARD"


def open_stream(path: Path, fmt: str = "auto", column_map: dict[str, str] | None = None) -> RecordStream:
    """Start reading a vCard or CSV file: its format now, its records as they are read.

    Args:
        path: The file.
        fmt: ``"auto"`` (a file whose first line is ``BEGIN:VCARD`` is a vCard file, anything else CSV),
            ``"vcard"`` or ``"csv"`` to force one.
        column_map: For CSV: {our field name: their column header}; see
            :func:`postcard.io.csvformats.iter_csv`. Ignored for vCard files.

    Raises:
        ImportFormatError: The file cannot be read, ``fmt`` is unknown, or the content is not the format (a file
            that is neither vCard nor CSV text says so in one line).
    """
    if fmt not in FORMATS:
        raise ImportFormatError(f"unknown import format {fmt!r}; use one of: {', '.join(FORMATS)}",
                                fault=ImportFault.UNKNOWN_FORMAT, subject=fmt)  # fmt: skip
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            raise ImportFormatError(f"{path}: is a folder, not a contact file", fault=ImportFault.FOLDER)
        with path.open("rb") as handle:
            head = handle.read(4096)
        if fmt == "vcard" or (fmt == "auto" and looks_like_vcard(head)):
            return iter_vcards(path.read_bytes(), name)
        return iter_csv(lambda: path.open("rb"), name, column_map)
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read it: {exc.strerror or exc}", fault=ImportFault.UNREADABLE,
                                subject=str(exc.strerror or exc)) from exc  # fmt: skip


def parse_file(path: Path, fmt: str = "auto", column_map: dict[str, str] | None = None) -> ParseResult:
    """Parse a whole vCard or CSV file at once (see :func:`open_stream`; an import streams instead)."""
    return open_stream(path, fmt, column_map).collect()
