"""vCard 2.1 / 3.0 / 4.0 files → contacts.

Hand-written because real files break general parsers (see :mod:`postcard.io.vcardlex` for the lexical
quirks). Field mapping:

* ``N`` (family;given;additional;prefix;suffix) gives the name; without a usable ``N`` the ``FN`` is split
  (:func:`postcard.core.text.split_full_name`). A Western prefix (Mr., Ms., Mrs., Dr.) becomes the honorific;
  otherwise the honorific is 様, or 御中 for a card with a company but no person name.
* Readings, first found wins: ``X-PHONETIC-LAST-NAME``/``-FIRST-NAME``, ``SOUND;X-IRMC-N`` (family;given),
  vCard 4 ``N;SORT-AS="family;given"``, ``SORT-STRING`` (family, or "family given"); ``X-PHONETIC-ORG`` or
  ``ORG;SORT-AS`` for the company. Half-width katakana become full width.
* ``ORG`` is company;department (further units are added to the department), ``TITLE``, ``NOTE`` (all of them,
  one per line), ``CATEGORIES`` → tags.
* ``EMAIL`` (PREF first, real addresses before anything else), ``TEL`` (PREF, then CELL, fax numbers last),
  ``ADR`` (PREF, then HOME, then WORK): mapped as :mod:`postcard.io.address` describes.
* ``X-POSTCARD-HONORIFIC`` (written by :mod:`postcard.io.export`) overrides the honorific.

A card without a name or company is skipped and reported (a card is addressed to someone), as is one whose name
has bytes that do not decode or is in a script the cards cannot print; a malformed line is reported and the rest
of its card still imports. Line numbers are those of the card's ``BEGIN:VCARD``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from postcard.core.model import DEFAULT_HONORIFIC, Contact
from postcard.core.text import clean, normalize_reading, normalize_text, split_full_name
from postcard.errors import ImportFault, ImportFormatError
from postcard.io.address import build_address
from postcard.io.records import ImportIssue, IssueKind, ParsedRecord, ParseResult, RecordStream, checked_record
from postcard.io.vcardlex import Property, RawCard, read_cards, to_utf8_bytes

WESTERN_PREFIXES = {"mr": "Mr.", "ms": "Ms.", "mrs": "Mrs.", "dr": "Dr."}
#: Properties a card's name is printed from: undecodable bytes there skip the card (a wrong name is never printed).
NAME_PROPERTIES = {"N", "FN", "ORG"}


_ESCAPE = re.compile(r"\\(.?)", re.DOTALL)  # a backslash and what it escapes (nothing at the very end)


def split_escaped(text: str, sep: str = ";") -> list[str]:
    r"""Split on ``sep`` where it is not backslash-escaped, then unescape ``\n \, \; \\`` in every part."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            current.append("\n" if nxt in ("n", "N") else nxt)
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unescape(text: str) -> str:
    r"""Undo ``\n \, \; \\`` (and any other backslash escape) in a single value."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in ("n", "N") else m.group(1), text)


class _Card:
    """Access to one raw card's properties, collecting decoding problems."""

    def __init__(self, raw: RawCard) -> None:
        self.raw = raw
        self.problems: list[tuple[int, str, str]] = []  # (line, reason, the property whose value was dropped)
        self.bad_names: set[str] = set()  # name properties with bytes that did not decode

    def all(self, name: str) -> list[Property]:
        return [p for p in self.raw.properties if p.name == name]

    def text(self, prop: Property | None) -> str:
        if prop is None:
            return ""
        value, ok = prop.text(self.raw.version)
        if not ok:
            if prop.name in NAME_PROPERTIES:
                self.bad_names.add(prop.name)
            else:
                problem = (prop.line, f"undecodable bytes in {prop.name} were dropped", prop.name)
                if problem not in self.problems:
                    self.problems.append(problem)
        return value

    def value(self, name: str) -> str:
        props = self.all(name)
        return unescape(self.text(props[0])) if props else ""

    def parts(self, prop: Property | None, size: int) -> list[str]:
        found = split_escaped(self.text(prop)) if prop is not None else []
        return (found + [""] * size)[:size]

    def best(self, name: str, rank: Callable[[Property], Any]) -> Property | None:
        props = self.all(name)
        return min(props, key=lambda p: (rank(p), props.index(p))) if props else None


def _sort_as(prop: Property | None) -> list[str]:
    values = prop.params.get("SORT-AS", []) if prop is not None else []
    if len(values) == 1:
        values = values[0].split(";") if ";" in values[0] else values[0].split(",")
    return [v.strip() for v in values]


def _email_rank(card: _Card) -> Callable[[Property], Any]:
    return lambda p: ("@" not in card.text(p), "PREF" not in p.types)


def _tel_rank(p: Property) -> int:
    types = p.types
    if "FAX" in types:
        return 3
    return 0 if "PREF" in types else 1 if "CELL" in types else 2


def _adr_rank(p: Property) -> int:
    types = p.types
    return 0 if "PREF" in types else 1 if "HOME" in types else 2 if "WORK" in types else 3


