"""Write ``postcard-v2.sqlite3``: a database as schema version 2 left it, with what version 3 has to repair.

The v2 schema is frozen here on purpose (it is history, not the current ``schema.sql``): no suggested readings,
event names not unique. The data has what v2 allowed and v3 does not: two events of one name without a date
(two imports into one new event at once), the same name on two days (a yearly seminar), a keep-in-touch interval
of 0 days, and Eight contacts without readings. Run it from anywhere: ``python tests/data/make_v2_db.py``; the
output is committed and used by ``tests/unit/store/test_migrations.py``. Licence: written for this project, same
licence as the code.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

TARGET = Path(__file__).with_name("postcard-v2.sqlite3")

V2_SCHEMA = """
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    family_name TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    family_reading TEXT NOT NULL DEFAULT '',
    given_reading TEXT NOT NULL DEFAULT '',
    honorific TEXT NOT NULL DEFAULT '様',
    company TEXT NOT NULL DEFAULT '',
    company_reading TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    joint_names TEXT NOT NULL DEFAULT '[]',
    postal_code TEXT NOT NULL DEFAULT '',
    address1 TEXT NOT NULL DEFAULT '',
    address2 TEXT NOT NULL DEFAULT '',
    address3 TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    key_person INTEGER NOT NULL DEFAULT 0,
    interval_days INTEGER,
    tags TEXT NOT NULL DEFAULT '[]',
    archived INTEGER NOT NULL DEFAULT 0,
    met_on TEXT,
    search_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contacts_email ON contacts(email) WHERE email <> '';
CREATE INDEX contacts_name ON contacts(family_name, given_name);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    date TEXT,
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (name, date)
);
CREATE TABLE event_contacts (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, contact_id)
);
CREATE INDEX event_contacts_contact ON event_contacts(contact_id);
CREATE TABLE senders (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    address1 TEXT NOT NULL DEFAULT '',
    address2 TEXT NOT NULL DEFAULT '',
    address3 TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
    sender_id INTEGER REFERENCES senders(id) ON DELETE SET NULL,
    template TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    personal TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'jp-hagaki',
    seed INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'printed', 'sent', 'replied')),
    options TEXT NOT NULL DEFAULT '{}',
    drafted_at TEXT NOT NULL,
    printed_at TEXT,
    sent_at TEXT,
    replied_at TEXT
);
CREATE INDEX cards_contact ON cards(contact_id);
CREATE INDEX cards_event ON cards(event_id);
CREATE TABLE touches (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'note',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX touches_contact ON touches(contact_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

STAMP = "2026-05-20T09:00:00+00:00"

CONTACTS = [
    # id, family, given, family reading, given reading, company, postal code, address1, interval days, search key
    (1, "髙橋", "花子", "たかはし", "はなこ", "株式会社みらい設計", "1508512", "東京都渋谷区桜丘町26-1", None,
     "髙橋花子 花子 髙橋 たかはしはなこ たかはし はなこ 株式会社みらい設計"),
    (2, "山﨑", "翼", "", "", "合同会社テクノ", "1000005", "東京都千代田区丸の内1-9-1", 0,
     "山﨑翼 翼 山﨑 合同会社テクノ"),
    (3, "長谷川", "結衣", "", "", "", "2310023", "神奈川県横浜市中区山下町279", -30, "長谷川結衣 結衣 長谷川"),
    (4, "Doe", "Jane", "", "", "Acme", "", "1 Main Street", 90, "doejane jane doe acme"),
]  # fmt: skip

EVENTS = [  # id, name, date, place
    (1, "地域DXセミナー", None, "東京"),
    (2, "地域DXセミナー", None, ""),  # the same event made twice by two imports at once
    (3, "勉強会", "2025-04-01", "大阪"),
    (4, "勉強会", "2026-04-01", "大阪"),  # the same name a year later: another event
]
LINKS = [(1, 1), (2, 1), (2, 2), (3, 3), (4, 4)]  # (event, contact)


def build(target: Path = TARGET) -> Path:
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    try:
        conn.executescript(V2_SCHEMA)
        conn.executemany(
            "INSERT INTO contacts (id, family_name, given_name, family_reading, given_reading, company, postal_code, "
            "address1, interval_days, search_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in CONTACTS],
        )
        conn.executemany("INSERT INTO events (id, name, date, place) VALUES (?, ?, ?, ?)", EVENTS)
        conn.executemany("INSERT INTO event_contacts (event_id, contact_id) VALUES (?, ?)", LINKS)
        conn.execute(
            "INSERT INTO cards (id, contact_id, event_id, template, text, seed, status, drafted_at, printed_at) "
            "VALUES (1, 2, 2, 'ja-seminar', ?, 11, 'printed', ?, ?)",
            ("先日はありがとうございました", STAMP, STAMP),
        )
        conn.execute("INSERT INTO settings (key, value) VALUES ('layout', '{\"ink\": \"#1F2A44\"}')")
        conn.execute("PRAGMA user_version = 2")
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target


if __name__ == "__main__":
    print(build())
