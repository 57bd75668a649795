"""Opening, creating, upgrading and refusing databases; two writers on one file."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from postcard.core.model import Contact
from postcard.errors import DatabaseError
from postcard.store import migrations
from postcard.store.db import Database
from postcard.store.store import Store

V1_FIXTURE = Path(__file__).resolve().parents[2] / "data" / "postcard-v1.sqlite3"


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def raw_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "postcard.sqlite3"
    shutil.copyfile(V1_FIXTURE, target)
    assert raw_version(target) == 1
    return target


# --- a new database --------------------------------------------------------------------------------
def test_new_database_is_current_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "sub" / "postcard.sqlite3")
    try:
        assert db.version == migrations.CURRENT_VERSION == 4
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert {"met_on", "search_key"} <= columns(db.conn, "contacts")
        assert "options" in columns(db.conn, "cards")
        assert columns(db.conn, "touches") and columns(db.conn, "settings")
    finally:
        db.close()
    assert not (tmp_path / "sub" / "backups").exists()  # nothing to back up for a new file


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "postcard.sqlite3")
    try:
        with pytest.raises(sqlite3.IntegrityError):
            db.conn.execute("INSERT INTO event_contacts (event_id, contact_id) VALUES (41, 42)")
    finally:
        db.close()


def test_reopening_keeps_data_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    first = Store.open(path)
    first.contacts.add(Contact(family_name="山田", given_name="太郎"))
    first.close()
    second = Store.open(path)
    try:
        assert [c.full_name for c in second.contacts.list()] == ["山田 太郎"]
    finally:
        second.close()
    assert not (tmp_path / "backups").exists()


# --- upgrading the v1 fixture ----------------------------------------------------------------------
def test_v1_database_is_upgraded_with_data_intact(v1_copy: Path) -> None:
    store = Store.open(v1_copy)
    try:
        assert store.db.version == migrations.CURRENT_VERSION
        assert {"met_on", "search_key"} <= columns(store.db.conn, "contacts")
        takahashi = store.contacts.get(1)
        assert takahashi is not None
        assert (takahashi.family_name, takahashi.given_name) == ("髙橋", "花子")
        assert (takahashi.family_reading, takahashi.given_reading) == ("タカハシ", "ハナコ")
        assert takahashi.tags == ["seminar"] and takahashi.met_on is None
        yamazaki = store.contacts.get(2)
        assert yamazaki is not None and yamazaki.family_name == "山﨑"
        event = store.events.find("地域DXセミナー2025")
        assert event is not None and event.id is not None
        assert [c.id for c in store.contacts.list(event_id=event.id)] == [1, 2]
        card = store.cards.get(1)
        assert card is not None and card.status == "printed" and card.options == {}
        assert card.text == "先日はありがとうございました\nお話、勉強になりました"
        # the search key was computed during the upgrade: a katakana reading is found in hiragana
        keys = dict(store.db.execute("SELECT id, search_key FROM contacts").fetchall())
        assert all(keys.values())
        assert [c.id for c in store.contacts.list(query="たかはし")] == [1]
        assert [c.id for c in store.contacts.list(query="ヤマザキ")] == [2]
        assert [c.id for c in store.contacts.list(query="hanako@example")] == [1]
        store.settings.set("ink", "blue")  # the new tables are usable
        assert store.settings.get("ink") == "blue"
    finally:
        store.close()


def test_upgrade_backs_up_the_v1_file_first(v1_copy: Path) -> None:
    before = dump(v1_copy)
    Store.open(v1_copy).close()
    backups = list((v1_copy.parent / "backups").glob("postcard-*.sqlite3"))
    assert len(backups) == 1
    assert raw_version(backups[0]) == 1
    assert dump(backups[0]) == before
    Store.open(v1_copy).close()  # already current: no second backup
    assert len(list((v1_copy.parent / "backups").glob("*.sqlite3"))) == 1


def test_backups_dir_can_be_chosen(v1_copy: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    Database.open(v1_copy, elsewhere).close()
    assert [raw_version(p) for p in elsewhere.glob("*.sqlite3")] == [1]


@pytest.mark.parametrize(
    ("error", "expected"),
    [(sqlite3.OperationalError("no such column: oops"), DatabaseError), (RuntimeError("bug"), RuntimeError)],
)
def test_failing_migration_rolls_back(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, expected: type[Exception]
) -> None:
    before = dump(v1_copy)

    def broken_step(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE contacts ADD COLUMN met_on TEXT")
        conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        raise error

    monkeypatch.setitem(migrations.STEPS, 2, broken_step)
    with pytest.raises(expected) as caught:
        Database.open(v1_copy)
    if expected is DatabaseError:
        assert "backups" in str(caught.value)  # points at the copy made before the upgrade
    assert raw_version(v1_copy) == 1
    assert dump(v1_copy) == before
    conn = sqlite3.connect(v1_copy)
    try:
        assert "met_on" not in columns(conn, "contacts")
    finally:
        conn.close()


# --- refusing --------------------------------------------------------------------------------------
def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer") as caught:
        Database.open(path)
    assert "99" in str(caught.value)
    assert path.read_bytes() == original
    assert raw_version(path) == 99


def test_garbage_file_is_refused_with_a_pointer_to_the_last_backup(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    backups = tmp_path / "backups"
    backups.mkdir()
    last = backups / "postcard-20260101-120000-before-v2.sqlite3"
    shutil.copyfile(V1_FIXTURE, last)
    garbage = b"\x00\xffnot a database at all\n" * 300
    path.write_bytes(garbage)
    with pytest.raises(DatabaseError) as caught:
        Database.open(path)
    message = str(caught.value)
    assert str(last) in message and "backup" in message
    assert "\n" not in message
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "postcard.sqlite3"]  # no -wal, no new db


def test_garbage_file_without_backups_says_so(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    path.write_bytes(b"PK\x03\x04 a zip file, say")
    with pytest.raises(DatabaseError, match="no backup"):
        Database.open(path)
    assert path.read_bytes() == b"PK\x03\x04 a zip file, say"


def test_damaged_file_with_a_valid_header_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 16
    path.write_bytes(damaged)
    with pytest.raises(DatabaseError, match="damaged"):
        Database.open(path)
    assert path.read_bytes() == damaged


# --- two writers -----------------------------------------------------------------------------------
def run_together(count: int, work: Callable[[int], None]) -> None:
    """Run ``work(i)`` in ``count`` threads released at the same moment; re-raise the first failure."""
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def runner(i: int) -> None:
        try:
            barrier.wait()
            work(i)
        except BaseException as exc:  # noqa: B036 - handed back to the test thread
            errors.append(exc)

    threads = [threading.Thread(target=runner, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def check_integrity(path: Path, expected_rows: int) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == expected_rows
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
    finally:
        conn.close()


def test_two_connections_in_two_threads_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    Database.open(path).close()
    stores = [Store.open(path), Store.open(path)]

    def insert(i: int) -> None:
        for n in range(150):
            stores[i].contacts.add(Contact(family_name=f"writer{i}", given_name=str(n)))

    try:
        run_together(2, insert)
        for i in range(2):
            assert len(stores[i].contacts.list(query=f"writer{i}")) == 150
    finally:
        for s in stores:
            s.close()
    check_integrity(path, 300)


def test_two_instances_creating_a_new_database_at_once(tmp_path: Path) -> None:
    path = tmp_path / "new" / "postcard.sqlite3"

    def open_and_add(i: int) -> None:
        store = Store.open(path)
        try:
            store.contacts.add(Contact(family_name=f"first{i}"))
        finally:
            store.close()

    run_together(4, open_and_add)
    check_integrity(path, 4)


WRITER = """
import sys
from pathlib import Path
from postcard.core.model import Contact
from postcard.store.store import Store
store = Store.open(Path(sys.argv[1]))
for n in range(200):
    name = sys.argv[2]
    store.contacts.add(Contact(family_name=name, given_name=str(n), email=f"{name}{n}@example.jp"))
