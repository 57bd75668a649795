"""Setting runs of characters in vertical columns and horizontal rows, as positioned glyphs."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from postcard.core.layout.items import Glyph, pt_to_mm
from postcard.core.layout.metrics import FontMetrics
from postcard.core.vertical import fallback_rotation, orientation
from postcard.errors import MissingGlyphError

SPACE_EM = {" ": 0.5, "\u3000": 1.0}
_ASCII_DIGITS = frozenset("0123456789")
TCY_WIDTH = 0.92  # em: the most a 縦中横 pair of digits may take across its column


def tcy_at(text: str, i: int) -> bool:
    """Whether ``text[i:i + 2]`` is a 縦中横 cell: exactly two half-width digits, no third one beside them.

    Vertical text carries two lone half-width digits only where a layout wants them side by side in one cell
    (:func:`postcard.core.vertical.address_numbers` with Arabic numerals); digits inside a Latin word that lies on
    its side (``Studio12``) stay part of the word.
    """
    return (
        i + 1 < len(text)
        and text[i] in _ASCII_DIGITS
        and text[i + 1] in _ASCII_DIGITS
        and (i == 0 or not _latin(text[i - 1]))
        and (i + 2 == len(text) or not _latin(text[i + 2]))
    )


def _latin(ch: str) -> bool:
    """A half-width letter or digit: part of a word set sideways, not of a 縦中横 cell."""
    return ch.isascii() and ch.isalnum()


class CharInfo(NamedTuple):
    """What setting one character needs: its font in the chain, advance, UAX #50 class, vertical glyph."""

    font: str
    advance: float
    orientation: str
    has_vertical: bool


# Character facts per metrics object and chain: the same few hundred characters recur on every card of a
# batch. Keyed weakly, so a catalogue that goes away takes its cache with it.
_CharCache = dict[tuple[tuple[str, ...], str], CharInfo | None]
_LengthCache = dict[tuple[str, tuple[str, ...]], tuple[float, int]]
_CHAR_CACHE: weakref.WeakKeyDictionary[object, tuple[_CharCache, _LengthCache]] = weakref.WeakKeyDictionary()
_MAX_LENGTHS = 20_000


@dataclass(frozen=True)
class Style:
    """How a run is set: font chain, size in points, colour and the role its glyphs carry."""

    chain: tuple[str, ...]
    size: float
    color: str = "#000000"
    role: str = ""


