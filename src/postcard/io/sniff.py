"""What a contact file is before it is read: vCard or CSV, its encoding, and for a CSV its header and first rows.

An import dialog shows these before anything is imported, and a column map for an unknown CSV is built on the
header and the first values (:mod:`postcard.io.mapping`). Only the head of a large file is split into rows.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from postcard.io.csvformats import clean_cell, clean_header, header_layout
from postcard.io.csvread import detect_encoding, open_text, read_rows, sniff_delimiter, utf16_without_bom
from postcard.io.detect import looks_like_vcard

SAMPLE_ROWS = 5
_HEAD_CHARS = 256 * 1024  # enough text for the header and the sample rows of any real export
_SJIS_CHARSET = re.compile(rb"CHARSET=(?:SHIFT[_-]?JIS|SJIS|X-SJIS|WINDOWS-31J|CP932|MS_KANJI)", re.IGNORECASE)


@dataclass(frozen=True)
class FileFacts:
    """What a file is.

    Attributes:
        kind: ``"vcard"`` or ``"csv"``.
        encoding: How its text is read: ``"utf-8"``, ``"utf-8-sig"`` (with a BOM), ``"utf-16"`` (``-le``/``-be``
            without a BOM), ``"cp932"`` (Shift_JIS), ``"cp1252"``; for a vCard, ``"shift_jis"`` when its
            values declare it.
        delimiter: The CSV's field separator ("" for a vCard).
        headers: The CSV's header row, cleaned (() for a vCard or an empty file).
        samples: The first data rows' fields (at most :data:`SAMPLE_ROWS`), for a column map's examples.
        layout: The CSV layout recognised by its header (``"csv:eight"``…; ``"csv:postcard"`` for our own export),
            "" when a column map is needed; ``"vcard"`` for a vCard.
    """

    kind: str
    encoding: str
    delimiter: str = ""
    headers: tuple[str, ...] = ()
    samples: tuple[tuple[str, ...], ...] = ()
    layout: str = ""

    @property
    def needs_mapping(self) -> bool:
        return self.kind == "csv" and bool(self.headers) and not self.layout


def known_layout(headers: tuple[str, ...] | list[str]) -> str:
    """The layout a CSV header is read as without a column map, as the import reads it ("" when there is none)."""
    found = header_layout(headers)
    return found[0] if found else ""


def sniff_file(path: Path) -> FileFacts:
    """Read what a contact file is (OSError when it cannot be read); a CSV's rows are read only at its head."""
    path = Path(path)
    with path.open("rb") as handle:
        head_bytes = handle.read(4096)
    if looks_like_vcard(head_bytes):
        return FileFacts("vcard", _vcard_encoding(path.read_bytes()), layout="vcard")
    encoding = detect_encoding(lambda: path.open("rb"))
    with open_text(lambda: path.open("rb"), encoding) as text:
        head = text.read(_HEAD_CHARS)
        if len(head) == _HEAD_CHARS and "\n" in head:
            head = head[: head.rindex("\n") + 1]  # whole lines only (a row cut in two would look broken)
    head = head.removeprefix("\ufeff")
    delimiter = sniff_delimiter(head)
    rows, _errors = read_rows(head, delimiter)
    rows = [row for row in rows if not row.blank]
    if not rows:
        return FileFacts("csv", encoding, delimiter)
    headers = tuple(clean_header(h) for h in rows[0].fields)
    samples = tuple(tuple(clean_cell(v) for v in row.fields) for row in rows[1 : 1 + SAMPLE_ROWS])
    return FileFacts("csv", encoding, delimiter, headers, samples, known_layout(headers))


def _vcard_encoding(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    codec = utf16_without_bom(data)
    if codec:
        return codec
    if _SJIS_CHARSET.search(data):
        return "shift_jis"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "shift_jis"  # undeclared: the parser falls back to CP932 for what is not UTF-8
    return "utf-8"
