"""The domain model: plain dataclasses shared by every layer.

Dates are :class:`datetime.date`, timestamps are timezone-aware UTC :class:`datetime.datetime`.
Postal codes of Japanese addresses are stored as 7 ASCII digits (``"1508512"``); foreign ones as given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

DEFAULT_HONORIFIC = "様"
DEFAULT_INTERVAL_DAYS = 182  # six months
MAX_JOINT_NAMES = 3

#: Honorifics offered in the GUI; any other string is allowed too.
HONORIFICS = ("様", "御中", "先生", "殿", "さん", "各位", "Mr.", "Ms.", "Mrs.", "Dr.", "")


class CardStatus(StrEnum):
    DRAFT = "draft"
    PRINTED = "printed"
    SENT = "sent"
    REPLIED = "replied"


class Stage(IntEnum):
    """How far a person's thank-you for one event has come (the furthest of their cards for it)."""

    NONE = 0  # nothing written yet
    WRITTEN = 1  # a draft with a line of its own
    PRINTED = 2
    SENT = 3
    REPLIED = 4


@dataclass(frozen=True)
class EventProgress:
    """Per event: people met there, and how many of them have a line written / a card printed / sent."""

    people: int = 0
    written: int = 0
    printed: int = 0
    sent: int = 0


@dataclass
class JointName:
    """A 連名: another person at the same address, printed in a column left of the main name."""

    given_name: str
    family_name: str = ""  # empty: same family name as the contact (printed once)
    honorific: str = DEFAULT_HONORIFIC
    given_reading: str = ""


@dataclass
class Contact:
    """One person (or organisation) in the contact book."""

    family_name: str = ""
    given_name: str = ""
    family_reading: str = ""
    given_reading: str = ""
    honorific: str = DEFAULT_HONORIFIC
    company: str = ""
    company_reading: str = ""
    department: str = ""
    title: str = ""
    joint_names: list[JointName] = field(default_factory=list)
    postal_code: str = ""
    address1: str = ""  # prefecture + city + town (都道府県・市区町村・町域)
    address2: str = ""  # street number (番地)
    address3: str = ""  # building, floor, room
    country: str = ""  # "" means Japan
    email: str = ""
    phone: str = ""
    notes: str = ""
    key_person: bool = False
    interval_days: int | None = None  # None: DEFAULT_INTERVAL_DAYS
    tags: list[str] = field(default_factory=list)
    archived: bool = False
    met_on: dt.date | None = None  # e.g. Eight's 名刺交換日
    # Readings guessed for a Japanese name that came without any (core.readings), until the user confirms or
    # corrects them; used for sorting and kana search, never printed or exported as the person's own.
    suggested_family_reading: str = ""
    suggested_given_reading: str = ""
    id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def full_name(self) -> str:
        """The name as a person would write it: 山田 太郎, or John Doe for Western names."""
        return person_name(self.family_name, self.given_name)

    @property
    def display_name(self) -> str:
        """The full name, or the company for an organisation, or the e-mail for a card with nothing else."""
        return self.full_name or self.company or self.email

    @property
    def addressed_name(self) -> str:
        """The name with its honorific where it belongs: 山田 太郎 様, 株式会社みらい 御中, Dr. Olivia Brown."""
        if not self.honorific:
            return self.display_name
        if self.honorific.isascii():  # Mr., Ms., Dr. go before the name; 様, 御中, 先生 after it
            return f"{self.honorific} {self.display_name}"
        return f"{self.display_name} {self.honorific}"

    @property
    def full_reading(self) -> str:
        return " ".join(p for p in (self.family_reading, self.given_reading) if p)

    @property
    def reading_suggested(self) -> bool:
        """No reading of the person's own, but a suggested one (shown marked, waiting to be confirmed)."""
        return not (self.family_reading or self.given_reading) and bool(
            self.suggested_family_reading or self.suggested_given_reading
        )

    @property
    def suggested_reading(self) -> str:
        return " ".join(p for p in (self.suggested_family_reading, self.suggested_given_reading) if p)

    @property
    def sort_readings(self) -> tuple[str, str]:
        """The readings to sort and search by: the person's own, else the suggestion."""
        if self.family_reading or self.given_reading:
            return self.family_reading, self.given_reading
        return self.suggested_family_reading, self.suggested_given_reading

    def confirm_suggested_reading(self) -> bool:
        """Make the suggested reading the person's own (the user said it is right); True when there was one."""
        if not self.reading_suggested:
            return False
        self.family_reading, self.given_reading = self.suggested_family_reading, self.suggested_given_reading
        self.suggested_family_reading = self.suggested_given_reading = ""
        return True

    @property
    def is_japanese_name(self) -> bool:
        return any(_is_cjk(ch) for ch in self.family_name + self.given_name)

    @property
    def is_japanese_address(self) -> bool:
        return is_japan(self.country)

    @property
    def reading_missing(self) -> bool:
        """A Japanese name without furigana of its own (e.g. from Eight, which exports none), suggested or not."""
        return self.is_japanese_name and not (self.family_reading or self.given_reading)

    @property
    def effective_interval_days(self) -> int:
        return self.interval_days if self.interval_days else DEFAULT_INTERVAL_DAYS

    @property
    def address_lines(self) -> list[str]:
        return [line for line in (self.address1, self.address2, self.address3) if line]

    @property
    def one_line_address(self) -> str:
        """〒100-0005 東京都千代田区丸の内 1-9-1 for Japan; 221B Baker Street, London NW1 6XE, United Kingdom abroad."""
        if self.is_japanese_address:
            code = self.postal_code
            postal = f"〒{code[:3]}-{code[3:]}" if len(code) == 7 and code.isdigit() else code
            return " ".join(p for p in (postal, *self.address_lines) if p)
        lines = [self.address1, " ".join(p for p in (self.address2, self.postal_code) if p), self.address3,
                 self.country]  # fmt: skip
        return ", ".join(line for line in lines if line)


