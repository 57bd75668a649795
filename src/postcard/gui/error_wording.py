"""The window's words for the errors the layers below return as data: what does not fit on a card, why a template
cannot be used, why the database or a PDF cannot be written, and the application layer's refusals.

Every error the window shows goes through :func:`error_text`: a known error is worded from its facts, in the
window's language; only an error that carries no facts falls back to its English line.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from postcard.errors import (
    Cancelled,
    DatabaseError,
    ImportFault,
    ImportFormatError,
    LayoutError,
    Misfit,
    MissingGlyphError,
    OutputError,
    OutputFault,
    PostcardError,
    StoreFault,
    TemplateError,
    TemplateFailure,
    TemplateFault,
    TemplateLimit,
    TooManyLinesError,
)

if TYPE_CHECKING:
    from postcard.compose.preferences import PreferenceError


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Errors", text, None, n)


# --- the layout ---------------------------------------------------------------------------------------------------
def misfit_text(misfit: Misfit | None, line: int = 0) -> str:
    """What does not fit on the card, and what to do about it."""
    if misfit is Misfit.MESSAGE_LINE and line:
        return tr("Line %1 is too long to fit on the card, even in small writing; shorten it.").replace("%1", str(line))
    if misfit is Misfit.NO_TEXT:
        return tr("The card has no text.")
    if misfit is Misfit.NAME:
        return tr("The name is too long for the address side; shorten it in the contact editor.")
    if misfit is Misfit.NAME_ROOM:
        return tr("The company, department and title leave no room for the name on the address side; shorten them "
                  "in the contact editor.")  # fmt: skip
    if misfit is Misfit.JOINT_NAMES_ROOM:
        return tr("The address leaves no room for the name and its joint names (連名); remove a joint name or "
                  "shorten the address.")  # fmt: skip
    if misfit is Misfit.ADDRESS_ROOM:
        return tr("The address leaves no room for the name; shorten the address in the contact editor.")
    if misfit is Misfit.ADDRESS:
        return tr("The address is too long for the card; shorten it in the contact editor.")
    if misfit is Misfit.ADDRESS_LINES:
        return tr("The address has too many lines for the card; join or shorten them in the contact editor.")
    if misfit is Misfit.BUILDING:
        return tr("The building name is too long for the card; shorten it in the contact editor.")
    if misfit is Misfit.ORGANISATION:
        return tr("The company, department or title is too long for the card; shorten it in the contact editor.")
    if misfit is Misfit.SENDER_ADDRESS:
        return tr("Your address (the sender's) is too long for the card; shorten it in Book ▸ Sender Profiles.")
    if misfit is Misfit.SENDER_COMPANY:
        return tr("Your company name (the sender's) is too long for the card; shorten it in Book ▸ Sender Profiles.")
    if misfit is Misfit.SENDER_NAME:
        return tr("Your name (the sender's) is too long for the card; shorten it in Book ▸ Sender Profiles.")
    return tr("A line is too long to fit on the card, even in small writing; shorten it.")


# --- templates ----------------------------------------------------------------------------------------------------
def template_failure_text(failure: TemplateFailure) -> str:
    """Why a template cannot be used (the line is said by whoever lists it)."""
    fault, name = failure.fault, failure.name
    suggestion = tr(" Did you mean “%1”?").replace("%1", failure.suggestion) if failure.suggestion else ""
    if fault is TemplateFault.NOT_FOUND:
        return tr("There is no template named “%1”.").replace("%1", name)
    if fault is TemplateFault.SYNTAX:
        return tr("The template is not written correctly: %1").replace("%1", failure.detail)
    if fault is TemplateFault.UNDEFINED:
        from postcard.compose.template_files import VARIABLES

        known = tr(" They have %1.").replace("%1", tr(", ").join(VARIABLES))
        return tr("Templates have no “%1”.").replace("%1", name) + (suggestion or known)
    if fault is TemplateFault.NO_ATTRIBUTE:
        return tr("“%1” has no “%2”.").replace("%1", failure.owner).replace("%2", name) + suggestion
    if fault is TemplateFault.SANDBOX:
        return tr("A card template may not do this: %1").replace("%1", failure.detail)
    if fault is TemplateFault.LIMIT:
        return _limit_text(failure.limit)
    if fault is TemplateFault.HEADER_KEY:
        return tr("The header has no setting “%1” (it takes %2).").replace("%1", name).replace("%2", failure.suggestion)
    if fault is TemplateFault.HEADER_VALUE:
        text = tr("“%1” cannot be “%2”; choose one of %3.")
        return text.replace("%1", name).replace("%2", failure.value).replace("%3", failure.suggestion)
    if fault is TemplateFault.TOO_LARGE:
        return tr("The template is too large for a card template.")
    if fault is TemplateFault.BAD_NAME:
        return tr("“%1” cannot be a template name: use letters, digits, “-” and “_” (up to 64).").replace("%1", name)
    if fault is TemplateFault.EXISTS:
        return tr("There is already a template named “%1”.").replace("%1", name)
    if fault is TemplateFault.NOT_YOURS:
        return tr("“%1” comes with postcard: only your own templates are renamed or deleted.").replace("%1", name)
    if fault is TemplateFault.NO_FOLDER:
        return tr("There is no folder for your own templates.")
    if fault is TemplateFault.NOT_REGULAR:
        return tr("“%1” in your template folder is not a regular file; it was not overwritten.").replace("%1", name)
    return failure.detail


def _limit_text(limit: TemplateLimit | None) -> str:
    if limit is TemplateLimit.TIME:
        return tr("The template was stopped: filling it in took too long.")
    if limit is TemplateLimit.SIZE:
        return tr("The template was stopped: it made a text or list far too long for a card.")
    if limit in (TemplateLimit.NUMBER, TemplateLimit.FORMAT_WIDTH):
        return tr("The template was stopped: it used a number far too large for a card.")
    return tr("The template was stopped: its loops ran too many times.")


def template_error_text(exc: TemplateError) -> str:
    failure = exc.failure
    if failure is None:
        return str(exc)
    text = template_failure_text(failure)
    if failure.template and failure.line:
        where = tr("%1, line %2").replace("%1", failure.template).replace("%2", str(failure.line))
        return tr("%1: %2").replace("%1", where).replace("%2", text)
    if failure.template:
        return tr("%1: %2").replace("%1", failure.template).replace("%2", text)
    return text


# --- the database and the files written ---------------------------------------------------------------------------
def store_error_text(exc: DatabaseError) -> str:
    path, backup = str(exc.path or ""), str(exc.backup or "")
    fault = exc.fault
    if fault is StoreFault.BUSY:
        return tr("The contact book is busy in another postcard window; try again.")
    if fault is StoreFault.DISK_FULL:
        return tr("The disk is full: nothing was saved in %1. Make room and try again.").replace("%1", path)
    if fault is StoreFault.READ_ONLY:
        text = tr("postcard cannot write to %1 (the file or its folder is read-only).").replace("%1", path)
        return text + (" " + tr("Nothing of this step was saved.") if exc.rolled_back else "")
    if fault is StoreFault.DAMAGED or fault is StoreFault.NOT_OURS:
        text = tr("%1 is damaged or not a postcard contact book; it was left untouched.").replace("%1", path)
        if backup:
            return text + " " + tr("The last backup is %1.").replace("%1", backup)
        return text + " " + tr("No backup was found.")
    if fault is StoreFault.NEWER:
        return tr("%1 was written by a newer postcard; update postcard to open it.").replace("%1", path)
    if fault is StoreFault.UPGRADE:
        text = tr("%1 could not be brought up to date (%2); the original is in %3.")
        return text.replace("%1", path).replace("%2", exc.detail).replace("%3", backup)
    if fault in (StoreFault.CANNOT_OPEN, StoreFault.IO, StoreFault.UNREADABLE):
        return tr("postcard cannot read or write %1 (%2).").replace("%1", path).replace("%2", exc.detail)
    if fault is StoreFault.OTHER:
        return tr("The contact book %1 reported an error: %2").replace("%1", path).replace("%2", exc.detail)
    return str(exc)


def output_error_text(exc: OutputError) -> str:
    path, fault = str(exc.path or ""), exc.fault
    kinds = {"folder": tr("a folder"), "fifo": tr("a named pipe"), "device": tr("a device"), "socket": tr("a socket")}
    if fault is OutputFault.NO_FOLDER:
        text = tr("The PDF cannot be saved as %1: its folder does not exist or is not a folder.")
    elif fault is OutputFault.DANGLING_LINK:
        text = tr("The PDF cannot be saved as %1: it is a link to a file that does not exist.")
    elif fault is OutputFault.NOT_REGULAR:
        text = tr("The PDF cannot be saved as %1: that is %2, not a file; choose another name.")
        text = text.replace("%2", kinds.get(exc.detail, tr("not a regular file")))
    elif fault is OutputFault.CHANGED:
        text = tr("The PDF was not saved as %1: the file was replaced while it was being written.")
    elif fault is OutputFault.DISK_FULL:
        text = tr("The PDF cannot be saved as %1: the disk is full.")
    elif fault is OutputFault.NO_PERMISSION:
        text = tr("The PDF cannot be saved as %1: you have no permission to write there.")
    elif fault is OutputFault.READ_ONLY:
        text = tr("The PDF cannot be saved as %1: the disk is read-only.")
    elif fault is OutputFault.OTHER:
        text = tr("The PDF cannot be saved as %1 (%2).").replace("%2", exc.detail)
    else:
        return tr("The PDF could not be saved: %1").replace("%1", str(exc))
    return text.replace("%1", path)


# --- files read ---------------------------------------------------------------------------------------------------
def import_fault_text(fault: ImportFault | None, subject: str = "", detail: str = "") -> str:
    """Why a file cannot be imported at all."""
    if fault is ImportFault.UNREADABLE:
        return tr("The file cannot be read (%1).").replace("%1", subject)
    if fault is ImportFault.FOLDER:
        return tr("This is a folder, not a contact file.")
    if fault is ImportFault.NOT_CONTACTS:
        return tr("This is not a contact file: neither vCard nor CSV text.")
    if fault is ImportFault.EMPTY:
        return tr("The file is empty.")
    if fault is ImportFault.NO_HEADER:
        return tr("This is not a contact table: its first line (“%1”) is not a row of column names.").replace(
            "%1", subject
        )
    if fault is ImportFault.UNKNOWN_LAYOUT:
        return tr("postcard does not know this CSV's layout (columns: %1); say which column holds what.").replace(
            "%1", subject
        )
    if fault is ImportFault.NOT_VCARD:
        return tr("This is not a vCard file (no BEGIN:VCARD line).")
    if fault is ImportFault.MAP_FIELDS:
        return tr("The column mapping names fields postcard does not have: %1").replace("%1", subject)
    if fault is ImportFault.MAP_COLUMNS:
        return tr("The column mapping names columns this file does not have: %1").replace("%1", subject)
    if fault is ImportFault.UNKNOWN_FORMAT:
        return tr("postcard does not know the import format “%1”.").replace("%1", subject)
    return detail


# --- settings -----------------------------------------------------------------------------------------------------
def preference_error_text(exc: PreferenceError) -> str:
    """A value a setting does not take (the settings dialog names the setting beside it)."""
    from postcard.compose.calibration import MAX_MEASURE_MM
    from postcard.compose.preferences import BY_NAME

    pref, value = BY_NAME.get(exc.name), exc.value
    if pref is None and exc.name in ("dx", "dy"):  # a measurement of the calibration page
        return tr("A measurement is between 0 and %1 mm.").replace("%1", f"{MAX_MEASURE_MM:g}")
    if pref is None:
        return tr("postcard has no such setting.")
    if pref.kind is bool:
        return tr("Choose yes or no.")
    if pref.kind is float:
        number = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        if not number or pref.minimum is None or pref.maximum is None:
            return tr("Give a number.")
        low, high = f"{pref.minimum:g}", f"{pref.maximum:g}"
        return tr("Give a number between %1 and %2.").replace("%1", low).replace("%2", high)
    if pref.choices is not None:
        return tr("Choose one of %1.").replace("%1", ", ".join(pref.choices))
    return tr("This value is not allowed here.")


# --- everything the window shows ----------------------------------------------------------------------------------
def error_text(exc: BaseException) -> str:
    """An error the user can act on, in the window's language (the English line only for one without facts)."""
    from postcard.compose.book import DuplicateContactError
    from postcard.compose.marking import NothingToMarkError
    from postcard.compose.preferences import PreferenceError
    from postcard.compose.printing import AlreadyThankedError, NothingPrintableError, UndeliverableError
    from postcard.compose.reprint import CardContactGoneError, MixedSidesError, UnknownCardError
    from postcard.compose.selection import EmptySelectionError, UnknownContactError, UnknownSenderError
    from postcard.paths import FolderError
    from postcard.store.events import DuplicateEventError

    if isinstance(exc, MissingGlyphError):
        return (
            tr("No font has the character “%1” (%2); replace it with another.")
            .replace("%1", exc.char)
            .replace("%2", f"U+{ord(exc.char):04X}")
        )
    if isinstance(exc, TooManyLinesError):
        return tr("The card has %n lines; a postcard takes at most three.", exc.count)
    if isinstance(exc, TemplateError):
        return template_error_text(exc)
    if isinstance(exc, LayoutError):
        return misfit_text(exc.misfit, exc.line) if exc.misfit is not None else str(exc)
    if isinstance(exc, DatabaseError):
        return store_error_text(exc)
    if isinstance(exc, OutputError):
        return output_error_text(exc)
    if isinstance(exc, ImportFormatError):
        return import_fault_text(exc.fault, exc.subject, str(exc))
    if isinstance(exc, FolderError):
        if exc.is_file:
            return tr("postcard cannot keep its files in %1: it is a file, not a folder.").replace("%1", str(exc.path))
        return tr("postcard cannot create the folder %1 (%2).").replace("%1", str(exc.path)).replace("%2", exc.detail)
    if isinstance(exc, PreferenceError):
        return preference_error_text(exc)
    if isinstance(exc, Cancelled):
        return tr("Cancelled: nothing was changed.")
    if isinstance(exc, EmptySelectionError):
        return tr("Nothing to print: nobody is selected.")
    if isinstance(exc, UnknownSenderError):
        return tr("The sender profile chosen no longer exists; choose another.")
    if isinstance(exc, UnknownContactError):
        return tr("That person is no longer in the book.")
    if isinstance(exc, UnknownCardError):
        return tr("That card is no longer in the log.")
    if isinstance(exc, CardContactGoneError):
        return tr("The person this card was for is no longer in the book.")
    if isinstance(exc, MixedSidesError):
        return tr("These cards were printed with different sides; reprint them separately.")
    if isinstance(exc, NothingToMarkError):
        return tr("No printed card is waiting to be marked.")
    if isinstance(exc, NothingPrintableError):
        return tr("No card could be printed: each has a problem listed below.")
    if isinstance(exc, AlreadyThankedError):
        return tr("%n of them already got a card for this event.", len(exc.thanked))
    if isinstance(exc, UndeliverableError):
        people = len({p.contact_id for p in exc.problems})
        return tr("%n card(s) may not arrive: fix their addresses, or print them anyway.", people)
    if isinstance(exc, DuplicateEventError):
        return tr("There is already an event named “%1”.").replace("%1", exc.existing.name)
    if isinstance(exc, DuplicateContactError):
        return tr("%1 is already in the book.").replace("%1", exc.existing.display_name)
    if isinstance(exc, PostcardError):
        return str(exc)
    if isinstance(exc, OSError):
        return tr("%1 (%2)").replace("%1", exc.strerror or str(exc)).replace("%2", str(exc.filename or ""))
    return repr(exc)
