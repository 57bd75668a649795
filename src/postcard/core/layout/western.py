"""Western address sides (A6, US 4×6): message left, address right, stamp box top-right, barcode zone clear.

hagaki.md §4: the right half is reserved for the address and postal notations, postage at the upper right;
the USPS barcode clear zone is the bottom 5/8 inch (15.875 mm) of the right half.
"""

from __future__ import annotations

import random

from postcard.core.layout.formats import CardFormat, LayoutOptions
from postcard.core.layout.handwriting import vary_line
from postcard.core.layout.items import Box, Item, Line, Page, pt_to_mm
from postcard.core.layout.metrics import FontMetrics
from postcard.core.layout.typeset import Setter, Style, fit_size
from postcard.core.model import Contact, Sender
from postcard.core.text import format_postal_code
from postcard.errors import LayoutError, Misfit

BARCODE_ZONE = 15.875  # 5/8 in
STAMP_W, STAMP_H, STAMP_MARGIN = 22.0, 26.0, 6.0
ADDRESS_MAX, ADDRESS_MIN = 13.0, 8.0  # USPS: address type ≥ 8 pt
POSTAL_FIRST = {"germany", "deutschland", "de", "france", "fr", "italy", "it", "spain", "es", "netherlands",
                "nl", "austria", "at", "switzerland", "ch", "belgium", "be", "sweden", "se", "denmark", "dk",
                "norway", "no", "finland", "fi", "poland", "pl", "portugal", "pt"}  # fmt: skip
POSTAL_LAST_LINE = {"united kingdom", "uk", "gb", "great britain", "england", "scotland", "wales"}


def address_block(contact: Contact) -> list[str]:
    """The recipient's address as lines, in the order the destination's post reads them."""
    honorific = contact.honorific if contact.honorific.isascii() else ""
    if contact.is_japanese_address:  # Mr. John Smith, 山田 太郎 様: a Western honorific always before the name
        name = contact.addressed_name
        lines = [f"〒{format_postal_code(contact.postal_code)}" if contact.postal_code else "", *contact.address_lines]
        if contact.company and (contact.family_name or contact.given_name):
            lines.append(contact.company)
        return [t for t in (*lines, name) if t]
    person = " ".join(p for p in (honorific, contact.full_name) if p)
    lines = [person] if person else []
    if contact.company and contact.company != person:
        lines.append(contact.company if person else contact.company)
    lines += [contact.address1] if contact.address1 else []
    country = contact.country.strip()
    key = country.lower()
    locality = contact.address2
    code = contact.postal_code
    if key in POSTAL_FIRST:
        lines.append(" ".join(p for p in (code, locality) if p))
    elif key in POSTAL_LAST_LINE:
        lines += [t for t in (locality, code) if t]
    else:
        lines.append(" ".join(p for p in (locality, code) if p))
    if contact.address3:
        lines.insert(len(lines) - 1, contact.address3)
    if country:
        lines.append(country.upper())
    return [t for t in lines if t.strip()]


def layout_western_address(
    contact: Contact, sender: Sender | None, fmt: CardFormat, opts: LayoutOptions, metrics: FontMetrics, seed: int,
) -> Page:  # fmt: skip
    """The address side of an A6 or 4×6 card: the return address top left, the recipient right of the middle.

    The message is on the other side and is not repeated here: the left half carries only the return address.
    """
    who = contact.display_name
    setter = Setter(metrics, f"address side for {who}")
    rng = random.Random(seed ^ 0x5AD)
    w, h = fmt.landscape
    mid = w / 2
    items: list[Item] = [Line(mid, 10.0, mid, h - 10.0, 0.25, "#9A9A9A", role="divider")]
    # Stamp box, top right.
    sx, sy = w - STAMP_MARGIN - STAMP_W, STAMP_MARGIN
    items.append(Box(sx, sy, STAMP_W, STAMP_H, 0.25, "#9A9A9A", dash=(1.0, 1.0), role="stamp"))
    # Address, right half, above the barcode zone.
    chain = opts.address_chain
    block = address_block(contact)
    left = mid + 7.0
    avail_w = w - 7.0 - left
    size = fit_size([setter.horizontal_length(t, chain) for t in block], avail_w, ADDRESS_MAX, ADDRESS_MIN)
    if size is None:
        raise LayoutError(f"the address of {who} is too long for a {fmt.key} card", misfit=Misfit.ADDRESS)
    em = pt_to_mm(size)
    pitch = em * 1.3
    bottom_limit = h - BARCODE_ZONE - 3.0
    top_limit = sy + STAMP_H + 4.0
    y = max(top_limit, bottom_limit - pitch * len(block)) + pitch / 2
    if y - pitch / 2 + pitch * len(block) > bottom_limit + 0.01:
        raise LayoutError(f"the address of {who} has too many lines for a {fmt.key} card", misfit=Misfit.ADDRESS_LINES)
    for text in block:
        glyphs, _ = setter.horizontal(text, left, y, Style(chain, size, opts.ink, "address"))
        items.extend(vary_line(glyphs, rng, opts.variation * 0.3, vertical=False))
        y += pitch
    # The return address, top left.
    if sender:
        ret = [sender.full_name, *sender.address_lines]
        if sender.postal_code:
            ret.append(format_postal_code(sender.postal_code))
        if sender.country:
            ret.append(sender.country.upper())
        elif not contact.is_japanese_address:  # mail from Japan to abroad: the return address needs the country
            ret.append("JAPAN")
        y = 10.0
        for text in [t for t in ret if t]:
            glyphs, _ = setter.horizontal(text, 7.0, y + 1.5, Style(chain, 7.0, opts.ink, "sender"))
            items.extend(glyphs)
            y += 3.2
    return Page(w, h, items, f"address: {who}")
