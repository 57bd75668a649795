"""The message side: three short lines, big, in a handwriting font; the sender's name small; a red seal.

The lines are set at the largest size (up to :data:`BODY_MAX`) at which the longest fits, balanced on the card:
the block of lines in the middle across, a short message a little above the middle rather than at the top. A line
too long for the card's height (or width) is broken where a hand would break it (:mod:`.linebreak`) into two or
more columns (rows) when that sets the text clearly larger, so a long line uses the card rather than a thin strip.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from postcard.core.layout.formats import SEAL_RED, CardFormat, LayoutOptions
from postcard.core.layout.handwriting import vary_line
from postcard.core.layout.items import Box, Glyph, Image, Item, Page, pt_to_mm
from postcard.core.layout.linebreak import split_balanced
from postcard.core.layout.metrics import FontMetrics
from postcard.core.layout.typeset import Setter, Style
from postcard.core.model import Sender
from postcard.core.vertical import name_for_vertical
from postcard.errors import LayoutError, Misfit, TooManyLinesError

MAX_LINES = 3
BODY_MAX, BODY_MIN = 36.0, 12.0
SIGN_SIZE = 14.0
COLUMN_PITCH, ROW_PITCH = 1.6, 1.45  # em from one visual line to the next
MAX_COLUMNS, MAX_ROWS = 6, 6  # visual lines a message may take when its lines are broken to use the card
WRAP_GAIN = 1.12  # a line is broken into one more visual line only if that sets the text this much larger
BALANCE = 0.4  # of the room a short message leaves, this much goes above it (a little above the middle)
LANE_MARGIN = 0.05  # em kept clear between the strips in which neighbouring lines wander
JAPANESE_IN_LATIN = 0.8  # a Japanese name in an English message, to the script font's smaller letters


def check_three_lines(lines: Sequence[str], who: str) -> list[str]:
    """The three-line rule: the body of a card is at most three lines."""
    kept = [line.strip() for line in lines if line.strip()]
    if len(kept) > MAX_LINES:
        raise TooManyLinesError(f"the card for {who} has {len(kept)} lines; a postcard takes at most {MAX_LINES}",
                                len(kept))  # fmt: skip
    if not kept:
        raise LayoutError(f"the card for {who} has no text", misfit=Misfit.NO_TEXT)
    return kept


def _too_long(who: str, index: int, line: str, min_pt: float) -> LayoutError:
    return LayoutError(
        f"line {index + 1} of the card for {who} ({line!r}) does not fit even at {min_pt:g} pt; shorten it",
        misfit=Misfit.MESSAGE_LINE,
        line=index + 1,
    )


@dataclass
class _Plan:
    """The lines broken into visual lines (columns or rows) and the size they are set at."""

    parts: list[list[str]]  # per line of the message, its visual lines
    size: float

    @property
    def visual(self) -> list[tuple[int, str]]:
        return [(i, text) for i, parts in enumerate(self.parts) for text in parts]


def _plan(setter: Setter, key: Hashable, length: Callable[[str], float], lines: list[str], vertical: bool,
          along: float, across: float, pitch: float, max_visual: int, who: str) -> _Plan:  # fmt: skip
    """The largest size (up to :data:`BODY_MAX`) at which the lines fit ``along`` mm each (``length`` measures a
    line in em) and their visual lines, ``pitch`` em apart, fit ``across`` mm: a line too long for the card's
    height (width) is broken into two or more visual lines where a hand would break it, as long as that makes the
    text at least :data:`WRAP_GAIN` larger.

    ``key`` names ``length`` (the pen and the fonts it measures with): a line's widths and its ways of breaking
    are worked out once per batch (``setter.remember``), as a template's lines recur on every card."""

    def char_widths(line: str) -> tuple[float, ...]:
        return tuple(length(ch) if not ch.isspace() else length(" ") for ch in line)

    widths = [setter.remember(("widths", key, line), lambda line=line: char_widths(line)) for line in lines]
    splits: dict[tuple[int, int], list[str] | None] = {}

    def split(i: int, k: int) -> list[str] | None:
        def make() -> tuple[str, ...] | None:
            parts = split_balanced(lines[i], k, list(widths[i]))
            return None if parts is None else tuple(parts)

        found = setter.remember(("split", key, lines[i], k), make)
        return None if found is None else list(found)

    def size_of(counts: list[int]) -> tuple[float, list[list[str]], bool] | None:
        parts = []
        for i, k in enumerate(counts):
            if (i, k) not in splits:
                splits[i, k] = split(i, k)
            parts.append(splits[i, k])
        if any(p is None for p in parts):
            return None
        kept = [p for p in parts if p is not None]
        longest = max(length(t) for p in kept for t in p)
        total = sum(counts)
        by_length = along / pt_to_mm(longest) if longest > 0 else BODY_MAX
        by_across = across / pt_to_mm(1 + pitch * (total - 1) if vertical else pitch * total)
        return min(BODY_MAX, by_length, by_across), kept, by_length < min(BODY_MAX, by_across)

    counts = [1] * len(lines)
    best = size_of(counts)
    assert best is not None
    while sum(counts) < max_visual and best[2]:  # while the length limits the size: one more visual line for the
        tries = []  # line that gains most, while it is worth it: only the line with the longest part can
        longest = max(length(t) for p in best[1] for t in p)
        for i in range(len(lines)):
            if max(length(t) for t in best[1][i]) < longest - 1e-9:
                continue
            trial = [c + (j == i) for j, c in enumerate(counts)]
            found = size_of(trial)
            if found is not None:
                tries.append((found[0], trial, found))
        if not tries:
            break
        size, trial, found = max(tries, key=lambda t: t[0])
        if size < best[0] * WRAP_GAIN:
            break
        counts, best = trial, found
    size, parts, _ = best
    if size < BODY_MIN - 1e-9:
        worst = max(range(len(lines)), key=lambda i: max(length(t) for t in parts[i]))
        raise _too_long(who, worst, lines[worst], BODY_MIN)
    return _Plan(parts, size)


