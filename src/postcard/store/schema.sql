-- The current schema (user_version 4). A new database is created from this file; older ones are upgraded by
-- store/migrations.py. Dates are ISO strings: 'YYYY-MM-DD' for dates, 'YYYY-MM-DDTHH:MM:SS+00:00' for times.
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
    joint_names TEXT NOT NULL DEFAULT '[]',   -- JSON list of {given_name, family_name, honorific, given_reading}
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
    tags TEXT NOT NULL DEFAULT '[]',          -- JSON list of strings
    archived INTEGER NOT NULL DEFAULT 0,
    met_on TEXT,
    search_key TEXT NOT NULL DEFAULT '',      -- names, readings (hiragana-folded), company, e-mail; lower case
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    suggested_family_reading TEXT NOT NULL DEFAULT '',  -- guessed readings, until the user confirms or corrects
    suggested_given_reading TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_email ON contacts(email) WHERE email <> '';
CREATE INDEX contacts_name ON contacts(family_name, given_name, postal_code);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    date TEXT,
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (name, date)
);
CREATE UNIQUE INDEX events_name ON events(name);  -- one event per name: --event NAME is never ambiguous

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
    options TEXT NOT NULL DEFAULT '{}',       -- JSON: everything else needed for an exact reprint
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
    value TEXT NOT NULL                       -- JSON
);
