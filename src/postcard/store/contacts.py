"""The contact book: storing, finding, de-duplicating and archiving contacts.

The search key and the merge rule are the domain's (:mod:`postcard.core.book`); ``fold_query`` and
``search_key`` are imported here for the callers that search the store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Iterable, Iterator

from postcard.core.book import CONTACT_FIELDS as _FIELDS
from postcard.core.book import fold_query, search_key
from postcard.core.model import Contact, JointName, utcnow
from postcard.core.readings import ReadingSuggester
from postcard.errors import PostcardError
from postcard.store.db import Database
from postcard.store.rows import date_in, date_out, time_in, time_out

MAX_INTERVAL_DAYS = 36_500  # a hundred years

__all__ = ["ContactRepo", "fold_query", "reading_order", "search_key"]

_SUGGESTED = ("suggested_family_reading", "suggested_given_reading")
_COLUMNS = ", ".join(
    ("id", *_FIELDS, "joint_names", "key_person", "interval_days", "tags", "archived", "met_on",
     "created_at", "updated_at", *_SUGGESTED)
)  # fmt: skip


def _from_row(row: sqlite3.Row | tuple[object, ...]) -> Contact:
    values = list(row)
    cid, rest = values[0], values[1:]
    fields = dict(zip(_FIELDS, rest[: len(_FIELDS)], strict=True))
    joint, key_person, interval, tags, archived, met_on, created, updated, sug_family, sug_given = rest[len(_FIELDS) :]
    return Contact(
        id=int(cid),  # type: ignore[arg-type]
        joint_names=[JointName(**j) for j in json.loads(str(joint))],
        key_person=bool(key_person),
        interval_days=int(interval) if interval else None,  # type: ignore[arg-type]
        tags=list(json.loads(str(tags))),
        archived=bool(archived),
        met_on=date_in(met_on),  # type: ignore[arg-type]
        created_at=time_in(created),  # type: ignore[arg-type]
        updated_at=time_in(updated),  # type: ignore[arg-type]
        suggested_family_reading=str(sug_family),
        suggested_given_reading=str(sug_given),
        **fields,  # type: ignore[arg-type]
    )


#: The columns a contact's own values go to (then created_at and updated_at for a new one, or updated_at and id).
_PARAMS = (*_FIELDS, *_SUGGESTED, "joint_names", "key_person", "interval_days", "tags", "archived", "met_on",
           "search_key")  # fmt: skip
_INSERT = (
    f"INSERT INTO contacts ({', '.join(_PARAMS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(_PARAMS) + 2))})"
)
_UPDATE = f"UPDATE contacts SET {', '.join(f'{name} = ?' for name in _PARAMS)}, updated_at = ? WHERE id = ?"


def _values(contact: Contact) -> list[object]:
    """The contact's values for the columns of :data:`_PARAMS`, in that order."""
    if contact.interval_days is not None and not 0 < contact.interval_days <= MAX_INTERVAL_DAYS:
        raise PostcardError(
            f"the keep-in-touch interval of {contact.display_name} must be from 1 to {MAX_INTERVAL_DAYS:,} days"
        )
    if contact.family_reading or contact.given_reading:  # the person's own reading replaces a suggestion
        contact.suggested_family_reading = contact.suggested_given_reading = ""
    values: list[object] = [getattr(contact, f) or "" for f in (*_FIELDS, *_SUGGESTED)]
    joint = [dataclasses.asdict(j) for j in contact.joint_names]
    values += [
        json.dumps(joint, ensure_ascii=False) if joint else "[]",
        int(contact.key_person),
        contact.interval_days,
        _tags_json(tuple(contact.tags)),
        int(contact.archived),
        date_out(contact.met_on),
        search_key(contact),
    ]
    return values


@functools.lru_cache(maxsize=1024)
def _tags_json(tags: tuple[str, ...]) -> str:
    """The tags column (a few sets of tags recur over a whole import)."""
    return json.dumps(list(tags), ensure_ascii=False)


class ContactRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, contact: Contact) -> Contact:
        now = utcnow().replace(microsecond=0)  # as stored, so the object equals what get() returns
        updated = time_out(now)
        created = time_out(contact.created_at) if contact.created_at else updated
        with self.db.transaction() as conn:
            cur = conn.execute(_INSERT, (*_values(contact), created, updated))
        contact.id = int(cur.lastrowid or 0)
        contact.created_at = time_in(created)
        contact.updated_at = now
        return contact

    def add_many(self, contacts: Iterable[Contact]) -> None:
        with self.db.transaction():
            for contact in contacts:
                self.add(contact)

    def update(self, contact: Contact) -> Contact:
        if contact.id is None:
            raise ValueError("update() needs a stored contact")
        contact.updated_at = utcnow().replace(microsecond=0)
        with self.db.transaction() as conn:
            conn.execute(_UPDATE, (*_values(contact), time_out(contact.updated_at), contact.id))
        return contact

    def get(self, contact_id: int) -> Contact | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        return _from_row(row) if row else None

    def get_many(self, ids: Iterable[int]) -> list[Contact]:
        ids = list(ids)  # read twice below; a generator would be empty the second time
        found = {c.id: c for c in self._query("id IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))])}
        return [found[i] for i in ids if i in found]

    def list(
        self,
        *,
        query: str = "",
        event_id: int | None = None,
        tag: str | None = None,
        include_archived: bool = False,
        met_since: dt.date | None = None,
        unthanked: bool = False,
    ) -> list[Contact]:
        """Contacts matching every given filter, in reading order (furigana, then name)."""
        return self._query(*self._filters(query, event_id, tag, include_archived, met_since, unthanked))

    def each(self, *, event_id: int | None = None, unthanked: bool = False, chunk: int = 500) -> Iterator[Contact]:
        """The contacts :meth:`list` returns for these filters, in no particular order, read ``chunk`` rows at a
        time: a caller that keeps them compactly (a print run of 10,000 people) never holds them all as objects
        (sort them with :func:`reading_order`)."""
        where, params = self._filters("", event_id, None, False, None, unthanked)
        cursor = self.db.execute(f"SELECT {_COLUMNS} FROM contacts WHERE {where}", tuple(params))
        while rows := cursor.fetchmany(chunk):
            yield from map(_from_row, rows)

    def _filters(self, query: str, event_id: int | None, tag: str | None, include_archived: bool,
                 met_since: dt.date | None, unthanked: bool) -> tuple[str, list[object]]:  # fmt: skip
        where: list[str] = []
        params: list[object] = []
        if not include_archived:
            where.append("archived = 0")
        if query:
            where.append("search_key LIKE ? ESCAPE '\\'")
            params.append("%" + _escape_like(fold_query(query)) + "%")
        if event_id is not None:
            where.append("id IN (SELECT contact_id FROM event_contacts WHERE event_id = ?)")
            params.append(event_id)
        if tag:
            where.append("EXISTS (SELECT 1 FROM json_each(contacts.tags) WHERE value = ?)")
            params.append(tag)
        if met_since is not None:
            where.append(
                "(met_on >= ? OR id IN (SELECT ec.contact_id FROM event_contacts ec"
                " JOIN events e ON e.id = ec.event_id WHERE e.date >= ?))"
            )
            params += [met_since.isoformat(), met_since.isoformat()]
        if unthanked:
            where.append(_UNTHANKED if event_id is None else _UNTHANKED_FOR_EVENT)
            if event_id is not None:
                params.append(event_id)
        return " AND ".join(where) or "1", params

    def _query(self, where: str, params: list[object]) -> list[Contact]:
        sql = f"SELECT {_COLUMNS} FROM contacts WHERE {where}"
        contacts = [_from_row(row) for row in self.db.execute(sql, tuple(params)).fetchall()]
        return sorted(contacts, key=reading_order)

    def archive(self, contact_id: int, archived: bool = True) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE contacts SET archived = ? WHERE id = ?", (int(archived), contact_id))

    def find_duplicate(self, contact: Contact) -> Contact | None:
        """A stored contact that is the same person: same name and e-mail, or same name and postal code.

        Contacts without a person name (organisations, e-mail-only cards) match on company/e-mail instead.
        """
        fam, giv = contact.family_name, contact.given_name
        if fam or giv:  # each branch on its own index: thousands of people may share a name (山田 太郎)
            where: list[str] = []
            params: list[object] = []
            if contact.email:  # "+": compare the name, but look up by the (much rarer) e-mail's index
                where.append("email = ? AND email <> '' AND +family_name = ? AND +given_name = ?")
                params += [contact.email, fam, giv]
            if contact.postal_code:
                where.append("family_name = ? AND given_name = ? AND postal_code = ?")
                params += [fam, giv, contact.postal_code]
            if not where:
                where.append("family_name = ? AND given_name = ? AND postal_code = '' AND email = '' AND company = ?")
                params += [fam, giv, contact.company]
            sql = f"SELECT {_COLUMNS} FROM contacts WHERE " + " OR ".join(f"({w})" for w in where)  # one index each
            rows = sorted((_from_row(row) for row in self.db.execute(sql, tuple(params)).fetchall()), key=reading_order)
        elif contact.email:
            rows = self._query("family_name = '' AND given_name = '' AND email = ?", [contact.email])
        elif contact.company:
            rows = self._query(
                "family_name = '' AND given_name = '' AND email = '' AND company = ? AND postal_code = ?",
                [contact.company, contact.postal_code],
            )
        else:
            rows = []
        return rows[0] if rows else None

    def without_suggestion(self) -> list[Contact]:
        """Contacts with a Japanese-looking name, no reading and no suggestion (for filling suggestions in)."""
        rows = self._query(
            "family_reading = '' AND given_reading = '' AND suggested_family_reading = '' AND "
            "suggested_given_reading = '' AND (family_name <> '' OR given_name <> '')",
            [],
        )
        return [c for c in rows if c.is_japanese_name]

    def suggest_readings(self, suggester: ReadingSuggester) -> int:
        """Suggest readings for every Japanese name that has none (after an upgrade); returns how many."""
        changed = [c for c in self.without_suggestion() if suggester.suggest(c)]
        with self.db.transaction():
            for contact in changed:
                self.update(contact)
        return len(changed)

    def tags(self) -> list[str]:
        """Every tag in the book (archived people's too), each once, sorted: one query, no contact built."""
        rows = self.db.execute("SELECT DISTINCT t.value FROM contacts, json_each(contacts.tags) t").fetchall()
        return sorted(str(r[0]) for r in rows)

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM contacts WHERE archived = 0").fetchone()[0])


_UNTHANKED = (
    "NOT EXISTS (SELECT 1 FROM cards WHERE cards.contact_id = contacts.id AND cards.status <> 'draft'"
    " AND cards.printed_at >= COALESCE((SELECT max(e.date) FROM events e JOIN event_contacts ec"
    " ON ec.event_id = e.id WHERE ec.contact_id = contacts.id), contacts.met_on, ''))"
)
_UNTHANKED_FOR_EVENT = (
    "NOT EXISTS (SELECT 1 FROM cards WHERE cards.contact_id = contacts.id AND cards.status <> 'draft'"
    " AND cards.event_id = ?)"
)


def reading_order(c: Contact) -> tuple[object, ...]:
    """Furigana order whether a reading was given in hiragana or katakana (or suggested); contacts without one last."""
    family, given = c.sort_readings
    return (not family, fold_query(family), fold_query(given), c.family_name, c.given_name, c.company, c.id or 0)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
