"""The recipient's name on the address side (宛名): spread over a fixed band, the honorific at one low foot.

hagaki.md §2.6–2.8 and docs/address-rules.md. The name is set in one column (or one per person of a 連名) that
ends at the same height on every card: the honorific's ink stands on ``foot``. Above it the name is spread evenly
over the band (均等割付), the gaps between family name, given name and honorific twice those between characters;
a short name is not pulled apart further than :data:`MAX_SPREAD` and hangs from the foot instead.

What goes in the column:

* a person: a short title (≤ 4 characters) small above the name, family name, given name, honorific;
  each 連名 in its own column to the left, its given name spread to start and end with the longest one, its
  family name only when it differs (§2.8); all honorifics end on the foot.
* an organisation: its name and 御中. When it does not fit, the legal form (株式会社, 特定非営利活動法人 …) moves
  to a smaller column of its own: right of the name when it comes first (read first), at the foot of a second
  column with the honorific when it comes last, so the name still reads in its registered order. A name with no
  legal form that still does not fit wraps into a second column.
* a Western name (Latin letters): set sideways, as Latin is in vertical Japanese, in the person's own order,
  followed by an upright 様 at the foot. A Western honorific (Mr., Ms., Dr. …) becomes 様: a vertical card
  carries its honorific after the name, and 様 is right for anyone. A long name wraps before the family name.

The name as text (legal forms, pieces, where a long name breaks) is :mod:`postcard.core.layout.names`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from postcard.core.layout.items import pt_to_mm
from postcard.core.layout.names import (
    is_organisation,
    pieces,
    sideways,
    split_entity,
    split_legal_form,
    split_parts,
    vertical_honorific,
)
from postcard.core.layout.typeset import Setter
from postcard.core.model import Contact
from postcard.core.vertical import name_for_vertical

SHORT_TITLE = 4  # characters: a title this short stands above the name; a longer one goes with the department

BREAK_GAP = 0.5  # em between family name, given name and honorific before any spreading
BREAK_WEIGHT = 2.0  # those gaps take twice the spreading of a gap between two characters
MAX_SPREAD = 1.0  # em: the most spreading a gap between two characters gets
LATIN_SPREAD = 0.25  # em: … and between two Latin words (a Western name stays a name, not three islands)
WORD_GAP = 0.4  # em between two Latin words
LEAD_SCALE, LEAD_GAP = 0.5, 0.4  # a title above the name: half its size, 0.4 em of the name below it
SIDE_SCALE, SIDE_GAP = 0.55, 0.35  # a legal form in a column of its own: its size, the gap to the name (em)
WRAP_INDENT = 1.0  # em: a wrapped name's second column starts at least this far below the band's top
PITCHES = (1.4, 1.25)  # em between the columns of 連名 (the second when the card is crowded)


@dataclass(frozen=True)
class Placed:
    """One run of the name: its text, column centre x, top y (mm), size (pt), role and tracking (em)."""

    text: str
    x: float
    y: float
    size: float
    role: str
    tracking: float = 0.0


@dataclass
class NameBlock:
    """The name as placed: its runs, size, and the x range of its columns."""

    runs: list[Placed]
    size: float
    left: float
    right: float
    honorifics: list[Placed] = field(default_factory=list)


@dataclass
class _Column:
    family: list[str]
    given: list[str]
    honorific: str


class NameSetter:
    """Plans the name column(s) of one card with a :class:`Setter` and the address font chain."""

    def __init__(self, setter: Setter, chain: tuple[str, ...], top: float, foot: float) -> None:
        self.setter, self.chain, self.top, self.foot = setter, chain, top, foot

    # --- measures (em at the name's size) ----------------------------------------------------------------
    def _len(self, text: str) -> float:
        return self.setter.vertical_length(text, self.chain)

    def _run(self, parts: list[str]) -> float:
        """Length of pieces set one after another with their natural gaps."""
        return sum(self._len(p) for p in parts) + sum(self._gap(a, b) for a, b in zip(parts, parts[1:], strict=False))

    @staticmethod
    def _gap(a: str, b: str) -> float:
        return WORD_GAP if sideways(a[-1]) or sideways(b[0]) else 0.0

    # --- the plans -----------------------------------------------------------------------------------------
    def plan(self, contact: Contact, size_min: float, size_max: float, left: float, right: float, centre: float,
             stage: int = 0) -> NameBlock | None:  # fmt: skip
        """The name at the largest size in [size_min, size_max] that fits the band and ``left``–``right``.

        ``stage`` says how far an organisation's or a Western name may be taken apart when it does not fit one
        column: 0 not at all, 1 its legal form to a smaller column, 2 also into a second column. A caller tries
        the stages in turn, each with every address size (a smaller address may leave the whole name room).
        """
        honorific = vertical_honorific(contact)
        limits = (size_min, size_max, left, right, centre)
        if is_organisation(contact):
            if contact.department.strip():  # 会社名 in the company column, the department is the addressee
                return self._organisation(name_for_vertical(contact.department.strip()), honorific, limits, stage)
            return self._organisation(name_for_vertical(contact.company.strip()), honorific, limits, stage)
        title = name_for_vertical(contact.title) if 0 < len(contact.title) <= SHORT_TITLE else ""
        if not contact.is_japanese_name:
            words = pieces(f"{contact.given_name} {contact.family_name}")
            whole = self._spread([_Column(words, [], honorific)], limits, lead=title)
            extra = self._len(honorific) + BREAK_GAP + WRAP_INDENT
            for count in (2, 3) if stage >= 2 else ():
                if len(words) >= count:
                    whole = self._wrap(self._split_words(words, count, extra), "", honorific, "", limits)
                    if whole is not None:
                        return whole
            return whole
        columns = [_Column(pieces(name_for_vertical(contact.family_name)),
                           pieces(name_for_vertical(contact.given_name)), honorific)]  # fmt: skip
        for joint in contact.joint_names:
            family = joint.family_name if joint.family_name and joint.family_name != contact.family_name else ""
            jh = "様" if joint.honorific.isascii() and joint.honorific else joint.honorific
            columns.append(_Column(pieces(name_for_vertical(family)), pieces(name_for_vertical(joint.given_name)), jh))
        return self._spread(columns, limits, lead=title)

    def _split_words(self, words: list[str], count: int, extra: float) -> list[list[str]]:
        """Latin words in ``count`` columns of about equal length (the last ``extra`` em shorter)."""
        lengths = [self._len(w) + WORD_GAP for w in words]
        best: tuple[float, tuple[int, ...]] = (1e9, ())
        for cuts in combinations(range(1, len(words)), count - 1):
            bounds = (0, *cuts, len(words))
            runs = [sum(lengths[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
            runs[-1] += extra
            if max(runs) < best[0]:
                best = (max(runs), cuts)
        bounds = (0, *best[1], len(words))
        return [words[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]

    def _organisation(self, name: str, honorific: str, limits: tuple[float, ...], stage: int) -> NameBlock | None:
        whole = self._spread([_Column(pieces(name), [], honorific)], limits)
        if whole is not None or stage < 1:
            return whole
        before, core, after = split_legal_form(name)
        entity, unit = split_entity(name)
        # The part that names the company goes to a smaller column right of the name (read first): a legal form
        # that comes first, or the company when a branch or office follows it (株式会社日本経済新聞社 / 札幌支社).
        sides = [(before, core)] if before else []
        sides += [(entity, unit)] if unit else []
        for side, rest in sides:
            whole = self._spread([_Column(pieces(rest), [], honorific)], limits, side=side)
            if whole is not None:
                return whole
        if stage < 2:
            return None
        extra = self._len(honorific) + BREAK_GAP + WRAP_INDENT
        for count in (2, 3, 4, 5):
            for side, rest in sides:
                whole = self._wrap(split_parts(rest, count, extra), "", honorific, side, limits)
                if whole is not None:
                    return whole
            if after and count == 2:
                whole = self._wrap([pieces(core), []], after, honorific, "", limits)
            else:
                whole = self._wrap(split_parts(name, count, extra), "", honorific, "", limits)
            if whole is not None:
                return whole
        return None

    def _size(self, length_em: float, width_em: float, limits: tuple[float, ...]) -> float | None:
        size_min, size_max, left, right, _ = limits
        by_length = (self.foot - self.top) / pt_to_mm(length_em) if length_em > 0 else size_max
        by_width = (right - left) / pt_to_mm(width_em)
        size = min(size_max, by_length, by_width)
        return size if size >= size_min - 1e-9 else None

    def _spread(self, columns: list[_Column], limits: tuple[float, ...], lead: str = "",
                side: str = "") -> NameBlock | None:  # fmt: skip
        """Columns side by side (連名), each spread over the band, the honorifics on the foot."""
        fam = max(columns, key=lambda c: self._run(c.family))
        giv = max(columns, key=lambda c: self._run(c.given))
        f_len, g_len = self._run(fam.family), self._run(giv.given)
        h_len = max(self._len(c.honorific) for c in columns)
        lead_len = (self._len(lead) * LEAD_SCALE + LEAD_GAP) if lead else 0.0
        regions = [r for r in (f_len, g_len, h_len) if r > 0]
        natural = lead_len + sum(regions) + BREAK_GAP * (len(regions) - 1)
        side_w = (SIDE_SCALE + SIDE_GAP) if side else 0.0
        size, pitch = None, PITCHES[0]
        for pitch in PITCHES if len(columns) > 1 else PITCHES[:1]:
            size = self._size(max(natural, self._len(side) * SIDE_SCALE), 1 + pitch * (len(columns) - 1) + side_w,
                              limits)  # fmt: skip
            if size is not None:
                break
        if size is None:
            return None
        em = pt_to_mm(size)
        units = max(len(fam.family) - 1, 0) + max(len(giv.given) - 1, 0) + BREAK_WEIGHT * (len(regions) - 1)
        slack = (self.foot - self.top) - natural * em
        latin = any(sideways(p[0]) for c in columns for p in c.family + c.given)
        unit = min(slack / units, (LATIN_SPREAD if latin else MAX_SPREAD) * em) if units else 0.0
        y = self.top + slack - unit * units  # what the spreading does not take hangs the name from the foot
        block_w = em * (1 + pitch * (len(columns) - 1) + side_w)
        block_right = _clamp(limits[4] + block_w / 2, limits[2] + block_w, limits[3])
        x_main = block_right - side_w * em - em / 2
        runs: list[Placed] = []
        if side:
            runs.append(Placed(side, block_right - SIDE_SCALE * em / 2, self.top, size * SIDE_SCALE, "legal-form"))
        if lead:
            runs.append(Placed(lead, x_main, y, size * LEAD_SCALE, "title"))
            y += lead_len * em
        f_top = y
        f_end = f_top + (f_len * em + max(len(fam.family) - 1, 0) * unit if f_len else 0.0)
        g_top = f_end + ((BREAK_GAP * em + BREAK_WEIGHT * unit) if f_len and g_len else 0.0)
        g_end = g_top + (g_len * em + max(len(giv.given) - 1, 0) * unit if g_len else 0.0)
        honorifics = []
        for i, col in enumerate(columns):
            x = x_main - i * pitch * em
            runs += self._region(col.family, x, f_top, f_end, size, "name")
            runs += self._region(col.given, x, g_top, g_end, size, "name")
            if col.honorific:
                honorifics.append(Placed(col.honorific, x, self.foot - self._len(col.honorific) * em, size,
                                         "honorific"))  # fmt: skip
        return NameBlock(runs, size, block_right - block_w, block_right, honorifics)

    def _region(self, parts: list[str], x: float, top: float, end: float, size: float, role: str) -> list[Placed]:
        """Pieces spread evenly from ``top`` to ``end`` (one piece is centred)."""
        if not parts:
            return []
        em = pt_to_mm(size)
        natural = self._run(parts) * em
        if len(parts) == 1:
            return [Placed(parts[0], x, top + (end - top - natural) / 2, size, role)]
        extra = (end - top - natural) / (len(parts) - 1)
        out, y = [], top
        for a, b in zip(parts, [*parts[1:], ""], strict=True):
            out.append(Placed(a, x, y, size, role))
            y += self._len(a) * em + (self._gap(a, b) * em + extra if b else 0.0)
        return out

    def _wrap(self, columns: list[list[str]], tail: str, honorific: str, side: str,
              limits: tuple[float, ...]) -> NameBlock | None:  # fmt: skip
        """A name in several columns: each from the band's top, the last one (with a small ``tail``, then the
        honorific) standing on the foot."""
        if not columns[0]:
            return None
        *first, last = columns
        lengths = [self._run(c) for c in first]
        tail_len = self._len(tail) * SIDE_SCALE if tail else 0.0
        n_last = self._run(last) + tail_len + (BREAK_GAP if last or tail else 0.0) + self._len(honorific)
        side_w = (SIDE_SCALE + SIDE_GAP) if side else 0.0
        width = 1 + PITCHES[1] * len(first) + side_w
        size = self._size(max(*lengths, n_last + WRAP_INDENT, self._len(side) * SIDE_SCALE), width, limits)
        if size is None:
            return None
        em = pt_to_mm(size)
        block_w = em * width
        block_right = _clamp(limits[4] + block_w / 2, limits[2] + block_w, limits[3])
        x = block_right - side_w * em - em / 2
        runs: list[Placed] = []
        if side:
            runs.append(Placed(side, block_right - SIDE_SCALE * em / 2, self.top, size * SIDE_SCALE, "legal-form"))
        for column, length in zip(first, lengths, strict=True):
            runs += self._region(column, x, self.top, self.top + length * em, size, "name")
            x -= PITCHES[1] * em
        y = self.foot - n_last * em
        if last:
            runs += self._region(last, x, y, y + self._run(last) * em, size, "name")
            y += (self._run(last) + BREAK_GAP) * em
        if tail:
            runs.append(Placed(tail, x, y, size * SIDE_SCALE, "legal-form"))
            y += (tail_len + BREAK_GAP) * em
        honorifics = [Placed(honorific, x, y, size, "honorific")] if honorific else []
        return NameBlock(runs, size, block_right - block_w, block_right, honorifics)


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(value, high)) if low <= high else high
