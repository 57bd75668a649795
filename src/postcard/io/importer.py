"""Bring parsed contacts into the store: de-duplicate, complete addresses, link events, report every problem.

Streams: each file's records are read, checked and stored one at a time (in one transaction per import, so a
cancelled import leaves nothing), so 100,000 rows never sit in memory: at most :data:`READ_AHEAD` records are read
ahead, whose postal codes are looked up together. Every imported contact is checked the way
its card will be: its address against Japan Post's data (:mod:`postcard.core.addresscheck`), and a Japanese name
without a reading gets a suggested one (:mod:`postcard.core.readings`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from postcard.core.addresscheck import AddressProblem, PostalAreas, check_address
from postcard.core.book import merge_into
from postcard.core.postal import complete_address
from postcard.core.progress import NullProgress, Progress, check_cancel
from postcard.core.readings import ReadingSuggester
from postcard.errors import ImportFormatError, PostcardError
from postcard.io.detect import open_stream
from postcard.io.postaldb import PostalDatabase
from postcard.io.records import ImportIssue, IssueKind, ParsedRecord, RecordStream, file_issue
from postcard.store.store import Store

GROUP_EVENT_PREFIX = "名刺交換"
#: At most this many issues and address findings are kept (the counts go on): a broken file of 100,000 rows is
#: summed up, not listed.
MAX_LISTED = 1000
#: Records read ahead of the one being stored, so that their postal codes are looked up in one query.
READ_AHEAD = 500


@dataclass(frozen=True)
class AddressFinding:
    """A contact whose card may not arrive, found while importing it.

    Attributes:
        file: The file it came from.
        line: Where its record starts.
        contact_id: The stored contact.
        name: The contact's display name.
        problems: What is wrong (data: each front end words it).
    """

    file: str
    line: int
    contact_id: int
    name: str
    problems: tuple[AddressProblem, ...]


@dataclass
class ImportSummary:
    """What an import did, as data: each front end words it.

    Attributes:
        imported, merged, skipped: New contacts, ones that filled gaps of a stored one, repeats of a stored one.
        completed_addresses: Addresses completed from the postal code.
        suggested_readings: Japanese names given a suggested reading (to confirm).
        kept_nameless: Records without a name or company kept as contacts (an issue of kind NAMELESS each).
        refused: Records left out (an issue with ``skipped`` each).
        issues: The problems, in file order (at most :data:`MAX_LISTED`; ``issue_count`` counts them all).
        address_findings: Imported contacts whose address may not deliver (at most :data:`MAX_LISTED`;
            ``address_count`` counts them all).
    """

    imported: int = 0
    merged: int = 0
    skipped: int = 0
    completed_addresses: int = 0
    suggested_readings: int = 0
    kept_nameless: int = 0
    refused: int = 0
    issues: list[ImportIssue] = field(default_factory=list)
    issue_count: int = 0
    address_findings: list[AddressFinding] = field(default_factory=list)
    address_count: int = 0
    formats: dict[str, str] = field(default_factory=dict)  # file → detected format
    contact_ids: list[int] = field(default_factory=list)
    events: list[str] = field(default_factory=list)

    def add_issue(self, issue: ImportIssue) -> None:
        self.issue_count += 1
        if issue.kind is IssueKind.NAMELESS and not issue.skipped:
            self.kept_nameless += 1
        if issue.skipped and issue.line > 0:
            self.refused += 1
        if len(self.issues) < MAX_LISTED:
            self.issues.append(issue)

    def add_finding(self, finding: AddressFinding) -> None:
        self.address_count += 1
        if len(self.address_findings) < MAX_LISTED:
            self.address_findings.append(finding)


def import_files(
    store: Store,
    files: Sequence[Path],
    *,
    fmt: str = "auto",
    column_map: dict[str, str] | None = None,
    event_name: str | None = None,
    event_date: dt.date | None = None,
    group_by_date: bool = False,
    readings: ReadingSuggester | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import every file; nothing is all-or-nothing: bad records are reported and the rest goes in.

    A file that cannot be read at all is reported as one issue and the other files still import.

    Args:
        readings: Suggests readings for Japanese names without any (None: no suggestions).
    """
    progress = progress or NullProgress()
    summary = ImportSummary()
    streams: list[tuple[Path, RecordStream]] = []
    for path in files:
        try:
            stream = open_stream(Path(path), fmt, column_map)
        except (OSError, ImportFormatError) as exc:  # the file is named in the issue; the others go on
            summary.add_issue(file_issue(str(path), exc))
            continue
        except PostcardError as exc:
            summary.add_issue(ImportIssue(str(path), 0, str(exc), IssueKind.FILE))
            continue
        summary.formats[str(path)] = stream.format
        streams.append((Path(path), stream))
    progress.start(sum(stream.estimate for _, stream in streams), "import")
    by_date: dict[dt.date, list[int]] = {}
    with PostalDatabase() as postal, store.db.transaction():
        # One transaction: a cancelled or failed import leaves nothing, not even its event.
        areas = PostalAreas(postal.areas, many=postal.areas_of)
        event = store.events.get_or_create(event_name, event_date) if event_name is not None else None
        if event is not None:
            summary.events.append(event.name)
        for path, stream in streams:
            partial: list[ImportIssue] = []  # the record's own issues, which come before it: told its stored id
            for batch in _batches(stream, READ_AHEAD):
                areas.prefetch(item.contact.postal_code for item in batch if isinstance(item, ParsedRecord))
                for item in batch:
                    check_cancel(progress)
                    if isinstance(item, ImportIssue):
                        summary.add_issue(item)
                        if not item.skipped:
                            partial.append(item)
                        continue
                    cid = _store_record(store, item, str(path), summary, areas, readings)
                    for issue in partial:
                        if issue.line == item.line:
                            issue.contact_id = cid
                    partial.clear()
                    summary.contact_ids.append(cid)
                    if group_by_date and item.contact.met_on:
                        by_date.setdefault(item.contact.met_on, []).append(cid)
                    progress.tick()
        if event is not None and event.id is not None:
            store.events.link(event.id, summary.contact_ids)
        for day, ids in sorted(by_date.items()):
            grouped = store.events.get_or_create(f"{GROUP_EVENT_PREFIX} {day.isoformat()}", day)
            assert grouped.id is not None
            store.events.link(grouped.id, ids)
            summary.events.append(grouped.name)
    progress.finish()
    return summary


def _batches(stream: RecordStream, size: int) -> Iterator[list[ParsedRecord | ImportIssue]]:
    items = iter(stream)
    while batch := list(itertools.islice(items, size)):
        yield batch


def _store_record(store: Store, record: ParsedRecord, file: str, summary: ImportSummary, areas: PostalAreas,
                  readings: ReadingSuggester | None) -> int:  # fmt: skip
    contact = record.contact
    if complete_address(contact, areas.get):
        summary.completed_addresses += 1
    if readings is not None and readings.suggest(contact):
        summary.suggested_readings += 1
    existing = store.contacts.find_duplicate(contact)
    if existing is None:
        store.contacts.add(contact)
        summary.imported += 1
        stored, changed = contact, True
    elif merge_into(existing, contact):
        store.contacts.update(existing)
        summary.merged += 1
        stored, changed = existing, True
    else:  # a repeat of a stored contact: it was checked when it came in
        summary.skipped += 1
        stored, changed = existing, False
    assert stored.id is not None
    if changed:
        problems = check_address(stored, lookup=areas)
        if problems:
            summary.add_finding(AddressFinding(file, record.line, stored.id, stored.display_name, tuple(problems)))
    return stored.id
