"""Card formats and the options that shape a layout."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from postcard.core.options import Format, Numerals, Pen, SenderBoxes
from postcard.errors import PostcardError

INCH = 25.4
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True)
class CardFormat:
    key: Format
    width: float  # mm, portrait
    height: float
    label: str
    japanese: bool

    @property
    def landscape(self) -> tuple[float, float]:
        return (self.height, self.width)


FORMATS: dict[str, CardFormat] = {
    Format.JP_HAGAKI: CardFormat(Format.JP_HAGAKI, 100.0, 148.0, "Japanese postcard (はがき) 100 × 148 mm", True),
    Format.A6: CardFormat(Format.A6, 105.0, 148.0, "A6 postcard 105 × 148 mm", False),
    Format.US_4X6: CardFormat(Format.US_4X6, 4 * INCH, 6 * INCH, "US postcard 4 × 6 in", False),
}


def card_format(key: str) -> CardFormat:
    try:
        return FORMATS[key]
    except KeyError:
        raise PostcardError(f"unknown card format {key!r}; choose one of {', '.join(FORMATS)}") from None


def address_format(is_japanese_address: bool, abroad: str = Format.A6) -> Format:
    """The card an address gets when nobody forces one: a Japanese postcard in Japan, ``abroad`` (the user's
    preference, A6 unless they chose US 4 × 6 in) elsewhere."""
    if is_japanese_address:
        return Format.JP_HAGAKI
    chosen = card_format(abroad)
    return Format.A6 if chosen.japanese else chosen.key


#: Vermilion (朱色) for postal-code frames, in CMYK: magenta and yellow only, no black or cyan (hagaki.md §1.2).
VERMILION = "cmyk(0, 0.8, 0.9, 0)"
SEAL_RED = "#C8102E"


@dataclass(frozen=True)
class LayoutOptions:
    """Everything besides the text that changes how a card looks. Stored with each logged card."""

    numerals: Numerals = Numerals.DIGITS  # kanji digit by digit (二五), with 十 (二十五), or Arabic
    zip_frames: bool = False  # draw the postal-code frames (for blank postcard stock)
    sender_zip: SenderBoxes = SenderBoxes.TSUJO  # 通常はがき or 年賀はがき sender box position
    variation: float = 1.0  # handwriting variation strength; 0 turns it off
    ink: str = "#1F2A44"  # dark blue-black, like a gel pen
    pen: Pen = Pen.SEMIBOLD  # thick pen or regular
    seal: bool = True  # red seal with the sender's family name on the message side
    show_date: bool = False
    date_text: str = ""
    design: str = ""  # an illustration from assets/ on the message side, e.g. "ume"
    extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        closed = {"numerals": Numerals, "sender_zip": SenderBoxes, "pen": Pen}
        for name, kind in closed.items():
            value = getattr(self, name)
            try:
                object.__setattr__(self, name, kind(value))  # a stored string becomes its member
            except ValueError:
                allowed = ", ".join(member.value for member in kind)
                raise PostcardError(f"{name} must be one of {allowed}, not {value!r}") from None
        if not 0.0 <= float(self.variation) <= 3.0:
            raise PostcardError(f"variation must be between 0 (off) and 3, not {self.variation}")
        if not _HEX.fullmatch(self.ink):
            raise PostcardError(f"ink must be a colour like #1F2A44, not {self.ink!r}")

    def to_dict(self) -> dict[str, object]:
        return {
            "numerals": self.numerals, "zip_frames": self.zip_frames, "sender_zip": self.sender_zip,
            "variation": self.variation, "ink": self.ink, "pen": self.pen, "seal": self.seal,
            "show_date": self.show_date, "date_text": self.date_text, "design": self.design,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> LayoutOptions:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "extra"}
        return cls(**known)  # type: ignore[arg-type]

    @property
    def body_chain(self) -> tuple[str, ...]:
        first = "klee-semibold" if self.pen is Pen.SEMIBOLD else "klee-regular"
        return (first, "seto")

    @property
    def latin_chain(self) -> tuple[str, ...]:
        return ("kristi", *self.body_chain)

    @property
    def address_chain(self) -> tuple[str, ...]:
        return ("klee-semibold", "seto")
