"""What a parser hands back: the contacts it read, where they were, and what it could not read."""

from __future__ import annotations

from dataclasses import dataclass, field

from postcard.core.model import Contact


@dataclass
class ImportIssue:
    """A record (card or row) that could not be imported, or a part of one that was dropped.

    Attributes:
        file: The file name as given to the parser.
        line: The 1-based physical line where the record starts (0: the file as a whole).
        reason: One line a person can act on.
    """

    file: str
    line: int
    reason: str

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