def _readings(card: _Card, n_prop: Property | None) -> tuple[str, str]:
    family, given = card.value("X-PHONETIC-LAST-NAME"), card.value("X-PHONETIC-FIRST-NAME")
    if not (family or given):
        sound = [p for p in card.all("SOUND") if "X-IRMC-N" in p.types]
        if sound:
            family, given = card.parts(sound[0], 2)
    if not (family or given):
        family, given = (_sort_as(n_prop) + ["", ""])[:2]
    if not (family or given):
        sort_string = clean(card.value("SORT-STRING"))
        family, _, given = sort_string.partition(" ")
    return normalize_reading(family), normalize_reading(given)


def card_to_contact(raw: RawCard) -> tuple[Contact, list[str], list[tuple[int, str, str]], set[str]]:
    """One raw card → (contact, tags, problems as (line, reason, property), name properties that did not decode)."""
    card = _Card(raw)
    contact = Contact()
    n_props = card.all("N")
    n_prop = n_props[0] if n_props else None
    family, given, _additional, prefix, _suffix = card.parts(n_prop, 5)
    contact.family_name, contact.given_name = normalize_text(family), normalize_text(given)
    org_props = card.all("ORG")
    org = card.parts(org_props[0] if org_props else None, 8)
    contact.company = normalize_text(org[0])
    contact.department = normalize_text(" ".join(part for part in org[1:] if part.strip()))
    email_prop = card.best("EMAIL", _email_rank(card))
    contact.email = clean(unescape(card.text(email_prop)))
    if not (contact.family_name or contact.given_name):
        full = normalize_text(card.value("FN"))
        if full and full not in (contact.company, contact.email):
            contact.family_name, contact.given_name = split_full_name(full)
    contact.family_reading, contact.given_reading = _readings(card, n_prop)
    org_reading = card.value("X-PHONETIC-ORG") or (_sort_as(org_props[0] if org_props else None) + [""])[0]
    contact.company_reading = normalize_reading(org_reading)
    contact.title = normalize_text(card.value("TITLE"))
    contact.phone = normalize_text(unescape(card.text(card.best("TEL", _tel_rank))))
    adr_prop = card.best("ADR", _adr_rank)
    if adr_prop is not None:
        pobox, extended, street, locality, region, postal, country = card.parts(adr_prop, 7)
        build_address(
            pobox=pobox,
            extended=extended,
            street=street,
            locality=locality,
            region=region,
            postal=postal,
            country=country,
        ).apply_to(contact)
    notes = [normalize_text(unescape(card.text(p)), multiline=True) for p in card.all("NOTE")]
    contact.notes = "\n".join(note for note in notes if note)
    tags: list[str] = []
    for prop in card.all("CATEGORIES"):
        for tag in split_escaped(card.text(prop), ","):
            tag = normalize_text(tag)
            if tag and tag not in tags:
                tags.append(tag)
    contact.tags = list(tags)
    western = WESTERN_PREFIXES.get(prefix.strip().rstrip(".").lower())
    if card.all("X-POSTCARD-HONORIFIC"):  # written by our export for 先生, 殿, 御中...
        contact.honorific = normalize_text(card.value("X-POSTCARD-HONORIFIC"))
    elif western:
        contact.honorific = western
    elif contact.company and not (contact.family_name or contact.given_name):
        contact.honorific = "御中"
    else:
        contact.honorific = DEFAULT_HONORIFIC
    return contact, tags, card.problems, card.bad_names


def parse_vcards(data: bytes, filename: str) -> ParseResult:
    """Read every card of a vCard file (see :func:`iter_vcards`)."""
    return iter_vcards(data, filename).collect()


def iter_vcards(data: bytes, filename: str) -> RecordStream:
    """Read the cards of a vCard file.

    Args:
        data: The file's bytes, in any encoding real exporters use (see :mod:`postcard.io.vcardlex`).
        filename: Used in the issues.

    Returns:
        The contacts (format ``"vcard"``) and one issue per card without a name or company, per card whose name
        has undecodable bytes or is in a script the cards cannot print, per malformed line and per value with
        undecodable bytes.

    Raises:
        ImportFormatError: The data has no ``BEGIN:VCARD`` line at all.
    """
    if b"BEGIN:VCARD" not in to_utf8_bytes(data[: 1 << 20]).upper() and b"BEGIN:VCARD" not in data.upper():
        raise ImportFormatError(f"{filename}: not a vCard file (no BEGIN:VCARD line)", fault=ImportFault.NOT_VCARD)
    cards = read_cards(data)
    return RecordStream("vcard", _records(cards, filename), len(cards))


def _records(cards: list[RawCard], filename: str) -> Iterator[ParsedRecord | ImportIssue]:
    for raw in cards:
        contact, tags, problems, bad_names = card_to_contact(raw)
        found = [(*p, IssueKind.MALFORMED_LINE) for p in raw.problems] + [(*p, IssueKind.UNDECODABLE) for p in problems]
        for line, reason, subject, kind in sorted(found):
            yield ImportIssue(filename, line, reason, kind, subject, skipped=False)
        if not raw.terminated:
            reason = "card has no END:VCARD (file cut short?)"
            yield ImportIssue(filename, raw.line, reason, IssueKind.UNFINISHED_CARD, skipped=False)
        if bad_names:
            names = ", ".join(sorted(bad_names))
            reason = f"undecodable bytes in the name ({names}); card skipped"
            yield ImportIssue(filename, raw.line, reason, IssueKind.UNDECODABLE, names)
            continue
        yield from checked_record(contact, filename, raw.line, tags)
