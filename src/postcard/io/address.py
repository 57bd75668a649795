"""Structured addresses (vCard ``ADR``, Google/Outlook columns) to and from the contact's three lines.

The contact has ``address1``/``address2``/``address3``, a postal code and a country (empty for Japan).
One rule is used for every import and for the vCard export, so an exported address reads back the same:

* **Japanese layout** (the text is Japanese, or has no Latin letters; the script decides, not the
  country, so a romanised Japanese address is laid out the Western way): ``address1`` = region +
  locality + first street line (prefecture, city, town and street number as one line, the way it is
  written on a card), ``address2`` = further street lines and a PO box, ``address3`` = the extended
  address (building, floor). When there is no extended address, a building written after the street
  number and a space is moved to ``address3``.
* **Western layout** (Latin text): ``address1`` = the street lines joined with ", ", ``address2`` =
  locality + " " + region (the postal code is kept in ``postal_code``), ``address3`` = the extended
  address (and PO box).
* The country is kept as given, except that Japan (日本, JP, JPN, Japan) becomes "" (the model's Japan).
* Some exporters (Android, Gmail) put the whole formatted address into the extended field and leave
  the others empty; that text is then split into lines (and, for Japanese text, the building split off
  after the street number).

Exported back (``adr_components``), a Japanese address is ``;address3;address1\naddress2;;;postal;country``
and a Western one ``;address3;address1;address2;;postal;country``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from postcard.core.model import Contact, is_japan
from postcard.core.text import format_postal_code, normalize_postal_code, normalize_text

_LATIN = re.compile(r"[A-Za-z]")

# A street number: 26-1, 1-9-1, 4丁目, 6丁目10番1号, 三丁目, 1番地の2.
_NUM = r"(?:[0-9]+|[一二三四五六七八九十]+(?=丁目|番|号))"
_SEP = r"(?:丁目|番地|番|号|の|[-‐‑–—―−ー－])"
_BLOCK = rf"{_NUM}(?:{_SEP}+{_NUM})*(?:丁目|番地|番|号)?"
# The building starts after a space that follows a street number, unless what follows is more street number
# (銀座4丁目 5-6).
_SPACED = re.compile(rf"^(.*?[^\s0-9]{_BLOCK})[ \u3000]+(?!{_BLOCK}(?:\s|$))(\S.*)$")
_UNSPACED = re.compile(rf"{_BLOCK}")
_NOT_BUILDING_START = re.compile(rf"^(?:[0-9]|{_SEP}|条|丁|地|区|町|村|市|郡|線|通|東|西|南|北|上|下|入)")


@dataclass
class AddressParts:
    postal_code: str = ""
    address1: str = ""
    address2: str = ""
    address3: str = ""
    country: str = ""

    def apply_to(self, contact: Contact) -> None:
        contact.postal_code = self.postal_code
        contact.address1, contact.address2, contact.address3 = self.address1, self.address2, self.address3
        contact.country = self.country


def has_japanese(text: str) -> bool:
    """True when the text has kana or kanji (half-width katakana included)."""
    return any(
        0x3040 <= ord(ch) <= 0x30FF
        or 0x3400 <= ord(ch) <= 0x9FFF
        or 0xF900 <= ord(ch) <= 0xFAFF
        or 0xFF66 <= ord(ch) <= 0xFF9F
        or ord(ch) >= 0x20000
        for ch in text
    )


def japanese_layout(text: str) -> bool:
    """Whether an address is laid out the Japanese way: its text is Japanese or has no Latin letters.

    The script decides, not the country: "Umeda 3-1-1, Osaka, Japan" is written the Western way.
    """
    return has_japanese(text) or not _LATIN.search(text)


def split_building(address: str, *, require_space: bool = True) -> tuple[str, str]:
    """Split a building off after the street number.

    ``"東京都渋谷区桜丘町26-1 セルリアンタワー6F"`` →
    ``("東京都渋谷区桜丘町26-1", "セルリアンタワー6F")``. With ``require_space=False`` a building glued
    to a complete street number (``26-1セルリアン...``, ``1号六本木...``) is split too. When there is no
    obvious split the address is returned whole with an empty building.
    """
    address = address.strip()
    match = _SPACED.match(address) if " " in address or "\u3000" in address else None
    if match:
        return match.group(1).strip(), match.group(2).strip()
    if require_space:
        return address, ""
    for found in _UNSPACED.finditer(address):
        block, rest = found.group(0), address[found.end() :]
        if not rest or found.start() == 0:
            continue
        complete = bool(re.search(rf"[0-9]{_SEP}+[0-9]", block)) or block.endswith(("号", "番地"))
        if complete and not _NOT_BUILDING_START.match(rest):
            return address[: found.end()].strip(), rest.strip()
    return address, ""


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def build_address(
    *,
    pobox: str = "",
    extended: str = "",
    street: str = "",
    locality: str = "",
    region: str = "",
    postal: str = "",
    country: str = "",
) -> AddressParts:
    """The contact's address from the seven parts of a vCard ``ADR`` (any may be empty; may hold newlines)."""
    text = " ".join((pobox, extended, street, locality, region))
    out = AddressParts(postal_code=normalize_postal_code(postal))
    out.country = "" if is_japan(country) else normalize_text(country)
    street_lines, ext_lines, pobox = _lines(street), _lines(extended), pobox.strip()
    only_extended = not (street_lines or locality.strip() or region.strip())
    if japanese_layout(text):
        if only_extended and ext_lines:
            if len(ext_lines) == 1:
                first, building = split_building(normalize_text(ext_lines[0]), require_space=False)
                lines = [first, "", building]
            else:
                lines = [ext_lines[0], " ".join(ext_lines[1:-1]), ext_lines[-1]]
            lines[1] = " ".join(p for p in (lines[1], pobox) if p)
        else:
            head = region.strip() + locality.strip() + (street_lines[0] if street_lines else "")
            middle = " ".join([*street_lines[1:], *([pobox] if pobox else [])])
            building = " ".join(ext_lines)
            if not building and not middle:
                head, building = split_building(normalize_text(head))
            lines = [head, middle, building]
    else:
        street_lines = [line.rstrip(" ,") for line in street_lines]  # "Silicon Alley 5,"
        city = " ".join(p for p in (locality.strip(), region.strip()) if p)
        if only_extended and ext_lines:
            lines = [ext_lines[0], ext_lines[1] if len(ext_lines) > 1 else "", ", ".join(ext_lines[2:])]
            lines[2] = ", ".join(p for p in (lines[2], pobox) if p)
        else:
            lines = [", ".join(street_lines), city, ", ".join([*ext_lines, *([pobox] if pobox else [])])]
    out.address1, out.address2, out.address3 = (normalize_text(line) for line in lines)
    if not out.address1 and (out.address2 or out.address3):  # never start with an empty line
        rest = [line for line in (out.address2, out.address3) if line]
        out.address1, out.address2, out.address3 = (rest + ["", "", ""])[:3]
    return out


def adr_components(contact: Contact) -> list[str]:
    """The seven ``ADR`` parts (unescaped) for a contact: the inverse of :func:`build_address`."""
    a1, a2, a3 = contact.address1, contact.address2, contact.address3
    postal = format_postal_code(contact.postal_code)
    if japanese_layout(" ".join((a3, a1, a2))):
        street = a1 + ("\n" + a2 if a2 else "")
        return ["", a3, street, "", "", postal, contact.country]
    return ["", a3, a1, a2, "", postal, contact.country]
