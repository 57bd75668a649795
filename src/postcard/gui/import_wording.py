"""The import dialog's words for what the application layer returns as data: formats, encodings, the fields of a
column map, the rows that cannot be imported, and the summary of an import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from postcard.compose.importing import FilePreview, FileStatus
from postcard.io.importer import ImportSummary
from postcard.io.records import ImportIssue

FORMATS = {
    "vcard": QT_TRANSLATE_NOOP("Import", "vCard"),
    "csv:google": QT_TRANSLATE_NOOP("Import", "Google Contacts (CSV)"),
    "csv:google-legacy": QT_TRANSLATE_NOOP("Import", "Google Contacts, older export (CSV)"),
    "csv:outlook": QT_TRANSLATE_NOOP("Import", "Outlook (CSV)"),
    "csv:eight": QT_TRANSLATE_NOOP("Import", "Eight business cards (CSV)"),
    "csv:eight-legacy": QT_TRANSLATE_NOOP("Import", "Eight business cards, older export (CSV)"),
    "csv:hagaki-design-kit": QT_TRANSLATE_NOOP("Import", "はがきデザインキット (CSV)"),
    "csv:atena-shokunin": QT_TRANSLATE_NOOP("Import", "宛名職人 (CSV)"),
    "csv:postcard": QT_TRANSLATE_NOOP("Import", "postcard's own export (CSV)"),
    "csv:mapped": QT_TRANSLATE_NOOP("Import", "CSV read with your column mapping"),
}
ENCODINGS = {
    "utf-8": QT_TRANSLATE_NOOP("Import", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("Import", "UTF-8 (with BOM)"),
    "utf-16": QT_TRANSLATE_NOOP("Import", "UTF-16 (Excel Unicode text)"),
    "utf-16-le": QT_TRANSLATE_NOOP("Import", "UTF-16 (Excel Unicode text)"),
    "utf-16-be": QT_TRANSLATE_NOOP("Import", "UTF-16 (Excel Unicode text)"),
    "cp932": QT_TRANSLATE_NOOP("Import", "Shift_JIS (CP932)"),
    "shift_jis": QT_TRANSLATE_NOOP("Import", "Shift_JIS"),
    "cp1252": QT_TRANSLATE_NOOP("Import", "Western European (Windows-1252)"),
}
FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("Import", "Full name (split at the space)"),
    "family_name": QT_TRANSLATE_NOOP("Import", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("Import", "Given name"),
    "full_reading": QT_TRANSLATE_NOOP("Import", "Reading of the full name (furigana)"),
    "family_reading": QT_TRANSLATE_NOOP("Import", "Reading of the family name"),
    "given_reading": QT_TRANSLATE_NOOP("Import", "Reading of the given name"),
    "honorific": QT_TRANSLATE_NOOP("Import", "Honorific (様, 御中…)"),
    "company": QT_TRANSLATE_NOOP("Import", "Company"),
    "company_reading": QT_TRANSLATE_NOOP("Import", "Reading of the company"),
    "department": QT_TRANSLATE_NOOP("Import", "Department"),
    "title": QT_TRANSLATE_NOOP("Import", "Title"),
    "postal_code": QT_TRANSLATE_NOOP("Import", "Postal code"),
    "address1": QT_TRANSLATE_NOOP("Import", "Address (prefecture, city, town…)"),
    "address2": QT_TRANSLATE_NOOP("Import", "Address: street number"),
    "address3": QT_TRANSLATE_NOOP("Import", "Address: building, floor, room"),
    "country": QT_TRANSLATE_NOOP("Import", "Country"),
    "email": QT_TRANSLATE_NOOP("Import", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "tags": QT_TRANSLATE_NOOP("Import", "Tags (separated by commas)"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "met_on": QT_TRANSLATE_NOOP("Import", "Date met"),
    "key_person": QT_TRANSLATE_NOOP("Import", "Key person (1, yes, x)"),
    "interval_days": QT_TRANSLATE_NOOP("Import", "Keep-in-touch interval (days)"),
}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Import", text, None, n)


def format_title(fmt: str) -> str:
    return tr(FORMATS[fmt]) if fmt in FORMATS else fmt


def encoding_title(encoding: str) -> str:
    return tr(ENCODINGS[encoding]) if encoding in ENCODINGS else encoding


def field_title(name: str) -> str:
    return tr(FIELDS[name]) if name in FIELDS else name


def issue_text(issue: ImportIssue) -> str:
    """A row that cannot be imported (or a part of it left out), with its line."""
    reason = issue.reason.removeprefix(f"{issue.file}: ")
    if issue.line <= 0:
        return reason
    return tr("Line %1: %2").replace("%1", str(issue.line)).replace("%2", reason)


def file_status_text(preview: FilePreview) -> str:
    """One line about a file: what it is, its encoding, how many people, what stops it."""
    status = preview.status
    if status is FileStatus.UNREADABLE:
        return tr("Cannot be read: %1").replace("%1", preview.detail)
    if status is FileStatus.INVALID:
        return tr("Cannot be imported: %1").replace("%1", preview.detail.removeprefix(f"{preview.path}: "))
    if status is FileStatus.EMPTY:
        return tr("No people in this file")
    parts = [format_title(preview.format) if preview.format else tr("CSV of unknown layout")]
    if preview.encoding:
        parts.append(encoding_title(preview.encoding))
    if status is FileStatus.NEEDS_MAPPING:
        parts.append(tr("say which column holds what"))
    else:
        parts.append(tr("%n person(s)", n=preview.records))
        if preview.issues:
            parts.append(tr("%n problem(s)", n=len(preview.issues)))
    return " · ".join(parts)


def summary_lines(summary: ImportSummary) -> list[str]:
    """What an import did, line by line."""
    lines = [tr("%n new person(s) added to the book.", n=summary.imported)]
    if summary.merged:
        lines.append(tr("%n already in the book: their empty fields were filled in.", n=summary.merged))
    if summary.skipped:
        lines.append(tr("%n already in the book with nothing new: left as they were.", n=summary.skipped))
    if summary.completed_addresses:
        lines.append(tr("%n address(es) completed from the postal code.", n=summary.completed_addresses))
    if summary.events:
        lines.append(tr("Linked to: %1").replace("%1", "、".join(summary.events)))
    if summary.issues:
        lines.append(tr("%n row(s) could not be imported or were imported in part (below).", n=len(summary.issues)))
    return lines
