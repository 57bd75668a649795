"""CSV contact exports → contacts.

Google, Outlook, Eight, はがきデザインキット, 宛名職人, our own export, or any other file through a
column map.

The encoding and the delimiter are detected (:mod:`postcard.io.csvread`), the layout by the header row
(:mod:`postcard.io.csvlayouts`). Nothing is all-or-nothing: a row that cannot be used is reported with the
physical line it starts on (line breaks inside quoted fields counted) and the other rows are imported.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator, Sequence

from postcard.core.model import DEFAULT_HONORIFIC, Contact
from postcard.core.text import (
    clean,
    normalize_postal_code,
    normalize_reading,
    normalize_text,
    shorten,
    split_full_name,
)
from postcard.errors import ImportFault, ImportFormatError
from postcard.io.csvlayouts import RowView, cell_tags, detect_layout, joint_name, parse_date
from postcard.io.csvread import (
    Opener,
    Row,
    detect_encoding,
    header_key,
    iter_rows,
    looks_like_text,
    open_text,
    sniff_delimiter,
)
from postcard.io.records import ImportIssue, IssueKind, ParsedRecord, ParseResult, RecordStream, checked_record

_TEXT_FIELDS = (
    "family_name",
    "given_name",
    "company",
    "department",
    "title",
    "address1",
    "address2",
    "address3",
    "country",
    "phone",
    "notes",
    "honorific",
)
_READING_FIELDS = ("family_reading", "given_reading", "company_reading")
#: The field names a column map may use (Contact attributes, plus full_name, which is split).
MAP_FIELDS = (
    *_TEXT_FIELDS,
    *_READING_FIELDS,
    "full_name",
    "full_reading",
    "postal_code",
    "email",
    "tags",
    "met_on",
    "joint_names",
    "key_person",
    "interval_days",
)
#: The columns of :func:`postcard.io.export.export_contacts_csv`, read back without a map.
POSTCARD_COLUMNS = (
    "family_name",
    "given_name",
    "family_reading",
    "given_reading",
    "honorific",
    "company",
    "company_reading",
    "department",
    "title",
    "joint_names",
    "postal_code",
    "address1",
    "address2",
    "address3",
    "country",
    "email",
    "phone",
    "notes",
    "tags",
    "met_on",
    "key_person",
    "interval_days",
)
JOINT_SEPARATOR = "; "
_SURROGATES = re.compile("[\udc80-\udcff]")  # undecodable bytes kept by the decoder
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def unquote_cell(value: str) -> str:
    """A cell of our own export back as it was: ``'=SUM(1)`` (quoted by :func:`quote_cell`) → ``=SUM(1)``."""
    return value[1:] if value[:1] == "'" and quote_cell(value[1:]) == value else value


