"""The name the print dialog offers for the batch's PDF: the one a person would have typed."""

from __future__ import annotations

import datetime as dt

import pytest

from postcard.core.model import Event

from postcard.gui.dialogs.print_options import pdf_name

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (Event("地域DXセミナー2026", dt.date(2026, 11, 28)), "地域DXセミナー2026.pdf"),  # its year: not again
        (Event("地域DXセミナー２０２６"), "地域DXセミナー２０２６.pdf"),  # full-width digits are a year too
        (Event("新年会 令和8年"), "新年会 令和8年.pdf"),
        (Event("12月の勉強会", dt.date(2026, 12, 5)), "12月の勉強会.pdf"),
        (Event("Meetup 11/30"), "Meetup 11-30.pdf"),  # dated; the slash cannot be in a file name
        (Event("Kyoto meetup", dt.date(2026, 11, 30)), "Kyoto meetup 2026-11-30.pdf"),  # the event's own date
        (Event("懇親会"), "懇親会 2026-12-01.pdf"),  # no date at all: the day it is printed
        (Event("Team 7 dinner"), "Team 7 dinner 2026-12-01.pdf"),  # a number is not a date
        (Event('Day 1: "Kickoff" <Tokyo>?'), "Day 1- Kickoff Tokyo 2026-12-01.pdf"),  # no * ? " < > | : / \\
        (Event(" ... "), "cards 2026-12-01.pdf"),
        (None, "cards 2026-12-01.pdf"),
    ],
)
def test_the_pdf_is_named_after_the_event_and_dated_once(event: Event | None, expected: str) -> None:
    assert pdf_name(event, TODAY) == expected
