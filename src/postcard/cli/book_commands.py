"""Commands that edit the book from the shell: contacts, the sender, drafts of personal lines, layout settings."""

from __future__ import annotations

import argparse
import dataclasses

from postcard.cli import wording
from postcard.cli.arguments import days, record_id
from postcard.cli.commands import opened, parse_date
from postcard.compose.book import confirm_readings
from postcard.compose.preferences import PREFERENCES
from postcard.core.addresscheck import check_address
from postcard.core.book import split_tags
from postcard.core.model import Contact, Sender
from postcard.core.postal import complete_address
from postcard.core.text import normalize_postal_code, normalize_reading, normalize_text
from postcard.errors import PostcardError
from postcard.io.records import IssueKind, record_problem

CONTACT_FIELDS = ("family_name", "given_name", "family_reading", "given_reading", "honorific", "company",
                  "department", "title", "postal_code", "address1", "address2", "address3", "country", "email",
                  "phone", "notes")  # fmt: skip
SENDER_FIELDS = ("label", "family_name", "given_name", "company", "postal_code", "address1", "address2",
                 "address3", "country", "email")  # fmt: skip


def _add_field_options(p: argparse.ArgumentParser, fields: tuple[str, ...]) -> None:
    for name in fields:
        p.add_argument("--" + name.replace("_", "-"), dest=name, metavar="TEXT")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("add-contact", help="add a contact (the postal code fills in a missing address)")
    _add_field_options(p, CONTACT_FIELDS)
    p.add_argument("--event", help="also link the contact to this event (name or id)")
    p.add_argument("--met", type=parse_date, help="the date you met (YYYY-MM-DD)")
    p.add_argument("--key-person", action="store_true")
    p.set_defaults(func=cmd_add_contact)

    p = sub.add_parser("edit-contact", help="change fields of a contact")
    p.add_argument("contact", type=record_id, metavar="CONTACT_ID")
    _add_field_options(p, CONTACT_FIELDS)
    p.add_argument("--key-person", choices=["yes", "no"])
    p.add_argument("--interval", type=days, metavar="DAYS", help="keep-in-touch interval (0: the default)")
    p.add_argument("--tags", help='tags separated by commas, semicolons or 、 (replaces the tags; "" clears them)')
    p.set_defaults(func=cmd_edit_contact)

    p = sub.add_parser(
        "confirm-reading",
        help="keep the suggested readings (furigana) of contacts as theirs",
        description="Readings marked (suggested) in 'postcard contacts' were guessed from the name (for contacts "
        "imported without furigana, as from Eight). This keeps them; to correct one instead: postcard edit-contact "
        "ID --family-reading … --given-reading …",
    )
    p.add_argument("contacts", nargs="*", type=record_id, metavar="CONTACT_ID")
    p.add_argument("--all", action="store_true", help="every contact with a suggested reading")
    p.set_defaults(func=cmd_confirm_reading)

    p = sub.add_parser("archive", help="archive contacts (nothing is deleted; --undo brings them back)")
    p.add_argument("contacts", nargs="+", type=record_id, metavar="CONTACT_ID")
    p.add_argument("--undo", action="store_true")
    p.set_defaults(func=cmd_archive)

    p = sub.add_parser("sender", help="show the sender profiles, or add/change one")
    p.add_argument("--add", action="store_true", help="add a profile from the options below")
    p.add_argument("--edit", type=record_id, metavar="ID", help="change this profile")
    p.add_argument("--default", action="store_true", help="make it the default sender")
    _add_field_options(p, SENDER_FIELDS)
    p.set_defaults(func=cmd_sender)

    p = sub.add_parser("draft", help="write the personal line (or the whole text) of a card before printing")
    p.add_argument("contact", type=record_id, metavar="CONTACT_ID")
    p.add_argument("--event", help="the event the card thanks for (name or id)")
    p.add_argument("--personal", help="the personal line, filled into the template")
    p.add_argument("--text", help="the whole card text instead (lines separated by '/' or newlines)")
    p.add_argument("--template", help="template name (see 'postcard templates')")
    p.set_defaults(func=cmd_draft)

    p = sub.add_parser("settings", help="show or change the settings (ink, pen, variation, numerals, offsets…)")
    names = ", ".join(f"{p.name} ({'|'.join(p.choices)})" if p.choices else p.name for p in PREFERENCES)
    p.add_argument("assignments", nargs="*", metavar="NAME=VALUE", help=f"one of: {names}")
    p.set_defaults(func=cmd_settings)


