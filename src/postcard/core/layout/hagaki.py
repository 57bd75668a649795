"""The Japanese postcard address side (宛名面), 100 × 148 mm, as hagaki.md specifies.

Numbers come from hagaki.md: the JIS postal-code boxes (§1.2), the sender boxes measured on a real card
(§1.3), the stamp corner (§1.4), and the placement rules for address, name, 連名 and company (§2.6–2.10).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from postcard.core.layout.formats import VERMILION, LayoutOptions
from postcard.core.layout.handwriting import vary_line
from postcard.core.layout.items import Box, Glyph, Item, Line, Page, pt_to_mm
from postcard.core.layout.metrics import FontMetrics
from postcard.core.layout.typeset import Setter, Style, fit_size
from postcard.core.model import Contact, Sender
from postcard.core.text import is_japanese_postal_code
from postcard.core.vertical import address_for_vertical, name_for_vertical
from postcard.errors import LayoutError

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
# Recipient areas (§2.9, §2.6): the address from the right below the boxes, the name centred.
ADDRESS_X, ADDRESS_TOP, ADDRESS_BOTTOM = 88.0, 26.0, 118.0
ADDRESS_MAX, ADDRESS_MIN = 18.0, 11.0
NAME_X, NAME_TOP = 50.0, 31.0
NAME_BOTTOM = {"tsujo": 128.0, "nenga": 124.0}  # keep clear of the 年賀 lottery block (y ≥ 129.6)
NAME_MAX, NAME_MIN = 32.0, 16.0
SENDER_TOP, SENDER_RIGHT = 72.0, 33.0
# The name block's left edge: clear of the stamp corner by more than the handwriting variation moves a glyph.
NAME_LEFT = STAMP_AREA[2] + 1.5
ADDRESS_VARIATION = 0.35  # the address side is written more carefully than the message
JOINT_PITCH = 1.4  # em between the columns of 連名
JOINT_PITCH_MIN = 1.2  # ... when the card is crowded
NAME_MIN_CROWDED = 13.0  # pt: the smallest name, for 連名 beside a company
ADDRESS_STEPS = (18.0, 16.0, 14.0, 12.0)  # the address's largest size, tried in turn until the name fits


@dataclass
class _Ctx:
    setter: Setter
    opts: LayoutOptions
    items: list[Item]
    rng: random.Random

    def column(self, text: str, x: float, y: float, style: Style, tracking: float = 0.0) -> float:
        glyphs, end = self.setter.vertical(text, x, y, style, tracking)
        strength = self.opts.variation * ADDRESS_VARIATION
        self.items.extend(vary_line(glyphs, self.rng, strength, vertical=True))
        return end


def layout_address_side(
    contact: Contact, sender: Sender | None, opts: LayoutOptions, metrics: FontMetrics, seed: int = 0
) -> Page:
    """The address side of a Japanese postcard for ``contact`` (from ``sender``, when given)."""
    where = f"address side for {contact.display_name}"
    # The name block needs its width between the stamp corner and the address; when 連名 and a company make the
    # card crowded, the address is set a size smaller until the name fits at its minimum size.
    need = pt_to_mm(NAME_MIN_CROWDED) * (1 + JOINT_PITCH_MIN * (_name_columns(contact) - 1)) + 3.0
    for address_max in ADDRESS_STEPS:
        ctx = _Ctx(Setter(metrics, where), opts, [], random.Random(seed ^ 0x5AD))
        if opts.zip_frames:
            ctx.items.extend(zip_frames())
            ctx.items.extend(sender_zip_frames(opts.sender_zip))
        if is_japanese_postal_code(contact.postal_code):
            centres = [x + ZIP_W / 2 for x in ZIP_LEFT]
            ctx.items.extend(_digits(ctx, contact.postal_code, centres, ZIP_TOP + ZIP_H / 2, ZIP_SIZE, "zip"))
        left_edge = _recipient_address(ctx, contact, address_max)
        if left_edge - NAME_LEFT >= need:
            break
    _recipient_name(ctx, contact, left_edge)
    if sender is not None:
        _sender(ctx, sender)
    return Page(WIDTH, HEIGHT, ctx.items, f"address: {contact.display_name}")


def _name_columns(contact: Contact) -> int:
    return 1 if _is_organisation(contact) or not contact.is_japanese_name else 1 + len(contact.joint_names)


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


def _digits(ctx: _Ctx, code: str, centres: list[float], cy: float, size: float, role: str) -> list[Glyph]:
    """The digits of a postal code, each centred in its box by its ink (hagaki.md §1.2: OCR reads the ink).

    A digit's advance is not centred on its ink: Klee One's 1 sits 0.054 em (0.3 mm at 16 pt) left of the
    middle of its advance, so each glyph is moved by its own ink offset.
    """
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
    return out


# --- recipient address ---------------------------------------------------------------------------------------
_BREAK_AFTER = "都道府県市区町村郡"
_NUMERAL = set("〇一二三四五六七八九十０１２３４５６７８９0123456789丨")


def _split_line(text: str) -> tuple[str, str]:
    """Split a long address line in two near its middle, after a 都道府県市区町村郡 or before a number."""
    best, best_score = len(text) // 2, 1e9
    for i in range(2, len(text) - 1):
        if text[i - 1] in _NUMERAL and text[i] in _NUMERAL:
            continue  # never inside a number
        natural = text[i - 1] in _BREAK_AFTER or (text[i] in _NUMERAL and text[i - 1] not in _NUMERAL)
        score = abs(i - len(text) / 2) + (0 if natural else 6)
        if score < best_score:
            best, best_score = i, score
    return text[:best], text[best:]


def _address_columns(setter: Setter, chain: tuple[str, ...], main: str, max_size: float) -> tuple[list[str], float]:
    """The main address line in one column at a comfortable size, else two, else three (later ones lower)."""
    avail = ADDRESS_BOTTOM - ADDRESS_TOP
    if not main:
        return [], max_size
    size = fit_size([setter.vertical_length(main, chain)], avail, max_size, 14.0)
    if size is not None:
        return [main], size
    columns = list(_split_line(main))
    for _ in range(2):
        lengths = [setter.vertical_length(t, chain) + (1.5 if i else 0.0) for i, t in enumerate(columns)]
        size = fit_size(lengths, avail, max_size, ADDRESS_MIN)
        if size is not None:
            return columns, size
        longest = max(range(len(columns)), key=lambda i: lengths[i])
        columns[longest : longest + 1] = _split_line(columns[longest])
    raise LayoutError("too long")


def _recipient_address(ctx: _Ctx, contact: Contact, max_size: float = 18.0) -> float:
    """Set the address and company columns from the right; returns the x of the leftmost column's left edge."""
    chain, setter, ink = ctx.opts.address_chain, ctx.setter, ctx.opts.ink
    main = address_for_vertical(contact.address1 + contact.address2, numerals=ctx.opts.numerals)
    building = address_for_vertical(contact.address3, numerals=ctx.opts.numerals)
    avail = ADDRESS_BOTTOM - ADDRESS_TOP
    try:
        columns, size = _address_columns(setter, chain, main, max_size)
    except LayoutError:
        raise LayoutError(f"the address of {contact.display_name} is too long for a postcard") from None
    em = pt_to_mm(size)
    pitch = em * 1.45
    x = ADDRESS_X
    end = ADDRESS_TOP
    for i, text in enumerate(columns):
        end = ctx.column(text, x, ADDRESS_TOP + (1.5 * em if i else 0.0), Style(chain, size, ink, "address"))
        x -= pitch
    if building:  # a column of its own, starting lower; a long one is smaller, or split in two
        parts = [building]
        b_size = fit_size([setter.vertical_length(building, chain)], avail - em, size, ADDRESS_MIN)
        if b_size is None:
            parts = list(_split_line(building))
            b_size = fit_size([setter.vertical_length(t, chain) for t in parts], avail - em, size, 8.0)
            if b_size is None:
                raise LayoutError(f"the building name of {contact.display_name} is too long for a postcard")
        for text in parts:
            b_mm = setter.vertical_length(text, chain) * pt_to_mm(b_size)
            start = max(ADDRESS_TOP + em, min(end - b_mm, ADDRESS_BOTTOM - b_mm))
            ctx.column(text, x, start, Style(chain, b_size, ink, "address"))
            x -= pt_to_mm(b_size) * 1.45
        x += pt_to_mm(b_size) * 1.45 - pitch
    left = x + pitch - em / 2
    org = _org_lines(contact)
    if org:
        o_size = size * 0.85
        o_len = [setter.vertical_length(t, chain) for t in org]
        o_size = fit_size(o_len, avail - 2 * em, o_size, 8.0) or 8.0
        o_em = pt_to_mm(o_size)
        x = left - o_em * 1.25  # a clear gap after the address (company one size smaller, a little lower)
        for i, text in enumerate(org):
            ctx.column(text, x, ADDRESS_TOP + 2 * em + i * o_em, Style(chain, o_size, ink, "company"))
            x -= o_em * 1.45
        left = x + o_em * 1.45 - o_em / 2
    return left


