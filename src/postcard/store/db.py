"""The SQLite database: opening, creating, upgrading and refusing.

WAL, foreign keys on, a busy timeout so that two processes can share one file, schema version in
``PRAGMA user_version``; a copy of the file goes to ``backups/`` before any migration.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from postcard.errors import DatabaseError
from postcard.store import migrations

log = logging.getLogger("postcard.sql")

BUSY_TIMEOUT_S = 10.0
_SQLITE_HEADER = b"SQLite format 3\x00"


class Database:
    """One connection to the postcard database. Use :meth:`open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def open(cls, path: Path, backups_dir: Path | None = None) -> Database:
        """Open (creating or upgrading as needed) the database at ``path``."""
        path = Path(path)
        backups_dir = backups_dir or path.parent / "backups"
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            _check_header(path, backups_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(_unreadable(path, backups_dir, exc)) from exc
        try:
            # Read before writing anything: switching to WAL rewrites the header of a file we may refuse.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = _has_tables(conn)
            if version <= migrations.CURRENT_VERSION:
                conn.execute("PRAGMA foreign_keys = ON")
                mode = _enable_wal(conn)
                if mode.lower() != "wal":
                    log.warning("journal mode is %s, not WAL", mode)
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            conn.close()
            known = _known(exc) if isinstance(exc, sqlite3.OperationalError) else exc
            if isinstance(known, DatabaseError):  # busy, disk full: not a damaged file
                raise known from exc
            raise DatabaseError(_unreadable(path, backups_dir, exc)) from exc
        if version > migrations.CURRENT_VERSION:
            conn.close()
            raise DatabaseError(
                f"{path} was written by a newer postcard (schema {version}; this version knows up to "
                f"{migrations.CURRENT_VERSION}): upgrade postcard to open it"
            )
        db = cls(conn, path)
        try:
            if version == 0 and not has_tables:
                db._create()
            elif version < migrations.CURRENT_VERSION:
                db._upgrade(version, backups_dir)
        except BaseException:
            conn.close()
            raise
        return db

    def close(self) -> None:
        self.conn.close()

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self, exclusive: bool = False) -> Iterator[sqlite3.Connection]:
        """A transaction (nested calls join the outer one); rolled back on any exception."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def execute(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.OperationalError as exc:
            raise _known(exc) from exc

    def _create(self) -> None:
        schema = resources.files("postcard.store").joinpath("schema.sql").read_text(encoding="utf-8")
        with self.transaction(exclusive=True) as conn:
            if _has_tables(conn):  # another process created it while we waited for the lock
                return
            for statement in _statements(schema):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION}")

    def _upgrade(self, version: int, backups_dir: Path) -> None:
        backup = backup_database(self.conn, backups_dir, f"before-v{migrations.CURRENT_VERSION}")
        log.info("upgrading %s from schema %d (backup %s)", self.path, version, backup)
        try:
            with self.transaction(exclusive=True) as conn:
                # another process may have upgraded it while we waited for the lock
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                migrations.upgrade(conn, version)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"could not upgrade {self.path}: {exc}; the original is in {backup}") from exc


def backup_database(conn: sqlite3.Connection, backups_dir: Path, reason: str) -> Path:
    """Copy the live database (consistently, with SQLite's backup API) into ``backups_dir``."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"postcard-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = backups_dir / f"postcard-{stamp}-{reason}-{counter}.sqlite3"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def latest_backup(backups_dir: Path) -> Path | None:
    found = sorted(backups_dir.glob("postcard-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def keep_backups_fresh(db: Database, backups_dir: Path, *, max_age_days: float = 7.0, keep: int = 5) -> Path | None:
    """A weekly copy of a database that holds something, so a damaged file always has a recent backup.

    Returns the new backup, or None when the last one is recent enough (or there is nothing to keep yet).
    Only the newest ``keep`` periodic copies are kept; copies made before a migration are never removed.
    """
    last = latest_backup(backups_dir) if backups_dir.exists() else None
    if last is not None and (dt.datetime.now().timestamp() - last.stat().st_mtime) < max_age_days * 86400:
        return None
    if not db.conn.execute("SELECT EXISTS (SELECT 1 FROM contacts)").fetchone()[0]:
        return None
    made = backup_database(db.conn, backups_dir, "weekly")
    weekly = sorted(backups_dir.glob("postcard-*-weekly*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for old in weekly[:-keep]:
        old.unlink(missing_ok=True)
    return made


def _check_header(path: Path, backups_dir: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from exc
    if header != _SQLITE_HEADER:
        raise DatabaseError(_unreadable(path, backups_dir, "not an SQLite database"))


def _unreadable(path: Path, backups_dir: Path, reason: object) -> str:
    backup = latest_backup(backups_dir) if backups_dir.exists() else None
    hint = f"; the last backup is {backup}" if backup else "; no backup was found"
    return f"{path} is damaged or unreadable ({reason}){hint}. It was left untouched."


def _enable_wal(conn: sqlite3.Connection) -> str:
    """Switch to WAL. SQLite does not call the busy handler for this switch, so retry while another
    process holds the lock (two instances opening a new file at once)."""
    mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    if mode.lower() == "wal":
        return mode
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0


def _statements(script: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _known(exc: sqlite3.OperationalError) -> Exception:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return DatabaseError("the database is busy in another postcard window; try again")
    if "disk" in text and "full" in text:
        return DatabaseError("the disk is full: nothing was saved")
    return exc
