"""Upgrading a version-2 database (tests/data/postcard-v2.sqlite3) to version 3, and what the app does after it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from postcard.errors import DatabaseError
from postcard.store import migrations
from postcard.store.db import Database
from postcard.store.store import Store

V2_FIXTURE = Path(__file__).resolve().parents[2] / "data" / "postcard-v2.sqlite3"


@pytest.fixture
def v2_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data" / "postcard.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(V2_FIXTURE, target)
    return target


def test_v2_is_upgraded_to_the_current_version(v2_copy: Path) -> None:
    store = Store.open(v2_copy)
    try:
        assert store.db.version == migrations.CURRENT_VERSION == 4
        assert store.db.upgraded_from == 2
        index = store.db.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'contacts_name'").fetchone()[0]
        assert "family_name, given_name, postal_code" in index  # duplicates found fast when names repeat
        cols = {row[1] for row in store.db.conn.execute("PRAGMA table_info(contacts)")}
        assert {"suggested_family_reading", "suggested_given_reading"} <= cols
        assert store.contacts.get(1).full_reading == "たかはし はなこ"  # type: ignore[union-attr]
        assert store.settings.get("layout") == {"ink": "#1F2A44"}
    finally:
        store.close()
    assert len(list((v2_copy.parent / "backups").glob("postcard-*-before-v4.sqlite3"))) == 1


def test_one_event_made_twice_becomes_one_with_everyone_and_every_card(v2_copy: Path) -> None:
    store = Store.open(v2_copy)
    try:
        event = store.events.resolve("地域DXセミナー")
        assert event.id == 1 and event.place == "東京"
        assert sorted(c.id or 0 for c in store.contacts.list(event_id=event.id)) == [1, 2]
        assert store.cards.get(1).event_id == 1  # type: ignore[union-attr]
        assert store.events.get(2) is None
    finally:
        store.close()


def test_one_name_on_two_days_stays_two_events_told_apart_by_the_date(v2_copy: Path) -> None:
    store = Store.open(v2_copy)
    try:
        names = sorted(e.name for e in store.events.list())
        assert names == ["勉強会", "勉強会 (2026-04-01)", "地域DXセミナー"]
        assert store.events.resolve("勉強会").id == 3
        assert store.events.resolve("勉強会 (2026-04-01)").id == 4
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            store.db.conn.execute("INSERT INTO events (name) VALUES ('勉強会')")
    finally:
        store.close()


def test_intervals_below_one_day_become_the_default(v2_copy: Path) -> None:
    store = Store.open(v2_copy)
    try:
        intervals = [c.interval_days for c in store.contacts.get_many([1, 2, 3, 4])]
        assert intervals == [None, None, None, 90]
    finally:
        store.close()


def test_the_app_suggests_readings_once_after_the_upgrade(home_with_readings: Path) -> None:
    from postcard.app import build_context

    target = home_with_readings / "data" / "postcard.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(V2_FIXTURE, target)
    ctx = build_context(home_with_readings)
    try:
        yamazaki, hasegawa, doe = (ctx.store.contacts.get(i) for i in (2, 3, 4))
        assert yamazaki is not None and yamazaki.suggested_reading == "やまざき つばさ"
        assert hasegawa is not None and hasegawa.suggested_reading == "はせがわ ゆい"
        assert doe is not None and doe.suggested_reading == ""
        assert [c.id for c in ctx.store.contacts.list(query="つばさ")] == [2]
    finally:
        ctx.close()


def test_a_failing_step_leaves_the_v2_file_as_it_was(v2_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = V2_FIXTURE.read_bytes()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE contacts ADD COLUMN suggested_family_reading TEXT NOT NULL DEFAULT ''")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 3, broken)
    with pytest.raises(DatabaseError, match="could not upgrade .*the original is in"):
        Database.open(v2_copy)
    conn = sqlite3.connect(v2_copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert "suggested_family_reading" not in {row[1] for row in conn.execute("PRAGMA table_info(contacts)")}
    finally:
        conn.close()
    assert before == V2_FIXTURE.read_bytes()
