"""The print commands: ``render``, ``calibrate``, ``offsets``, ``reprint``, ``templates``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postcard.cli import wording
from postcard.cli.arguments import record_id, seed
from postcard.cli.commands import opened
from postcard.core.options import Format, LayoutMode, Numerals, SheetSize, Sides, choices
from postcard.errors import PostcardError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("render", help="render cards to a PDF (and log them as printed)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                   help="the PDF; cards for other stock go beside it (FILE-a6.pdf)")  # fmt: skip
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--event", help="everyone met at this event (name or id)")
    who.add_argument("--contacts", nargs="+", type=record_id, metavar="ID")
    p.add_argument("--unthanked", action="store_true", help="only people not yet thanked for the event")
    p.add_argument("--template", help="template name (see 'postcard templates'); default: per contact/draft")
    p.add_argument("--format", choices=choices(Format), dest="fmt",
                   help="card format for everyone (default: per address)")  # fmt: skip
    p.add_argument("--sides", choices=choices(Sides), help="default: the saved setting (both)")
    p.add_argument("--layout", choices=choices(LayoutMode), help="default: the saved setting (duplex)")
    p.add_argument("--sheet", choices=choices(SheetSize), help="sheet for --layout nup (default: the saved setting)")
    p.add_argument("--reverse", action="store_true", help="two-pass: reverse the order of the second pass")
    p.add_argument("--seed", type=seed, help="handwriting seed (card N gets seed+contact id): reproducible output")
    p.add_argument("--variation", type=float, help="handwriting variation strength (0 = off, 1 = default)")
    p.add_argument("--numerals", choices=choices(Numerals), help="address numerals (default kanji digits)")
    p.add_argument("--zip-frames", action="store_true", default=None, help="print postal-code frames (blank stock)")
    p.add_argument("--nenga", action="store_true", help="sender boxes at the 年賀はがき position")
    p.add_argument("--design", help="an illustration from assets/ on the message side (e.g. ume)")
    p.add_argument("--sender", type=record_id, metavar="ID", help="sender profile (default: the default sender)")
    p.add_argument("--no-log", action="store_true", help="do not record the cards in the log")
    p.add_argument("--force", action="store_true", help="print even for people already thanked for this event")
    bad = p.add_mutually_exclusive_group()
    bad.add_argument(
        "--force-address",
        action="store_true",
        help="print cards whose address looks wrong too (checked against Japan Post's data)",
    )
    bad.add_argument("--skip-bad-addresses", action="store_true",
                     help="leave out the cards whose address looks wrong and print the rest")  # fmt: skip
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("calibrate", help="print a calibration page, or save printer offsets")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="write the calibration page here")
    p.add_argument("--format", choices=choices(Format), default=Format.JP_HAGAKI.value, dest="fmt")
    p.add_argument("--side", choices=[Sides.MESSAGE.value, Sides.ADDRESS.value], help="save offsets for this side")
    p.add_argument("--dx", type=float, help="move the print right by this many mm (negative: left)")
    p.add_argument("--dy", type=float, help="move the print down by this many mm (negative: up)")
    p.set_defaults(func=cmd_calibrate)

    p = sub.add_parser("reprint", help="reprint logged cards exactly (same text, seed and layout)")
    p.add_argument("cards", nargs="+", type=record_id, metavar="CARD_ID")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--layout", choices=choices(LayoutMode), help="default: the saved setting (duplex)")
    p.add_argument("--sheet", choices=choices(SheetSize), help="default: the saved setting (a4)")
    p.set_defaults(func=cmd_reprint)

    p = sub.add_parser(
        "templates",
        help="list the card templates (bundled and your own)",
        description=TEMPLATES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(func=cmd_templates)


def cmd_render(args: argparse.Namespace) -> int:
    from postcard.compose.printing import (
        NothingPrintableError,
        PrintRequest,
        plan_batch,
        run_batch,
    )
    from postcard.render.output import check_target

    check_target(args.out)  # before any work: a folder, a FIFO or a device is refused at once
    with opened(args) as ctx:
        event = ctx.store.events.resolve(args.event) if args.event is not None else None
        overrides = {"variation": args.variation, "numerals": args.numerals, "zip_frames": args.zip_frames,
                     "sender_zip": "nenga" if args.nenga else None, "design": args.design}  # fmt: skip
        request = PrintRequest(
            event_id=event.id if event else None, contact_ids=tuple(args.contacts) if args.contacts else None,
            unthanked=args.unthanked, template=args.template, format=args.fmt, layout=args.layout, sides=args.sides,
            sheet=args.sheet, reverse=args.reverse, sender_id=args.sender, seed=args.seed,
            overrides={k: v for k, v in overrides.items() if v is not None}, force=args.force, log=not args.no_log,
            force_address=args.force_address,
        )  # fmt: skip
        plan = plan_batch(ctx, request)
        if plan.needs_force and event is not None:
            raise PostcardError(wording.already_thanked(plan.thanked, event.name))
        for problem in plan.skipped:
            print(wording.skipped(problem), file=sys.stderr)
        left_out = False
        if plan.needs_address_confirmation:
            for line in wording.undeliverable(plan.undeliverable, left_out=args.skip_bad_addresses):
                print(line, file=sys.stderr)
            if not args.skip_bad_addresses:
                raise PostcardError(wording.undeliverable_refusal(plan.undeliverable))
            plan, left_out = plan.without_undeliverable(), True
        try:
            outcome = run_batch(ctx, plan, args.out)
        except NothingPrintableError as exc:
            for problem in exc.problems:
                print(wording.skipped(problem), file=sys.stderr)
            raise
    for problem in outcome.problems:  # refused by the layout as the PDF was drawn
        print(wording.skipped(problem), file=sys.stderr)
    for line in wording.batch_summary(outcome, tail="" if args.no_log else ", logged as printed"):
        print(line)
    return 1 if plan.skipped or outcome.problems or left_out else 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    from postcard.compose import preferences
    from postcard.compose.printing import write_calibration
    from postcard.render.output import check_target

    if args.out:
        check_target(args.out)
    with opened(args) as ctx:
        prefs = preferences.load(ctx.store.settings)
        if args.side:
            if args.dx is None and args.dy is None:
                raise PostcardError("give --dx and/or --dy (mm) with --side")
            changes = {f"{args.side}_{axis}": value for axis, value in (("dx", args.dx), ("dy", args.dy))
                       if value is not None}  # fmt: skip
            prefs = prefs.changed(**changes)
            preferences.save(ctx.store.settings, prefs)
            dx, dy = prefs.offsets()[args.side]
            print(f"{args.side} side offset: x {dx:+.1f} mm, y {dy:+.1f} mm")
        if args.out:
            write_calibration(args.out, args.fmt, ctx.fonts, wording.CALIBRATION)
            print(f"wrote the calibration page to {args.out}: print it on a card, then "
                  "'postcard calibrate --side address --dx … --dy …'")  # fmt: skip
        if not args.side and not args.out:
            for side, (dx, dy) in prefs.offsets().items():
                print(f"{side}: x {dx:+.1f} mm, y {dy:+.1f} mm")
    return 0


def cmd_reprint(args: argparse.Namespace) -> int:
    """Reprint from the log: the stored text, seed, format and options, so the card comes out the same."""
    from postcard.compose.printing import run_batch
    from postcard.compose.reprint import plan_reprint
    from postcard.render.output import check_target

    check_target(args.out)
    with opened(args) as ctx:
        plan = plan_reprint(ctx, args.cards, layout=args.layout, sheet=args.sheet)
        outcome = run_batch(ctx, plan, args.out)
    for line in wording.batch_summary(outcome, verb="reprinted", tail=" (not logged again)"):
        print(line)
    return 0


TEMPLATES_HELP = """\
List the card templates: the bundled ones and your own.

