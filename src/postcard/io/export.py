"""Contacts → vCard 3.0 and CSV.

The vCard side is the inverse of :mod:`postcard.io.vcard`: ``parse_vcards(export_vcards(cs))`` gives back the
same names, readings, company, department, title, honorific, address, postal code, e-mail, phone, notes and
tags. The address goes into one ``ADR;TYPE=HOME`` as :func:`postcard.io.address.adr_components` lays it out;
an honorific that vCard has no place for (先生, 御中...) is kept in ``X-POSTCARD-HONORIFIC``. Joint names are
not exported to vCard (no standard property holds them); the CSV export has them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING

from postcard.core.model import Contact, JointName
from postcard.io.address import adr_components
from postcard.io.csvformats import JOINT_SEPARATOR, POSTCARD_COLUMNS, quote_cell
from postcard.io.vcard import WESTERN_PREFIXES

if TYPE_CHECKING:
    from postcard.store.cards import LogRow

CRLF = "\r\n"
FOLD_OCTETS = 75


def escape(value: str) -> str:
    r"""Escape a text value for vCard 3.0: ``\\``, newline, ``,`` and ``;``."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def fold(line: str) -> str:
    """Fold a line at 75 octets (continuations start with a space), never inside a UTF-8 sequence."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return line
    pieces: list[str] = []
    start, limit = 0, FOLD_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # inside a multi-byte character
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, FOLD_OCTETS - 1
    return (CRLF + " ").join(pieces)


def _structured(*parts: str) -> str:
    return ";".join(escape(part) for part in parts)


def _card(contact: Contact) -> list[str]:
    western = contact.honorific in WESTERN_PREFIXES.values()
    fn = contact.full_name or contact.company or contact.email or contact.phone
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:" + _structured(contact.family_name, contact.given_name, "", contact.honorific if western else "", ""),
        "FN:" + escape(fn),
    ]
    optional = [
        ("X-PHONETIC-LAST-NAME", escape(contact.family_reading)),
        ("X-PHONETIC-FIRST-NAME", escape(contact.given_reading)),
        (
            "ORG",
            _structured(contact.company, contact.department) if contact.company or contact.department else "",
        ),
        ("X-PHONETIC-ORG", escape(contact.company_reading)),
        ("TITLE", escape(contact.title)),
    ]
    if contact.postal_code or contact.address_lines or contact.country:
        optional.append(("ADR;TYPE=HOME", _structured(*adr_components(contact))))
    optional += [
        ("EMAIL;TYPE=INTERNET", escape(contact.email)),
        ("TEL", escape(contact.phone)),
        ("NOTE", escape(contact.notes)),
        ("CATEGORIES", ",".join(escape(tag) for tag in contact.tags)),
    ]
    default = "御中" if contact.company and not (contact.family_name or contact.given_name) else "様"
    if not western and contact.honorific != default:
        optional.append(("X-POSTCARD-HONORIFIC", escape(contact.honorific)))
    lines += [f"{name}:{value}" for name, value in optional if value or name == "X-POSTCARD-HONORIFIC"]
    lines.append("END:VCARD")
    return lines


def export_vcards(contacts: Iterable[Contact]) -> str:
    """All contacts as one vCard 3.0 file (UTF-8 text with CRLF line ends; encode it as UTF-8 to write it)."""
    return "".join(fold(line) + CRLF for contact in contacts for line in _card(contact))


def format_joint_name(joint: JointName) -> str:
    """``鈴木 次郎(じろう) 様``; the family name only when it differs from the contact's."""
    given = joint.given_name + (f"({joint.given_reading})" if joint.given_reading else "")
    return " ".join(part for part in (joint.family_name, given, joint.honorific) if part)


def _csv_value(contact: Contact, column: str) -> str:
    if column == "joint_names":
        return JOINT_SEPARATOR.join(format_joint_name(joint) for joint in contact.joint_names)
    if column == "tags":
        return ", ".join(contact.tags)
    if column == "met_on":
        return contact.met_on.isoformat() if contact.met_on else ""
    if column == "key_person":
        return "1" if contact.key_person else ""
    if column == "interval_days":
        return str(contact.interval_days) if contact.interval_days else ""
    return str(getattr(contact, column))


def export_contacts_csv(contacts: Iterable[Contact]) -> str:
    """All contacts as CSV text: a header row of our field names, one row per contact.

    Joint names are written ``山田 花子 様; 次郎(じろう) 様``; tags comma-separated; dates ISO.
    A cell that a spreadsheet would take for a formula (it starts with ``=``, ``+``, ``-`` or ``@``) is written
    with a ``'`` in front, so that it shows as text. The result is read back by
    :func:`postcard.io.csvformats.parse_csv` without a column map (format ``"csv:postcard"``; the ``'`` removed).
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=CRLF)
    writer.writerow(POSTCARD_COLUMNS)
    for contact in contacts:
        writer.writerow([quote_cell(_csv_value(contact, column)) for column in POSTCARD_COLUMNS])
    return out.getvalue()


#: The log's CSV columns (``postcard log --csv`` and the window's "Export log as CSV").
LOG_COLUMNS = ["card_id", "contact_id", "contact", "event", "template", "format", "status", "text", "personal",
               "seed", "drafted_at", "printed_at", "sent_at", "replied_at"]  # fmt: skip


def log_records(rows: Iterable[LogRow]) -> list[dict[str, object]]:
    """One plain record per logged card, with the columns of :data:`LOG_COLUMNS`."""
    records: list[dict[str, object]] = []
    for row in rows:
        card = row.card
        records.append({
            "card_id": card.id, "contact_id": card.contact_id, "contact": row.contact_name, "event": row.event_name,
            "template": card.template, "format": card.format, "status": card.status.value, "text": card.text,
            "personal": card.personal, "seed": card.seed,
            **{k: (getattr(card, k).isoformat() if getattr(card, k) else "")
               for k in ("drafted_at", "printed_at", "sent_at", "replied_at")},
        })  # fmt: skip
    return records


def export_log_csv(rows: Iterable[LogRow]) -> str:
    """The log as CSV text (UTF-8; write it with a BOM so that Excel reads the Japanese)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, LOG_COLUMNS, lineterminator=CRLF)
    writer.writeheader()
    for record in log_records(rows):
        writer.writerow({key: quote_cell(value) if isinstance(value, str) else value for key, value in record.items()})
    return out.getvalue()
