"""The lexical layer of the CSV reader: bytes → text (encoding detection) → rows with physical line numbers.

Encodings: UTF-8 with or without a BOM, UTF-16 (with a BOM, or recognised by its zero bytes: Excel's "Unicode
text", which is tab-separated), else UTF-8 when almost all non-ASCII bytes form valid UTF-8, else CP932
(Shift_JIS with the Microsoft extensions). Bytes that do not decode are kept as lone surrogates so the
row they are in can be reported and the others imported.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass

_BAD = re.compile("[\udc80-\udcff\x80-\x9f\uf8f0-\uf8f3\ufffd]")
_BAD_UTF8 = re.compile("[\udc80-\udcff]")
_DELIMITERS = (",", "\t", ";")


@dataclass
class Row:
    line: int  # 1-based physical line where the row starts
    fields: list[str]

    @property
    def undecodable(self) -> bool:
        return any(_BAD.search(value) for value in self.fields)

    @property
    def blank(self) -> bool:
        return not any(value.strip() for value in self.fields)


def decode_table(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="surrogateescape"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    codec = utf16_without_bom(data)
    if codec:
        return data.decode(codec, errors="replace"), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="surrogateescape")
    bad = len(_BAD_UTF8.findall(as_utf8))
    non_ascii = sum(1 for byte in data if byte >= 0x80)
    if bad * 5 < non_ascii:  # a few broken bytes in a UTF-8 file
        return as_utf8, "utf-8"
    return data.decode("cp932", errors="surrogateescape"), "cp932"


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the data has zero bytes (no UTF-8 or CP932 text has any)."""
    head = data[:4000]
    if 0 not in head:
        return None
    odd = head[1::2].count(0)
    return "utf-16-le" if odd >= head[0::2].count(0) else "utf-16-be"


def _count_outside_quotes(line: str, char: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == char and not quoted:
            count += 1
    return count


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the most frequent of comma, tab and semicolon (comma on a tie)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: _count_outside_quotes(first, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_rows(text: str, delimiter: str) -> tuple[list[Row], list[tuple[int, str]]]:
    """All rows with the line they start on, and the (line, reason) of rows the csv module rejected."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[Row] = []
    errors: list[tuple[int, str]] = []
    previous = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append((previous + 1, f"unreadable row: {exc}"))
            previous = reader.line_num
            continue
        rows.append(Row(previous + 1, fields))
        previous = reader.line_num
    return rows, errors


def header_key(name: str) -> str:
    """A header name compared loosely: NFKC (full-width parentheses and digits), stripped, case-folded."""
    return unicodedata.normalize("NFKC", name.replace("\ufeff", "")).strip().casefold()
