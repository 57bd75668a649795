"""The Japanese postcard address side (宛名面), 100 × 148 mm, as hagaki.md specifies.

Numbers come from hagaki.md: the JIS postal-code boxes (§1.2), the sender boxes measured on a real card
(§1.3), the stamp corner (§1.4), and the placement rules for address, name, 連名 and company (§2.6–2.10).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from postcard.core.layout.atena import NameBlock, NameSetter, Placed, is_organisation
from postcard.core.layout.formats import VERMILION, LayoutOptions
from postcard.core.layout.hagaki_columns import (
    ADDRESS_RIGHT,
    SENDER_ABOVE_BOXES,
    SENDER_FIELDS,
    Block,
    Run,
    org_fields,
    recipient_block,
    sender_runs,
)
from postcard.core.layout.handwriting import vary_line
from postcard.core.layout.items import Box, Glyph, Item, Line, Page, pt_to_mm
from postcard.core.layout.metrics import FontMetrics
from postcard.core.layout.typeset import SetLine, Setter, Style
from postcard.core.model import Contact, Sender
from postcard.core.text import is_japanese_postal_code
from postcard.errors import LayoutError, Misfit

WIDTH, HEIGHT = 100.0, 148.0
# §1.2: inner rectangles of the seven recipient boxes.
ZIP_LEFT = (44.3, 51.3, 58.3, 65.9, 72.7, 79.5, 86.3)
ZIP_W, ZIP_TOP, ZIP_H = 5.7, 12.0, 8.0
ZIP_THICK, ZIP_THIN = 0.5, 0.3  # line widths: boxes 1–3 and the hyphen 0.4–0.6; boxes 4–7 0.2–0.4
ZIP_SIZE = 16.0  # pt
# §1.3: sender boxes measured on a real 年賀はがき; 通常はがき is 15.5 mm lower.
SENDER_ZIP_LEFT = (5.9, 9.9, 13.9, 18.9, 22.9, 26.9, 30.9)
SENDER_ZIP_W, SENDER_ZIP_H = 4.0, 6.5
SENDER_ZIP_TOP = {"nenga": 122.25, "tsujo": 137.75}
SENDER_ZIP_SIZE = 10.0
STAMP_AREA = (0.0, 0.0, 35.0, 70.0)  # x0, y0, x1, y1: the stamp and postmark corner, kept empty
LOTTERY_AREA = (36.0, 129.6, 70.0, 143.1)  # the 年賀はがき's lottery block (§1.4, measured)
# The name (§2.6): centred, over a fixed band whose foot is where every honorific's ink stands, low on the card
# and, on a 年賀はがき, clear of the lottery block.
NAME_X, NAME_TOP = 50.0, 30.0
NAME_FOOT = {"tsujo": 128.0, "nenga": 126.0}
NAME_MAX = 32.0  # pt (printha's largest)
NAME_OVER = 1.2  # the name is at least this much larger than the address, the company and the sender …
ZIP_OVER = 1.1  # … and than the postal-code digits
NAME_COMFORT = 1.4  # what the name is over the address when the card has room (a smaller address leaves it room)
NAME_LEFT = STAMP_AREA[2] + 1.5  # the name's left edge: clear of the stamp corner (and the sender below it)
NAME_GAP = 2.5  # mm between the name and the company or address columns right of it
ADDRESS_STEPS = (18.0, 16.0, 14.5, 13.0, 12.0, 11.0, 10.0, 9.0)  # the address's largest size, until the name fits
ROOMY_ADDRESS = 14.5  # pt: an address at least this large is tried first with each way of setting the name
# The address side is written more carefully than the message: a fraction of the handwriting variation, and
# never more than that fraction of strength 1.5 (docs/handwriting.md).
ADDRESS_VARIATION, ADDRESS_VARIATION_CAP = 0.3, 1.5
HONORIFIC_VARIATION = 0.5  # of the name's: the honorifics stand on one line
LANE = 0.6  # em either side of a column's axis that its ink keeps to: columns are 1.25 em or more apart


@dataclass
class _Ctx:
    setter: Setter
    opts: LayoutOptions
    items: list[Item]
    rng: random.Random

    @property
    def strength(self) -> float:
        return ADDRESS_VARIATION * min(float(self.opts.variation), ADDRESS_VARIATION_CAP)

    def glyphs(self, run: Run | Placed) -> list[Glyph]:
        style = Style(self.opts.address_chain, run.size, self.opts.ink, run.role)
        return self.setter.vertical(run.text, run.x, run.y, style, getattr(run, "tracking", 0.0))[0]

    def line(self, run: Run | Placed) -> SetLine:
        style = Style(self.opts.address_chain, run.size, self.opts.ink, run.role)
        return self.setter.vertical_line(run.text, run.x, run.y, style, getattr(run, "tracking", 0.0))

    def place(self, glyphs: list[Glyph] | SetLine, x: float, strength: float | None = None) -> list[Glyph]:
        """Vary a column of glyphs (keeping their ink apart and within :data:`LANE` em of the column's axis ``x``)
        and add it."""
        line = glyphs if isinstance(glyphs, SetLine) else None
        glyphs = line.glyphs if line is not None else glyphs
        if not glyphs:
            return []
        em = pt_to_mm(max(g.size for g in glyphs))
        lane = (x - LANE * em, x + LANE * em)
        strength = self.strength if strength is None else strength
        if line is not None:
            varied = self.setter.varied(line, self.rng, strength, lane)
        else:
            metrics = self.setter.metrics

            def ink(g: Glyph) -> tuple[float, float, float, float] | None:
                return metrics.ink_box(g.font, g.char, g.vertical)

            varied = vary_line(glyphs, self.rng, strength, vertical=True, ink=ink, lane=lane)
        self.items.extend(varied)
        return varied


def layout_address_side(
    contact: Contact, sender: Sender | None, opts: LayoutOptions, metrics: FontMetrics, seed: int = 0
) -> Page:
    """The address side of a Japanese postcard for ``contact`` (from ``sender``, when given).

    Raises:
        LayoutError: a field that cannot be fitted on the card, named with the person.
    """
    who = contact.display_name
    ctx = _Ctx(Setter(metrics, f"address side for {who}"), opts, [], random.Random(seed ^ 0x5AD))
    chain = opts.address_chain
    foot = NAME_FOOT.get(opts.sender_zip, NAME_FOOT["tsujo"])
    names = NameSetter(ctx.setter, chain, NAME_TOP, foot)
    block, name = _fit(ctx.setter, chain, contact, opts, names)
    if opts.zip_frames:
        ctx.items.extend(zip_frames())
        ctx.items.extend(sender_zip_frames(opts.sender_zip))
    if is_japanese_postal_code(contact.postal_code):
        centres = [x + ZIP_W / 2 for x in ZIP_LEFT]
        ctx.items.extend(_digits(ctx, contact.postal_code, centres, ZIP_TOP + ZIP_H / 2, ZIP_SIZE, "zip"))
    for run in block.runs:
        ctx.place(ctx.line(run), run.x)
    _place_name(ctx, name, foot)
    if sender is not None:
        _sender(ctx, sender, name.size / NAME_OVER)
    return Page(WIDTH, HEIGHT, ctx.items, f"address: {who}")


def _fit(setter: Setter, chain: tuple[str, ...], contact: Contact, opts: LayoutOptions,
         names: NameSetter) -> tuple[Block, NameBlock]:  # fmt: skip
    """The address at the largest size (of :data:`ADDRESS_STEPS`) that leaves the name room to be the largest."""
    # Rather a smaller address than a name that is hardly larger; an organisation's legal form moves to a column of
    # its own, and a long name wraps into a second column, only when no smaller address leaves the name room; and
    # the company columns take the fewest columns only when nothing else does.
    blocks: dict[tuple[bool, float], Block] = {}  # laid out as they are needed: most cards need only the first

    def block_for(compact: bool, cap: float) -> Block:
        if (compact, cap) not in blocks:
            blocks[compact, cap] = recipient_block(setter, chain, contact, opts.numerals, cap, compact)
        return blocks[compact, cap]

    roomy = [cap for cap in ADDRESS_STEPS if cap >= ROOMY_ADDRESS]
    # First a name comfortably larger than a roomy address, whole, else with its legal form in a column of its
    # own (an organisation); then any address size, before the name wraps; the fewest company columns last.
    order = [(False, 0, NAME_COMFORT, roomy), (False, 1, NAME_COMFORT, roomy)]
    order += [(compact, stage, over, ADDRESS_STEPS) for compact in (False, True) for stage in (0, 1, 2)
              for over in (NAME_COMFORT, NAME_OVER)]  # fmt: skip
    for compact, stage, over, caps in order:
        for cap in caps:
            block = block_for(compact, cap)
            size_min = max(over * max(block.address_size, block.org_size), ZIP_OVER * ZIP_SIZE)
            right = min(block.left - NAME_GAP, ADDRESS_RIGHT)
            name = names.plan(contact, size_min, NAME_MAX, NAME_LEFT, right, NAME_X, stage)
            if name is not None:
                return block, name
    who = contact.display_name
    if names.plan(contact, ZIP_OVER * ZIP_SIZE, NAME_MAX, NAME_LEFT, ADDRESS_RIGHT, NAME_X, 2) is None:
        raise LayoutError(f"the name of {who} is too long for a postcard", misfit=Misfit.NAME)
    if contact.company and not is_organisation(contact) or contact.department or contact.title:
        fields = org_fields(contact)
        verb = "leave" if " and " in fields else "leaves"
        raise LayoutError(f"the {fields} of {who} {verb} no room for the name on a postcard", misfit=Misfit.NAME_ROOM)
    what = "names (連名)" if contact.joint_names else "name"
    misfit = Misfit.JOINT_NAMES_ROOM if contact.joint_names else Misfit.ADDRESS_ROOM
    raise LayoutError(f"the address of {who} leaves no room for the {what} on a postcard", misfit=misfit)


def _place_name(ctx: _Ctx, name: NameBlock, foot: float) -> None:
    """The name's runs, one line of handwriting per column; each honorific's ink standing on ``foot``."""
    columns: dict[float, list[Glyph]] = {}
    for run in name.runs:
        if run.role == "name":
            columns.setdefault(run.x, []).extend(ctx.glyphs(run))
        else:  # a title or a legal form: smaller, a line of its own
            ctx.place(ctx.line(run), run.x)
    for x, glyphs in columns.items():
        ctx.place(glyphs, x)
    metrics = ctx.setter.metrics
    for run in name.honorifics:
        varied = ctx.place(ctx.line(run), run.x, ctx.strength * HONORIFIC_VARIATION)
        last = varied[-1]
        ink = metrics.ink_box(last.font, last.char, last.vertical) or (-0.5, -0.5, 0.5, 0.5)
        shift = foot - _ink_bottom(last, ink)
        ctx.items[len(ctx.items) - len(varied) :] = [_moved(g, 0.0, shift) for g in varied]


def _ink_bottom(g: Glyph, ink: tuple[float, float, float, float]) -> float:
    em = pt_to_mm(g.size)
    a = math.radians(g.rotation)
    c, s = math.cos(a), math.sin(a)
    return g.cy + max(x * s + y * c for x in (ink[0], ink[2]) for y in (ink[1], ink[3])) * em


def _moved(g: Glyph, dx: float, dy: float) -> Glyph:
    return Glyph(g.char, g.cx + dx, g.cy + dy, g.size, g.font, g.rotation, g.vertical, g.advance, g.color, g.role)


def zip_frames() -> list[Item]:
    """The seven recipient boxes and the hyphen, in vermilion, lines drawn outside the inner rectangles."""
    items: list[Item] = []
    for i, left in enumerate(ZIP_LEFT):
        lw = ZIP_THICK if i < 3 else ZIP_THIN
        items.append(Box(left - lw / 2, ZIP_TOP - lw / 2, ZIP_W + lw, ZIP_H + lw, lw, VERMILION, role="zip-frame"))
    hyphen_y = ZIP_TOP + ZIP_H / 2
    items.append(Line(ZIP_LEFT[2] + ZIP_W, hyphen_y, ZIP_LEFT[3], hyphen_y, ZIP_THICK, VERMILION, role="zip-frame"))
    return items


def sender_zip_frames(position: str) -> list[Item]:
    """The sender boxes: two dashed outer rectangles (3 and 4 cells) with dividers."""
    top = SENDER_ZIP_TOP[position]
    items: list[Item] = []
    dash = (0.6, 0.5)
    for group in ((0, 3), (3, 7)):
        x0 = SENDER_ZIP_LEFT[group[0]]
        x1 = SENDER_ZIP_LEFT[group[1] - 1] + SENDER_ZIP_W
        items.append(Box(x0, top, x1 - x0, SENDER_ZIP_H, 0.2, VERMILION, dash=dash, role="sender-zip-frame"))
        for i in range(group[0] + 1, group[1]):
            x = SENDER_ZIP_LEFT[i]
            items.append(Line(x, top, x, top + SENDER_ZIP_H, 0.2, VERMILION, dash, role="sender-zip-frame"))
    return items


def _digits(ctx: _Ctx, code: str, centres: list[float], cy: float, size: float, role: str) -> tuple[Glyph, ...]:
    """The digits of a postal code, each centred in its box by its ink (hagaki.md §1.2: OCR reads the ink).

    A digit's advance is not centred on its ink: Klee One's 1 sits 0.054 em (0.3 mm at 16 pt) left of the
    middle of its advance, so each glyph is moved by its own ink offset.
    """
    key = ("postal-code", code, tuple(centres), cy, size, role, ctx.opts.address_chain, ctx.opts.ink)
    return ctx.setter.remember(key, lambda: _set_digits(ctx, code, centres, cy, size, role))


def _set_digits(ctx: _Ctx, code: str, centres: list[float], cy: float, size: float, role: str) -> tuple[Glyph, ...]:
    chain = ctx.opts.address_chain
    em = pt_to_mm(size)
    out = []
    for ch, cx in zip(code, centres, strict=True):
        font = ctx.setter.font_for(ch, chain)
        dx = dy = 0.0
        ink = ctx.setter.metrics.ink_box(font, ch)
        if ink is not None:
            dx, dy = (ink[0] + ink[2]) / 2 * em, (ink[1] + ink[3]) / 2 * em
        out.append(Glyph(ch, cx - dx, cy - dy, size, font, 0.0, False, ctx.setter.metrics.advance(font, ch),
                         ctx.opts.ink, role))  # fmt: skip
    return tuple(out)


# --- sender ----------------------------------------------------------------------------------------------------
def _sender(ctx: _Ctx, sender: Sender, name_cap: float) -> None:
    box_top = SENDER_ZIP_TOP.get(ctx.opts.sender_zip, SENDER_ZIP_TOP["tsujo"])
    if is_japanese_postal_code(sender.postal_code):
        centres = [x + SENDER_ZIP_W / 2 for x in SENDER_ZIP_LEFT]
        ctx.items.extend(_digits(ctx, sender.postal_code, centres, box_top + SENDER_ZIP_H / 2, SENDER_ZIP_SIZE,
                                 "sender-zip"))  # fmt: skip
    chain, numerals, bottom = ctx.opts.address_chain, ctx.opts.numerals, box_top - SENDER_ABOVE_BOXES
    key = ("sender", *(getattr(sender, f) for f in SENDER_FIELDS), chain, numerals, bottom, name_cap)
    runs = ctx.setter.remember(key, lambda: tuple(sender_runs(ctx.setter, chain, sender, numerals, bottom, name_cap)))
    for run in runs:  # the same block on every card of a batch: placed once
        ctx.place(ctx.line(run), run.x)