class Setter:
    """Places characters using one :class:`FontMetrics`; ``where`` names the card in error messages."""

    def __init__(self, metrics: FontMetrics, where: str = "") -> None:
        self.metrics = metrics
        self.where = where
        try:
            self._cache, self._lengths = _CHAR_CACHE.setdefault(metrics, ({}, {}))
        except TypeError:  # a metrics object that cannot be weakly referenced: cache for this setter only
            self._cache, self._lengths = {}, {}
        if len(self._lengths) > _MAX_LENGTHS:  # run lengths are per text: keep a long batch from hoarding them
            self._lengths.clear()

    def info(self, ch: str, chain: Sequence[str]) -> CharInfo:
        """The character's font (first of the chain that has it), advance, orientation and vertical glyph."""
        key = (tuple(chain), ch)
        try:
            found = self._cache[key]
        except KeyError:
            font = self.metrics.pick(key[0], ch)
            found = None
            if font is not None:
                found = CharInfo(font, self.metrics.advance(font, ch), orientation(ch),
                                 self.metrics.has_vertical(font, ch))  # fmt: skip
            self._cache[key] = found
        if found is None:
            raise MissingGlyphError(ch, self.where)
        return found

    def font_for(self, ch: str, chain: Sequence[str]) -> str:
        return self.info(ch, chain).font

    # --- vertical -----------------------------------------------------------------------------------------
    def vertical_length(self, text: str, chain: Sequence[str], tracking: float = 0.0) -> float:
        """Length of a vertical run in em (characters stand upright: 1 em each, rotated ones their advance)."""
        key = (text, tuple(chain))
        found = self._lengths.get(key)
        if found is None:
            total, count = 0.0, 0
            i = 0
            while i < len(text):
                ch = text[i]
                if ch in SPACE_EM:
                    total += SPACE_EM[ch]
                elif tcy_at(text, i):  # two digits side by side: one cell
                    self.info(text[i + 1], chain)
                    total += 1.0
                    count += 1
                    i += 1
                else:
                    total += self._vertical_advance(ch, chain)
                    count += 1
                i += 1
            found = self._lengths[key] = (total, count)
        total, count = found
        return max(total + tracking * (count - 1), 0.0) if count else total

    def _vertical_advance(self, ch: str, chain: Sequence[str]) -> float:
        info = self.info(ch, chain)
        return info.advance if info.orientation == "R" else 1.0

    def vertical(self, text: str, x: float, y: float, style: Style, tracking: float = 0.0) -> tuple[list[Glyph], float]:
        """Set ``text`` top-down in a column centred on ``x`` starting at ``y`` (mm). Returns glyphs and end y."""
        em = pt_to_mm(style.size)
        out: list[Glyph] = []
        i = 0
        while i < len(text):
            ch = text[i]
            i += 1
            if ch in SPACE_EM:
                y += SPACE_EM[ch] * em
                continue
            if tcy_at(text, i - 1):
                out.extend(self._tcy(text[i - 1 : i + 1], x, y + em / 2, style))
                i += 1
                y += (1.0 + tracking) * em
                continue
            font, advance, kind, has_vertical = self.info(ch, style.chain)
            rotation, dx, dy = 0.0, 0.0, 0.0
            vertical = False
            step = 1.0
            if kind in ("Tu", "Tr") and has_vertical:
                vertical = True
                advance = 1.0
            elif kind in ("Tr", "R", "Tu"):
                rotation, dx, dy = fallback_rotation(ch)
                if kind == "R":
                    step = advance
            out.append(Glyph(ch, x + dx * em, y + (step / 2 + dy) * em, style.size, font, rotation, vertical,
                             advance, style.color, style.role))  # fmt: skip
            y += (step + tracking) * em
        return out, y - (tracking * em if out else 0.0)

    def _tcy(self, pair: str, x: float, cy: float, style: Style) -> list[Glyph]:
        """Two digits upright side by side in one cell centred on (x, cy), smaller if they are wider than it."""
        a, b = (self.info(ch, style.chain) for ch in pair)
        size = style.size * min(1.0, TCY_WIDTH / (a.advance + b.advance))
        em = pt_to_mm(size)
        left = x - (a.advance + b.advance) * em / 2
        return [
            Glyph(pair[0], left + a.advance * em / 2, cy, size, a.font, 0.0, False, a.advance, style.color,
                  style.role),
            Glyph(pair[1], left + (a.advance + b.advance / 2) * em, cy, size, b.font, 0.0, False, b.advance,
                  style.color, style.role),
        ]  # fmt: skip

    # --- horizontal ---------------------------------------------------------------------------------------
    def horizontal_length(self, text: str, chain: Sequence[str], tracking: float = 0.0) -> float:
        """Width of a horizontal run in em."""
        total = 0.0
        for ch in text:
            if ch == "\u3000":
                total += 1.0
                continue
            total += self.info(ch, chain).advance + tracking
        return max(total - tracking, 0.0) if text else 0.0

    def horizontal(
        self, text: str, x: float, cy: float, style: Style, tracking: float = 0.0
    ) -> tuple[list[Glyph], float]:
        """Set ``text`` left to right from ``x`` with em boxes centred on the line ``cy``. Returns glyphs and end x."""
        em = pt_to_mm(style.size)
        out: list[Glyph] = []
        for ch in text:
            if ch == "\u3000":
                x += em
                continue
            font, advance = self.info(ch, style.chain)[:2]
            if not ch.isspace():
                out.append(Glyph(ch, x + advance * em / 2, cy, style.size, font, 0.0, False, advance, style.color,
                                 style.role))  # fmt: skip
            x += (advance + tracking) * em
        return out, x


def fit_size(lengths_em: Sequence[float], available_mm: float, max_pt: float, min_pt: float) -> float | None:
    """The largest size (pt, ≤ ``max_pt``) at which every run fits ``available_mm``; None below ``min_pt``."""
    longest = max(lengths_em, default=0.0)
    if longest <= 0:
        return max_pt
    size = min(max_pt, available_mm / pt_to_mm(1.0) / longest)
    return size if size >= min_pt - 1e-9 else None
