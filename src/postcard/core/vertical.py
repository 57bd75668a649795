"""Rules for vertical (縦書き) text on the address side: numerals, hyphens, orientation.

Sources are in ``hagaki.md`` §2.1–2.5. Everything here is plain string work; the layout step uses
:func:`orientation`, :func:`presentation_form` and :func:`fallback_rotation` to place each character.

Conventions for offsets: em units, x to the right, y *down* (as in ``core/layout``); rotations are in degrees
clockwise about the centre of the character's em cell.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

NumeralStyle = Literal["digits", "juu", "arabic"]
Orientation = Literal["U", "R", "Tu", "Tr"]

KANJI_DIGITS = "〇一二三四五六七八九"
VERTICAL_HYPHEN = "\u4e28"  # 丨: vo=U, so no renderer turns it sideways (hagaki.md §2.2)

_DIGIT_RUN = re.compile(r"[0-9０-９]+")
_NUMERAL = "0-9０-９〇一二三四五六七八九十"
# Always address separators: - ‐ ‑ ‒ – — ― − －
_HYPHENS = re.compile("[\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d]")
# Long-vowel marks (ー, half-width ｰ) are separators only between two numerals; elsewhere they are katakana.
_CHOON_BETWEEN_NUMERALS = re.compile(f"(?<=[{_NUMERAL}])[\u30fc\uff70](?=[{_NUMERAL}])")
_ASCII_GRAPHIC = re.compile("[\u0021-\u007e]")
_ASCII_NON_DIGIT = re.compile("[\u0021-\u002f\u003a-\u007e]")


def _to_ascii_digits(run: str) -> str:
    return "".join(chr(ord(ch) - 0xFEE0) if ch >= "０" else ch for ch in run)


def _juu(run: str) -> str:
    """A two-digit number with 十 (10→十, 22→二十二, 20→二十); other runs digit by digit."""
    if len(run) != 2 or run[0] == "0":  # "05" keeps its 〇: a leading zero is written, not a number
        return "".join(KANJI_DIGITS[int(d)] for d in run)
    tens, ones = int(run[0]), int(run[1])
    return ("" if tens == 1 else KANJI_DIGITS[tens]) + "十" + ("" if ones == 0 else KANJI_DIGITS[ones])


def kanji_numerals(text: str, *, style: NumeralStyle = "digits") -> str:
    """Rewrite the Arabic digits (half or full width) of ``text`` for vertical setting.

    Args:
        text: Any text; only runs of ``0-9`` / ``０-９`` change.
        style: ``"digits"`` writes each digit as a kanji (25→二五, 10→一〇); ``"juu"`` writes
            two-digit numbers with 十 (10→十, 22→二十二) and longer ones digit by digit (105→一〇五);
            ``"arabic"`` keeps Arabic digits but makes them full width (so they stand upright).

    Returns:
        The rewritten text.

    Raises:
        ValueError: For an unknown style.
    """
    if style not in ("digits", "juu", "arabic"):
        raise ValueError(f"unknown numeral style {style!r} (digits, juu or arabic)")

    def convert(match: re.Match[str]) -> str:
        run = _to_ascii_digits(match.group())
        if style == "arabic":
            return "".join(chr(ord(d) + 0xFEE0) for d in run)
        if style == "juu":
            return _juu(run)
        return "".join(KANJI_DIGITS[int(d)] for d in run)

    return _DIGIT_RUN.sub(convert, text)


def vertical_hyphens(text: str) -> str:
    """Replace address hyphens with 丨 (U+4E28), which stays a vertical stroke in a column.

    Hyphens and dashes (``- ‐ ‑ ‒ – — ― − －``) are always replaced. The long-vowel marks ``ー`` and ``ｰ``
    are replaced only between two numerals (Arabic, full-width or 〇–九/十), so katakana keeps them:
    ``"センター-1-2"`` → ``"センター丨1丨2"``, ``"センター1-2"`` keeps the ー of センター. 丁目 and 番地
    are left as written (hagaki.md §2.1: no tool rewrites the separators).

    Args:
        text: One address line.

    Returns:
        The text with its separators replaced.
    """
    return _HYPHENS.sub(VERTICAL_HYPHEN, _CHOON_BETWEEN_NUMERALS.sub(VERTICAL_HYPHEN, text))


def _fullwidth(match: re.Match[str]) -> str:
    return chr(ord(match.group()) + 0xFEE0)


# --- numbers in addresses (docs/address-rules.md, hagaki.md §2.12) ----------------------------------------------
_D = "0-9０-９"
_LETTER = "A-Za-zＡ-Ｚａ-ｚ"
_FLOOR_F = "FＦfｆ"
# Floors: 15F, 15階 → 15階; B1F, B1階, 地下1F, and a bare B1 at the end or before a space → 地下1階.
_BASEMENT = re.compile(
    f"(?<![{_LETTER}])(?:[BＢ]|地下)([{_D}]{{1,2}})(?:[{_FLOOR_F}](?![{_LETTER}])|階|(?=$|[\\s\u3000]))"
)
_FLOOR = re.compile(f"(?<![{_LETTER}{_D}])([{_D}]{{1,3}})[{_FLOOR_F}](?![{_LETTER}])")
# A number before one of these counters is a count (十五階, 十二番, 三丁目), written with 十 when it has two digits.
COUNTERS = ("丁目", "番地", "番", "号", "条", "地割", "線", "階")
_COUNTED = re.compile(f"[{_D}]+(?=丁目|番地|番|号(?!室)|条|地割|線|階)")
_RUN = re.compile(f"[{_D}]+")


def floors(line: str) -> str:
    """Write floors the way a Japanese reader expects: ``15F`` → ``15階``, ``B1F`` / ``B1`` → ``地下1階``.

    ``F`` (or ``Ｆ``) after one to three digits is a floor unless a letter touches it (``A3F``, ``3FL``); ``B`` with
    one or two digits is a basement floor when ``F`` or ``階`` follows, or when it ends the line or a word
    (``ABCビルB1``). ``地下1F`` becomes ``地下1階``. The digits are left for the numeral style.
    """
    line = _BASEMENT.sub(lambda m: f"地下{m.group(1)}階", line)
    return _FLOOR.sub(lambda m: f"{m.group(1)}階", line)


def _counted(run: str) -> str:
    """A count of one or two digits with 十 (10→十, 15→十五, 45→四十五, 3→三); longer ones digit by digit."""
    return _juu(run) if len(run) == 2 else "".join(KANJI_DIGITS[int(d)] for d in run)


def _arabic(run: str) -> str:
    """Arabic digits for a column: two digits stay half width, one 縦中横 cell; others full width, upright."""
    return run if len(run) == 2 else "".join(chr(ord(d) + 0xFEE0) for d in run)


def address_numbers(line: str, *, numerals: NumeralStyle = "digits") -> str:
    """Rewrite the digits of one address line for a column (the rules of docs/address-rules.md).

    * A count (a number before 丁目, 番地, 番, 号, 条, 地割, 線 or 階) of one or two digits is written with 十 in
      both kanji styles: 十二番, 三丁目, 十五階. Longer counts go digit by digit (七二一番地).
    * Any other number (street numbers between hyphens, room and building numbers, 号室) is an identifier:
      ``"digits"`` writes it digit by digit (一丨九丨一, 一二〇三号室); ``"juu"`` writes two-digit ones with 十.
    * ``"arabic"`` keeps every number in Arabic digits: two-digit runs stay half width, so that the layout sets
      them side by side in one cell (縦中横, :meth:`Setter.vertical`); others become full width and stand upright.
    """
    if numerals == "arabic":
        return _RUN.sub(lambda m: _arabic(_to_ascii_digits(m.group())), line)
    free = _juu if numerals == "juu" else None
    parts: list[str] = []
    last = 0
    for match in _RUN.finditer(line):
        run = _to_ascii_digits(match.group())
        parts.append(line[last : match.start()])
        if _COUNTED.match(line, match.start()):
            parts.append(_counted(run))
        elif free is not None:
            parts.append(free(run))
        else:
            parts.append("".join(KANJI_DIGITS[int(d)] for d in run))
        last = match.end()
    parts.append(line[last:])
    return "".join(parts)


def address_for_vertical(line: str, *, numerals: NumeralStyle = "digits") -> str:
    """One address line ready for a vertical column.

    Floors first (:func:`floors`: ``15F`` → ``15階``), then hyphens (:func:`vertical_hyphens`), then numbers
    (:func:`address_numbers`), then the remaining half-width ASCII letters and symbols become full width so they
    stand upright (``A棟`` → ``Ａ棟``).

    Args:
        line: An address line (住所1, 2 or 3).
        numerals: ``"digits"`` (default), ``"juu"`` or ``"arabic"``, see :func:`address_numbers`.

    Returns:
        The converted line. Only the two digits of a 縦中横 cell stay half width (``"arabic"``).
    """
    if numerals not in ("digits", "juu", "arabic"):
        raise ValueError(f"unknown numeral style {numerals!r} (digits, juu or arabic)")
    text = address_numbers(vertical_hyphens(floors(line)), numerals=numerals)
    return _ASCII_NON_DIGIT.sub(_fullwidth, text)


_WORD = re.compile("[!-~\u00c0-\u024f]+(?: [!-~\u00c0-\u024f]+)*")  # Latin words and the single spaces between
SIDEWAYS_LETTERS = 4  # a Latin phrase with this many letters or more lies on its side; shorter ones stand


def name_for_vertical(text: str) -> str:
    """A company, department, title or personal name (or a message line) for a vertical column.

    Digits are *not* converted (company names have an official written form, hagaki.md §2.1). Half-width ASCII
    becomes full width so it stands upright (``3M`` → ``３Ｍ``, ``DX`` → ``ＤＸ``), except in Latin words of
    phrases of :data:`SIDEWAYS_LETTERS` letters or more, which stay as they are and are set sideways, as vertical
    Japanese sets Latin text (``Northwind`` reads top to bottom on its side rather than as nine stacked capitals).

    Args:
        text: The name.

    Returns:
        The converted name.
    """

    def word(match: re.Match[str]) -> str:
        run = match.group()
        if sum(ch.isalpha() for ch in run) >= SIDEWAYS_LETTERS:
            return run
        return _ASCII_GRAPHIC.sub(_fullwidth, run)

    return _WORD.sub(word, text)


# --- UAX #50 Vertical_Orientation (revision 17) -------------------------------------------------------------
# Every range that is not R (R is the default). Small kana and the Tr marks inside the kana block are listed
# separately in _KANA_TU / _KANA_TR and override the U of the surrounding range.
_VO_RANGES: tuple[tuple[int, int, Orientation], ...] = (
    (0x00A7, 0x00A7, "U"), (0x00A9, 0x00A9, "U"), (0x00AE, 0x00AE, "U"), (0x00B1, 0x00B1, "U"),
    (0x00BC, 0x00BE, "U"), (0x00D7, 0x00D7, "U"), (0x00F7, 0x00F7, "U"), (0x02EA, 0x02EB, "U"),
    (0x1100, 0x11FF, "U"), (0x1401, 0x167F, "U"), (0x18B0, 0x18FF, "U"), (0x2016, 0x2016, "U"),
    (0x2020, 0x2021, "U"), (0x2030, 0x2031, "U"), (0x203B, 0x203C, "U"), (0x2042, 0x2042, "U"),
    (0x2047, 0x2049, "U"), (0x2051, 0x2051, "U"), (0x2065, 0x2065, "U"), (0x20DD, 0x20E0, "U"),
    (0x20E2, 0x20E4, "U"), (0x2100, 0x2101, "U"), (0x2103, 0x2109, "U"), (0x210F, 0x210F, "U"),
    (0x2113, 0x2114, "U"), (0x2116, 0x2117, "U"), (0x211E, 0x2123, "U"), (0x2125, 0x2125, "U"),
    (0x2127, 0x2127, "U"), (0x2129, 0x2129, "U"), (0x212E, 0x212E, "U"), (0x2135, 0x213F, "U"),
    (0x2145, 0x214A, "U"), (0x214C, 0x214D, "U"), (0x214F, 0x2189, "U"), (0x218C, 0x218F, "U"),
    (0x221E, 0x221E, "U"), (0x2234, 0x2235, "U"), (0x2300, 0x2307, "U"), (0x230C, 0x231F, "U"),
    (0x2324, 0x2328, "U"), (0x2329, 0x232A, "Tr"), (0x232B, 0x232B, "U"), (0x237D, 0x239A, "U"),
    (0x23BE, 0x23CD, "U"), (0x23CF, 0x23CF, "U"), (0x23D1, 0x23DB, "U"), (0x23E2, 0x2422, "U"),
    (0x2424, 0x24FF, "U"), (0x25A0, 0x2619, "U"), (0x2620, 0x2767, "U"), (0x2776, 0x2793, "U"),
    (0x2B12, 0x2B2F, "U"), (0x2B50, 0x2B59, "U"), (0x2BB8, 0x2BEB, "U"), (0x2BF0, 0x2BFF, "U"),
    (0x2E80, 0x3000, "U"), (0x3001, 0x3002, "Tu"), (0x3003, 0x3007, "U"), (0x3008, 0x3011, "Tr"),
    (0x3012, 0x3013, "U"), (0x3014, 0x301F, "Tr"), (0x3020, 0x302F, "U"), (0x3030, 0x3030, "Tr"),
    (0x3031, 0x3126, "U"), (0x3127, 0x3127, "Tu"), (0x3128, 0x31EF, "U"), (0x31F0, 0x31FF, "Tu"),
    (0x3200, 0x32FF, "U"), (0x3300, 0x3357, "Tu"), (0x3358, 0x337A, "U"), (0x337B, 0x337F, "Tu"),
    (0x3380, 0xA4CF, "U"), (0xA960, 0xA97F, "U"), (0xAC00, 0xD7FF, "U"), (0xE000, 0xFAFF, "U"),
    (0xFE10, 0xFE1F, "U"), (0xFE30, 0xFE48, "U"), (0xFE50, 0xFE52, "Tu"), (0xFE53, 0xFE57, "U"),
    (0xFE59, 0xFE5E, "Tr"), (0xFE5F, 0xFE62, "U"), (0xFE67, 0xFE6F, "U"), (0xFF01, 0xFF01, "Tu"),
    (0xFF02, 0xFF07, "U"), (0xFF08, 0xFF09, "Tr"), (0xFF0A, 0xFF0B, "U"), (0xFF0C, 0xFF0C, "Tu"),
    (0xFF0E, 0xFF0E, "Tu"), (0xFF0F, 0xFF19, "U"), (0xFF1A, 0xFF1B, "Tr"), (0xFF1F, 0xFF1F, "Tu"),
    (0xFF20, 0xFF3A, "U"), (0xFF3B, 0xFF3B, "Tr"), (0xFF3C, 0xFF3C, "U"), (0xFF3D, 0xFF3D, "Tr"),
    (0xFF3E, 0xFF3E, "U"), (0xFF3F, 0xFF3F, "Tr"), (0xFF40, 0xFF5A, "U"), (0xFF5B, 0xFF60, "Tr"),
    (0xFFE0, 0xFFE2, "U"), (0xFFE3, 0xFFE3, "Tr"), (0xFFE4, 0xFFE7, "U"), (0xFFF0, 0xFFF8, "U"),
    (0xFFFC, 0xFFFD, "U"), (0x10980, 0x1099F, "U"), (0x11580, 0x115FF, "U"), (0x13000, 0x1342F, "U"),
    (0x14400, 0x1467F, "U"), (0x16FE0, 0x18AFF, "U"), (0x1B000, 0x1B0FF, "U"), (0x1D000, 0x1D1FF, "U"),
    (0x1D300, 0x1D37F, "U"), (0x1D800, 0x1DAAF, "U"), (0x1F000, 0x1F1FF, "U"), (0x1F200, 0x1F201, "Tu"),
    (0x1F202, 0x1F7FF, "U"), (0x1F900, 0x1F9FF, "U"), (0x20000, 0x3FFFD, "U"), (0xF0000, 0x10FFFD, "U"),
)  # fmt: skip
_VO_STARTS = tuple(start for start, _end, _vo in _VO_RANGES)
SMALL_KANA = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
_KANA_TU = frozenset(SMALL_KANA + "\u309b\u309c")  # plus the spacing (han)dakuten ゛゜
_KANA_TR = frozenset("\u30a0\u30fc")  # ゠ ー
# 、。，． and their small forms: placed in the upper-right quadrant in vertical text (JIS X 4051).
_COMMAS_STOPS = frozenset("、。，．﹐﹑﹒")


def orientation(ch: str) -> Orientation:
    """The UAX #50 Vertical_Orientation of one character.

    Args:
        ch: A single character.

    Returns:
        ``"U"`` (upright), ``"R"`` (rotated 90° clockwise), ``"Tu"`` / ``"Tr"`` (needs a vertical glyph,
        falling back to upright / rotated).
    """
    if ch in _KANA_TU:
        return "Tu"
    if ch in _KANA_TR:
        return "Tr"
    code = ord(ch)
    index = bisect_right(_VO_STARTS, code) - 1
    if index >= 0:
        start, end, vo = _VO_RANGES[index]
        if start <= code <= end:
            return vo
    return "R"


# Unicode vertical presentation forms (U+FE10–FE19, U+FE30–FE48) for the characters that need one.
_PRESENTATION_FORMS = dict(
    zip(
        "、。，：；！？〖〗…‥—–（）｛｝〔〕【】《》〈〉「」『』［］",
        "︑︒︐︓︔︕︖︗︘︙︰︱︲︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄﹇﹈",
        strict=True,
    )
)


def presentation_form(ch: str) -> str | None:
    """The vertical presentation form of ``ch`` (、→︑, 「→﹁, （→︵ …), or None when Unicode has none.

    A font that has the returned code point draws the vertical shape directly, without a ``vert`` lookup.
    ー and 〜 have no presentation form: rotate them (:func:`fallback_rotation`).

    Args:
        ch: A single character.

    Returns:
        The presentation-form character, or None.
    """
    return _PRESENTATION_FORMS.get(ch)


def fallback_rotation(ch: str) -> tuple[float, float, float]:
    """How to draw ``ch`` in a column when the font has no vertical glyph for it.

    * ``R`` and ``Tr`` characters (Latin letters, ー, 〜, brackets 「」（）) turn 90° clockwise about the
      centre of their cell, which is what their vertical glyphs look like.
    * 、。，． move from the lower-left quadrant of the em cell, where horizontal fonts draw them, to the
      upper-right quadrant, where JIS X 4051 places them in vertical text: half an em right and half an em
      up. (hagaki.md §2.4 has no sourced numbers; half an em is exactly one quadrant. Prefer a ``vert``
      glyph or :func:`presentation_form` when the font has one.)
    * Small kana sit low and left in horizontal fonts; a tenth of an em right and up centres them the way
      vertical fonts do.
    * Everything else stays upright where it is.

    Args:
        ch: A single character.

    Returns:
        ``(rotation_deg, dx_em, dy_em)``: degrees clockwise, then the offset in em (x right, y down).
    """
    vo = orientation(ch)
    if vo in ("R", "Tr"):
        return (90.0, 0.0, 0.0)
    if ch in _COMMAS_STOPS:
        return (0.0, 0.5, -0.5)
    if ch in SMALL_KANA:
        return (0.0, 0.1, -0.1)
    return (0.0, 0.0, 0.0)
