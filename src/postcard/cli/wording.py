"""The CLI's own English for what the layers below return as data (summaries, problems, instructions)."""

from __future__ import annotations

from postcard.compose.printing import BatchOutcome
from postcard.compose.problems import Problem
from postcard.compose.selection import Thanked
from postcard.core.layout.calibration import CalibrationNote
from postcard.core.layout.formats import card_format
from postcard.io.importer import ImportSummary

CALIBRATION = {
    CalibrationNote.PRINT_AT_100: "Print at 100 % on a postcard of this size.",
    CalibrationNote.BOXES: "The red boxes should sit on the card's own postal-code boxes.",
    CalibrationNote.MEASURE: "Measure from the paper's left and top edges to the 10 ticks:",
    CalibrationNote.FORMULA: "dx = measured − 10 (right +), dy = measured − 10 (down +),",
    CalibrationNote.NEXT_STEP: "then: postcard calibrate --side address --dx … --dy …",
}


def import_summary(summary: ImportSummary) -> list[str]:
    """The summary a person reads after an import."""
    out = [f"{name}: {fmt}" for name, fmt in summary.formats.items()]
    out.append(
        f"imported {summary.imported}, merged {summary.merged}, skipped {summary.skipped} (already there), "
        f"errors {len(summary.issues)}"
    )
    if summary.completed_addresses:
        out.append(f"completed {summary.completed_addresses} addresses from the postal code")
    if summary.events:
        out.append("linked to: " + ", ".join(summary.events))
    out += [f"error: {issue}" for issue in summary.issues]
    return out


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
