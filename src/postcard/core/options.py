"""The closed sets of choices a card and a print run are made of.

Each is a ``StrEnum``: a member *is* its string (``Sides.BOTH == "both"``), so stored JSON, logged card options
and older code that compares with strings keep working, while new code names the member. The front ends word
and translate them; the values here are the stable keys that go into the database and onto the command line.
"""

from __future__ import annotations

from enum import StrEnum


class Sides(StrEnum):
    """Which sides of each card a print run draws."""

    BOTH = "both"
    MESSAGE = "message"
    ADDRESS = "address"

    @property
    def names(self) -> tuple[Sides, ...]:
        """The single sides this choice draws, in print order (message before address)."""
        return (Sides.MESSAGE, Sides.ADDRESS) if self is Sides.BOTH else (self,)


class LayoutMode(StrEnum):
    """How card sides are arranged into the pages of a print run."""

    DUPLEX = "duplex"  # message, address, message, address… (the printer turns the card)
    TWO_PASS = "two-pass"  # every message side, then every address side (feed the stack again)
    NUP = "nup"  # several cards on a sheet with crop marks


class SheetSize(StrEnum):
    """The paper an n-up print run goes on."""

    A4 = "a4"
    LETTER = "letter"


class Numerals(StrEnum):
    """How the numbers of a vertical Japanese address are written."""

    DIGITS = "digits"  # kanji digit by digit: 二五
    JUU = "juu"  # with 十 for two digits: 二十五
    ARABIC = "arabic"  # 25


class Pen(StrEnum):
    """The weight of the handwriting font on the message side."""

    SEMIBOLD = "semibold"
    REGULAR = "regular"


class Format(StrEnum):
    """A card format (its size and whether it is a Japanese postcard), see ``core.layout.formats.FORMATS``."""

    JP_HAGAKI = "jp-hagaki"
    A6 = "a6"
    US_4X6 = "us-4x6"


class AbroadFormat(StrEnum):
    """The card an address outside Japan gets when a batch does not force one (a subset of :class:`Format`)."""

    A6 = "a6"
    US_4X6 = "us-4x6"


class Direction(StrEnum):
    """How the message runs: vertical (縦書き) columns or horizontal lines."""

    VERTICAL = "vertical"
    HORIZONTAL = "horizontal"


class SenderBoxes(StrEnum):
    """Where the sender's postal-code boxes sit on the address side (and so where the name column ends)."""

    TSUJO = "tsujo"  # 通常はがき
    NENGA = "nenga"  # 年賀はがき: higher, above the lottery block


class TouchKind(StrEnum):
    """The kinds of interaction a person logs besides a card (stored free-form; these are the ones offered)."""

    CALL = "call"
    LUNCH = "lunch"
    EMAIL = "email"
    NOTE = "note"


def choices(kind: type[StrEnum]) -> list[str]:
    """The values of a closed set, for ``argparse`` ``choices`` and error messages."""
    return [member.value for member in kind]
