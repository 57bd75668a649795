"""Rules of the contact book that hold whatever stores it: how a search matches, how a duplicate is merged, how
tags are written in one field.

Pure Python: the store (its search column, its importer's merge, an old schema migration), the importer, the CLI
and the GUI all use these, so a query matches the same people and a field gives the same tags everywhere.
"""

from __future__ import annotations

import re

import jaconv

from postcard.core.model import Contact
from postcard.core.text import normalize_text

#: The contact's own text fields, in the store's column order (a merge fills the empty ones).
CONTACT_FIELDS = (
    "family_name", "given_name", "family_reading", "given_reading", "honorific", "company",
    "company_reading", "department", "title", "postal_code", "address1", "address2", "address3", "country",
    "email", "phone", "notes",
)  # fmt: skip


def fold_query(query: str) -> str:
    """A query folded the way :func:`search_key` folds: lower case, katakana → hiragana, no outer spaces."""
    query = query.strip()
    if _HALF_KANA.search(query):  # h2z walks the text in Python: only when there is half-width kana to widen
        query = jaconv.h2z(query, kana=True, ascii=False, digit=False)
    return jaconv.kata2hira(query).lower()


_HALF_KANA = re.compile("[\uff61-\uff9f]")
# ASCII and full-width commas and semicolons, the ideographic comma (and its half-width form), Google's " ::: ".
_TAG_SEPARATORS = re.compile("[,;\uff0c\uff1b\u3001\uff64]|:::")


def split_tags(text: str) -> list[str]:
    """The tags written in one field or cell, in the order written, each once.

    Tags are separated by commas or semicolons (ASCII or full width), the ideographic comma 、, or Google
    Contacts' ``:::`` between labels; each is trimmed and normalised like any text field (full-width letters to
    ASCII, half-width kana to full width, runs of spaces to one), and an empty one is dropped. The same rule
    reads the window's tag field, ``postcard edit-contact --tags`` and a file's tag column, so a tag never
    holds a separator and the tags shown joined by ", " read back as themselves.
    """
    return list(dict.fromkeys(tag for tag in (normalize_text(part) for part in _TAG_SEPARATORS.split(text)) if tag))


def search_key_for_row(family: str, given: str, fam_r: str, giv_r: str, company: str, email: str) -> str:
    """The text a search matches: names with and without space, readings, company, e-mail.

    Folded like a query (:func:`fold_query`): katakana in any field (a reading, ソフト in a company
    name) matches a query typed in hiragana or katakana.
    """
    parts = [f"{family}{given}", f"{given} {family}", f"{fam_r}{giv_r} {fam_r} {giv_r}", company, email]
    return fold_query(" ".join(p for p in parts if p.strip()))


def search_key(contact: Contact) -> str:
    """The search text of a contact; a suggested reading counts until one of the person's own replaces it."""
    c = contact
    family_reading, given_reading = c.sort_readings
    return search_key_for_row(c.family_name, c.given_name, family_reading, given_reading, c.company, c.email)


def merge_into(existing: Contact, incoming: Contact) -> bool:
    """Fill the empty fields of ``existing`` from ``incoming`` (never overwrite what the user has).

    Tags are united; a later met-on date wins; a suggested reading fills a name that has neither a reading nor a
    suggestion (a reading of the person's own always wins, see ``ContactRepo``). Returns True when something changed.
    """
    changed = False
    for name in CONTACT_FIELDS:
        if not getattr(existing, name) and getattr(incoming, name):
            setattr(existing, name, getattr(incoming, name))
            changed = True
    if not existing.joint_names and incoming.joint_names:
        existing.joint_names = list(incoming.joint_names)
        changed = True
    new_tags = [t for t in incoming.tags if t not in existing.tags]
    if new_tags:
        existing.tags = existing.tags + new_tags
        changed = True
    if incoming.met_on and (existing.met_on is None or incoming.met_on > existing.met_on):
        existing.met_on = incoming.met_on
        changed = True
    if existing.reading_missing and not existing.reading_suggested and incoming.reading_suggested:
        existing.suggested_family_reading = incoming.suggested_family_reading
        existing.suggested_given_reading = incoming.suggested_given_reading
        changed = True
    return changed
