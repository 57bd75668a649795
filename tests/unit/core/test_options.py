"""The closed sets are StrEnums: equal to their stored strings, and LayoutOptions turns strings into members."""

from __future__ import annotations

import json

import pytest

from postcard.core.layout.calibration import CalibrationNote, calibration_notes
from postcard.core.layout.formats import FORMATS, LayoutOptions, address_format
from postcard.core.options import Format, Numerals, Pen, SenderBoxes, Sides, choices
from postcard.errors import PostcardError


def test_members_are_their_strings() -> None:
    assert Sides.BOTH == "both" and f"{Numerals.JUU}" == "juu" and json.dumps([Pen.REGULAR]) == '["regular"]'
    assert choices(Format) == list(FORMATS) == ["jp-hagaki", "a6", "us-4x6"]
    assert Sides.BOTH.names == (Sides.MESSAGE, Sides.ADDRESS) and Sides.ADDRESS.names == (Sides.ADDRESS,)


def test_layout_options_take_stored_strings_and_give_members() -> None:
    opts = LayoutOptions.from_dict({"numerals": "arabic", "pen": "regular", "sender_zip": "nenga"})
    assert (opts.numerals, opts.pen, opts.sender_zip) == (Numerals.ARABIC, Pen.REGULAR, SenderBoxes.NENGA)
    assert opts.numerals is Numerals.ARABIC and LayoutOptions.from_dict(opts.to_dict()) == opts
    with pytest.raises(PostcardError, match="numerals must be one of digits, juu, arabic, not 'roman'"):
        LayoutOptions(numerals="roman")  # type: ignore[arg-type]


def test_the_address_decides_the_card() -> None:
    assert address_format(True) is Format.JP_HAGAKI and address_format(False) is Format.A6


def test_the_calibration_page_names_the_boxes_only_where_there_are_boxes() -> None:
    assert CalibrationNote.BOXES in calibration_notes("jp-hagaki")
    assert CalibrationNote.BOXES not in calibration_notes("a6") and len(calibration_notes("a6")) == 4
