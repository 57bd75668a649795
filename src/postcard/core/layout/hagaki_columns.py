"""The columns around the name on the address side: the recipient's address and company, and the sender block.

Every column is fitted inside its area, so nothing leaves the card (docs/address-rules.md): a column that does not
fit first gets smaller, then wraps at a natural break (before a number, after 都道府県市区町村郡, at a space), and a
long title moves from the department's column to one of its own. A card that still cannot fit raises a
:class:`LayoutError` naming the person and the field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from postcard.core.layout.atena import SHORT_TITLE, is_organisation, split_legal_form
from postcard.core.layout.items import pt_to_mm
from postcard.core.layout.typeset import Setter, fit_size
from postcard.core.model import Contact, Sender
from postcard.core.vertical import address_for_vertical, name_for_vertical
from postcard.errors import LayoutError, Misfit

# The recipient's address: from the right end of the postal-code boxes leftwards, below them (hagaki.md §2.9).
ADDRESS_RIGHT, ADDRESS_TOP, RIGHT_BOTTOM = 92.0, 26.0, 124.0
ADDRESS_ONE_COLUMN = 14.0  # pt: below this size the main line is set in two columns instead
ADDRESS_MIN, BUILDING_MIN = 9.0, 8.0
ADDRESS_PITCH = 1.45  # em between address columns
ORG_SCALE, ORG_COMFORT, ORG_MIN = 0.85, 10.0, 8.0  # company: one size smaller than the address, then 10, then 8 pt
ORG_PITCH, ORG_GAP = 1.4, 1.25  # em between company columns; from the address's left edge to the first one
# The sender (hagaki.md §2.10): bottom-left, standing on a line above its postal-code boxes.
SENDER_LEFT, SENDER_RIGHT, SENDER_TOP, SENDER_ABOVE_BOXES = 4.0, 33.0, 72.0, 2.5
SENDER_ADDRESS_MAX, SENDER_ADDRESS_MIN, SENDER_NAME_MAX, SENDER_NAME_MIN = 10.0, 6.0, 16.0, 7.0
_BREAK_AFTER = "都道府県市区町村郡"
_NUMERAL = set("〇一二三四五六七八九十０１２３４５６７８９0123456789丨")


@dataclass(frozen=True)
class Run:
    """One column of text: its centre x, top y (mm), size (pt) and role."""

    text: str
    x: float
    y: float
    size: float
    role: str


@dataclass
class Block:
    runs: list[Run]
    left: float  # the leftmost em-box edge of the block's columns
    address_size: float
    org_size: float


def split_line(text: str) -> tuple[str, str]:
    """Split a long line in two near its middle: after 都道府県市区町村郡, before a number or at a space."""
    best, best_score = len(text) // 2, 1e9
    for i in range(1, len(text)):
        if text[i - 1] in _NUMERAL and text[i] in _NUMERAL:
            continue  # never inside a number
        natural = (text[i - 1] in _BREAK_AFTER or text[i - 1].isspace() or text[i].isspace()
                   or (text[i] in _NUMERAL and text[i - 1] not in _NUMERAL))  # fmt: skip
        score = abs(i - len(text) / 2) + (0 if natural else 6)
        if score < best_score:
            best, best_score = i, score
    return text[:best].rstrip(), text[best:].lstrip()


def wrap_to(lines: list[str], longest: int) -> list[str]:
    """The lines, each long one split (at natural breaks, :func:`split_line`) until none is over ``longest``."""
    out = list(lines)
    while out and max(len(t) for t in out) > longest:
        i = max(range(len(out)), key=lambda k: len(out[k]))
        out[i : i + 1] = [t for t in split_line(out[i]) if t]
    return out


def _lengths(setter: Setter, chain: Sequence[str], texts: Sequence[str]) -> list[float]:
    return [setter.vertical_length(t, chain) for t in texts]


# --- the recipient's address and company ------------------------------------------------------------------------
def recipient_block(setter: Setter, chain: tuple[str, ...], contact: Contact, numerals: str, cap: float,
                    compact: bool = False) -> Block:  # fmt: skip
    """Address, building and company columns from the right, the address at most ``cap`` pt.

    ``compact`` sets company, department and title in as few columns as they fit, at the smallest size if need be,
    for a card whose name needs the width (連名 beside a company).
    """
    who = contact.display_name
    avail = RIGHT_BOTTOM - ADDRESS_TOP
    main = address_for_vertical(contact.address1 + contact.address2, numerals=numerals)  # type: ignore[arg-type]
    building = address_for_vertical(contact.address3, numerals=numerals)  # type: ignore[arg-type]
    runs: list[Run] = []
    size = cap
    x = ADDRESS_RIGHT
    end = ADDRESS_TOP
    if main:
        columns, size = _address_columns(setter, chain, main, cap, avail, who)
        em = pt_to_mm(size)
        for i, text in enumerate(columns):
            y = ADDRESS_TOP + (1.5 * em if i else 0.0)
            runs.append(Run(text, x - em / 2, y, size, "address"))
            end = y + setter.vertical_length(text, chain) * em
            x -= ADDRESS_PITCH * em  # the next column's right edge
    if building:  # its own column, starting lower; a long one is smaller, or split in two
        em = pt_to_mm(size)
        room = avail - (em if main else 0.0)
        parts = [building]
        b_size = fit_size(_lengths(setter, chain, parts), room, size, BUILDING_MIN)
        if b_size is None:
            parts = list(split_line(building))
            b_size = fit_size(_lengths(setter, chain, parts), room, size, BUILDING_MIN)
            if b_size is None:
                raise LayoutError(f"the building name of {who} is too long for a postcard", misfit=Misfit.BUILDING)
        b_em = pt_to_mm(b_size)
        for text in parts:
            length = setter.vertical_length(text, chain) * b_em
            top = max(ADDRESS_TOP + (em if main else 0.0), min(end - length, RIGHT_BOTTOM - length))
            runs.append(Run(text, x - b_em / 2, top, b_size, "address"))
            x -= ADDRESS_PITCH * b_em
    left = min((r.x - pt_to_mm(r.size) / 2 for r in runs), default=ADDRESS_RIGHT)
    org_runs, org_size = _org_columns(setter, chain, contact, size, left, compact)
    runs += org_runs
    left = min((r.x - pt_to_mm(r.size) / 2 for r in runs), default=ADDRESS_RIGHT)
    return Block(runs, left, size if main or building else 0.0, org_size)


def _address_columns(setter: Setter, chain: tuple[str, ...], main: str, cap: float, avail: float,
                     who: str) -> tuple[list[str], float]:  # fmt: skip
    """The main address line in one column at a comfortable size, else two, else three (later ones lower)."""
    size = fit_size([setter.vertical_length(main, chain)], avail, cap, min(ADDRESS_ONE_COLUMN, cap))
    if size is not None:
        return [main], size
    columns = list(split_line(main))
    for _ in range(2):
        lengths = [setter.vertical_length(t, chain) + (1.5 if i else 0.0) for i, t in enumerate(columns)]
        size = fit_size(lengths, avail, cap, ADDRESS_MIN)
        if size is not None:
            return columns, size
        longest = max(range(len(columns)), key=lambda i: lengths[i])
        columns[longest : longest + 1] = split_line(columns[longest])
    raise LayoutError(f"the address of {who} is too long for a postcard", misfit=Misfit.ADDRESS)


def org_fields(contact: Contact) -> str:
    """The fields that go in the company columns, named for a message (company, department and title)."""
    fields = (("company", contact.company), ("department", contact.department), ("title", contact.title))
    names = [n for n, v in fields if v and not (is_organisation(contact) and n != "title")]
    return " and ".join(", ".join(names).rsplit(", ", 1)) if names else "company"


def _org_candidates(contact: Contact) -> list[list[str]]:
    """Ways to set company, department and a long title, in the order of preference (see the module docstring)."""
    company = contact.company.strip()
    department = contact.department.strip()
    if is_organisation(contact):  # the department is the addressee (部署名 御中), the company stands right of it
        company, department = (company, "") if department else ("", "")
    title = contact.title.strip()
    long_title = title if len(title) > SHORT_TITLE or (title and is_organisation(contact)) else ""
    departments = [d for d in department.replace("\u3000", " ").split(" ") if d]

    def joined(parts: list[str], with_title: bool) -> list[str]:
        """Company, then the department(s); a long title after the last department, or on its own line."""
        lines = [company, *parts]
        if long_title and with_title and parts:
            lines[-1] += "\u3000" + long_title
        elif long_title:
            lines.append(long_title)
        return [name_for_vertical(t) for t in lines if t]

    as_is = [department] if department else []
    candidates = [joined(as_is, True), joined(departments, True), joined(as_is, False), joined(departments, False)]
    wrapped = []
    for line in candidates[-1]:
        before, core, after = split_legal_form(line)
        wrapped += [p for p in (before + core, after) if p] if after and len(line) > 12 else [line]
    candidates.append([half for line in wrapped for half in (split_line(line) if len(line) > 14 else (line,))])
    candidates.append(wrap_to(candidates[-1], 14))
    unique: list[list[str]] = []
    for c in candidates:
        if c and c not in unique:
            unique.append(c)
    return unique


def _org_columns(setter: Setter, chain: tuple[str, ...], contact: Contact, address_size: float, left: float,
                 compact: bool) -> tuple[list[Run], float]:  # fmt: skip
    candidates = _org_candidates(contact)
    if compact:
        candidates.sort(key=len)
    if not candidates:
        return [], 0.0
    top = ADDRESS_TOP + pt_to_mm(address_size)  # a little lower than the address
    avail = RIGHT_BOTTOM - top
    org_max = address_size * ORG_SCALE

    def fit(lines: list[str], floor: float) -> float | None:
        lengths = [setter.vertical_length(t, chain) + (1.0 if i else 0.0) for i, t in enumerate(lines)]
        return fit_size(lengths, avail, org_max, min(floor, org_max))

    chosen: tuple[list[str], float] | None = None
    for lines in candidates:  # shrink to a comfortable size, then wrap, then give a long title its own column
        size = fit(lines, ORG_MIN if compact else ORG_COMFORT)
        if size is not None:
            chosen = (lines, size)
            break
    if chosen is None:  # then the smallest size there is, with the arrangement that keeps the most of it
        fitted = [(lines, fit(lines, ORG_MIN)) for lines in candidates]
        best = max(fitted, key=lambda f: f[1] or 0.0)
        if best[1] is None:
            fields = org_fields(contact)
            verb = "are" if " and " in fields else "is"
            raise LayoutError(f"the {fields} of {contact.display_name} {verb} too long for a postcard",
                              misfit=Misfit.ORGANISATION)  # fmt: skip
        chosen = (best[0], best[1])
    lines, size = chosen
    em = pt_to_mm(size)
    x = left - ORG_GAP * em
    runs = []
    for i, text in enumerate(lines):  # the department and title a character lower than the company
        runs.append(Run(text, x, top + (em if i else 0.0), size, "company"))
        x -= ORG_PITCH * em
    return runs, size


# --- the sender -------------------------------------------------------------------------------------------------
#: What of a sender profile the block is made of (a cache of it is keyed by these).
SENDER_FIELDS = ("address1", "address2", "address3", "company", "family_name", "given_name")


def sender_runs(setter: Setter, chain: tuple[str, ...], sender: Sender, numerals: str, bottom: float,
                name_cap: float) -> list[Run]:  # fmt: skip
    """The sender's address, company and name, standing on ``bottom`` (地付き), inside x 4–33 mm."""
    avail = bottom - SENDER_TOP
    lines = [address_for_vertical(t, numerals=numerals)  # type: ignore[arg-type]
             for t in (sender.address1 + sender.address2, sender.address3) if t]  # fmt: skip
    company = name_for_vertical(sender.company.strip())
    if sender.family_name and any(ord(ch) > 0x2FFF for ch in sender.family_name + sender.given_name):
        name = name_for_vertical(" ".join(p for p in (sender.family_name, sender.given_name) if p))
    else:  # a Western name lies on its side, given name first
        name = " ".join(p for p in (sender.given_name, sender.family_name) if p)
    for _ in range(3):
        a_size = fit_size(_lengths(setter, chain, lines), avail, SENDER_ADDRESS_MAX, SENDER_ADDRESS_MIN) if lines else 0
        if a_size is not None:
            break
        longest = max(range(len(lines)), key=lambda i: setter.vertical_length(lines[i], chain))
        lines[longest : longest + 1] = split_line(lines[longest])
    else:
        raise LayoutError(f"the sender's address ({sender.full_name or sender.label}) is too long for a postcard",
                          misfit=Misfit.SENDER_ADDRESS)  # fmt: skip
    companies = [company] if company else []
    c_size = fit_size(_lengths(setter, chain, companies), avail, a_size or SENDER_ADDRESS_MAX, SENDER_ADDRESS_MIN)
    if companies and c_size is None:
        companies = list(split_line(company))
        c_size = fit_size(_lengths(setter, chain, companies), avail, a_size or SENDER_ADDRESS_MAX, SENDER_ADDRESS_MIN)
        if c_size is None:
            raise LayoutError(f"the sender's company ({sender.company}) is too long for a postcard",
                              misfit=Misfit.SENDER_COMPANY)  # fmt: skip
    n_max = min(SENDER_NAME_MAX, name_cap)
    n_size = fit_size([setter.vertical_length(name, chain)], avail, n_max, min(SENDER_NAME_MIN, n_max)) if name else 0
    if n_size is None:
        raise LayoutError(f"the sender's name ({sender.full_name}) is too long for a postcard",
                          misfit=Misfit.SENDER_NAME)  # fmt: skip
    columns = [(t, a_size) for t in lines] + [(t, c_size or 0.0) for t in companies]
    columns += [(name, n_size)] if name else []
    if not columns:
        return []
    smallest = min(s for _, s in columns)
    scale = 1.0
    while sum(pt_to_mm(s * scale) * 1.5 for _, s in columns) - pt_to_mm(columns[-1][1] * scale) / 2 > (
        SENDER_RIGHT - SENDER_LEFT
    ):  # smaller, all alike, until the columns fit between the card's left edge and the stamp corner's width
        scale -= 0.02
        if smallest * scale < SENDER_ADDRESS_MIN - 1e-9:
            raise LayoutError(f"the sender's address ({sender.full_name or sender.label}) has too many columns",
                              misfit=Misfit.SENDER_ADDRESS)  # fmt: skip
    runs = []
    x = SENDER_RIGHT
    for text, s in columns:
        em = pt_to_mm(s * scale)
        length = setter.vertical_length(text, chain) * em
        runs.append(Run(text, x - em / 2, max(SENDER_TOP, bottom - length), s * scale, "sender"))
        x -= em * 1.5
    return runs