def _org_lines(contact: Contact) -> list[str]:
    """Company and department columns (to the right of the name); a long title joins the department line."""
    if _is_organisation(contact):
        lines = [contact.department] if contact.department else []
    else:
        lines = [t for t in (contact.company, contact.department) if t]
    title = contact.title
    if title and len(title) > 4 and not _is_organisation(contact):
        if lines:
            lines[-1] = lines[-1] + "\u3000" + title
        else:
            lines.append(title)
    return [name_for_vertical(t) for t in lines]


def _is_organisation(contact: Contact) -> bool:
    return not (contact.family_name or contact.given_name)


# --- recipient name ------------------------------------------------------------------------------------------
def _recipient_name(ctx: _Ctx, contact: Contact, right_limit: float) -> None:
    setter, chain, ink = ctx.setter, ctx.opts.address_chain, ctx.opts.ink
    bottom = NAME_BOTTOM.get(ctx.opts.sender_zip, NAME_BOTTOM["tsujo"])
    avail = bottom - NAME_TOP
    if _is_organisation(contact):
        family, givens = name_for_vertical(contact.company), [""]
        honorifics = [contact.honorific or "御中"]
        families = [family]
    elif not contact.is_japanese_name:  # a Western name reads given-first, turned sideways like Latin text
        families, givens, honorifics = [contact.full_name], [""], [contact.honorific]
    else:
        family = name_for_vertical(contact.family_name)
        givens = [name_for_vertical(contact.given_name)]
        honorifics = [contact.honorific]
        families = [family]
        for joint in contact.joint_names:
            givens.append(name_for_vertical(joint.given_name))
            honorifics.append(joint.honorific)
            families.append(name_for_vertical(joint.family_name) if joint.family_name and
                            joint.family_name != contact.family_name else "")  # fmt: skip
    title = contact.title if contact.title and len(contact.title) <= 4 and not _is_organisation(contact) else ""
    gap = 0.6
    title_len = (setter.vertical_length(title, chain) * 0.55 + 0.4) if title else 0.0

    def runs(t: float) -> tuple[float, float, float]:
        """Lengths in em of the family, given and honorific runs with tracking ``t`` (the longest of each)."""
        return (
            max(setter.vertical_length(f, chain, t) for f in families),
            max((setter.vertical_length(g, chain, t) for g in givens), default=0.0),
            max((setter.vertical_length(h, chain, t) for h in honorifics), default=0.0),
        )

    def total(t: float) -> float:
        fam_run, giv_run, hon_run = runs(t)
        return title_len + fam_run + (gap + giv_run if giv_run else 0.0) + (gap + hon_run if hon_run else 0.0)

    n_cols = len(givens)
    size = fit_size([total(0.0)], avail, NAME_MAX, NAME_MIN)
    if size is None:
        raise LayoutError(f"the name of {contact.display_name} is too long for a postcard")
    # The columns must fit between the sender block and the address block.
    max_width = min(right_limit - 3.0, 100 - SENDER_RIGHT) - NAME_LEFT
    pitch, floor = JOINT_PITCH, (NAME_MIN if n_cols == 1 else NAME_MIN_CROWDED)
    while pt_to_mm(size) * (1 + pitch * (n_cols - 1)) > max_width:  # closer columns first, then smaller
        if pitch > JOINT_PITCH_MIN:
            pitch = max(pitch - 0.05, JOINT_PITCH_MIN)
        elif size > floor:
            size -= 0.5
        else:
            break
    em = pt_to_mm(size)

    # A short name is spread a little (never more than a third of an em between characters) to fill the column.
    tracking = 0.35
    while tracking > 0 and total(tracking) * em > avail:
        tracking = max(tracking - 0.05, 0.0)
    fam_run, giv_run, _ = runs(tracking)
    block_w = em * (1 + pitch * (n_cols - 1))
    centre = min(NAME_X + block_w / 2 - em / 2, right_limit - 3.0 - em / 2)
    centre = max(centre, NAME_LEFT + block_w - em / 2)
    style = Style(chain, size, ink, "name")
    y = NAME_TOP
    if title:
        t_style = Style(chain, size * 0.55, ink, "title")
        y = ctx.column(name_for_vertical(title), centre, y, t_style) + 0.4 * em
    given_y = y + (fam_run + gap) * em
    hon_y = given_y + ((giv_run + gap) * em if giv_run else 0.0)
    for i, (fam, given, hon) in enumerate(zip(families, givens, honorifics, strict=True)):
        x = centre - i * pitch * em
        glyphs: list[Glyph] = []
        if fam:
            glyphs += ctx.setter.vertical(fam, x, y, style, tracking)[0]
        if given:  # shorter given names of 連名 spread so that they start and end with the longest
            g_run = setter.vertical_length(given, chain, tracking)
            spread = (giv_run - g_run) / (len(given) - 1) if len(given) > 1 else 0.0
            start = given_y if len(given) > 1 else given_y + (giv_run - g_run) / 2 * em
            glyphs += ctx.setter.vertical(given, x, start, style, tracking + spread)[0]
        if hon:
            glyphs += ctx.setter.vertical(hon, x, hon_y, Style(chain, size, ink, "honorific"), tracking)[0]
        ctx.items.extend(vary_line(glyphs, ctx.rng, ctx.opts.variation * ADDRESS_VARIATION, vertical=True))


