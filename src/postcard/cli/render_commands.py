"""The print commands: ``render``, ``calibrate``, ``offsets``, ``reprint``, ``templates``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postcard.cli.commands import opened
from postcard.core.layout.formats import FORMATS
from postcard.core.layout.sheets import MODES, SHEETS
from postcard.errors import PostcardError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("render", help="render cards to a PDF (and log them as printed)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--event", help="everyone met at this event (name or id)")
    who.add_argument("--contacts", nargs="+", type=int, metavar="ID")
    p.add_argument("--unthanked", action="store_true", help="only people not yet thanked for the event")
    p.add_argument("--template", help="template name (see 'postcard templates'); default: per contact/draft")
    p.add_argument("--format", choices=sorted(FORMATS), dest="fmt", help="card format (default: per address)")
    p.add_argument("--sides", choices=["both", "message", "address"], default="both")
    p.add_argument("--layout", choices=MODES, default="duplex")
    p.add_argument("--sheet", choices=sorted(SHEETS), default="a4", help="sheet for --layout nup")
    p.add_argument("--reverse", action="store_true", help="two-pass: reverse the order of the second pass")
    p.add_argument("--seed", type=int, help="handwriting seed (card N gets seed+contact id): reproducible output")
    p.add_argument("--variation", type=float, help="handwriting variation strength (0 = off, 1 = default)")
    p.add_argument("--numerals", choices=["digits", "juu", "arabic"], help="address numerals (default kanji digits)")
    p.add_argument("--zip-frames", action="store_true", default=None, help="print postal-code frames (blank stock)")
    p.add_argument("--nenga", action="store_true", help="sender boxes at the 年賀はがき position")
    p.add_argument("--design", help="an illustration from assets/ on the message side (e.g. ume)")
    p.add_argument("--sender", type=int, metavar="ID", help="sender profile (default: the default sender)")
    p.add_argument("--no-log", action="store_true", help="do not record the cards in the log")
    p.add_argument("--force", action="store_true", help="print even for people already thanked for this event")
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("calibrate", help="print a calibration page, or save printer offsets")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="write the calibration page here")
    p.add_argument("--format", choices=sorted(FORMATS), default="jp-hagaki", dest="fmt")
    p.add_argument("--side", choices=["message", "address"], help="save offsets for this side")
    p.add_argument("--dx", type=float, help="move the print right by this many mm (negative: left)")
    p.add_argument("--dy", type=float, help="move the print down by this many mm (negative: up)")
    p.set_defaults(func=cmd_calibrate)

    p = sub.add_parser("reprint", help="reprint logged cards exactly (same text, seed and layout)")
    p.add_argument("cards", nargs="+", type=int, metavar="CARD_ID")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--layout", choices=MODES, default="duplex")
    p.add_argument("--sheet", choices=sorted(SHEETS), default="a4")
    p.set_defaults(func=cmd_reprint)

    p = sub.add_parser("templates", help="list the card templates")
    p.set_defaults(func=cmd_templates)


def cmd_render(args: argparse.Namespace) -> int:
    from postcard.compose import build_selection, layout_options, saved_offsets
    from postcard.render.batch import PrintSettings, print_batch
    from postcard.render.output import check_target

    check_target(args.out)  # before any work: a folder, a FIFO or a device is refused at once
    with opened(args) as ctx:
        store = ctx.store
        event = store.events.resolve(args.event) if args.event else None
        if event is not None:
            contacts = store.contacts.list(event_id=event.id, unthanked=args.unthanked)
        else:
            contacts = store.contacts.get_many(args.contacts)
            missing = sorted(set(args.contacts) - {c.id for c in contacts})
            if missing:
                raise PostcardError(f"no contact with id {missing[0]}")
        if not contacts:
            raise PostcardError("nothing to print: the selection has no contacts")
        sender = store.senders.get(args.sender) if args.sender else store.senders.default()
        if args.sender and sender is None:
            raise PostcardError(f"no sender profile with id {args.sender}")
        if event is not None and not args.force and not args.no_log:
            already = [c for c in contacts if store.cards.thanked_for_event(c.id or 0, event.id)]
            if already:
                names = ", ".join(c.display_name for c in already[:5])
                raise PostcardError(
                    f"{len(already)} of them already got a card for {event.name} ({names}); "
                    "use --unthanked to skip them or --force to print again"
                )
        options = layout_options(
            ctx,
            variation=args.variation,
            numerals=args.numerals,
            zip_frames=args.zip_frames,
            sender_zip="nenga" if args.nenga else None,
            design=args.design,
        )
        settings = PrintSettings(args.layout, args.sides, args.sheet, args.reverse, saved_offsets(ctx), options)
        selection = build_selection(ctx, contacts, event=event, sender=sender, settings=settings,
                                    template=args.template, fmt=args.fmt, seed=args.seed)  # fmt: skip
        for problem in selection.problems:
            print(f"postcard: skipped {problem}", file=sys.stderr)
        if not selection.jobs:
            raise PostcardError("no card could be printed")
        result = print_batch(selection.jobs, settings, ctx.fonts, args.out, log=None if args.no_log else store.cards,
                             invariant=args.seed is not None)  # fmt: skip
    logged = "" if args.no_log else ", logged as printed"
    print(f"wrote {len(selection.jobs)} card(s), {result.pages} page(s) to {result.path}{logged}")
    return 1 if selection.problems else 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    from postcard.render.calibration import write_calibration
    from postcard.render.output import check_target

    if args.out:
        check_target(args.out)
    with opened(args) as ctx:
        if args.side:
            if args.dx is None and args.dy is None:
                raise PostcardError("give --dx and/or --dy (mm) with --side")
            offsets = ctx.store.settings.get("offsets", {}) or {}
            old = offsets.get(args.side, [0.0, 0.0])
            offsets[args.side] = [
                args.dx if args.dx is not None else old[0],
                args.dy if args.dy is not None else old[1],
            ]
            ctx.store.settings.set("offsets", offsets)
            print(f"{args.side} side offset: x {offsets[args.side][0]:+.1f} mm, y {offsets[args.side][1]:+.1f} mm")
        if args.out:
            write_calibration(args.out, args.fmt, ctx.fonts)
            print(f"wrote the calibration page to {args.out}: print it on a card, then "
                  "'postcard calibrate --side address --dx … --dy …'")  # fmt: skip
        if not args.side and not args.out:
            offsets = ctx.store.settings.get("offsets", {}) or {}
            for side in ("message", "address"):
                dx, dy = offsets.get(side, [0.0, 0.0])
                print(f"{side}: x {dx:+.1f} mm, y {dy:+.1f} mm")
    return 0


def cmd_reprint(args: argparse.Namespace) -> int:
    """Reprint from the log: the stored text, seed, format and options, so the card comes out the same."""
    from postcard.compose import saved_offsets
    from postcard.core.layout.formats import LayoutOptions
    from postcard.render.batch import CardJob, PrintSettings, print_batch
    from postcard.render.output import check_target

    check_target(args.out)
    with opened(args) as ctx:
        store = ctx.store
        jobs = []
        sides = set()
        options = None
        for card_id in args.cards:
            card = store.cards.get(card_id)
            if card is None:
                raise PostcardError(f"no card with id {card_id} (see 'postcard log')")
            contact = store.contacts.get(card.contact_id)
            if contact is None:
                raise PostcardError(f"card {card_id}: its contact no longer exists")
            sender = store.senders.get(card.sender_id) if card.sender_id else None
            direction = str(card.options.get("direction", "vertical"))
            sides.add(str(card.options.get("sides", "both")))
            options = options or LayoutOptions.from_dict(card.options)
            jobs.append(CardJob(contact, tuple(card.text.splitlines()), sender, card.template, card.personal,
                                card.event_id, card.format, direction, card.seed))  # fmt: skip
        if len(sides) > 1:
            raise PostcardError("these cards were printed with different sides; reprint them separately")
        assert options is not None
        settings = PrintSettings(args.layout, sides.pop(), args.sheet, False, saved_offsets(ctx), options)
        result = print_batch(jobs, settings, ctx.fonts, args.out)
    print(f"reprinted {len(jobs)} card(s), {result.pages} page(s) to {result.path} (not logged again)")
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        for info in ctx.templates.list():
            origin = "user" if info.user else "bundled"
            print(f"{info.name:<18} {info.lang}  {info.direction:<10} {info.format:<9} {origin:<7} {info.title}")
    return 0
