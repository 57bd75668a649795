"""Exceptions that carry a message meant for the user.

Anything derived from :class:`PostcardError` is a user error: the CLI prints its message on one line and exits
with status 1, the GUI shows it in a message box. Everything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class PostcardError(Exception):
    """A problem the user can fix (bad input, missing file, refused database...)."""


class DatabaseError(PostcardError):
    """The database cannot be opened or used (too new, corrupt, locked)."""


class OutputError(PostcardError):
    """A file cannot be written (not a regular file, no space left, no permission); the message names it."""


class ImportFormatError(PostcardError):
    """A file cannot be read as any supported import format."""


class TemplateError(PostcardError):
    """A template cannot be loaded or rendered; the message names the file and line."""


class LayoutError(PostcardError):
    """A card cannot be laid out: too many lines, text too long, a character no font has."""


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
        super().__init__(message)


class Cancelled(PostcardError):  # noqa: N818 - it is an outcome, not an error condition
    """Long work was cancelled by the user; nothing was written."""

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)
