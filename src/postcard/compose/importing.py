"""Importing as a front end shows it: each file's preview before anything is stored, the column map of an unknown
CSV (remembered by its header for next time), then the import itself in one transaction.

* :func:`preview_file` (*pure*, reads the file): the format and encoding, the first rows as they will be
  imported (address completed from the postal code, a reading suggested, the address checked), the rows that
  cannot be imported with their line; or that the file needs a column map (:attr:`FileStatus.NEEDS_MAPPING`).
* :func:`saved_mapping` (*reads*) / :func:`remember_mapping` (*writes*): column maps by header.
* :func:`run_import` (*writes*): every file in one transaction, so a cancelled import leaves nothing;
  :func:`import_with_own_connection` runs it on a worker thread through a connection of its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from postcard.core.addresscheck import AddressProblem, PostalAreas, check_address
from postcard.core.heap import collect_only_new
from postcard.core.model import Contact
from postcard.core.postal import complete_address
from postcard.core.progress import Progress
from postcard.core.readings import ReadingSuggester
from postcard.errors import ImportFault, ImportFormatError
from postcard.io.detect import open_stream
from postcard.io.importer import MAX_LISTED, import_files
from postcard.io.mapping import mapping_key, usable_mapping
from postcard.io.sniff import sniff_file
from postcard.paths import Paths
from postcard.store.settings import SettingsRepo
from postcard.store.store import Store

# Re-exported (``X as X``): what a front end reads of an import, so that it imports the application layer only.
from postcard.io.importer import AddressFinding as AddressFinding, ImportSummary as ImportSummary  # isort: skip
from postcard.io.mapping import IDENTITY_FIELDS as IDENTITY_FIELDS, TARGET_FIELDS as TARGET_FIELDS  # isort: skip
from postcard.io.mapping import guess_mapping as guess_mapping, has_identity as has_identity  # isort: skip
from postcard.io.records import ImportIssue as ImportIssue, IssueKind as IssueKind  # isort: skip

PREVIEW_ROWS = 200
MAPPINGS_KEY = "import_mappings"
MAX_MAPPINGS = 50


class FileStatus(StrEnum):
    READY = "ready"  # read; its rows can be imported
    NEEDS_MAPPING = "needs-mapping"  # a CSV of no known layout: say which column is which
    EMPTY = "empty"  # no rows (or not even a header)
    UNREADABLE = "unreadable"  # the file cannot be read (``detail``: the system's reason)
    INVALID = "invalid"  # not a contact file, or a column map that does not fit (``detail``: the parser's reason)


@dataclass(frozen=True)
class PreviewRow:
    """One record as it will be imported.

    Attributes:
        line: Where it starts in the file.
        contact: The contact, address completed and reading suggested as the import will.
        completed: The address was completed from the postal code.
        address_problems: What may keep a card from arriving (empty: nothing found).
    """

    line: int
    contact: Contact
    completed: bool = False
    address_problems: tuple[AddressProblem, ...] = ()


@dataclass
class FilePreview:
    """One file before it is imported.

    Attributes:
        path: The file.
        status: Whether it can be imported as it is.
        kind, encoding, headers, samples: What :func:`postcard.io.sniff.sniff_file` found.
        format: The layout it is read as (``"vcard"``, ``"csv:eight"``, ``"csv:mapped"``…; "" until known).
        column_map: The map it is read with (None: its layout is known).
        rows: The first records (at most the preview's limit).
        records: How many records the file holds.
        issues: The rows that cannot be imported, and the parts of rows left out, by line (at most
            :data:`postcard.io.importer.MAX_LISTED`; ``issue_count`` counts them all).
        detail: For UNREADABLE and INVALID, the reason as the system or the parser gives it (English).
        fault, subject: For UNREADABLE and INVALID, the reason as data (see :class:`postcard.errors.ImportFault`).
    """

    path: Path
    status: FileStatus
    kind: str = ""
    encoding: str = ""
    headers: tuple[str, ...] = ()
    samples: tuple[tuple[str, ...], ...] = ()
    format: str = ""
    column_map: dict[str, str] | None = None
    rows: list[PreviewRow] = field(default_factory=list)
    records: int = 0
    issues: list[ImportIssue] = field(default_factory=list)
    issue_count: int = 0
    detail: str = ""
    fault: ImportFault | None = None
    subject: str = ""

    @property
    def importable(self) -> bool:
        return self.status is FileStatus.READY and self.records > 0


def preview_file(path: Path, column_map: Mapping[str, str] | None = None, *, limit: int = PREVIEW_ROWS,
                 readings: ReadingSuggester | None = None) -> FilePreview:  # fmt: skip
    """*Pure* (reads the file): what importing ``path`` would store, without storing anything.

    Args:
        path: The file.
        column_map: Read a CSV with this map ({field: column}) instead of its recognised layout; needed for a CSV
            of no known layout.
        limit: How many records to prepare as :class:`PreviewRow` (all are counted).
        readings: Suggests readings for Japanese names without any, as the import does (None: no suggestions).
    """
    path = Path(path)
    try:
        facts = sniff_file(path)
    except OSError as exc:
        return _unreadable(path, exc)
    preview = FilePreview(path, FileStatus.READY, facts.kind, facts.encoding, facts.headers, facts.samples)
    if facts.kind == "csv" and not facts.headers:
        preview.status = FileStatus.EMPTY
        return preview
    mapping = dict(column_map) if column_map else None
    if mapping is None and facts.needs_mapping:
        return _unmapped(path, preview)
    try:
        stream = open_stream(path, "auto", mapping if facts.kind == "csv" else None)
    except OSError as exc:
        return _unreadable(path, exc)
    except ImportFormatError as exc:
        preview.status, preview.detail, preview.column_map = FileStatus.INVALID, str(exc), mapping
        preview.fault, preview.subject = exc.fault, exc.subject
        return preview
    preview.format, preview.column_map = stream.format, mapping if facts.kind == "csv" else None
    areas = PostalAreas()
    for item in stream:  # every record is counted, the first ones prepared, one held at a time
        if isinstance(item, ImportIssue):
            preview.issue_count += 1
            if len(preview.issues) < MAX_LISTED:
                preview.issues.append(item)
            continue
        preview.records += 1
        if len(preview.rows) < limit:
            contact = dataclasses.replace(item.contact)
            completed = complete_address(contact)
            if readings is not None:
                readings.suggest(contact)
            problems = tuple(check_address(contact, lookup=areas))
            preview.rows.append(PreviewRow(item.line, contact, completed, problems))
    if not preview.records and not preview.issue_count:
        preview.status = FileStatus.EMPTY
    return preview


# --- column maps remembered by header -------------------------------------------------------------------------
def saved_mapping(settings: SettingsRepo, headers: tuple[str, ...] | list[str]) -> dict[str, str] | None:
    """*Reads*: the column map last used for a file with this header (only the columns it still has)."""
    stored = (settings.get(MAPPINGS_KEY) or {}).get(mapping_key(headers))
    if not isinstance(stored, dict):
        return None
    mapping = usable_mapping(dict(stored.get("map") or {}), headers)
    return mapping or None


def remember_mapping(settings: SettingsRepo, headers: tuple[str, ...] | list[str], mapping: Mapping[str, str],
                     today: dt.date | None = None) -> None:  # fmt: skip
    """*Writes*: keep the map for files with this header (the newest :data:`MAX_MAPPINGS` headers are kept)."""
    stored = dict(settings.get(MAPPINGS_KEY) or {})
    stored.pop(mapping_key(headers), None)
    stored[mapping_key(headers)] = {"map": dict(mapping), "saved": (today or dt.date.today()).isoformat()}
    while len(stored) > MAX_MAPPINGS:
        stored.pop(next(iter(stored)))
    settings.set(MAPPINGS_KEY, stored)


# --- the import -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportRequest:
    """What to import and where the people go.

    Attributes:
        files: The files, in order.
        column_maps: The column map of each file read with one (an unknown CSV, or one the user remapped).
        event_name, event_date: Link everyone to this event (created when new; None: no event).
        group_by_date: Also link people with an exchange date (Eight's 名刺交換日) to an event per day.
    """

    files: tuple[Path, ...]
    column_maps: Mapping[Path, Mapping[str, str]] = field(default_factory=dict)
    event_name: str | None = None
    event_date: dt.date | None = None
    group_by_date: bool = False


def run_import(store: Store, request: ImportRequest, *, readings: ReadingSuggester | None = None,
               progress: Progress | None = None) -> ImportSummary:  # fmt: skip
    """*Writes*: import every file in one transaction (cancelled or failed: nothing is kept) and remember the
    column maps used, by header; a Japanese name imported without a reading gets a suggested one (``readings``)."""
    groups: dict[tuple[tuple[str, str], ...], list[Path]] = {}
    for path in request.files:
        mapping = request.column_maps.get(path) or {}
        groups.setdefault(tuple(sorted(mapping.items())), []).append(path)
    summary = ImportSummary()
    with collect_only_new(), store.db.transaction():  # a full collection over the window's objects: 55–95 ms
        for key, paths in groups.items():
            part = import_files(store, paths, column_map=dict(key) or None, event_name=request.event_name,
                                event_date=request.event_date, group_by_date=request.group_by_date,
                                readings=readings, progress=progress)  # fmt: skip
            merge_summary(summary, part)
        for path, mapping in request.column_maps.items():
            if mapping and path in request.files:
                try:
                    remember_mapping(store.settings, sniff_file(path).headers, mapping)
                except OSError:
                    continue
    return summary


def _unmapped(path: Path, preview: FilePreview) -> FilePreview:
    """A CSV of no known layout needs a column map, unless it is no contact table at all (binary data, no header
    row), which the reader says before a map is asked for."""
    try:
        open_stream(path, "auto", None)
    except OSError as exc:
        return _unreadable(path, exc)
    except ImportFormatError as exc:
        if exc.fault is not ImportFault.UNKNOWN_LAYOUT:
            preview.status, preview.detail, preview.fault, preview.subject = FileStatus.INVALID, str(exc), exc.fault, \
                exc.subject  # fmt: skip
            return preview
    preview.status = FileStatus.NEEDS_MAPPING
    return preview


def _unreadable(path: Path, exc: OSError) -> FilePreview:
    reason = exc.strerror or str(exc)
    fault = ImportFault.FOLDER if isinstance(exc, IsADirectoryError) else ImportFault.UNREADABLE
    return FilePreview(path, FileStatus.UNREADABLE, detail=reason, fault=fault, subject=reason)


def import_with_own_connection(paths: Paths, request: ImportRequest, *, readings: ReadingSuggester | None = None,
                               progress: Progress | None = None) -> ImportSummary:  # fmt: skip
    """:func:`run_import` through a connection of its own, for a worker thread: the window's connection neither
    joins its transaction nor sees its rows before the commit."""
    store = Store.open(paths.database, paths.backups_dir)
    try:
        return run_import(store, request, readings=readings, progress=progress)
    finally:
        store.close()


def merge_summary(into: ImportSummary, part: ImportSummary) -> None:
    """Add one import's counts and lists to another's (events named once)."""
    for f in dataclasses.fields(part):
        mine, theirs = getattr(into, f.name), getattr(part, f.name)
        if isinstance(theirs, bool):
            continue
        if isinstance(theirs, int):
            setattr(into, f.name, mine + theirs)
        elif f.name == "events":
            into.events = list(dict.fromkeys([*mine, *theirs]))
        elif isinstance(theirs, list):
            mine.extend(theirs)
        elif isinstance(theirs, dict):
            mine.update(theirs)
