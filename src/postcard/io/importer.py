"""Bring parsed contacts into the store: de-duplicate, complete addresses, link events, report every problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from postcard.core.book import merge_into
from postcard.core.postal import complete_address
from postcard.core.progress import NullProgress, Progress, check_cancel
from postcard.errors import PostcardError
from postcard.io.detect import parse_file
from postcard.io.records import ImportIssue, ParseResult
from postcard.store.store import Store

GROUP_EVENT_PREFIX = "名刺交換"


@dataclass
class ImportSummary:
    """What an import did, as data: each front end words it."""

    imported: int = 0
    merged: int = 0
    skipped: int = 0
    completed_addresses: int = 0
    issues: list[ImportIssue] = field(default_factory=list)
    formats: dict[str, str] = field(default_factory=dict)  # file → detected format
    contact_ids: list[int] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


def import_files(
    store: Store,
    files: Sequence[Path],
    *,
    fmt: str = "auto",
    column_map: dict[str, str] | None = None,
    event_name: str | None = None,
    event_date: dt.date | None = None,
    group_by_date: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import every file; nothing is all-or-nothing: bad records are reported and the rest goes in.

    A file that cannot be read at all is reported as one issue and the other files still import.
    """
    progress = progress or NullProgress()
    summary = ImportSummary()
    results: list[ParseResult] = []
    for path in files:
        try:
            result = parse_file(Path(path), fmt, column_map)
        except OSError as exc:
            summary.issues.append(ImportIssue(str(path), 0, exc.strerror or str(exc)))
            continue
        except PostcardError as exc:  # a format error names the file; keep going with the others
            summary.issues.append(ImportIssue(str(path), 0, str(exc)))
            continue
        summary.formats[str(path)] = result.format
        summary.issues.extend(result.issues)
        results.append(result)
    total = sum(len(r.records) for r in results)
    progress.start(total, "import")
    event = None
    if event_name:
        event = store.events.get_or_create(event_name, event_date)
        summary.events.append(event.name)
    by_date: dict[dt.date, list[int]] = {}
    with store.db.transaction():
        for result in results:
            for record in result.records:
                check_cancel(progress)
                contact = record.contact
                if complete_address(contact):
                    summary.completed_addresses += 1
                existing = store.contacts.find_duplicate(contact)
                if existing is None:
                    store.contacts.add(contact)
                    summary.imported += 1
                    cid = contact.id
                elif merge_into(existing, contact):
                    store.contacts.update(existing)
                    summary.merged += 1
                    cid = existing.id
                else:
                    summary.skipped += 1
                    cid = existing.id
                assert cid is not None
                summary.contact_ids.append(cid)
                if group_by_date and contact.met_on:
                    by_date.setdefault(contact.met_on, []).append(cid)
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
