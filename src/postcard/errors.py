"""Exceptions that carry a message meant for the user, and the facts behind it.

Anything derived from :class:`PostcardError` is a user error: the CLI prints its message on one line and exits
with status 1, the GUI shows it in a message box. Everything else is a bug and keeps its traceback.

The message is English, for the command line and the logs. The errors a window shows also carry what they are
about as data (a kind from one of the enums below and the values involved: a path, a name, a line), so that each
front end words them in its own language without reading the English.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class PostcardError(Exception):
    """A problem the user can fix (bad input, missing file, refused database...)."""


# --- the database -------------------------------------------------------------------------------------------------
class StoreFault(StrEnum):
    BUSY = "busy"  # another postcard window holds the database
    DISK_FULL = "disk-full"  # nothing was saved (rolled back)
    READ_ONLY = "read-only"  # the file or its folder cannot be written
    CANNOT_OPEN = "cannot-open"  # the file cannot be opened (``detail``: SQLite's words)
    IO = "io"  # an input/output error (``detail``: SQLite's words)
    DAMAGED = "damaged"  # damaged or not a database (``backup``: the last backup, if any)
    NEWER = "newer"  # written by a newer postcard (``version``: its schema)
    NOT_OURS = "not-ours"  # tables but no postcard schema version (``backup``)
    UPGRADE = "upgrade"  # an upgrade failed (``backup``: the copy made before it; ``detail``)
    UNREADABLE = "unreadable"  # the file cannot be read at all (``detail``: the system's reason)
    OTHER = "other"  # any other SQLite failure (``detail``)


class DatabaseError(PostcardError):
    """The database cannot be opened or used (too new, corrupt, locked).

    Attributes:
        fault: What went wrong (None: only the message says).
        path: The database file.
        backup: The backup to go back to, when there is one.
        detail: SQLite's or the system's own words, for the faults that have them.
        version: The schema version found (NEWER, NOT_OURS).
        rolled_back: Nothing of the step was saved.
    """

    def __init__(self, message: str, *, fault: StoreFault | None = None, path: Path | None = None,
                 backup: Path | None = None, detail: str = "", version: int = 0,
                 rolled_back: bool = False) -> None:  # fmt: skip
        super().__init__(message)
        self.fault, self.path, self.backup, self.detail = fault, path, backup, detail
        self.version, self.rolled_back = version, rolled_back


# --- files written ----------------------------------------------------------------------------------------------
class OutputFault(StrEnum):
    NO_FOLDER = "no-folder"  # the folder above is not a folder
    DANGLING_LINK = "dangling-link"  # a symbolic link to nothing (``detail``: where it points)
    NOT_REGULAR = "not-regular"  # a folder, a device, a pipe… (``detail``: what it is, in English)
    CHANGED = "changed"  # replaced by something else while the PDF was written
    DISK_FULL = "disk-full"
    NO_PERMISSION = "no-permission"
    READ_ONLY = "read-only"  # a read-only file system
    OTHER = "other"  # ``detail``: the system's words


class OutputError(PostcardError):
    """A file cannot be written (not a regular file, no space left, no permission); the message names it.

    Attributes:
        fault: What went wrong (None: only the message says).
        path: The file that was to be written.
        detail: The system's words, or what the path is.
    """

    def __init__(self, message: str, *, fault: OutputFault | None = None, path: Path | None = None,
                 detail: str = "") -> None:  # fmt: skip
        super().__init__(message)
        self.fault, self.path, self.detail = fault, path, detail


# --- files read -------------------------------------------------------------------------------------------------
class ImportFault(StrEnum):
    UNREADABLE = "unreadable"  # the system cannot read the file (``detail``: its reason)
    FOLDER = "folder"  # a folder, not a file
    NOT_CONTACTS = "not-contacts"  # neither vCard nor CSV text
    EMPTY = "empty"  # no header row
    NO_HEADER = "no-header"  # the first line is no header row (``subject``: that line, cut short)
    UNKNOWN_LAYOUT = "unknown-layout"  # a CSV of no known layout (``subject``: some of its columns)
    NOT_VCARD = "not-vcard"  # read as vCard, but no BEGIN:VCARD line
    MAP_FIELDS = "map-fields"  # a column map names fields postcard does not have (``subject``: them)
    MAP_COLUMNS = "map-columns"  # a column map names columns the file does not have (``subject``: them)
    UNKNOWN_FORMAT = "unknown-format"  # an import format postcard does not know (``subject``)


class ImportFormatError(PostcardError):
    """A file cannot be read as any supported import format (``fault`` and ``subject`` say why)."""

    def __init__(self, message: str, *, fault: ImportFault | None = None, subject: str = "") -> None:
        super().__init__(message)
        self.fault, self.subject = fault, subject


# --- templates --------------------------------------------------------------------------------------------------
class TemplateFault(StrEnum):
    NOT_FOUND = "not-found"  # no template of that name (``name``)
    SYNTAX = "syntax"  # Jinja cannot read it (``detail``: Jinja's words)
    UNDEFINED = "undefined"  # a name templates do not have (``name``, ``suggestion``)
    NO_ATTRIBUTE = "no-attribute"  # ``owner`` has no ``name`` (``suggestion``: the closest it has)
    SANDBOX = "sandbox"  # something a card template may not do (``detail``: the sandbox's words)
    LIMIT = "limit"  # stopped at a limit (``limit``: which one, ``detail``)
    HEADER_KEY = "header-key"  # a header line with a key postcard does not know (``name``)
    HEADER_VALUE = "header-value"  # a header value not allowed (``name``: the key, ``value``, ``suggestion``: allowed)
    TOO_LARGE = "too-large"  # the file is too large for a card template
    BAD_NAME = "bad-name"  # not a template name (``name``)
    EXISTS = "exists"  # there is already a template of that name (``name``)
    NOT_YOURS = "not-yours"  # only the user's own templates are renamed or deleted (``name``)
    NO_FOLDER = "no-folder"  # there is no folder for the user's templates
    NOT_REGULAR = "not-regular"  # a file in the user's folder that is not a regular file (``name``)
    OTHER = "other"  # ``detail``: the words of whatever failed


class TemplateLimit(StrEnum):
    STEPS = "steps"  # loops and calls ran too many times
    TIME = "time"  # rendering took too long
    SIZE = "size"  # a text or list too long
    NUMBER = "number"  # a number too large
    FORMAT_WIDTH = "format-width"  # a format with a huge width


@dataclass(frozen=True)
class TemplateFailure:
    """Why a template cannot be used, as data: the kind, the file and line, and the names involved."""

    fault: TemplateFault
    template: str = ""  # the file (``ja-seminar.j2``) or name it is about
    line: int = 0  # 1-based line in the template; 0 when not on one line
    name: str = ""  # the name at fault: a variable, an attribute, a header key, a template name
    owner: str = ""  # NO_ATTRIBUTE: the variable (``contact``) or kind of value that lacks ``name``
    value: str = ""  # HEADER_VALUE: the value given
    suggestion: str = ""  # the name probably meant, or the values allowed
    limit: TemplateLimit | None = None  # LIMIT: which limit
    detail: str = ""  # the library's own words (Jinja's syntax message, the sandbox's refusal)


class TemplateError(PostcardError):
    """A template cannot be loaded or rendered; the message names the file and line (``failure``: as data)."""

    def __init__(self, message: str, *, failure: TemplateFailure | None = None) -> None:
        super().__init__(message)
        self.failure = failure


# --- the layout -------------------------------------------------------------------------------------------------
class Misfit(StrEnum):
    """What does not fit on a card (a layout's refusal, as data)."""

    MESSAGE_LINE = "message-line"  # a line of the message, even in the smallest writing (``line``: which)
    NO_TEXT = "no-text"  # nothing to write on the message side
    NAME = "name"  # the recipient's name
    NAME_ROOM = "name-room"  # the company, department or title leave no room for the name
    JOINT_NAMES_ROOM = "joint-names-room"  # the address leaves no room for the name and its joint names (連名)
    ADDRESS_ROOM = "address-room"  # the address leaves no room for the name
    ADDRESS = "address"  # the recipient's address
    ADDRESS_LINES = "address-lines"  # an address abroad with too many lines
    BUILDING = "building"  # the building name
    ORGANISATION = "organisation"  # the company, department or title
    SENDER_ADDRESS = "sender-address"
    SENDER_COMPANY = "sender-company"
    SENDER_NAME = "sender-name"


class LayoutError(PostcardError):
    """A card cannot be laid out: too many lines, text too long, a character no font has.

    Attributes:
        misfit: What does not fit (None: only the message says).
        line: For a line of the message, which one (1-based).
    """

    def __init__(self, message: str = "", *, misfit: Misfit | None = None, line: int = 0) -> None:
        super().__init__(message)
        self.misfit, self.line = misfit, line


class MissingGlyphError(LayoutError):
    """A character that none of the bundled fonts can draw."""

    def __init__(self, char: str, where: str = "") -> None:
        self.char = char
        self.where = where
        code = f"U+{ord(char):04X}"
        suffix = f" ({where})" if where else ""
        super().__init__(f"no bundled font has the character {char!r} {code}{suffix}")


class TooManyLinesError(TemplateError, LayoutError):
    """A card's text has more lines than a postcard takes (from a template, a draft or the layout)."""

    def __init__(self, message: str, count: int) -> None:
        self.count = count
        PostcardError.__init__(self, message)
        self.failure, self.misfit, self.line = None, None, 0


class Cancelled(PostcardError):  # noqa: N818 - it is an outcome, not an error condition
    """Long work was cancelled by the user; nothing was written."""

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)
