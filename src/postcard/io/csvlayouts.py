"""The CSV layouts real applications export, recognised by their header row.

How each row maps to a contact is one ``read_*`` function per layout.

Every layout reads a :class:`RowView` and fills a :class:`~postcard.core.model.Contact`; the common clean-up
(identity check, default honorific) happens in :mod:`postcard.io.csvformats`. Text goes through
:func:`~postcard.core.text.normalize_text`, readings through ``normalize_reading`` and postal codes through
``normalize_postal_code``; addresses with several parts through :func:`postcard.io.address.build_address`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from postcard.core.book import split_tags
from postcard.core.model import DEFAULT_HONORIFIC, MAX_JOINT_NAMES, Contact, JointName
from postcard.core.text import (
    clean,
    normalize_postal_code,
    normalize_reading,
    normalize_text,
    split_full_name,
)
from postcard.io.address import build_address, split_building
from postcard.io.csvread import header_key

WESTERN_PREFIXES = {"mr": "Mr.", "ms": "Ms.", "mrs": "Mrs.", "dr": "Dr."}
EIGHT_STATUS_COLUMNS = {header_key(h) for h in ("Eightでつながっている人", "再データ化中の名刺", "'?'を含んだデータ")}
_DATE = re.compile(r"(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})")
_MULTI = " ::: "  # Google's separator of several values in one cell


class RowView:
    """One CSV row looked up by header name (compared with :func:`header_key`)."""

    def __init__(self, keys: list[str], fields: list[str], headers: list[str]) -> None:
        self.keys, self.fields, self.headers = keys, fields, headers
        self.values: dict[str, str] = {}
        for key, value in zip(keys, fields, strict=False):
            if not self.values.get(key, "").strip():
                self.values[key] = value
        self.problems: list[str] = []  # parts of the row left out, one line each
        self.bad_dates: list[tuple[str, str]] = []  # (column, value) of date columns without a date

    def get(self, *names: str) -> str:
        """The first non-empty value among the columns named (raw, not normalised)."""
        for name in names:
            value = self.values.get(header_key(name), "")
            if value.strip():
                return value
        return ""


@dataclass(frozen=True)
class Layout:
    name: str  # the ParseResult.format
    required: tuple[str, ...]  # header names that must all be there
    any_of: tuple[str, ...]  # ...and at least one of these (empty: none needed)
    read: Callable[[RowView], Contact]

    def matches(self, keys: set[str]) -> bool:
        need = all(header_key(h) in keys for h in self.required)
        return need and (not self.any_of or any(header_key(h) in keys for h in self.any_of))


def parse_date(value: str) -> dt.date | None:
    """``2026/11/20``, ``2026-11-20``, ``2026年11月20日``, with or without a time after it; None otherwise."""
    match = _DATE.search(normalize_text(value))
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def western_honorific(prefix: str) -> str:
    return WESTERN_PREFIXES.get(prefix.strip().rstrip(".").lower(), "")


def joint_name(contact: Contact, family: str, given: str, honorific: str = "", reading: str = "") -> JointName | None:
    """A 連名; its family name is left empty when it is the contact's.

    A lone name is taken as the given name.
    """
    family, given = normalize_text(family), normalize_text(given)
    if not given:
        family, given = "", family
    if not given:
        return None
    if family == contact.family_name:
        family = ""
    return JointName(given, family, normalize_text(honorific) or DEFAULT_HONORIFIC, normalize_reading(reading))


def cell_tags(value: str) -> list[str]:
    """The tags of a CSV cell (:func:`~postcard.core.book.split_tags`), without Google's own system labels
    (``* myContacts``, ``* starred``), which are no tags of the user's."""
    return [tag for tag in split_tags(value) if not tag.startswith("*")]


def _first_value(value: str) -> str:
    return value.split(_MULTI)[0]


