"""The import dialog's words for what the application layer returns as data: formats, encodings, the fields of a
column map, the rows that cannot be imported, and the summary of an import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from postcard.compose.importing import AddressFinding, FilePreview, FileStatus, ImportIssue, ImportSummary, IssueKind

from postcard.gui.error_wording import import_fault_text
from postcard.gui.i18n import QT_TRANSLATE_NOOP
from postcard.gui.wording import address_problems_text

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
    "tags": QT_TRANSLATE_NOOP("Import", "Tags (separated by commas, semicolons or 、)"),
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


def issue_reason(issue: ImportIssue) -> str:
    """Why a row cannot be imported (or was imported in part), in the window's language where its kind says it."""
    kind, subject = issue.kind, issue.subject
    if kind is IssueKind.UNDECODABLE and issue.skipped:
        return tr("Characters the file's encoding cannot read (in %1): the row is left out.").replace("%1", subject)
    if kind is IssueKind.UNDECODABLE:
        return tr("Characters the file's encoding cannot read in %1: imported without them.").replace("%1", subject)
    if kind is IssueKind.UNREADABLE_ROW:
        return tr("This row cannot be read as CSV (%1): left out.").replace("%1", subject)
    if kind is IssueKind.MALFORMED_LINE:
        return tr("A line that is not part of a card (“%1”): ignored.").replace("%1", subject)
    if kind is IssueKind.UNFINISHED_CARD:
        return tr("This card does not end (no END:VCARD; the file may be cut short): imported as far as it goes.")
    if kind is IssueKind.COUNTRY_UNSURE:
        return tr("“%1” is written in Latin letters and names no country: it is read as an address in Japan. If it "
                  "is abroad, give its country.").replace("%1", subject)  # fmt: skip
    if kind is IssueKind.FILE:
        return import_fault_text(issue.fault, subject, issue.reason.removeprefix(f"{issue.file}: "))
    if kind is IssueKind.NAMELESS and not issue.skipped:
        return tr("No name or company, only %1: kept as a contact without a name.").replace("%1", subject)
    if kind is IssueKind.NAMELESS:
        return tr("No name, company or e-mail: the row is left out.")
    if kind is IssueKind.SCRIPT:
        return tr("The name is written in %1 script, which the cards cannot print yet: left out.").replace(
            "%1", subject
        )
    if kind is IssueKind.FIELD_COUNT:
        found, _, header = subject.partition("/")
        if found.isdigit() and header.isdigit():
            text = tr("This row has %1 fields, the header %2: left out.") if int(found) > int(header) else \
                tr("This row has only %1 of the header's %2 fields: left out.")  # fmt: skip
            return text.replace("%1", found).replace("%2", header)
    if kind is IssueKind.NOT_A_DATE:
        return tr("“%1” in %2 is not a date: imported without it.").replace("%1", subject).replace("%2", issue.column)
    return issue.reason.removeprefix(f"{issue.file}: ")


def issue_text(issue: ImportIssue) -> str:
    """A row that cannot be imported (or a part of it left out), with its line."""
    if issue.line <= 0:
        return issue_reason(issue)
    return tr("Line %1: %2").replace("%1", str(issue.line)).replace("%2", issue_reason(issue))


def file_status_text(preview: FilePreview) -> str:
    """One line about a file: what it is, its encoding, how many people, what stops it."""
    status = preview.status
    if status in (FileStatus.UNREADABLE, FileStatus.INVALID) and preview.fault is not None:
        return import_fault_text(preview.fault, preview.subject)
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
        if preview.issue_count:
            parts.append(tr("%n problem(s)", n=preview.issue_count))
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
    if summary.suggested_readings:
        lines.append(tr("%n reading(s) suggested for names without furigana: marked “(suggested)” until you "
                        "confirm them (Book ▸ Confirm Suggested Readings, or the contact editor).",
                        n=summary.suggested_readings))  # fmt: skip
    if summary.kept_nameless:
        lines.append(tr("%n kept without a name (only an e-mail or phone): no card goes to them until they have "
                        "a name and an address.", n=summary.kept_nameless))  # fmt: skip
    if summary.events:
        lines.append(tr("Linked to: %1").replace("%1", "、".join(summary.events)))
    if summary.address_count:
        lines.append(tr("%n address(es) may not deliver: double-click one below to fix it.", n=summary.address_count))
    if summary.refused:
        lines.append(tr("%n row(s) left out (below).", n=summary.refused))
    return lines


def finding_text(finding: AddressFinding) -> str:
    """A person whose card may not arrive: name, where they came from, what is wrong."""
    where = tr("line %1").replace("%1", str(finding.line))
    return f"⚠ {finding.name} ({Path(finding.file).name}, {where}): {address_problems_text(finding.problems)}"
