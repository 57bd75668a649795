"""The lexical layer of the CSV reader: bytes → text (encoding detection) → rows with physical line numbers.

Streams: the file is read in chunks to choose the encoding, then row by row, so a 100,000-row export never sits
in memory as a whole (text, rows or contacts).

Encodings: UTF-8 with or without a BOM, UTF-16 (with a BOM, or recognised by the zero bytes of its ASCII: Excel's
"Unicode text", which is tab-separated), else UTF-8 when almost all non-ASCII bytes form valid UTF-8, else CP932
(Shift_JIS with the Microsoft extensions) — unless CP932 leaves bytes it cannot read inside Latin words (Müller,
München from a Western Outlook), which makes it CP1252. Bytes that do not decode are kept as lone surrogates so
the row they are in can be reported and the others imported.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

_BAD = re.compile("[\udc80-\udcff\x80-\x9f\uf8f0-\uf8f3\ufffd]")
_DELIMITERS = (",", "\t", ";")
_ASCII = bytes(range(128))
CHUNK = 1 << 20

#: Opens the file afresh (it is read twice: once to choose the encoding, once for the rows).
Opener = Callable[[], BinaryIO]


@dataclass
class Row:
    line: int  # 1-based physical line where the row starts
    fields: list[str]

    @property
    def undecodable(self) -> bool:
        return bool(_BAD.search("".join(self.fields)))

    def undecodable_fields(self) -> list[int]:
        """The indexes of the fields with bytes that did not decode."""
        return [index for index, value in enumerate(self.fields) if _BAD.search(value)]

    @property
    def blank(self) -> bool:
        return not any(value.strip() for value in self.fields)


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` for UTF-16 text without a BOM, else None.

    UTF-16 text of a contact file is full of ASCII (commas, quotes, digits, line ends), whose other byte is zero:
    one of the two byte positions is zero often, the other almost never. Random bytes have few zeros in both.
    """
    head = data[:4000]
    if len(head) < 4 or 0 not in head:
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / max(len(odd), 1)
    if zeros_odd >= 0.2 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even >= 0.2 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _chunks(opener: Opener) -> Iterator[bytes]:
    with opener() as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")
# What CP932 makes of a byte it cannot read (a surrogate), of 0x80/0xA0/0xFD-0xFF, and of its user-defined area.
_CP932_BAD = re.compile(r"[\udc80-\udcff\uf8f0-\uf8f3\ue000-\ue757]")
_JP_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{2,}")


def _latin_context(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return bool(_LATIN_LETTER.match(before) or _LATIN_LETTER.match(after))


def cp932_or_cp1252(opener: Opener) -> str:
    """``"cp1252"`` when CP932 leaves bytes it cannot read inside Latin words more often than it reads Japanese
    words, else ``"cp932"``.

    A Western file read as CP932 breaks at its accented letters (Müller: 0xFC 0x6C is no CP932 character), or
    turns an accented letter and the next one into a lone kanji between Latin letters (Renée); a Japanese file
    with a few broken bytes has them among Japanese words.
    """
    decoder = codecs.getincrementaldecoder("cp932")(errors="surrogateescape")
    latin_bad = jp_runs = 0
    for chunk in _chunks(opener):
        text = decoder.decode(chunk)
        for match in _CP932_BAD.finditer(text):
            latin_bad += _latin_context(text, match.start(), match.end())
        for match in _CJK.finditer(text):  # a lone kanji or kana between Latin letters
            start, end = match.start(), match.end()
            if _latin_context(text, start, end) and not (_CJK.match(text[start - 1 : start] or " ") or
                                                         _CJK.match(text[end : end + 1] or " ")):  # fmt: skip
                latin_bad += 1
        jp_runs += len(_JP_RUN.findall(text))
    return "cp1252" if latin_bad and latin_bad >= jp_runs else "cp932"


def detect_encoding(opener: Opener) -> str:
    """The encoding to read a contact table with (see the module's docstring)."""
    with opener() as handle:
        head = handle.read(4096)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    codec = utf16_without_bom(head)
    if codec:
        return codec
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    bad = non_ascii = 0
    for chunk in _chunks(opener):
        non_ascii += len(chunk.translate(None, _ASCII))
        text = decoder.decode(chunk)
        if non_ascii and "\udc80" <= max(text, default="\0"):  # only then can there be undecodable bytes
            bad += sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    if not bad or bad * 5 < non_ascii:  # UTF-8, perhaps with a few broken bytes
        return "utf-8"
    return cp932_or_cp1252(opener)


def open_text(opener: Opener, encoding: str) -> io.TextIOWrapper:
    """The file as text in ``encoding``, line ends kept as they are (for the csv module), read a megabyte at a time.

    Not the 8 KB a text file reads by default: each read lets go of the interpreter lock for the system call and
    takes it straight back, and a thread that does that more often than every 5 ms is never asked to hand the lock
    over (the interpreter asks only after 5 ms without any switch). The window's import preview, read on a worker
    that way, kept the window from drawing for the whole 100,000-row file (1.4 s).
    """
    text = io.TextIOWrapper(opener(), encoding=encoding, errors="surrogateescape", newline="")
    text._CHUNK_SIZE = CHUNK  # type: ignore[attr-defined]  # the C text file's own setting, read at each read
    return text


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
    first = next((line for line in text[:65536].splitlines() if line.strip()), "")
    counts = {d: _count_outside_quotes(first, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def iter_rows(lines: Iterator[str], delimiter: str) -> Iterator[Row | tuple[int, str, str]]:
    """Each row with the line it starts on, or (line, reason, the csv module's words) for a row it rejected."""
    reader = csv.reader(lines, delimiter=delimiter)
    previous = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield previous + 1, f"unreadable row: {exc}", str(exc)
            previous = reader.line_num
            continue
        yield Row(previous + 1, fields)
        previous = reader.line_num


def read_rows(text: str, delimiter: str) -> tuple[list[Row], list[tuple[int, str, str]]]:
    """All rows of a text with the line they start on, and the (line, reason, words) of rows the csv module
    rejected."""
    rows: list[Row] = []
    errors: list[tuple[int, str, str]] = []
    for item in iter_rows(iter(io.StringIO(text, newline="")), delimiter):
        (rows if isinstance(item, Row) else errors).append(item)  # type: ignore[arg-type]
    return rows, errors


def looks_like_text(text: str) -> bool:
    """False for binary data read as text: control characters in more than 1 % of it (text has none but tabs and
    line ends; random bytes have one in eight)."""
    if not text:
        return True
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n\f")
    return controls * 100 <= len(text)


@functools.lru_cache(maxsize=4096)
def header_key(name: str) -> str:
    """A header name compared loosely: NFKC (full-width parentheses and digits), stripped, case-folded."""
    return unicodedata.normalize("NFKC", name.replace("\ufeff", "")).strip().casefold()
