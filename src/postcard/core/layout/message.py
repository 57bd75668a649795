"""The message side: three short lines, big, in a handwriting font; the sender's name small; a red seal."""

from __future__ import annotations

import random
from collections.abc import Sequence

from postcard.core.layout.formats import SEAL_RED, CardFormat, LayoutOptions
from postcard.core.layout.handwriting import vary_line
from postcard.core.layout.items import Box, Glyph, Image, Item, Page, pt_to_mm
from postcard.core.layout.metrics import FontMetrics
from postcard.core.layout.typeset import Setter, Style, fit_size
from postcard.core.model import Sender
from postcard.core.vertical import name_for_vertical
from postcard.errors import LayoutError, TooManyLinesError

MAX_LINES = 3
BODY_MAX, BODY_MIN = 36.0, 12.0
SIGN_SIZE = 14.0


def check_three_lines(lines: Sequence[str], who: str) -> list[str]:
    """The three-line rule: the body of a card is at most three lines."""
    kept = [line.strip() for line in lines if line.strip()]
    if len(kept) > MAX_LINES:
        raise TooManyLinesError(f"the card for {who} has {len(kept)} lines; a postcard takes at most {MAX_LINES}",
                                len(kept))  # fmt: skip
    if not kept:
        raise LayoutError(f"the card for {who} has no text")
    return kept


def _too_long(who: str, index: int, line: str, min_pt: float) -> LayoutError:
    return LayoutError(
        f"line {index + 1} of the card for {who} ({line!r}) does not fit even at {min_pt:g} pt; shorten it"
    )


def _fit_or_raise(setter: Setter, lines: list[str], measure: str, chain: tuple[str, ...], avail: float,
                  max_pt: float, min_pt: float, who: str) -> float:  # fmt: skip
    lengths = [
        setter.vertical_length(t, chain) if measure == "v" else setter.horizontal_length(t, chain) for t in lines
    ]
    size = fit_size(lengths, avail, max_pt, min_pt)
    if size is None:
        worst = max(range(len(lines)), key=lambda i: lengths[i])
        raise _too_long(who, worst, lines[worst], min_pt)
    return size


def layout_message_vertical(
    lines: Sequence[str], sender: Sender | None, fmt: CardFormat, opts: LayoutOptions, metrics: FontMetrics,
    seed: int, who: str,
) -> Page:  # fmt: skip
    """Japanese message side, portrait, columns from the right (縦書き)."""
    lines = [name_for_vertical(t) for t in check_three_lines(lines, who)]  # Latin stands upright
    setter = Setter(metrics, f"card for {who}")
    rng = random.Random(seed)
    chain = opts.body_chain
    w, h = fmt.width, fmt.height
    # The columns run the card's full height, right of the signature column (name and seal at x ≈ 18).
    top, bottom = 14.0, h - 12.0
    left, right = 28.0, w - 12.0
    size = _fit_or_raise(setter, lines, "v", chain, bottom - top, BODY_MAX, BODY_MIN, who)
    pitch_factor = 1.6
    while size > BODY_MIN and pt_to_mm(size) * (1 + pitch_factor * (len(lines) - 1)) > right - left:
        size -= 0.5
    em = pt_to_mm(size)
    pitch = em * pitch_factor
    block = em + pitch * (len(lines) - 1)
    x = (left + right) / 2 + block / 2 - em / 2
    items: list[Item] = []
    for i, text in enumerate(lines):
        glyphs, _ = setter.vertical(
            text, x, top + (0.0 if i == 0 else em * 0.5 * (i % 2)), Style(chain, size, opts.ink, "body")
        )
        items.extend(vary_line(glyphs, rng, opts.variation, vertical=True))
        x -= pitch
    items.extend(_signature_vertical(setter, sender, opts, rng, w, h))
    if opts.design:
        # Top left: the columns start at the right and the signature stands at the bottom left.
        items.insert(0, Image(f"{opts.design}.png", 4.0, 6.0, 24.0, 24.0, role="design"))
    return Page(w, h, items, f"message: {who}")


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


def layout_message_horizontal(
    lines: Sequence[str], sender: Sender | None, fmt: CardFormat, opts: LayoutOptions, metrics: FontMetrics,
    seed: int, who: str,
) -> Page:  # fmt: skip
    """Horizontal message side (English, or Japanese written across), landscape."""
    lines = check_three_lines(lines, who)
    setter = Setter(metrics, f"card for {who}")
    rng = random.Random(seed)
    chain = opts.latin_chain
    w, h = fmt.landscape
    left, right = 14.0, w - 14.0
    size = _fit_or_raise(setter, lines, "h", chain, right - left, BODY_MAX, BODY_MIN, who)
    em = pt_to_mm(size)
    pitch = em * 1.45
    top, bottom = 12.0, h - 26.0
    while size > BODY_MIN and pitch * len(lines) > bottom - top:
        size -= 0.5
        em = pt_to_mm(size)
        pitch = em * 1.45
    y = top + (bottom - top - pitch * len(lines)) / 2 + pitch / 2
    items: list[Item] = []
    for i, text in enumerate(lines):
        glyphs, _ = setter.horizontal(
            text, left + (em * 0.6 if i % 2 else 0.0), y, Style(chain, size, opts.ink, "body")
        )
        items.extend(vary_line(glyphs, rng, opts.variation, vertical=False))
        y += pitch
    if sender and sender.full_name:
        sign = sender.given_name if sender.given_name and not sender.is_japanese_address else sender.full_name
        text = "— " + sign
        sw = setter.horizontal_length(text, chain) * pt_to_mm(18.0)
        glyphs, _ = setter.horizontal(text, right - sw, h - 14.0, Style(chain, 18.0, opts.ink, "signature"))
        items.extend(vary_line(glyphs, rng, opts.variation, vertical=False))
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
