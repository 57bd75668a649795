"""Every SQLite failure is one line for the user: damaged mid-file, disk full, read-only, foreign versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from postcard.core.model import Contact
from postcard.errors import DatabaseError, StoreFault
from postcard.store.db import Database, backup_database
from postcard.store.store import Store


def filled(path: Path, count: int = 400) -> None:
    store = Store.open(path)
    try:
        store.contacts.add_many(Contact(family_name=f"山田{i}", notes="メモ" * 40) for i in range(count))
    finally:
        store.close()


def test_random_bytes_in_the_middle_name_the_last_backup(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    filled(path)
    store = Store.open(path)
    backup = backup_database(store.db.conn, tmp_path / "backups", "weekly")
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 10 * page
    pages = len(data) // page
    noise = bytes((i * 7919) % 251 for i in range(page))
    for number in range(2, pages - 1, 2):  # every other page after the schema's: noise in the middle of the file
        data[number * page : (number + 1) * page] = noise
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as caught:  # on opening, or on the first read that meets the damage
        store = Store.open(path)
        try:
            store.contacts.list()
        finally:
            store.close()
    message = str(caught.value)
    assert "damaged" in message and str(backup) in message and "\n" not in message
    assert (caught.value.fault, caught.value.path, caught.value.backup) == (StoreFault.DAMAGED, path, backup)


def test_a_full_disk_rolls_back_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    store = Store.open(path)
    try:
        store.contacts.add(Contact(family_name="残る"))
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the file cannot grow: as a full disk
        with pytest.raises(DatabaseError, match="disk is full.*nothing was saved") as caught:
            store.contacts.add_many(Contact(family_name=f"山田{i}", notes="メモ" * 200) for i in range(200))
        assert str(path) in str(caught.value)
        assert (caught.value.fault, caught.value.path, caught.value.rolled_back) == (StoreFault.DISK_FULL, path, True)
        assert [c.family_name for c in store.contacts.list()] == ["残る"]  # rolled back whole
        assert not store.db.conn.in_transaction
    finally:
        store.close()


def test_a_read_only_database_says_cannot_write_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    store = Store.open(path)
    try:
        store.db.conn.execute("PRAGMA query_only = ON")  # as a file or folder the user may not write
        with pytest.raises(DatabaseError) as caught:
            store.contacts.add(Contact(family_name="山田"))
    finally:
        store.close()
    message = str(caught.value)
    assert message.startswith(f"cannot write to {path}") and "damaged" not in message
    assert caught.value.fault is StoreFault.READ_ONLY


def test_opening_a_read_only_file_says_cannot_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "postcard.sqlite3"
    filled(path, 3)
    connect = sqlite3.connect

    def read_only(target: Path, **kwargs: object) -> sqlite3.Connection:
        return connect(f"file:{target}?mode=ro", uri=True, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", read_only)
    try:
        db = Database.open(path)
    except DatabaseError as exc:
        assert "damaged" not in str(exc) and "cannot write" in str(exc)
    else:  # the file opens for reading; writing says why it cannot
        try:
            with pytest.raises(DatabaseError, match=f"cannot write to {path}"):
                with db.transaction() as conn:
                    conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        finally:
            db.close()


@pytest.mark.parametrize("version", [0, -1, -2147483648])
def test_tables_without_a_positive_version_are_refused_untouched(tmp_path: Path, version: int) -> None:
    path = tmp_path / "postcard.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    with pytest.raises(DatabaseError, match=f"no postcard schema version \\(user_version {version}\\)") as caught:
        Database.open(path)
    assert (caught.value.fault, caught.value.version) == (StoreFault.NOT_OURS, version)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["postcard.sqlite3"]


def test_a_bug_in_sql_is_not_dressed_up_as_a_user_error(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "postcard.sqlite3")
    try:
        with pytest.raises(sqlite3.OperationalError, match="syntax"):
            db.execute("SELEC 1")
    finally:
        db.close()


def test_a_second_connection_in_the_process_leaves_the_first_ones_locks(tmp_path: Path) -> None:
    """A worker opens its own connection while the window's is open. Opening never touches the file outside
    SQLite: closing another descriptor of it would drop the window's POSIX locks, and another process closing
    its connection would then take itself for the last one and delete the WAL under the window's connection
    (the window then read "database disk image is malformed")."""
    import subprocess
    import sys

    path = tmp_path / "postcard.sqlite3"
    window = Store.open(path)
    try:
        window.contacts.add(Contact(family_name="窓"))
        worker = Store.open(path)  # as the import or the count of who is due does on its thread
        worker.contacts.add(Contact(family_name="作業"))
        worker.close()
        other = (f"from postcard.store.store import Store\nfrom postcard.core.model import Contact\n"
                 f"s = Store.open({str(path)!r})\ns.contacts.add(Contact(family_name='別'))\ns.close()\n")  # fmt: skip
        subprocess.run([sys.executable, "-c", other], check=True, timeout=60)
        assert path.with_name(path.name + "-wal").exists()  # the other process knew it was not the last
        assert sorted(c.family_name for c in window.contacts.list()) == sorted(["窓", "作業", "別"])
    finally:
        window.close()


def test_a_file_that_is_no_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not an SQLite database") as caught:
        Database.open(path)
    assert caught.value.fault is StoreFault.DAMAGED and path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["postcard.sqlite3"]
