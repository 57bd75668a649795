"""Normalisation of names, readings, postal codes and addresses as they come from real files."""

from __future__ import annotations

import re
import unicodedata

import jaconv

_POSTAL_JP = re.compile(r"^(\d{3})-?(\d{4})$")
_SPACES = re.compile(r"[ \u3000\t]+")


def clean(value: str | None) -> str:
    """Strip, collapse runs of spaces (including the ideographic space), drop control characters."""
    if not value:
        return ""
    if not value.isprintable():  # only then can there be control characters to drop
        value = "".join(ch for ch in value if ch in "\n" or unicodedata.category(ch)[0] != "C")
    return _SPACES.sub(" ", value).strip()


def normalize_reading(value: str | None) -> str:
    """A furigana reading with half-width katakana made full width (ｱﾝﾄﾞｳ → アンドウ).

    Hiragana stays hiragana and katakana stays katakana, as the user gave it; full-width ASCII becomes ASCII.
    """
    value = clean(value)
    return _width_fold(value) if value else ""


def normalize_text(value: str | None, *, multiline: bool = False) -> str:
    """General field clean-up: half-width katakana to full width, full-width ASCII letters/digits to ASCII.

    Kanji variants (髙, 﨑) and everything else are kept exactly. Line breaks become spaces unless
    ``multiline`` (notes keep them; a company name broken over two lines in a spreadsheet cell does not).
    """
    if value and not multiline:
        value = value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    value = clean(value)
    return _width_fold(value) if value else ""


_HALF_KANA = re.compile("[\uff61-\uff9f]")
_FULL_ASCII = re.compile("[\uff01-\uff5e]")


def _width_fold(value: str) -> str:
    """Half-width katakana → full width, full-width ASCII → ASCII (jaconv), skipped when there is none."""
    if _HALF_KANA.search(value):
        value = jaconv.h2z(value, kana=True, ascii=False, digit=False)
    if _FULL_ASCII.search(value):
        value = jaconv.z2h(value, kana=False, ascii=True, digit=True)
    return value


def normalize_postal_code(value: str | None) -> str:
    """``〒150-8512``, ``１５０－８５１２``, ``1508512`` → ``1508512``.

    A value that is not a Japanese postal code (a US ZIP, a UK postcode) is returned cleaned but unchanged.
    """
    value = clean(value)
    if not value:
        return ""
    ascii_value = jaconv.z2h(value, kana=False, ascii=True, digit=True)
    compact = re.sub(r"[〒\s]", "", ascii_value)
    compact = re.sub(r"[‐‑‒–—―−ー－-]", "-", compact)
    match = _POSTAL_JP.match(compact)
    if match:
        return match.group(1) + match.group(2)
    return ascii_value


def format_postal_code(code: str) -> str:
    """``1508512`` → ``150-8512``; anything else unchanged."""
    if len(code) == 7 and code.isdigit():
        return f"{code[:3]}-{code[3:]}"
    return code


def is_japanese_postal_code(code: str) -> bool:
    return len(code) == 7 and code.isascii() and code.isdigit()


def split_full_name(value: str) -> tuple[str, str]:
    """Split a one-field name (Eight's old ``氏名``) into family and given name.

    Japanese names are written family-first and usually separated by a space; without a space the whole name
    is kept as the family name (guessing the split of 長谷川 vs 長谷 川 is worse than not splitting).
    Latin names are written given-first: "John Doe" → ("Doe", "John").
    """
    value = clean(value)
    if not value:
        return "", ""
    parts = value.split(" ")
    if len(parts) == 1:
        return value, ""
    if any(ord(ch) > 0x2FFF for ch in value):
        return parts[0], " ".join(parts[1:])
    return parts[-1], " ".join(parts[:-1])


_PREFECTURE = re.compile(r"^(北海道|東京都|大阪府|京都府|.{2,3}県)")


def starts_with_prefecture(address: str) -> bool:
    return bool(_PREFECTURE.match(address))
