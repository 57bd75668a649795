"""How to put the cards in the printer for the chosen layout: which side up, which edge first, between passes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Feeding", text)


def feeding_instructions(layout: str, sides: str, reverse: bool, cards: int) -> list[str]:
    """Steps, in the window's language, for printing ``cards`` cards laid out as ``layout``."""
    steps = [
        tr(
            "Print at actual size (100 %): turn off “fit to page” and any scaling; the pages are already the "
            "size of the card."
        )
    ]
    if layout == "nup":
        steps += [
            tr(
                "Load plain A4 or Letter paper. Print two-sided, flipping on the long edge, so that each address "
                "side lands behind its message side."
            ),
            tr("Cut the cards out along the crop marks."),
        ]
    elif layout == "two-pass" and sides == "both":
        half = str(cards)
        steps += [
            tr(
                "Pass 1: load the blank postcards top edge first, with the side to print facing the way your "
                "printer prints (usually up in a rear tray, down in a front cassette). Print pages 1–%1 (the "
                "message sides)."
            ).replace("%1", half),
            tr(
                "Between the passes: take the printed stack out, turn it over without shuffling it, keep the top "
                "edge first, and put it back in the tray."
            )
            + (
                ""
                if not reverse
                else " "
                + tr("The second pass runs in reverse order, for printers that stack the printed cards face up.")
            ),
            tr("Pass 2: print pages %1–%2 (the address sides).")
            .replace("%1", str(cards + 1))
            .replace("%2", str(2 * cards)),
        ]
    elif sides == "both":
        steps += [
            tr(
                "Load the postcards top edge first. Turn on two-sided printing and flip on the long edge; each "
                "message side is followed by its address side."
            ),
        ]
    else:
        steps += [tr("Load the postcards top edge first, with the side to print facing the way your printer prints.")]
    steps.append(
        tr(
            "New printer or new stock? Print one card on plain paper first and hold it against a postcard, or "
            "let Tools ▸ Calibrate the Printer measure and correct where your printer puts the card."
        )
    )
    return steps
