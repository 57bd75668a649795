"""The contact-book, import, log and follow-up commands."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from postcard.app import build_context
from postcard.cli import wording
from postcard.cli.arguments import days, record_id
from postcard.context import AppContext
from postcard.core.addresscheck import AddressProblem, PostalAreas, check_address
from postcard.core.followups import rank
from postcard.core.model import CardStatus, Contact, Event, Touch
from postcard.errors import PostcardError


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[AppContext]:
    ctx = build_context(args.home)
    try:
        yield ctx
    finally:
        ctx.close()


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def parse_map(value: str) -> dict[str, str]:
    """``family_name=姓,given_name=名`` → a column map."""
    out = {}
    for part in value.split(","):
        if "=" not in part:
            raise argparse.ArgumentTypeError(f"--map expects field=Column pairs, got {part!r}")
        key, column = part.split("=", 1)
        out[key.strip()] = column.strip()
    return out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="import contacts from vCard or CSV files")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--event", help="link everyone imported to this event (created if new)")
    p.add_argument("--date", type=parse_date, help="the event's date (YYYY-MM-DD)")
    p.add_argument("--format", default="auto", choices=["auto", "vcard", "csv"], dest="fmt")
    p.add_argument("--map", type=parse_map, help="column map for other CSVs: family_name=姓,given_name=名,…")
    p.add_argument("--group-by-date", action="store_true",
                   help="one event per exchange date (Eight's 名刺交換日)")  # fmt: skip
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("contacts", help="list contacts")
    p.add_argument("--event", help="only people met at this event (name or id)")
    p.add_argument("--recent", type=days, metavar="DAYS", help="only people met in the last DAYS days")
    p.add_argument("--unthanked", action="store_true", help="only people not yet sent a card (for the event)")
    p.add_argument("--tag")
    p.add_argument("--search", default="", help="name, reading, company or e-mail contains this")
    p.add_argument("--archived", action="store_true", help="include archived contacts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_contacts)

    p = sub.add_parser("events", help="list events")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("add-event", help="create an event and link contacts to it")
    p.add_argument("name")
    p.add_argument("--date", type=parse_date)
    p.add_argument("--place", default="")
    p.add_argument("--contacts", nargs="*", type=record_id, default=[], metavar="ID")
    p.set_defaults(func=cmd_add_event)

    p = sub.add_parser("log", help="the card log")
    p.add_argument("--contact", type=record_id, metavar="ID")
    p.add_argument("--event")
    p.add_argument("--status", choices=[s.value for s in CardStatus])
    p.add_argument("--search", default="", help="card text or the contact's name contains this")
    p.add_argument("--csv", type=Path, metavar="FILE", help="write the log as CSV to FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_log)

    p = sub.add_parser("mark-sent", help="mark printed cards as sent (or replied)")
    p.add_argument("cards", nargs="*", type=record_id, metavar="CARD_ID")
    p.add_argument("--event", help="every printed card of this event")
    p.add_argument("--replied", action="store_true", help="mark as replied instead")
    p.add_argument("--date", type=parse_date)
    p.set_defaults(func=cmd_mark_sent)

    p = sub.add_parser("touch", help="log another interaction (a call, a lunch) with a contact")
    p.add_argument("contact", type=record_id, metavar="CONTACT_ID")
    p.add_argument("--kind", default="note")
    p.add_argument("--note", default="")
    p.add_argument("--date", type=parse_date)
    p.set_defaults(func=cmd_touch)

    p = sub.add_parser("follow-ups", help="people whose last touch is older than their interval")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="also list people who are not due yet")
    p.set_defaults(func=cmd_follow_ups)

    p = sub.add_parser("export", help="export contacts as vCard 3.0 or CSV")
    p.add_argument("out", type=Path, metavar="FILE")
    p.add_argument("--format", choices=["vcard", "csv"], default=None, dest="fmt",
                   help="default: from the file extension (.vcf → vcard)")  # fmt: skip
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help="fill an empty home with a sample event, contacts and sender")
    p.set_defaults(func=cmd_demo)


def cmd_import(args: argparse.Namespace) -> int:
    from postcard.cli.wording import import_summary
    from postcard.io.importer import import_files

    with opened(args) as ctx:
        summary = import_files(
            ctx.store, args.files, fmt=args.fmt, column_map=args.map, event_name=args.event,
            event_date=args.date, group_by_date=args.group_by_date, readings=ctx.readings,
        )  # fmt: skip
    for line in import_summary(summary):
        print(line)
    if summary.issue_count and not (summary.imported or summary.merged or summary.skipped):
        return 1
    return 0


def contact_json(contact: Contact, problems: list[AddressProblem] | None = None) -> dict[str, Any]:
    data = asdict(contact)
    for key in ("met_on", "created_at", "updated_at"):
        data[key] = data[key].isoformat() if data[key] else None
    data["reading_missing"] = contact.reading_missing
    data["reading_suggested"] = contact.reading_suggested
    data["address_problems"] = [{"kind": p.kind.value, "found": p.found, "expected": p.expected}
                                for p in (problems if problems is not None else check_address(contact))]  # fmt: skip
    return data


CONTACTS_FOOTER = (
    "★ key person (edit-contact ID --key-person yes|no) · (suggested) a reading guessed from the name: "
    "'postcard confirm-reading ID…' keeps it · (reading missing) or a wrong one: "
    "'postcard edit-contact ID --family-reading … --given-reading …' · ⚠ the card may not arrive: fix the address "
    "(edit-contact ID --postal-code … --address1 …)"
)


def cmd_contacts(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        event = ctx.store.events.resolve(args.event) if args.event is not None else None
        since = dt.date.today() - dt.timedelta(days=args.recent) if args.recent is not None else None
        contacts = ctx.store.contacts.list(
            query=args.search, event_id=event.id if event else None, tag=args.tag,
            include_archived=args.archived, met_since=since, unthanked=args.unthanked,
        )  # fmt: skip
    areas = PostalAreas()
    checks = {c.id: check_address(c, lookup=areas) for c in contacts}
    if args.json:
        json.dump([contact_json(c, checks[c.id]) for c in contacts], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if contacts:
        print("   id ★ name\treading\tcompany / department / title\taddress")
    for c in contacts:
        reading = c.full_reading
        if c.reading_suggested:
            reading = f"(suggested) {c.suggested_reading}"
        elif c.reading_missing:
            reading = "(reading missing)"
        org = " / ".join(p for p in (c.company, c.department, c.title) if p)
        star = "★" if c.key_person else " "
        problems = checks[c.id]
        warning = f"  ⚠ {wording.address_problems(problems)}" if problems else ""
        print(f"{c.id:>5} {star} {c.addressed_name}\t{reading}\t{org}\t{c.one_line_address}{warning}")
    print(f"{len(contacts)} contact(s). {CONTACTS_FOOTER}", file=sys.stderr)
    return 0


def event_json(event: Event, count: int) -> dict[str, Any]:
    return {"id": event.id, "name": event.name, "date": event.date.isoformat() if event.date else None,
            "place": event.place, "notes": event.notes, "contacts": count}  # fmt: skip


def cmd_events(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        events = ctx.store.events.list()
        counts = ctx.store.events.contact_counts()
    if args.json:
        json.dump(
            [event_json(e, counts.get(e.id or 0, 0)) for e in events],
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
        return 0
    for e in events:
        date = e.date.isoformat() if e.date else "----------"
        print(f"{e.id:>4}  {date}  {e.name}  ({counts.get(e.id or 0, 0)} people){'  @ ' + e.place if e.place else ''}")
    return 0


def cmd_add_event(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        missing = [i for i in args.contacts if ctx.store.contacts.get(i) is None]
        if missing:  # checked first: a refused command leaves no event behind
            raise PostcardError(f"no contact with id {missing[0]}")
        with ctx.store.db.transaction():
            event = ctx.store.events.add(Event(args.name, args.date, args.place))
            assert event.id is not None
            ctx.store.events.link(event.id, args.contacts)
    print(f"event {event.id}: {event.name}")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    from postcard.compose.exporting import write_log_csv
    from postcard.io.export import log_records

    with opened(args) as ctx:
        event = ctx.store.events.resolve(args.event) if args.event is not None else None
        rows = ctx.store.cards.list(
            contact_id=args.contact, event_id=event.id if event else None,
            status=CardStatus(args.status) if args.status else None,
            query=args.search,
        )  # fmt: skip
    records = log_records(rows)
    if args.csv:
        write_log_csv(args.csv, rows)
        print(f"wrote {len(records)} card(s) to {args.csv}")
    elif args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in records:
            when = (r["sent_at"] or r["printed_at"] or r["drafted_at"])[:10]
            text = str(r["text"]).replace("\n", " / ")
            print(f"{r['card_id']:>5}  {when}  {r['status']:<7}  {r['contact']}  [{r['event']}]  {text}")
    return 0


def cmd_mark_sent(args: argparse.Namespace) -> int:
    from postcard.compose.marking import NothingToMarkError, mark_cards, printed_cards

    status = CardStatus.REPLIED if args.replied else CardStatus.SENT
    when = dt.datetime.combine(args.date, dt.time(12), dt.UTC) if args.date else None
    with opened(args) as ctx:
        ids = list(args.cards)
        event_id = None
        if args.event is not None:
            event = ctx.store.events.resolve(args.event)
            if not printed_cards(ctx.store, event.id or 0) and not ids:
                of_event = ctx.store.cards.list(event_id=event.id)
                counts = {s: sum(1 for r in of_event if r.card.status is s) for s in CardStatus}
                done = counts[CardStatus.SENT] + counts[CardStatus.REPLIED]
                raise PostcardError(
                    f"no printed card of {event.name} to mark {status.value} ({counts[CardStatus.DRAFT]} draft(s), "
                    f"{done} already sent); print them first: postcard render --event {event.name} --out cards.pdf"
                )
            event_id = event.id
        try:
            changed = mark_cards(ctx.store, status, card_ids=ids, event_id=event_id, when=when)
        except NothingToMarkError:
            raise PostcardError("name the cards to mark (CARD_ID… or --event NAME)") from None
    print(f"marked {changed} card(s) {status.value}")
    return 0


def cmd_touch(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        if ctx.store.contacts.get(args.contact) is None:
            raise PostcardError(f"no contact with id {args.contact}")
        ctx.store.cards.add_touch(Touch(args.contact, args.date or dt.date.today(), args.kind, args.note))
    print("logged")
    return 0


def cmd_follow_ups(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with opened(args) as ctx:
        ranked = rank(ctx.store.contacts.list(), ctx.store.cards.last_touches(), today, include_not_due=args.all)
    if args.json:
        out = [{"contact_id": f.contact.id, "name": f.contact.display_name, "key_person": f.contact.key_person,
                "last_touch": f.last_touch.isoformat() if f.last_touch else None, "days_since": f.days_since,
                "interval_days": f.contact.effective_interval_days, "overdue": round(f.overdue, 3)}
               for f in ranked]  # fmt: skip
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if ranked:
        print("overdue ★    id  name  last card or touch")
    for f in ranked:
        last = f"{f.last_touch.isoformat()} ({f.days_since} days ago)" if f.last_touch else "never"
        star = "★" if f.contact.key_person else " "
        print(f"{f.overdue:7.2f} {star} {f.contact.id:>5}  {f.contact.display_name}  last: {last}")
    if not ranked:
        print("nobody is due: everyone heard from you within their interval")
    else:
        print(
            "overdue: how late a word is, in intervals: (days since the last card or touch − the interval) ÷ the "
            "interval, so 1.00 is one whole interval late; most overdue first, key people (★) first among equals; "
            "the interval is 182 days unless set (edit-contact ID --interval DAYS)",
            file=sys.stderr,
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from postcard.io.export import export_contacts_csv, export_vcards

    fmt = args.fmt or ("vcard" if args.out.suffix.lower() in (".vcf", ".vcard") else "csv")
    with opened(args) as ctx:
        contacts = ctx.store.contacts.list()
    if fmt == "vcard":
        args.out.write_text(export_vcards(contacts), encoding="utf-8", newline="")
    else:
        args.out.write_text(export_contacts_csv(contacts), encoding="utf-8-sig", newline="")
    print(f"wrote {len(contacts)} contact(s) to {args.out}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from postcard.compose.printing import PrintRequest, plan_batch, write_batch
    from postcard.demo import fill_demo

    with opened(args) as ctx:
        event = fill_demo(ctx.store)
        count = ctx.store.contacts.count()
        plan = plan_batch(ctx, PrintRequest(event_id=event.id, seed=1, log=False))
        sample = ctx.paths.data_dir / "demo-cards.pdf"
        outcome = write_batch(plan, sample, ctx.fonts)  # a look, not a print run: not logged
    print(f"demo: event {event.name!r} ({event.date}) with {count} contacts and a sender")
    print(f"sample cards (not logged): {', '.join(str(f.path) for f in outcome.files)}")
    home = f" --home {shlex.quote(args.home)}" if args.home else ""
    name = shlex.quote(event.name)
    print(f"next: postcard{home} contacts --event {name}   |   postcard{home} render --event {name} --out cards.pdf")
    return 0
