"""The CLI's own English for what the layers below return as data (summaries, problems, instructions)."""

from __future__ import annotations

from collections.abc import Sequence

from postcard.compose.printing import BatchOutcome
from postcard.compose.problems import Problem
from postcard.compose.selection import Thanked
from postcard.core.addresscheck import AddressProblem, AddressProblemKind
from postcard.core.layout.calibration import CalibrationNote
from postcard.core.layout.formats import card_format
from postcard.core.text import format_postal_code, shorten
from postcard.io.importer import ImportSummary
from postcard.io.records import IssueKind

CALIBRATION = {
    CalibrationNote.PRINT_AT_100: "Print at 100 % on a postcard of this size.",
    CalibrationNote.BOXES: "The red boxes should sit on the card's own postal-code boxes.",
    CalibrationNote.MEASURE: "Measure from the paper's left and top edges to the 10 ticks:",
    CalibrationNote.FORMULA: "dx = 10 − measured left, dy = 10 − measured top (mm; right and down +),",
    CalibrationNote.NEXT_STEP: "then: postcard calibrate --side address --dx … --dy …",
}


def address_problem(problem: AddressProblem) -> str:
    """One address problem in a few words: ``no street number (番地)``, ``postal code 000-0000 does not exist``."""
    kind, found, expected = problem.kind, problem.found, problem.expected
    if kind is AddressProblemKind.NO_ADDRESS:
        return "no address"
    if kind is AddressProblemKind.NO_POSTAL_CODE:
        return "no postal code"
    if kind is AddressProblemKind.MALFORMED_POSTAL_CODE:
        return f"postal code {shorten(found, 20)!r} is not seven digits"
    if kind is AddressProblemKind.UNKNOWN_POSTAL_CODE:
        return f"postal code {format_postal_code(found)} does not exist"
    if kind is AddressProblemKind.PREFECTURE_MISMATCH:
        return f"the postal code is in {expected}, the address in {found}"
    if kind is AddressProblemKind.CITY_MISMATCH:
        if not found:
            return f"the address has no city or town (the postal code is in {expected})"
        return f"the postal code is in {expected}, the address in {found}"
    return "no street number (番地)"


def address_problems(problems: Sequence[AddressProblem]) -> str:
    return "; ".join(address_problem(p) for p in problems)


def import_summary(summary: ImportSummary) -> list[str]:
    """The summary a person reads after an import."""
    out = [f"{name}: {fmt}" for name, fmt in summary.formats.items()]
    out.append(
        f"imported {summary.imported}, merged {summary.merged}, skipped {summary.skipped} (already there), "
        f"errors {summary.issue_count - summary.kept_nameless}"
    )
    if summary.completed_addresses:
        out.append(f"completed {summary.completed_addresses} addresses from the postal code")
    if summary.suggested_readings:
        out.append(
            f"suggested readings for {summary.suggested_readings} name(s) without furigana (marked 'suggested' in "
            "'postcard contacts'; postcard confirm-reading ID… when right, edit-contact --family-reading … if not)"
        )
    if summary.kept_nameless:
        out.append(
            f"kept {summary.kept_nameless} record(s) without a name or company (only an e-mail or phone): "
            "no card goes to them until a name and address are added"
        )
    if summary.events:
        out.append("linked to: " + ", ".join(summary.events))
    if summary.address_count:
        out.append(f"{summary.address_count} address(es) may not deliver (a card to them is refused until fixed):")
        for f in summary.address_findings:
            out.append(f"  {f.file}:{f.line}: {f.name} (id {f.contact_id}): {address_problems(f.problems)}")
    for issue in summary.issues:
        label = "note" if issue.kind is IssueKind.NAMELESS and not issue.skipped else "error"
        out.append(f"{label}: {issue}")
    hidden = summary.issue_count - len(summary.issues) + summary.address_count - len(summary.address_findings)
    if hidden > 0:
        out.append(f"(… and {hidden} more not listed)")
    return out


def undeliverable(problems: Sequence[Problem], *, left_out: bool = False) -> list[str]:
    """One line per card whose address looks wrong: who, the contact id, and what is wrong."""
    by_contact: dict[int, list[Problem]] = {}
    for problem in problems:
        by_contact.setdefault(problem.contact_id, []).append(problem)
    verb = "left out" if left_out else "held back"
    lines = []
    for contact_id, found in by_contact.items():
        what = address_problems([AddressProblem(AddressProblemKind(p.kind.value), p.found, p.expected) for p in found])
        lines.append(f"postcard: {verb}: {found[0].name} (id {contact_id}) may not arrive: {what}")
    return lines


def undeliverable_refusal(problems: Sequence[Problem]) -> str:
    """The one line ``render`` ends with when cards may not arrive and no choice was given."""
    names = list({p.contact_id: p.name for p in problems}.values())
    shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
    return (
        f"{len(names)} card(s) may not arrive ({shown}): fix the addresses (postcard edit-contact ID …), or print "
        "them anyway (--force-address), or leave them out (--skip-bad-addresses)"
    )


def skipped(problem: Problem) -> str:
    return f"postcard: skipped {problem.name} (id {problem.contact_id}): {problem.detail}"


def already_thanked(thanked: list[Thanked], event_name: str) -> str:
    names = ", ".join(t.contact.display_name for t in thanked[:5])
    return (
        f"{len(thanked)} of them already got a card for {event_name} ({names}); "
        "use --unthanked to skip them or --force to print again"
    )


def batch_summary(outcome: BatchOutcome, verb: str = "wrote", tail: str = "") -> list[str]:
    """``wrote 12 card(s), 24 page(s) to cards.pdf, logged as printed``; one line more per file when the cards
    went to several files (one per card stock)."""
    cards = sum(f.cards for f in outcome.files)
    if len(outcome.files) == 1:
        return [f"{verb} {cards} card(s), {outcome.pages} page(s) to {outcome.files[0].path}{tail}"]
    count = len(outcome.files)
    lines = [f"{verb} {cards} card(s), {outcome.pages} page(s) to {count} files, one per card stock{tail}:"]
    for f in outcome.files:
        lines.append(f"  {f.path}: {f.cards} card(s), {f.pages} page(s) on {card_format(f.format).label}")
    return lines