def _numbers(row: RowView, kind: str) -> list[int]:
    pattern = re.compile(rf"^{re.escape(header_key(kind))} (\d+) - ")
    return sorted({int(m.group(1)) for key in row.keys if (m := pattern.match(key))})


def _google_pick(row: RowView, kind: str, parts: tuple[str, ...]) -> int | None:
    """The N of the ``{kind} N - ...`` columns to use: the primary ("* " label), else the first used."""
    used = [n for n in _numbers(row, kind) if any(row.get(f"{kind} {n} - {p}") for p in parts)]
    for n in used:
        if row.get(f"{kind} {n} - Label", f"{kind} {n} - Type").startswith("*"):
            return n
    return used[0] if used else None


def _google_common(row: RowView, contact: Contact) -> None:
    n = _google_pick(row, "E-mail", ("Value",))
    contact.email = clean(_first_value(row.get(f"E-mail {n} - Value"))) if n else ""
    n = _google_pick(row, "Phone", ("Value",))
    contact.phone = normalize_text(_first_value(row.get(f"Phone {n} - Value"))) if n else ""
    parts = ("Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address", "Formatted")
    n = _google_pick(row, "Address", parts)
    if n:

        def part(name: str) -> str:
            return _first_value(row.get(f"Address {n} - {name}"))

        structured = [part(p) for p in ("Street", "City", "PO Box", "Region", "Extended Address")]
        extended = part("Extended Address") if any(structured) else part("Formatted")
        build_address(
            pobox=part("PO Box"),
            extended=extended,
            street=part("Street"),
            locality=part("City"),
            region=part("Region"),
            postal=part("Postal Code"),
            country=part("Country"),
        ).apply_to(contact)
    contact.notes = normalize_text(row.get("Notes"), multiline=True)
    contact.honorific = western_honorific(row.get("Name Prefix"))


def read_google(row: RowView) -> Contact:
    contact = Contact(
        family_name=normalize_text(row.get("Last Name")),
        given_name=normalize_text(row.get("First Name")),
        family_reading=normalize_reading(row.get("Phonetic Last Name")),
        given_reading=normalize_reading(row.get("Phonetic First Name")),
        company=normalize_text(row.get("Organization Name", "Organization 1 - Name")),
        company_reading=normalize_reading(row.get("Phonetic Organization Name", "Organization 1 - Yomi Name")),
        department=normalize_text(row.get("Organization Department", "Organization 1 - Department")),
        title=normalize_text(row.get("Organization Title", "Organization 1 - Title")),
        tags=cell_tags(row.get("Labels", "Group Membership")),
    )
    _google_common(row, contact)
    return contact


def read_google_legacy(row: RowView) -> Contact:
    contact = Contact(
        family_name=normalize_text(row.get("Family Name")),
        given_name=normalize_text(row.get("Given Name")),
        family_reading=normalize_reading(row.get("Family Name Yomi")),
        given_reading=normalize_reading(row.get("Given Name Yomi")),
        company=normalize_text(row.get("Organization 1 - Name")),
        company_reading=normalize_reading(row.get("Organization 1 - Yomi Name")),
        department=normalize_text(row.get("Organization 1 - Department")),
        title=normalize_text(row.get("Organization 1 - Title")),
        tags=cell_tags(row.get("Group Membership")),
    )
    if not (contact.family_name or contact.given_name):
        contact.family_name, contact.given_name = split_full_name(row.get("Name"))
    if not (contact.family_reading or contact.given_reading):
        contact.family_reading, contact.given_reading = map(normalize_reading, split_full_name(row.get("Yomi Name")))
    _google_common(row, contact)
    return contact


def _outlook_address(row: RowView, kind: str) -> dict[str, str]:
    street = "\n".join(row.get(f"{kind} Street{suffix}") for suffix in ("", " 2", " 3"))
    return {
        "street": street.strip("\n"),
        "locality": row.get(f"{kind} City"),
        "region": row.get(f"{kind} State"),
        "postal": row.get(f"{kind} Postal Code"),
        "pobox": row.get(f"{kind} PO Box"),
        "country": row.get(f"{kind} Country/Region", f"{kind} Country"),
    }


