"""Setting runs of characters in vertical columns and horizontal rows, as positioned glyphs."""

from __future__ import annotations

import random
import weakref
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from postcard.core.layout.handwriting import Spacing, line_spacing, vary_line
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


# What a batch measures again and again, per metrics object: the same few hundred characters recur on every card,
# and so do some whole lines (the sender's, a template's). Keyed weakly, so a catalogue that goes away takes its
# caches with it. The per-text caches are bounded: a batch of any size keeps them the same size.
_CharCache = dict[tuple[tuple[str, ...], str], "CharInfo | None"]
_LengthCache = dict[tuple[str, tuple[str, ...]], tuple[float, int]]
_MAX_LENGTHS = 2_000  # texts measured (a card measures a dozen or two, each several times while fitting it)
_MAX_REMEMBERED = 128  # results of per-text work asked for twice, the most recently used kept
_MAX_SEEN = 4_096  # keys asked for once (their hashes)
T = TypeVar("T")


class _Caches:
    __slots__ = ("chars", "lengths", "remembered", "seen")

    def __init__(self) -> None:
        self.chars: _CharCache = {}
        self.lengths: _LengthCache = {}
        self.remembered: dict[Hashable, Any] = {}  # (each value the T of its remember() call)
        self.seen: set[int] = set()  # the hashes of the keys asked for once


_CACHES: weakref.WeakKeyDictionary[object, _Caches] = weakref.WeakKeyDictionary()


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
            caches = _CACHES.get(metrics)
            if caches is None:
                caches = _CACHES[metrics] = _Caches()
        except TypeError:  # a metrics object that cannot be weakly referenced: cache for this setter only
            caches = _Caches()
        self._cache, self._lengths, self._remembered, self._seen = (
            caches.chars,
            caches.lengths,
            caches.remembered,
            caches.seen,
        )

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
            if len(self._lengths) >= _MAX_LENGTHS:  # lengths are per text: keep a long batch from hoarding them
                self._lengths.clear()
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

    def vertical_line(self, text: str, x: float, y: float, style: Style, tracking: float = 0.0) -> SetLine:
        """:meth:`vertical` as a :class:`SetLine`, set once: a line that recurs on every card of a batch (the
        sender's, a template's) is set and measured for the handwriting once, not per card."""

        def setting() -> SetLine:
            glyphs, end = self.vertical(text, x, y, style, tracking)
            return SetLine(tuple(glyphs), end)

        return self.remember(("vertical-line", text, x, y, style, tracking), setting)

    def varied(self, line: SetLine, rng: random.Random, strength: float, lane: tuple[float, float]) -> list[Glyph]:
        """A column set by :meth:`vertical_line` with the handwriting variation
        (:func:`~postcard.core.layout.handwriting.vary_line`), its ink (this metrics' ink boxes) kept apart and in
        ``lane``: how far each glyph may move is measured once per line and lane."""
        if strength <= 0 or not line.glyphs:
            return list(line.glyphs)
        spacing = line.spacing.get(lane)
        if spacing is None:
            spacing = line.spacing[lane] = line_spacing(line.glyphs, True, self._ink, lane)
        return vary_line(line.glyphs, rng, strength, True, spacing=spacing)

    def _ink(self, g: Glyph) -> tuple[float, float, float, float] | None:
        return self.metrics.ink_box(g.font, g.char, g.vertical)

    def remember(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, kept with this metrics' caches for the cards that follow once it is asked for again: per-text
        work that recurs across a batch (a line set, a template's line broken, the sender's block placed). ``key``
        names everything the result depends on besides the metrics; the result is a value (never changed by a
        caller). What is asked for once (a person's address) is not kept, so it does not crowd the cache; of the
        rest the most recently used :data:`_MAX_REMEMBERED` are kept: what every card needs is never dropped."""
        remembered = self._remembered
        found: T
        try:
            found = remembered.pop(key)
        except KeyError:
            found = make()  # an error is raised as it is, and nothing is kept
            seen, mark = self._seen, hash(key)
            if mark not in seen:  # the first time: only noted (a mark that two keys share only keeps one early)
                if len(seen) >= _MAX_SEEN:
                    seen.clear()
                seen.add(mark)
                return found
            if len(remembered) >= _MAX_REMEMBERED:
                del remembered[next(iter(remembered))]  # the least recently used
        remembered[key] = found  # (again) the most recently used
        return found

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


class SetLine:
    """A line as set (:meth:`Setter.vertical_line`): its glyphs (values: shared by every card that draws the line)
    and where it ends, with its :class:`~postcard.core.layout.handwriting.Spacing` per lane, measured once (see
    :meth:`Setter.varied`)."""

    __slots__ = ("end", "glyphs", "spacing")

    def __init__(self, glyphs: tuple[Glyph, ...], end: float) -> None:
        self.glyphs, self.end = glyphs, end
        self.spacing: dict[tuple[float, float], Spacing] = {}


def fit_size(lengths_em: Sequence[float], available_mm: float, max_pt: float, min_pt: float) -> float | None:
    """The largest size (pt, ≤ ``max_pt``) at which every run fits ``available_mm``; None below ``min_pt``."""
    longest = max(lengths_em, default=0.0)
    if longest <= 0:
        return max_pt
    size = min(max_pt, available_mm / pt_to_mm(1.0) / longest)
    return size if size >= min_pt - 1e-9 else None