Your own templates are .j2 files in the folder "templates" of postcard's config folder
(HOME/config/templates with --home HOME; the folder is printed below the list). A file there with
the name of a bundled template replaces it (listed as "yours, replaces the bundled one").
A template is Jinja text of at most three lines, after a header of {# key: value #} lines:

    {# title: After the seminar #}
    {# lang: ja #}                  ja or en
    {# format: jp-hagaki #}         jp-hagaki, a6, us-4x6 or any
    {# direction: vertical #}       vertical or horizontal
    {{ event.name }}ではありがとうございました
    {{ personal }}

Variables: contact (family_name, given_name, full_name, short_name, honorific, company, department,
title...), event (name, date, place), personal, sender, today; filters jdate, wareki, wareki_date,
edate. Symbolic links are not read; a template that loops or grows without end is stopped.
"""

REFUSED = {
    "symlink": "a symbolic link: not read (copy the file into the folder instead)",
    "unreadable": "cannot be read",
    "not-utf8": "not UTF-8 text: save it as UTF-8",
}


def cmd_templates(args: argparse.Namespace) -> int:
    with opened(args) as ctx:
        infos = ctx.templates.list(refused=True)
        folder = ctx.paths.user_templates_dir
    print(f"{'name':<18} {'lang':<4} {'direction':<10} {'format':<9} {'origin':<8} title")
    for info in infos:
        if info.refused is not None:
            print(f"{info.name:<18} {'':<4} {'':<10} {'':<9} {'refused':<8} {REFUSED[info.refused.value]}")
            continue
        origin = "yours" if info.user else "bundled"
        note = "  (yours, replaces the bundled one)" if info.overrides else ""
        print(f"{info.name:<18} {info.lang:<4} {info.direction:<10} {info.format:<9} {origin:<8} {info.title}{note}")
    print(f"your templates: {folder}")
    return 0