@dataclass
class Event:
    name: str
    date: dt.date | None = None
    place: str = ""
    notes: str = ""
    id: int | None = None


@dataclass
class Sender:
    """A sender profile: who the cards are from."""

    family_name: str = ""
    given_name: str = ""
    company: str = ""
    postal_code: str = ""
    address1: str = ""
    address2: str = ""
    address3: str = ""
    country: str = ""
    email: str = ""
    label: str = ""  # the profile's name in lists, e.g. "private", "work"
    is_default: bool = False
    id: int | None = None

    @property
    def full_name(self) -> str:
        return person_name(self.family_name, self.given_name)

    @property
    def address_lines(self) -> list[str]:
        return [line for line in (self.address1, self.address2, self.address3) if line]

    @property
    def is_japanese_address(self) -> bool:
        return is_japan(self.country)


@dataclass
class Card:
    """One row of the log: a card drafted, printed, sent (and maybe replied to).

    The final text is stored, not re-derived, so a reprint is exact.
    """

    contact_id: int
    text: str
    template: str = ""
    format: str = "jp-hagaki"
    event_id: int | None = None
    sender_id: int | None = None
    personal: str = ""
    seed: int = 0
    status: CardStatus = CardStatus.DRAFT
    options: dict[str, object] = field(default_factory=dict)
    drafted_at: dt.datetime | None = None
    printed_at: dt.datetime | None = None
    sent_at: dt.datetime | None = None
    replied_at: dt.datetime | None = None
    id: int | None = None


@dataclass
class Touch:
    """Any other logged interaction (a call, a lunch, an e-mail); it counts as a last contact."""

    contact_id: int
    date: dt.date
    kind: str = "note"
    note: str = ""
    id: int | None = None


JAPAN_NAMES = ("", "jp", "jpn", "japan", "日本", "日本国")  # how a country field says Japan (empty: Japan)


def is_japan(country: str) -> bool:
    return country.strip().lower() in JAPAN_NAMES


def person_name(family: str, given: str) -> str:
    """山田 太郎 (family first) for Japanese names, John Doe (given first) for Latin ones."""
    if any(_is_cjk(ch) for ch in family + given):
        return " ".join(p for p in (family, given) if p)
    return " ".join(p for p in (given, family) if p)


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # kana
        or 0x3400 <= code <= 0x9FFF  # CJK ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs (﨑)
        or 0xFF66 <= code <= 0xFF9F  # half-width katakana
        or 0x20000 <= code <= 0x3FFFF  # supplementary ideographs (𠮷)
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
