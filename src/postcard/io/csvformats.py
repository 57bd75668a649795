"""CSV contact exports → contacts.

Google, Outlook, Eight, はがきデザインキット, 宛名職人, our own export, or any other file through a
column map.

The encoding and the delimiter are detected (:mod:`postcard.io.csvread`), the layout by the header row
(:mod:`postcard.io.csvlayouts`). Nothing is all-or-nothing: a row that cannot be used is reported with the
physical line it starts on (line breaks inside quoted fields counted) and the other rows are imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from postcard.core.model import DEFAULT_HONORIFIC, Contact
from postcard.core.text import (
    clean,
    normalize_postal_code,
    normalize_reading,
    normalize_text,
    split_full_name,
)
from postcard.errors import ImportFormatError
from postcard.io.csvlayouts import RowView, detect_layout, joint_name, parse_date, split_tags
from postcard.io.csvread import Row, decode_table, header_key, read_rows, sniff_delimiter
from postcard.io.records import ImportIssue, ParsedRecord, ParseResult

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
_SURROGATES = re.compile("[\udc80-\udcff]")  # undecodable bytes kept by decode_table


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
            f"unknown field(s) in the column map: {', '.join(unknown)}; use: {', '.join(MAP_FIELDS)}"
        )
    keys = {header_key(h) for h in headers}
    missing = [column for column in column_map.values() if header_key(column) not in keys]
    if missing:
        raise ImportFormatError(
            f"column(s) {', '.join(repr(m) for m in missing)} not in the file; its columns are: "
            + ", ".join(h for h in headers if h.strip())
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
        contact.postal_code = normalize_postal_code(values.get("postal_code", ""))
        contact.email = clean(values.get("email", ""))
        contact.tags = split_tags(values.get("tags", ""))
        if values.get("met_on", "").strip():
            contact.met_on = parse_date(values["met_on"])
            if contact.met_on is None:
                row.problems.append(f"met_on {values['met_on'].strip()!r} is not a date; imported without it")
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


def _row_problem(row: Row, width: int) -> str | None:
    if row.undecodable:
        return "undecodable bytes in this row (wrong encoding?); row skipped"
    extra = row.fields[width:]
    if any(value.strip() for value in extra):
        return f"row has {len(row.fields)} fields but the header has {width}; row skipped"
    if len(row.fields) * 2 < width:
        return f"row has only {len(row.fields)} of {width} fields; row skipped"
    return None


def parse_csv(data: bytes, filename: str, column_map: dict[str, str] | None = None) -> ParseResult:
    """Read a CSV (or tab-separated) contact export.

    Args:
        data: The file's bytes: UTF-8 (with or without a BOM), UTF-16 or CP932.
        filename: Used in the issues and error messages.
        column_map: {our field name: their column header}; forces the mapped reading even when the layout is
            recognised. Field names are those of :data:`MAP_FIELDS` (``full_name`` is split into family and
            given name; ``tags`` is split on commas, semicolons and 、).

    Returns:
        The contacts, the format (``"csv:google"``...) and one issue per row that could not be used.

    Raises:
        ImportFormatError: The file has no header row, or the header is not a known layout and no map was
            given (the message lists the headers found), or the map names unknown fields or missing columns.
    """
    text, encoding = decode_table(data)
    rows, csv_errors = read_rows(text, sniff_delimiter(text))
    header_index = next((i for i, row in enumerate(rows) if not row.blank), None)
    if header_index is None:
        raise ImportFormatError(f"{filename}: the file is empty (no header row)")
    headers = [clean(_SURROGATES.sub("?", h.replace("\ufeff", ""))) for h in rows[header_index].fields]
    keys = [header_key(h) for h in headers]
    if column_map:
        fmt, read = "csv:mapped", _mapped_reader(column_map, headers)
    elif (layout := detect_layout(set(keys))) is not None:
        fmt, read = layout.name, layout.read
    elif {"family_name", "given_name"} <= set(keys):
        present = {c: c for c in POSTCARD_COLUMNS if c in keys}
        fmt, read = "csv:postcard", _mapped_reader(present, headers)
    else:
        raise ImportFormatError(
            f"{filename}: unknown CSV layout (columns: {', '.join(h for h in headers if h)}); "
            "use --map to say which column is which, e.g. --map family_name=Surname"
        )
    result = ParseResult(fmt)
    result.issues += [ImportIssue(filename, line, reason) for line, reason in csv_errors]
    width = len(headers)
    for row in rows[header_index + 1 :]:
        if row.blank:
            continue
        problem = _row_problem(row, width)
        if problem:
            if row.undecodable:
                problem = problem.replace("wrong encoding?", f"read as {encoding}")
            result.issues.append(ImportIssue(filename, row.line, problem))
            continue
        fields = [value.strip() for value in row.fields] + [""] * (width - len(row.fields))
        view = RowView(keys, fields, headers)
        contact = read(view)
        _finish(contact)
        result.issues += [ImportIssue(filename, row.line, problem) for problem in view.problems]
        if not (contact.family_name or contact.given_name or contact.company or contact.email):
            result.issues.append(ImportIssue(filename, row.line, "row has no name, company or e-mail; skipped"))
            continue
        result.records.append(ParsedRecord(contact, row.line, list(contact.tags)))
    result.issues.sort(key=lambda issue: issue.line)
    return result