def layout_message_vertical(
    lines: Sequence[str], sender: Sender | None, fmt: CardFormat, opts: LayoutOptions, metrics: FontMetrics,
    seed: int, who: str,
) -> Page:  # fmt: skip
    """Japanese message side, portrait, columns from the right (縦書き), balanced on the card."""
    lines = [name_for_vertical(t) for t in check_three_lines(lines, who)]  # short Latin stands upright
    setter = Setter(metrics, f"card for {who}")
    rng = random.Random(seed)
    chain = opts.body_chain
    w, h = fmt.width, fmt.height
    # The columns run the card's height, right of the signature column (name and seal at x ≈ 18).
    top, bottom = 14.0, h - 12.0
    left, right = 28.0, w - 12.0
    plan = _plan(setter, ("vertical", chain), lambda t: setter.vertical_length(t, chain), lines, True, bottom - top,
                 right - left, COLUMN_PITCH, MAX_COLUMNS, who)  # fmt: skip
    em = pt_to_mm(plan.size)
    pitch = em * COLUMN_PITCH
    columns = plan.visual
    longest = max(setter.vertical_length(t, chain) for _, t in columns) * em
    y = top + (bottom - top - longest) * BALANCE  # a short message sits a little above the middle, not at the top
    x = (left + right) / 2 + (em + pitch * (len(columns) - 1)) / 2 - em / 2
    items: list[Item] = []
    for _, text in columns:  # set once per batch when a line recurs (a template's), varied per card
        line = setter.vertical_line(text, x, y, Style(chain, plan.size, opts.ink, "body"))
        lane = (x - pitch / 2 + LANE_MARGIN * em, x + pitch / 2 - LANE_MARGIN * em)
        items.extend(setter.varied(line, rng, opts.variation, lane))
        x -= pitch
    items.extend(_signature_vertical(setter, sender, opts, rng, w, h))
    if opts.design:
        # Top left: the columns start at the right and the signature stands at the bottom left.
        items.insert(0, Image(f"{opts.design}.png", 4.0, 6.0, 24.0, 24.0, role="design"))
    return Page(w, h, items, f"message: {who}")