def _given(args: argparse.Namespace, fields: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for name in fields:
        value = getattr(args, name)
        if value is None:
            continue
        if name == "postal_code":
            value = normalize_postal_code(value)
        elif name.endswith("_reading"):
            value = normalize_reading(value)
        else:
            value = normalize_text(value, multiline=name == "notes")
        out[name] = value
    return out


def _refuse_unprintable(contact: Contact) -> None:
    problem = record_problem(contact)
    if problem is not None and problem.kind is IssueKind.SCRIPT:
        raise PostcardError(
            f"{contact.display_name!r} is written in {problem.subject} script, which the cards cannot print yet"
        )


def _notes(contact: Contact) -> list[str]:
    """What the user should know about a contact just saved: a guessed reading, an address that may not deliver."""
    notes = []
    if contact.reading_suggested:
        notes.append(
            f"  reading suggested: {contact.suggested_reading} (postcard confirm-reading {contact.id} keeps it; "
            f"edit-contact {contact.id} --family-reading … --given-reading … corrects it)"
        )
    problems = check_address(contact)
    if problems:
        notes.append(f"  ⚠ a card may not arrive: {wording.address_problems(problems)}")
    return notes


def cmd_add_contact(args: argparse.Namespace) -> int:
    fields = _given(args, CONTACT_FIELDS)
    contact = Contact(**fields, met_on=args.met, key_person=args.key_person)  # type: ignore[arg-type]
    if not contact.display_name:
        raise PostcardError("a contact needs a name, a company or an e-mail")
    _refuse_unprintable(contact)
    if "honorific" not in fields and not contact.full_name and contact.company:
        contact.honorific = "御中"
    completed = complete_address(contact)
    with opened(args) as ctx:
        event = ctx.store.events.resolve(args.event) if args.event is not None else None
        duplicate = ctx.store.contacts.find_duplicate(contact)
        if duplicate is not None:
            raise PostcardError(f"{contact.display_name} is already in the book (id {duplicate.id})")
        ctx.readings.suggest(contact)
        ctx.store.contacts.add(contact)
        if event is not None and event.id is not None and contact.id is not None:
            ctx.store.events.link(event.id, [contact.id])
    extra = " (address completed from the postal code)" if completed else ""
    print(f"contact {contact.id}: {contact.display_name}{extra}")
    for note in _notes(contact):
        print(note)
    return 0


def cmd_edit_contact(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        contact = ctx.store.contacts.get(args.contact)
        if contact is None:
            raise PostcardError(f"no contact with id {args.contact}")
        given = _given(args, CONTACT_FIELDS)
        for name, value in given.items():
            setattr(contact, name, value)
        _refuse_unprintable(contact)
        if {"family_name", "given_name"} & set(given):  # a guess for the old name is no guess for the new one
            contact.suggested_family_reading = contact.suggested_given_reading = ""
            ctx.readings.suggest(contact)
        if args.key_person:
            contact.key_person = args.key_person == "yes"
        if args.interval is not None:
            contact.interval_days = args.interval or None
        if args.tags is not None:
            contact.tags = split_tags(args.tags)
        ctx.store.contacts.update(contact)
    print(f"contact {contact.id}: {contact.display_name} updated")
    for note in _notes(contact):
        print(note)
    return 0


def cmd_confirm_reading(args: argparse.Namespace) -> int:
    if not args.contacts and not args.all:
        raise PostcardError("name the contacts (CONTACT_ID…) or say --all")
    with opened(args) as ctx:
        store = ctx.store
        if args.all:
            contacts = [c for c in store.contacts.list(include_archived=True) if c.reading_suggested]
        else:
            contacts = []
            for cid in args.contacts:
                contact = store.contacts.get(cid)
                if contact is None:
                    raise PostcardError(f"no contact with id {cid}")
                if not contact.reading_suggested:
                    why = f"its reading is {contact.full_reading}" if contact.full_reading else "it has no reading"
                    raise PostcardError(f"{contact.display_name} (id {cid}) has no suggested reading: {why}")
                contacts.append(contact)
        contacts = confirm_readings(store, contacts)
    for contact in contacts:
        print(f"contact {contact.id}: {contact.display_name} reads {contact.full_reading}")
    if not contacts:
        print("no contact has a suggested reading")
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        for cid in args.contacts:
            if ctx.store.contacts.get(cid) is None:
                raise PostcardError(f"no contact with id {cid}")
        for cid in args.contacts:
            ctx.store.contacts.archive(cid, not args.undo)
    print(f"{'restored' if args.undo else 'archived'} {len(args.contacts)} contact(s)")
    return 0


def cmd_sender(args: argparse.Namespace) -> int:
    fields = _given(args, SENDER_FIELDS)
    with opened(args) as ctx:
        repo = ctx.store.senders
        if args.add:
            sender = Sender(**fields, is_default=args.default)  # type: ignore[arg-type]
            if not sender.full_name:
                raise PostcardError("a sender needs --family-name and/or --given-name")
            repo.add(sender)
        elif args.edit is not None:
            found = repo.get(args.edit)
            if found is None:
                raise PostcardError(f"no sender profile with id {args.edit}")
            sender = dataclasses.replace(found, **fields)
            sender.is_default = args.default or found.is_default
            repo.update(sender)
        elif fields or args.default:
            raise PostcardError("say --add or --edit ID to change a sender profile")
        senders = repo.list()
    if not senders:
        print("no sender yet: postcard sender --add --family-name … --given-name … --postal-code … --address1 …")
    for s in senders:
        mark = "*" if s.is_default else " "
        address = " ".join(p for p in (s.postal_code, *s.address_lines) if p)
        print(f"{mark} {s.id:>3}  {s.full_name}  {s.company}  {address}  {s.label}".rstrip())
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    from postcard.compose.drafting import save_draft

    if args.personal is None and args.text is None and args.template is None:
        raise PostcardError("give --personal, --text or --template")
    with opened(args) as ctx:
        contact = ctx.store.contacts.get(args.contact)
        if contact is None:
            raise PostcardError(f"no contact with id {args.contact}")
        event = ctx.store.events.resolve(args.event) if args.event is not None else None
        draft = save_draft(ctx.store, ctx.templates, contact, event, personal=args.personal, text=args.text,
                           template=args.template)  # fmt: skip
    print(f"draft {draft.id} for {contact.display_name} saved")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from postcard.compose import preferences

    with opened(args) as ctx:
        assignments = {}
        for assignment in args.assignments:
            name, sep, raw = assignment.partition("=")
            if not sep or name not in preferences.BY_NAME:
                raise PostcardError(
                    f"expected NAME=VALUE with NAME one of {', '.join(preferences.BY_NAME)}; got {assignment!r}"
                )
            assignments[name] = raw
        if assignments:
            prefs = preferences.set_text(ctx.store.settings, assignments)
        else:
            prefs = preferences.load(ctx.store.settings)
    for pref, value in prefs:
        print(f"{pref.name} = {value}")
    return 0
