"""Write ``postcard-v1.sqlite3``: a database as the first release (schema version 1) left it.

The v1 schema is frozen here on purpose (it is history, not the current ``schema.sql``):
no ``contacts.met_on``, no ``contacts.search_key``, no ``cards.options``, no ``touches`` and
``settings`` tables, no ``cards_event`` index. Run it from anywhere:
``python tests/data/make_v1_db.py``; the output is committed and used by
``tests/unit/store/test_db.py``. Licence: written for this project, same licence as the code.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

TARGET = Path(__file__).with_name("postcard-v1.sqlite3")

V1_SCHEMA = """
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
    drafted_at TEXT NOT NULL,
    printed_at TEXT,
    sent_at TEXT,
    replied_at TEXT
);
CREATE INDEX cards_contact ON cards(contact_id);
"""

STAMP = "2025-11-20T09:00:00+00:00"

CONTACTS = [
    # id, family, given, family reading, given reading, company, email, postal code, address1, address2, tags
    (1, "髙橋", "花子", "タカハシ", "ハナコ", "株式会社みらい設計", "hanako@example.jp", "1508512",
     "東京都渋谷区桜丘町", "26-1", '["seminar"]'),
    (2, "山﨑", "大輔", "やまざき", "だいすけ", "", "", "2310023", "神奈川県横浜市中区山下町", "279", "[]"),
]  # fmt: skip


def build(target: Path = TARGET) -> Path:
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    try:
        conn.executescript(V1_SCHEMA)
        conn.executemany(
            "INSERT INTO contacts (id, family_name, given_name, family_reading, given_reading, "
            "company, email, postal_code, address1, address2, tags, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in CONTACTS],
        )
        conn.execute(
            "INSERT INTO events (id, name, date, place) VALUES (1, ?, '2025-11-18', '東京')",
            ("地域DXセミナー2025",),
        )
        conn.executemany("INSERT INTO event_contacts (event_id, contact_id) VALUES (1, ?)", [(1,), (2,)])
        conn.execute(
            "INSERT INTO cards (id, contact_id, event_id, template, text, personal, seed, status, "
            "drafted_at, printed_at) VALUES (1, 1, 1, 'ja-seminar', ?, ?, 7919, 'printed', ?, ?)",
            ("先日はありがとうございました\nお話、勉強になりました", "お話、勉強になりました", STAMP, STAMP),
        )
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target


if __name__ == "__main__":
    print(build())