def _ink(metrics: FontMetrics) -> Callable[[Glyph], tuple[float, float, float, float] | None]:
    def ink(g: Glyph) -> tuple[float, float, float, float] | None:
        return metrics.ink_box(g.font, g.char, g.vertical)

    return ink


def _signature_vertical(setter: Setter, sender: Sender | None, opts: LayoutOptions, rng: random.Random,
                        w: float, h: float) -> list[Item]:  # fmt: skip
    items: list[Item] = []
    chain = opts.body_chain
    bottom = h - 10.0
    x = 18.0
    if sender and sender.family_name and opts.seal:
        seal = _seal(setter, sender.family_name, x, bottom)
        items.extend(seal)
        bottom -= 13.0
    if sender and (sender.family_name or sender.given_name):
        name = name_for_vertical(" ".join(p for p in (sender.family_name, sender.given_name) if p))
        length = setter.vertical_length(name, chain) * pt_to_mm(SIGN_SIZE)
        glyphs, _ = setter.vertical(name, x, bottom - length, Style(chain, SIGN_SIZE, opts.ink, "signature"))
        items.extend(vary_line(glyphs, rng, opts.variation, vertical=True))
    if opts.show_date and opts.date_text:
        d_size = 10.0
        date = name_for_vertical(opts.date_text)
        length = setter.vertical_length(date, chain) * pt_to_mm(d_size)
        glyphs, _ = setter.vertical(date, x + 9.0, h - 10.0 - length, Style(chain, d_size, opts.ink, "date"))
        items.extend(vary_line(glyphs, rng, opts.variation, vertical=True))
    return items


def _seal(setter: Setter, family: str, x: float, bottom: float) -> list[Item]:
    """A red square seal (印) with the family name, standing at ``bottom`` centred on ``x``."""
    side = 10.0
    chars = family[:3]
    size_mm = min(side * 0.8 / max(len(chars), 1), side * 0.62)
    size = size_mm / pt_to_mm(1.0)
    chain = ("klee-semibold", "seto")
    y0 = bottom - side
    glyphs, _ = setter.vertical(chars, x, y0 + (side - size_mm * len(chars)) / 2, Style(chain, size, SEAL_RED, "seal"))
    return [Box(x - side / 2, y0, side, side, 0.7, SEAL_RED, role="seal"), *glyphs]


def _cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _script_runs(text: str, japanese: bool) -> list[tuple[str, bool]]:
    """``text`` in runs, each with whether it is in the Japanese pen: all of a Japanese message; in an English one,
    each word with kana or kanji in it (its Latin too: 地域DXセミナー2026 is one Japanese name)."""
    if japanese:
        return [(text, True)]
    runs: list[tuple[str, bool]] = []
    for token in re.split(r"(\s+)", text):
        if not token:
            continue
        ja = not token.isspace() and any(_cjk(ch) for ch in token)
        if runs and (runs[-1][1] == ja or token.isspace()):
            runs[-1] = (runs[-1][0] + token, runs[-1][1])
        else:
            runs.append((token, ja))
    return runs


def is_japanese_text(lines: Sequence[str]) -> bool:
    """Whether a message is Japanese: it has at least as many kana and kanji as Latin letters. Then all of it, its
    Latin too, is in the Japanese pen; an English message keeps the script font for its Latin (a Japanese name
    inside it is in the Japanese pen, which has the glyphs)."""
    text = "".join(lines)
    japanese = sum(1 for ch in text if _cjk(ch))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return japanese > 0 and japanese >= latin