def read_outlook(row: RowView) -> Contact:
    contact = Contact(
        family_name=normalize_text(row.get("Last Name")),
        given_name=normalize_text(row.get("First Name")),
        family_reading=normalize_reading(row.get("Surname Yomi")),
        given_reading=normalize_reading(row.get("Given Yomi")),
        company=normalize_text(row.get("Company")),
        company_reading=normalize_reading(row.get("Company Yomi")),
        department=normalize_text(row.get("Department")),
        title=normalize_text(row.get("Job Title")),
        email=clean(row.get("E-mail Address", "E-mail 2 Address", "E-mail 3 Address")),
        phone=normalize_text(row.get("Mobile Phone", "Business Phone", "Home Phone", "Primary Phone")),
        notes=normalize_text(row.get("Notes")),
        tags=cell_tags(row.get("Categories")),
        honorific=western_honorific(row.get("Title")),
    )
    business, home = _outlook_address(row, "Business"), _outlook_address(row, "Home")
    has_business, has_home = any(business.values()), any(home.values())
    if has_business and (contact.company or not has_home):
        build_address(**business).apply_to(contact)
    elif has_home:
        build_address(**home).apply_to(contact)
    return contact


def _read_eight(row: RowView, legacy: bool) -> Contact:
    contact = Contact(
        company=normalize_text(row.get("会社名")),
        department=normalize_text(row.get("部署名")),
        title=normalize_text(row.get("役職")),
        email=clean(row.get("e-mail")),
        postal_code=normalize_postal_code(row.get("郵便番号")),
        phone=normalize_text(row.get("TEL直通", "携帯電話", "TEL部門", "TEL会社")),
        honorific="",
    )
    if legacy:
        contact.family_name, contact.given_name = split_full_name(normalize_text(row.get("氏名")))
    else:
        contact.family_name, contact.given_name = normalize_text(row.get("姓")), normalize_text(row.get("名"))
    contact.address1, contact.address3 = split_building(normalize_text(row.get("住所")))
    met = row.get("名刺交換日")
    contact.met_on = parse_date(met) if met.strip() else None
    if met.strip() and contact.met_on is None:
        row.bad_dates.append(("名刺交換日", met.strip()))
    key = header_key("名刺交換日")
    start = row.keys.index(key) + 1 if key in row.keys else len(row.keys)
    for index in range(start, len(row.keys)):
        if row.keys[index] in EIGHT_STATUS_COLUMNS or index >= len(row.fields):
            continue
        tag = normalize_text(row.headers[index])
        if row.fields[index].strip() == "1" and tag and tag not in contact.tags:
            contact.tags.append(tag)
    return contact


def read_eight(row: RowView) -> Contact:
    return _read_eight(row, legacy=False)


def read_eight_legacy(row: RowView) -> Contact:
    return _read_eight(row, legacy=True)


def read_hagaki_design_kit(row: RowView) -> Contact:
    contact = Contact(
        family_name=normalize_text(row.get("氏名(姓)")),
        given_name=normalize_text(row.get("氏名(名)")),
        postal_code=normalize_postal_code(row.get("郵便番号(自宅欄)")),
        honorific=normalize_text(row.get("敬称")),
        tags=cell_tags(row.get("カテゴリ")),
    )
    head = "".join(row.get(f"自宅住所({part})").strip() for part in ("都道府県", "市区町村", "番地等"))
    contact.address1 = normalize_text(head)
    contact.address3 = normalize_text(row.get("自宅住所(建物名)"))
    for n in range(1, MAX_JOINT_NAMES + 1):
        family, given = row.get(f"連名{n}(姓:自宅欄)"), row.get(f"連名{n}(名:自宅欄)")
        if not (family.strip() or given.strip()):
            family, given = split_full_name(row.get(f"連名{n}(姓名:自宅欄)"))
        joint = joint_name(contact, family, given, row.get(f"連名{n}(敬称:自宅欄)"))
        if joint:
            contact.joint_names.append(joint)
    return contact