store.close()
"""


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "postcard.sqlite3"
    Database.open(path).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for name in ("alpha", "beta")
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    check_integrity(path, 400)
    conn = sqlite3.connect(path)
    try:
        counts = dict(conn.execute("SELECT family_name, count(DISTINCT given_name) FROM contacts GROUP BY 1"))
    finally:
        conn.close()
    assert counts == {"alpha": 200, "beta": 200}


def test_a_weekly_backup_is_kept_and_old_ones_pruned(tmp_path: Path) -> None:
    import os

    from postcard.core.model import Contact
    from postcard.store.contacts import ContactRepo
    from postcard.store.db import keep_backups_fresh

    backups = tmp_path / "backups"
    db = Database.open(tmp_path / "p.sqlite3", backups)
    assert keep_backups_fresh(db, backups) is None  # nothing to keep yet
    ContactRepo(db).add(Contact(family_name="山田", given_name="太郎"))
    first = keep_backups_fresh(db, backups)
    assert first is not None and first.exists()
    assert keep_backups_fresh(db, backups) is None  # a recent one exists
    for i in range(7):  # age the copies: a new one is made each time, and only five are kept
        for old in backups.glob("*.sqlite3"):
            os.utime(old, (old.stat().st_atime - 8 * 86400, old.stat().st_mtime - 8 * 86400 - i))
        assert keep_backups_fresh(db, backups) is not None
    assert len(list(backups.glob("*-weekly*.sqlite3"))) == 5
    copy = sqlite3.connect(first if first.exists() else sorted(backups.glob("*.sqlite3"))[-1])
    assert copy.execute("SELECT family_name FROM contacts").fetchone()[0] == "山田"
    copy.close()
    db.close()