def layout_message_horizontal(
    lines: Sequence[str], sender: Sender | None, fmt: CardFormat, opts: LayoutOptions, metrics: FontMetrics,
    seed: int, who: str,
) -> Page:  # fmt: skip
    """Horizontal message side (English, or Japanese written across), landscape, balanced on the card.

    An English message is written in the Latin script font; a Japanese one entirely in the Japanese pen, its
    Latin letters and digits too (ＤＸ, 2026), so one card never mixes two hands. A Japanese name inside an English
    message (地域DXセミナー2026) is in the Japanese pen as a whole, a little smaller to sit with the script. The
    signature is in the pen of its own script: the card's, or the Japanese pen for a name in kanji or kana.
    """
    lines = check_three_lines(lines, who)
    setter = Setter(metrics, f"card for {who}")
    rng = random.Random(seed)
    japanese = is_japanese_text(lines)
    chain = opts.body_chain if japanese else opts.latin_chain

    def segments(text: str) -> list[tuple[str, tuple[str, ...], float]]:
        """The text in runs of one pen: (run, font chain, size relative to the body)."""
        return [(run, opts.body_chain, 1.0 if japanese else JAPANESE_IN_LATIN) if ja else (run, chain, 1.0)
                for run, ja in _script_runs(text, japanese)]  # fmt: skip

    def length(text: str) -> float:
        return sum(setter.horizontal_length(run, c) * k for run, c, k in segments(text))

    w, h = fmt.landscape
    left, right = 14.0, w - 14.0
    top, bottom = 12.0, h - 26.0
    pens = ("across", japanese, opts.body_chain, chain)
    plan = _plan(setter, pens, length, lines, False, right - left, bottom - top, ROW_PITCH, MAX_ROWS, who)
    em = pt_to_mm(plan.size)
    pitch = em * ROW_PITCH
    rows = plan.visual
    widest = max(length(t) for _, t in rows) * em
    x0 = left + (right - left - widest) / 2  # the block in the middle, its rows starting on one line
    y = top + (bottom - top - pitch * len(rows)) / 2 + pitch / 2
    items: list[Item] = []
    ink = _ink(metrics)
    for _, text in rows:
        glyphs, x = [], x0
        for run, run_chain, scale in segments(text):
            run_glyphs, x = setter.horizontal(run, x, y, Style(run_chain, plan.size * scale, opts.ink, "body"))
            glyphs += run_glyphs
        lane = (y - pitch / 2 + LANE_MARGIN * em, y + pitch / 2 - LANE_MARGIN * em)
        items.extend(vary_line(glyphs, rng, opts.variation, vertical=False, ink=ink, lane=lane))
        y += pitch
    if sender and sender.full_name:
        sign = sender.given_name if sender.given_name and not sender.is_japanese_address else sender.full_name
        sign_chain = opts.body_chain if japanese or is_japanese_text([sign]) else chain
        text = "— " + sign
        sw = setter.horizontal_length(text, sign_chain) * pt_to_mm(18.0)
        glyphs, _ = setter.horizontal(text, right - sw, h - 14.0, Style(sign_chain, 18.0, opts.ink, "signature"))
        items.extend(vary_line(glyphs, rng, opts.variation, vertical=False, ink=ink))
    date_x = left
    if opts.design:  # bottom left, below the lines; the signature is bottom right
        items.insert(0, Image(f"{opts.design}.png", 6.0, h - 24.0, 20.0, 20.0, role="design"))
        date_x = 30.0
    if opts.show_date and opts.date_text:
        glyphs, _ = setter.horizontal(opts.date_text, date_x, h - 12.0, Style(chain, 11.0, opts.ink, "date"))
        items.extend(glyphs)
    return Page(w, h, items, f"message: {who}")


def glyphs_outside(page: Page, margin: float = 0.0) -> list[Glyph]:
    """Glyphs whose em box leaves the page (for checks before printing)."""
    out = []
    for g in page.glyphs():
        x0, y0, x1, y1 = g.bbox()
        if x0 < margin or y0 < margin or x1 > page.width - margin or y1 > page.height - margin:
            out.append(g)
    return out
