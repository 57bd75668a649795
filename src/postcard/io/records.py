"""What a parser hands back: the contacts it read, where they were, and what it could not read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from postcard.core.model import Contact
from postcard.core.text import complex_script, shorten
from postcard.errors import ImportFault, ImportFormatError
from postcard.io.country import settle_country

MAX_REASON = 240  # characters: a reason is one readable line, whatever the file holds


class IssueKind(StrEnum):
    """What kind of problem an issue is, for front ends that word it themselves or count by kind."""

    UNDECODABLE = "undecodable"  # bytes the file's encoding cannot read (``subject``: the fields)
    NAMELESS = "nameless"  # a record without a name or company (``subject``: what it has, e.g. the e-mail)
    SCRIPT = "script"  # a name in a script the cards cannot print (``subject``: the script)
    FIELD_COUNT = "field-count"  # a row with more fields than the header, or under half (``subject``: "18/17")
    NOT_A_DATE = "not-a-date"  # a date column without a date, imported without it (``subject``: the value)
    UNREADABLE_ROW = "unreadable-row"  # a CSV row the CSV reader rejects (``subject``: the reader's own words)
    MALFORMED_LINE = "malformed-line"  # a vCard line that is no property, ignored (``subject``: its start)
    UNFINISHED_CARD = "unfinished-card"  # a vCard without END:VCARD (the file cut short?), read as far as it goes
    COUNTRY_UNSURE = "country-unsure"  # an address in Latin letters that names no country: kept as Japan (``subject``)
    FILE = "file"  # the file as a whole cannot be read (``fault``: why; ``subject``: what it is about)
    OTHER = "other"


@dataclass
class ImportIssue:
    """A record (card or row) that could not be imported, or a part of one that was dropped.

    Attributes:
        file: The file name as given to the parser.
        line: The 1-based physical line where the record starts (0: the file as a whole).
        reason: One line a person can act on (cut to :data:`MAX_REASON` characters).
        kind: What kind of problem it is.
        subject: The thing it is about (field names, the e-mail of a nameless row, a script), for the front ends.
        skipped: The record was left out (True), or imported without the part named (False).
        column: The column it is about, when it is about one (a CSV header name).
        fault: For a FILE issue, why the file cannot be read.
        contact_id: For a record imported in part, the contact it became (filled in by the import).
    """

    file: str
    line: int
    reason: str
    kind: IssueKind = IssueKind.OTHER
    subject: str = ""
    skipped: bool = True
    column: str = ""
    fault: ImportFault | None = None
    contact_id: int | None = None

    def __post_init__(self) -> None:
        self.reason = shorten(self.reason, MAX_REASON)
        self.subject = shorten(self.subject, 80)

    def __str__(self) -> str:
        if self.line <= 0:  # about the whole file; the reason may already start with the file's name
            reason = self.reason.removeprefix(f"{self.file}: ")
            return f"{self.file}: {reason}"
        return f"{self.file}:{self.line}: {self.reason}"


@dataclass
class ParsedRecord:
    """One contact read from a file.

    Attributes:
        contact: The contact, every field normalised; ``contact.tags`` already holds the file's tags.
        line: The 1-based physical line where the record starts (``BEGIN:VCARD`` or the CSV row).
        tags_from_file: The tags the file gave (vCard ``CATEGORIES``, Eight tag columns...), for callers that
            want to tell them apart from tags added during the import.
    """

    contact: Contact
    line: int
    tags_from_file: list[str] = field(default_factory=list)


@dataclass
class ParseResult:
    """Everything read from one file.

    Attributes:
        format: What the file was recognised as: ``"vcard"``, ``"csv:google"``, ``"csv:google-legacy"``,
            ``"csv:outlook"``, ``"csv:eight"``, ``"csv:eight-legacy"``, ``"csv:hagaki-design-kit"``,
            ``"csv:atena-shokunin"``, ``"csv:postcard"`` (our own export) or ``"csv:mapped"``.
        records: The contacts, in file order.
        issues: The records (or parts) that could not be imported, in file order.
    """

    format: str
    records: list[ParsedRecord] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)

    @property
    def contacts(self) -> list[Contact]:
        return [record.contact for record in self.records]


@dataclass
class RecordStream:
    """The records of one file as they are read, with the issues between them, in file order.

    Iterate it once; an import of 100,000 rows holds one record at a time.

    Attributes:
        format: As :attr:`ParseResult.format`.
        items: The records and issues, in file order.
        estimate: About how many records the file holds (for a progress bar; 0 when unknown).
    """

    format: str
    items: Iterator[ParsedRecord | ImportIssue]
    estimate: int = 0

    def __iter__(self) -> Iterator[ParsedRecord | ImportIssue]:
        return self.items

    def collect(self) -> ParseResult:
        """Everything at once (small files, previews, tests)."""
        result = ParseResult(self.format)
        for item in self.items:
            (result.issues if isinstance(item, ImportIssue) else result.records).append(item)  # type: ignore[arg-type]
        return result


def checked_record(contact: Contact, filename: str, line: int, tags: list[str]) -> Iterator[ParsedRecord | ImportIssue]:
    """A contact read from ``filename`` at ``line``: the issue :func:`record_problem` finds, if any, then the
    record, unless the issue skips it (its country settled from the address first: :func:`country_issue`)."""
    problem = record_problem(contact)
    if problem:
        problem.file, problem.line = filename, line
        yield problem
        if problem.skipped:
            return
    unsure = country_issue(contact)  # the country from the address, when the record gives none
    if unsure:
        unsure.file, unsure.line = filename, line
        yield unsure
    yield ParsedRecord(contact, line, tags)


def file_issue(file: str, exc: OSError | ImportFormatError) -> ImportIssue:
    """A file that cannot be read at all, as one issue (line 0) with the reason as data."""
    if isinstance(exc, ImportFormatError):
        return ImportIssue(file, 0, str(exc), IssueKind.FILE, exc.subject, fault=exc.fault)
    reason = exc.strerror or str(exc)
    fault = ImportFault.FOLDER if isinstance(exc, IsADirectoryError) else ImportFault.UNREADABLE
    return ImportIssue(file, 0, reason, IssueKind.FILE, reason, fault=fault)


def country_issue(contact: Contact) -> ImportIssue | None:
    """Settle the country of a record that gives none from its address (:func:`postcard.io.country.settle_country`);
    an issue (line and file filled in by the caller) when the address is in Latin letters and names no country."""
    if settle_country(contact):
        return None
    address = ", ".join(p for p in (contact.address1, contact.address2, contact.address3) if p.strip())
    reason = f"the address {address!r} is in Latin letters and names no country: read as an address in Japan " \
        "(give its country if it is abroad)"  # fmt: skip
    return ImportIssue("", 0, reason, IssueKind.COUNTRY_UNSURE, address, skipped=False)


def record_problem(contact: Contact) -> ImportIssue | None:
    """What is wrong with a contact read from a file (line and file filled in by the caller), or None.

    A record without a name or company but with an e-mail or phone (an Eight row whose card was not read, a
    distribution list) is kept as that, with an issue (``skipped`` False): the book keeps the e-mail, and the
    print step refuses a card without a name or address. One with nothing at all is skipped. A name in a script
    the cards cannot shape is refused (:data:`postcard.core.text.COMPLEX_SCRIPTS`).
    """
    if not (contact.family_name or contact.given_name or contact.company):
        has = contact.email or contact.phone
        if has:
            reason = f"no name or company, only {has!r}; kept as a contact without a name"
            return ImportIssue("", 0, reason, IssueKind.NAMELESS, has, skipped=False)
        return ImportIssue("", 0, "no name, company or e-mail; skipped", IssueKind.NAMELESS)
    printed = (contact.family_name, contact.given_name, contact.company, contact.department, contact.title,
               *(j.family_name + j.given_name for j in contact.joint_names))  # fmt: skip
    script = complex_script(" ".join(printed))
    if script:
        who = contact.display_name
        reason = f"{who!r} is written in {script} script, which the cards cannot print yet; skipped"
        return ImportIssue("", 0, reason, IssueKind.SCRIPT, script)
    return None