def quote_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: one starting with ``= + - @`` (a formula there) gets a ``'``.

    So does one that already starts with ``'`` and such a character, so that :func:`unquote_cell` gives back
    exactly what was written.
    """
    if value[:1] in _FORMULA_START or (value[:1] == "'" and value[1:2] in _FORMULA_START):
        return "'" + value
    return value


def parse_joint_names(contact: Contact, value: str) -> None:
    """Read joint names written by the CSV export: ``花子(はなこ) 様; 鈴木 次郎 様``."""
    for entry in value.split(JOINT_SEPARATOR.strip()):
        words = clean(entry).split(" ")
        honorific = words.pop() if len(words) > 1 else ""
        given = words.pop() if words else ""
        reading = ""
        if given.endswith(")") and "(" in given:
            given, _, reading = given[:-1].partition("(")
        joint = joint_name(contact, " ".join(words), given, honorific, reading)
        if joint:
            contact.joint_names.append(joint)


def _mapped_reader(column_map: dict[str, str], headers: list[str]) -> Callable[[RowView], Contact]:
    unknown = sorted(set(column_map) - set(MAP_FIELDS))
    if unknown:
        raise ImportFormatError(
            f"unknown field(s) in the column map: {', '.join(unknown)}; use: {', '.join(MAP_FIELDS)}",
            fault=ImportFault.MAP_FIELDS,
            subject=", ".join(unknown),
        )
    keys = {header_key(h) for h in headers}
    missing = [column for column in column_map.values() if header_key(column) not in keys]
    if missing:
        raise ImportFormatError(
            f"column(s) {', '.join(repr(m) for m in missing)} not in the file; its columns are: "
            + ", ".join(h for h in headers if h.strip()),
            fault=ImportFault.MAP_COLUMNS,
            subject=", ".join(missing),
        )

    def read(row: RowView) -> Contact:
        contact = Contact(honorific="")
        values = {name: row.get(column) for name, column in column_map.items()}
        for name in _TEXT_FIELDS:
            if name in values:
                setattr(contact, name, normalize_text(values[name], multiline=name == "notes"))
        for name in _READING_FIELDS:
            if name in values:
                setattr(contact, name, normalize_reading(values[name]))
        if not (contact.family_name or contact.given_name) and values.get("full_name"):
            contact.family_name, contact.given_name = split_full_name(normalize_text(values["full_name"]))
        if not (contact.family_reading or contact.given_reading) and values.get("full_reading"):
            contact.family_reading, contact.given_reading = split_full_name(normalize_reading(values["full_reading"]))
        contact.postal_code = normalize_postal_code(values.get("postal_code", ""))
        contact.email = clean(values.get("email", ""))
        contact.tags = cell_tags(values.get("tags", ""))
        if values.get("met_on", "").strip():
            contact.met_on = parse_date(values["met_on"])
            if contact.met_on is None:
                row.bad_dates.append((column_map["met_on"], values["met_on"].strip()))
        parse_joint_names(contact, values.get("joint_names", ""))
        contact.key_person = values.get("key_person", "").strip().lower() in ("1", "true", "yes", "y", "x")
        interval = values.get("interval_days", "").strip()
        contact.interval_days = int(interval) if interval.isdigit() and int(interval) > 0 else None
        return contact

    return read


def _finish(contact: Contact) -> None:
    if not contact.honorific:
        person = contact.family_name or contact.given_name
        contact.honorific = "御中" if contact.company and not person else DEFAULT_HONORIFIC


def _row_problem(row: Row, width: int, headers: list[str], encoding: str) -> ImportIssue | None:
    if row.undecodable:
        fields = ", ".join(headers[i] if i < len(headers) and headers[i] else f"column {i + 1}"
                           for i in row.undecodable_fields())  # fmt: skip
        reason = f"undecodable bytes in {fields} (read as {encoding}); row skipped"
        return ImportIssue("", row.line, reason, IssueKind.UNDECODABLE, fields)
    extra = row.fields[width:]
    counts = f"{len(row.fields)}/{width}"
    if any(value.strip() for value in extra):
        reason = f"row has {len(row.fields)} fields but the header has {width}; row skipped"
        return ImportIssue("", row.line, reason, IssueKind.FIELD_COUNT, counts)
    if len(row.fields) * 2 < width:
        reason = f"row has only {len(row.fields)} of {width} fields; row skipped"
        return ImportIssue("", row.line, reason, IssueKind.FIELD_COUNT, counts)
    return None


def _unreadable_row(filename: str, found: tuple[int, str, str]) -> ImportIssue:
    """A row the CSV reader rejects: (line, reason, the reader's own words)."""
    line, reason, words = found
    return ImportIssue(filename, line, reason, IssueKind.UNREADABLE_ROW, words)


def _unknown_layout(filename: str, headers: list[str]) -> ImportFormatError:
    shown = [shorten(h, 30) for h in headers if h][:12]
    more = len([h for h in headers if h]) - len(shown)
    columns = ", ".join(shown) + (f", … {more} more" if more > 0 else "")
    return ImportFormatError(
        f"{filename}: unknown CSV layout (columns: {columns}); "
        "use --map to say which column is which, e.g. --map family_name=Surname",
        fault=ImportFault.UNKNOWN_LAYOUT,
        subject=columns,
    )


def clean_cell(value: str) -> str:
    """A cell's text as shown: undecodable bytes as "?", cleaned like any text."""
    return clean(_SURROGATES.sub("?", value))


def clean_header(name: str) -> str:
    """A header cell as shown and matched: :func:`clean_cell` without a byte-order mark."""
    return clean_cell(name.replace("\ufeff", ""))


def header_layout(headers: Sequence[str]) -> tuple[str, Callable[[RowView], Contact]] | None:
    """The layout a CSV header is read as without a column map (``"csv:eight"``…, ``"csv:postcard"`` for our own
    export) and the reader of its rows; None when the columns need a map."""
    keys = [header_key(h) for h in headers]
    if (layout := detect_layout(set(keys))) is not None:
        return layout.name, layout.read
    if {"family_name", "given_name"} <= set(keys):
        return "csv:postcard", _mapped_reader({c: c for c in POSTCARD_COLUMNS if c in keys}, list(headers))
    return None


def iter_csv(opener: Opener, filename: str, column_map: dict[str, str] | None = None) -> RecordStream:
    """Read a CSV (or tab-separated) contact export row by row.

    Args:
        opener: Opens the file afresh (it is read twice: for the encoding, then for the rows).
        filename: Used in the issues and error messages.
        column_map: {our field name: their column header}; forces the mapped reading even when the layout is
            recognised. Field names are those of :data:`MAP_FIELDS` (``full_name`` is split into family and
            given name, ``full_reading`` into their readings; ``tags`` is split on commas, semicolons and 、).

    Returns:
        The format (``"csv:google"``...) and the records and issues in file order (one issue per row that could
        not be used).

    Raises:
        ImportFormatError: The file is not text (binary data), has no header row, or the header is not a known
            layout and no map was given (the message lists some headers found), or the map names unknown fields
            or missing columns.
    """
    encoding = detect_encoding(opener)
    text = open_text(opener, encoding)
    try:
        head = text.read(65536)
        if not looks_like_text(head):
            raise ImportFormatError(f"{filename}: not a contact file (neither vCard nor CSV text)",
                                    fault=ImportFault.NOT_CONTACTS)  # fmt: skip
        text.seek(0)
        rows = iter_rows(text, sniff_delimiter(head))
        pending: list[ImportIssue] = []
        header: Row | None = None
        for item in rows:
            if isinstance(item, Row):
                if not item.blank:
                    header = item
                    break
            else:
                pending.append(_unreadable_row(filename, item))
        if header is None:
            raise ImportFormatError(f"{filename}: the file is empty (no header row)", fault=ImportFault.EMPTY)
        headers = [clean_header(h) for h in header.fields]
        keys = [header_key(h) for h in headers]
        if column_map:
            fmt, read = "csv:mapped", _mapped_reader(column_map, headers)
        elif (known := header_layout(headers)) is not None:
            fmt, read = known
        elif len(headers) == 1 or not any(_HEADERISH.search(h) for h in headers):
            first = shorten(" ".join(header.fields), 40)
            raise ImportFormatError(f"{filename}: not a contact table (its first line, {first!r}, is no header row)",
                                    fault=ImportFault.NO_HEADER, subject=first)  # fmt: skip
        else:
            raise _unknown_layout(filename, headers)
    except BaseException:
        text.close()
        raise
    items = _records(text, rows, pending, filename, headers, keys, read, encoding, fmt == "csv:postcard")
    return RecordStream(fmt, items, _estimate(opener))


_HEADERISH = re.compile(r"[A-Za-z\u3040-\u30ff\u3400-\u9fff]{2}")  # a header cell has a word in it


def _estimate(opener: Opener) -> int:
    """About how many rows: the number of line ends (quoted line breaks make it a little high)."""
    count = 0
    with opener() as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n") or chunk.count(b"\r")
    return max(count - 1, 0)


def _records(text: io.TextIOWrapper, rows: Iterator[Row | tuple[int, str, str]], pending: list[ImportIssue],
             filename: str, headers: list[str], keys: list[str], read: Callable[[RowView], Contact],
             encoding: str, ours: bool) -> Iterator[ParsedRecord | ImportIssue]:  # fmt: skip
    width = len(headers)
    try:
        yield from pending
        for row in rows:
            if not isinstance(row, Row):
                yield _unreadable_row(filename, row)
                continue
            if row.blank:
                continue
            problem = _row_problem(row, width, headers, encoding)
            if problem:
                problem.file = filename
                yield problem
                continue
            fields = [value.strip() for value in row.fields] + [""] * (width - len(row.fields))
            if ours:  # our own export quotes a value that a spreadsheet would take for a formula
                fields = [unquote_cell(value) for value in fields]
            view = RowView(keys, fields, headers)
            contact = read(view)
            _finish(contact)
            for column, value in view.bad_dates:
                reason = f"{column} {value!r} is not a date; imported without it"
                yield ImportIssue(filename, row.line, reason, IssueKind.NOT_A_DATE, value, skipped=False, column=column)
            for reason in view.problems:
                yield ImportIssue(filename, row.line, reason, skipped=False)
            yield from checked_record(contact, filename, row.line, list(contact.tags))
    finally:
        text.close()


def parse_csv(data: bytes, filename: str, column_map: dict[str, str] | None = None) -> ParseResult:
    """Read a whole CSV export held in memory (see :func:`iter_csv`)."""
    return iter_csv(lambda: io.BytesIO(data), filename, column_map).collect()
