"""The SQLite database: opening, creating, upgrading and refusing.

WAL, foreign keys on, a busy timeout so that two processes can share one file, schema version in
``PRAGMA user_version``; a copy of the file goes to ``backups/`` before any migration.

Every SQLite failure reaches the user as one :class:`~postcard.errors.DatabaseError` line (:func:`describe`):
a damaged file names the last backup, a full disk says that nothing was saved, a file or folder that cannot be
written says "cannot write to …" (never "damaged"), another window holding the lock says so.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from postcard.errors import DatabaseError, StoreFault
from postcard.store import migrations

log = logging.getLogger("postcard.sql")

BUSY_TIMEOUT_S = 10.0


class Database:
    """One connection to the postcard database. Use :meth:`open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, backups_dir: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        self.backups_dir = backups_dir or path.parent / "backups"
        self.upgraded_from: int | None = None  # the schema version this open upgraded, if it did
        self._depth = 0

    @classmethod
    def open(cls, path: Path, backups_dir: Path | None = None) -> Database:
        """Open (creating or upgrading as needed) the database at ``path``."""
        path = Path(path)
        backups_dir = backups_dir or path.parent / "backups"
        # The file is never opened outside SQLite: closing any other descriptor of it would drop the POSIX locks
        # this process's connections hold (the window's, while a worker opens its own), and another process
        # closing its connection would then take itself for the last one and delete the WAL under them. A file
        # that is no SQLite database is refused by the first read below, before anything is written.
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise database_error(exc, path, backups_dir) from exc
        try:
            # Read before writing anything: switching to WAL rewrites the header of a file we may refuse.
            # One statement, one snapshot: another process may be creating the file right now.
            version, tables = conn.execute(
                "SELECT (SELECT user_version FROM pragma_user_version), "
                "(SELECT count(*) FROM sqlite_master WHERE type = 'table')"
            ).fetchone()
            has_tables = tables > 0
            if 1 <= version <= migrations.CURRENT_VERSION or (version == 0 and not has_tables):
                conn.execute("PRAGMA foreign_keys = ON")
                mode = _enable_wal(conn)
                if mode.lower() != "wal":
                    log.warning("journal mode is %s, not WAL", mode)
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            conn.close()
            raise database_error(exc, path, backups_dir) from exc
        if version > migrations.CURRENT_VERSION:
            conn.close()
            raise DatabaseError(
                f"{path} was written by a newer postcard (schema {version}; this version knows up to "
                f"{migrations.CURRENT_VERSION}): upgrade postcard to open it",
                fault=StoreFault.NEWER,
                path=path,
                version=version,
            )
        if version < 1 and has_tables:  # 0 or negative with tables: not ours, or its header was overwritten
            conn.close()
            raise DatabaseError(
                f"{path} has tables but no postcard schema version (user_version {version}): it is not a "
                f"postcard database or it is damaged{_backup_hint(backups_dir)}. It was left untouched.",
                fault=StoreFault.NOT_OURS,
                path=path,
                backup=_last_backup(backups_dir),
                version=version,
            )
        db = cls(conn, path, backups_dir)
        try:
            if version == 0:
                db._create()
            elif version < migrations.CURRENT_VERSION:
                db._upgrade(version, backups_dir)
                db.upgraded_from = version
        except sqlite3.Error as exc:
            conn.close()
            raise database_error(exc, path, backups_dir) from exc
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
        """A transaction (nested calls join the outer one); rolled back on any exception.

        An SQLite failure inside it (or at the commit) is rolled back and raised as one DatabaseError line.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        self._depth = 1
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error):
                raise self.error(exc, rolled_back=True) from exc
            raise
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        if self.conn.in_transaction:  # SQLite may have rolled back already (a full disk, an I/O error)
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error as exc:
                log.warning("rollback failed: %s", exc)

    def execute(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise self.error(exc) from exc

    def error(self, exc: sqlite3.Error, *, rolled_back: bool = False) -> Exception:
        """The user's one line for an SQLite failure; a programming error (bad SQL) is returned unchanged."""
        if isinstance(exc, sqlite3.ProgrammingError | sqlite3.InterfaceError) or _is_bug(exc):
            return exc
        return database_error(exc, self.path, self.backups_dir, rolled_back=rolled_back)

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
        except (sqlite3.DatabaseError, DatabaseError) as exc:
            message = f"could not upgrade {self.path}: {exc}; the original is in {backup}"
            failed = DatabaseError(message, fault=StoreFault.UPGRADE, path=self.path, backup=backup, detail=str(exc))
            raise failed from exc


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


def _last_backup(backups_dir: Path) -> Path | None:
    return latest_backup(backups_dir) if backups_dir.exists() else None


def _backup_hint(backups_dir: Path) -> str:
    backup = _last_backup(backups_dir)
    return f"; the last backup is {backup}" if backup else "; no backup was found"


def _unreadable(path: Path, backups_dir: Path, reason: object) -> str:
    return f"{path} is damaged or unreadable ({reason}){_backup_hint(backups_dir)}. It was left untouched."


# SQLite's primary result codes (the low byte of sqlite_errorcode).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _PERM = 5, 6, 8, 10, 11, 13, 14, 26, 3
_CONSTRAINT, _ERROR, _MISMATCH, _RANGE = 19, 1, 20, 25


def _code(exc: sqlite3.Error) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # raised by the sqlite3 module itself, not by SQLite: guess from the text
        text = str(exc).lower()
        for needle, guess in (
            ("locked", _BUSY),
            ("busy", _BUSY),
            ("readonly", _READONLY),
            ("read-only", _READONLY),
            ("disk is full", _FULL),
            ("disk full", _FULL),
            ("malformed", _CORRUPT),
            ("not a database", _NOTADB),
            ("unable to open", _CANTOPEN),
            ("disk i/o", _IOERR),
        ):
            if needle in text:
                return guess
        return _ERROR
    return int(code) & 0xFF


def _is_bug(exc: sqlite3.Error) -> bool:
    """SQL that postcard got wrong (a syntax error, a missing column in a current schema): a bug, not the user's."""
    return _code(exc) in (_ERROR, _MISMATCH, _RANGE, _CONSTRAINT) and "no such table" not in str(exc)


def database_error(exc: sqlite3.Error, path: Path, backups_dir: Path, *, rolled_back: bool = False) -> DatabaseError:
    """One line a person can act on for an SQLite failure on the database at ``path``, with its facts as data."""
    code = _code(exc)
    undone = "; nothing of this step was saved" if rolled_back else ""
    if code in (_BUSY, _LOCKED):
        fault, message = StoreFault.BUSY, "the database is busy in another postcard window; try again"
    elif code == _FULL:
        fault, rolled_back = StoreFault.DISK_FULL, True
        message = f"the disk is full: cannot write to {path}; nothing was saved (the change was rolled back)"
    elif code in (_READONLY, _PERM) or (code == _CANTOPEN and not os.access(path.parent, os.W_OK)):
        fault, message = StoreFault.READ_ONLY, f"cannot write to {path} (read-only file or folder){undone}"
    elif code == _CANTOPEN:
        fault, message = StoreFault.CANNOT_OPEN, f"cannot open {path}: {exc}"
    elif code == _IOERR:
        fault, message = StoreFault.IO, f"cannot read or write {path} (input/output error: {exc}){undone}"
    elif code in (_CORRUPT, _NOTADB) or "no such table" in str(exc):
        reason = "not an SQLite database" if code == _NOTADB else exc
        return DatabaseError(_unreadable(path, backups_dir, reason), fault=StoreFault.DAMAGED, path=path,
                             backup=_last_backup(backups_dir), detail=str(exc))  # fmt: skip
    else:
        fault, message = StoreFault.OTHER, f"database error on {path}: {exc}{undone}"
    return DatabaseError(message, fault=fault, path=path, detail=str(exc), rolled_back=rolled_back)


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
    return int(conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]) > 0


def _statements(script: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