def read_atena_shokunin(row: RowView) -> Contact:
    contact = Contact(
        family_name=normalize_text(row.get("姓")),
        given_name=normalize_text(row.get("名")),
        family_reading=normalize_reading(row.get("姓かな")),
        given_reading=normalize_reading(row.get("名かな")),
        honorific=normalize_text(row.get("敬称")),
        company=normalize_text(row.get("会社名")),
        company_reading=normalize_reading(row.get("会社名かな")),
        department=normalize_text(" ".join(row.get(f"部署名{n}").strip() for n in (1, 2))),
        title=normalize_text(row.get("役職名")),
    )
    if not (contact.family_name or contact.given_name):
        contact.family_name, contact.given_name = split_full_name(normalize_text(row.get("姓名")))
    if not (contact.family_reading or contact.given_reading):
        family, given = split_full_name(row.get("姓名かな"))
        contact.family_reading, contact.given_reading = normalize_reading(family), normalize_reading(given)
    order = ("会社", "自宅") if row.get("宛先").strip() == "会社" else ("自宅", "会社")
    for kind in order:
        lines = [row.get(f"{kind}住所{n}") for n in (1, 2, 3)]
        if any(line.strip() for line in lines) or row.get(f"{kind}〒").strip():
            contact.postal_code = normalize_postal_code(row.get(f"{kind}〒"))
            contact.address1, contact.address2, contact.address3 = (normalize_text(line) for line in lines)
            break
    contact.email = clean(row.get(*(f"{kind}E-mail" for kind in order), "その他E-mail"))
    contact.phone = normalize_text(row.get(*(f"{kind}電話" for kind in order), "その他電話"))
    notes = [normalize_text(row.get(f"メモ{n}")) for n in range(1, 6)]
    notes += [normalize_text(row.get(f"備考{n}")) for n in range(1, 4)]
    contact.notes = "\n".join(note for note in notes if note)
    names = [name for name in re.split(r"[,、]", row.get("連名")) if name.strip()]
    for name in names[:MAX_JOINT_NAMES]:
        family, given = split_full_name(name)
        reading = row.get("連名ふりがな") if len(names) == 1 else ""
        joint = joint_name(contact, family, given, row.get("連名敬称"), reading)
        if joint:
            contact.joint_names.append(joint)
    return contact


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "csv:hagaki-design-kit",
        ("氏名(姓)", "氏名(名)"),
        ("郵便番号(自宅欄)", "自宅住所(都道府県)"),
        read_hagaki_design_kit,
    ),
    Layout("csv:atena-shokunin", ("姓", "名"), ("姓かな", "自宅〒", "宛先", "自宅住所1"), read_atena_shokunin),
    Layout("csv:eight", ("会社名", "姓", "名", "e-mail", "住所"), (), read_eight),
    Layout("csv:eight-legacy", ("会社名", "氏名", "e-mail", "住所"), (), read_eight_legacy),
    Layout(
        "csv:outlook",
        ("First Name", "Last Name"),
        ("Business Street", "Home Street", "E-mail Address"),
        read_outlook,
    ),
    Layout(
        "csv:google",
        ("First Name", "Last Name"),
        ("Phonetic First Name", "Organization Name", "E-mail 1 - Value", "Address 1 - Street"),
        read_google,
    ),
    Layout("csv:google-legacy", ("Given Name", "Family Name"), (), read_google_legacy),
)


def detect_layout(keys: set[str]) -> Layout | None:
    """The first layout whose header names are all in ``keys`` (as made by :func:`header_key`)."""
    return next((layout for layout in LAYOUTS if layout.matches(keys)), None)
