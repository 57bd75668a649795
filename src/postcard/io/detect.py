"""Read a contact file of any supported kind, recognised by its content (never by its name alone)."""

from __future__ import annotations

import codecs
from pathlib import Path

from postcard.errors import ImportFormatError
from postcard.io.csvformats import parse_csv
from postcard.io.csvread import utf16_without_bom
from postcard.io.records import ParseResult
from postcard.io.vcard import parse_vcards

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


def parse_file(path: Path, fmt: str = "auto", column_map: dict[str, str] | None = None) -> ParseResult:
    """Parse a vCard or CSV file.

    Args:
        path: The file.
        fmt: ``"auto"`` (a file whose first line is ``BEGIN:VCARD`` is a vCard file, anything else CSV),
            ``"vcard"`` or ``"csv"`` to force one.
        column_map: For CSV: {our field name: their column header}; see
            :func:`postcard.io.csvformats.parse_csv`. Ignored for vCard files.

    Returns:
        What the parser read, issues included.

    Raises:
        ImportFormatError: The file cannot be read, ``fmt`` is unknown, or the content is not the format.
    """
    if fmt not in FORMATS:
        raise ImportFormatError(f"unknown import format {fmt!r}; use one of: {', '.join(FORMATS)}")
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read it: {exc.strerror or exc}") from exc
    name = str(path)
    if fmt == "vcard" or (fmt == "auto" and looks_like_vcard(data)):
        return parse_vcards(data, name)
    return parse_csv(data, name, column_map)