# --- sender ----------------------------------------------------------------------------------------------------
def _sender(ctx: _Ctx, sender: Sender) -> None:
    setter, chain, ink = ctx.setter, ctx.opts.address_chain, ctx.opts.ink
    box_top = SENDER_ZIP_TOP.get(ctx.opts.sender_zip, SENDER_ZIP_TOP["tsujo"])
    bottom = box_top - 2.5
    avail = bottom - SENDER_TOP
    if is_japanese_postal_code(sender.postal_code):
        centres = [x + SENDER_ZIP_W / 2 for x in SENDER_ZIP_LEFT]
        ctx.items.extend(_digits(ctx, sender.postal_code, centres, box_top + SENDER_ZIP_H / 2, SENDER_ZIP_SIZE,
                                 "sender-zip"))  # fmt: skip
    lines = [address_for_vertical(sender.address1 + sender.address2, numerals=ctx.opts.numerals)]
    if sender.address3:
        lines.append(address_for_vertical(sender.address3, numerals=ctx.opts.numerals))
    lines = [t for t in lines if t]
    name = name_for_vertical(" ".join(p for p in (sender.family_name, sender.given_name) if p))
    a_size = fit_size([setter.vertical_length(t, chain) for t in lines], avail, 10.0, 6.0) if lines else 10.0
    if a_size is None:
        raise LayoutError("the sender's address is too long for a postcard")
    n_size = fit_size([setter.vertical_length(name, chain)], avail, 16.0, 8.0) if name else 16.0
    if n_size is None:
        raise LayoutError("the sender's name is too long for a postcard")
    a_em, n_em = pt_to_mm(a_size), pt_to_mm(n_size)
    x = SENDER_RIGHT - a_em / 2
    for text in lines:
        length = setter.vertical_length(text, chain) * a_em
        ctx.column(text, x, max(SENDER_TOP, bottom - length), Style(chain, a_size, ink, "sender"))  # 地付き
        x -= a_em * 1.5
    if sender.company:
        company = name_for_vertical(sender.company)
        c_size = fit_size([setter.vertical_length(company, chain)], avail, a_size, 6.0) or 6.0
        c_em = pt_to_mm(c_size)
        length = setter.vertical_length(company, chain) * c_em
        ctx.column(company, x, max(SENDER_TOP, bottom - length), Style(chain, c_size, ink, "sender"))
        x -= c_em * 1.5
    if name:
        x = min(x - n_em / 2 + a_em / 2, x)
        length = setter.vertical_length(name, chain) * n_em
        ctx.column(name, max(x, 3.0 + n_em / 2), max(SENDER_TOP, bottom - length), Style(chain, n_size, ink, "sender"))
