"""Western address sides (A6, US 4×6): the right half for the address, the stamp top right, the barcode zone clear."""

from __future__ import annotations

import pytest

from postcard.core.layout.formats import LayoutOptions, card_format
from postcard.core.layout.items import Box, Glyph, Page
from postcard.core.layout.western import BARCODE_ZONE, address_block, layout_western_address
from postcard.core.model import Contact, Sender
from postcard.errors import LayoutError
from postcard.render.fonts import FontCatalog

APPLE = Contact(family_name="Smith", given_name="Emily", honorific="Ms.", company="Northwind Labs",
                address1="1 Infinite Loop", address2="Cupertino, CA", postal_code="95014", country="USA")  # fmt: skip
BERLIN = Contact(family_name="Müller", given_name="Jonas", honorific="Mr.", address1="Unter den Linden 6",
                 address2="Berlin", postal_code="10117", country="Germany")  # fmt: skip
LONDON = Contact(family_name="Brown", given_name="Olivia", honorific="Dr.", company="Fairview Clinic",
                 address1="221B Baker Street", address2="London", postal_code="NW1 6XE",
                 country="United Kingdom")  # fmt: skip
SENDER = Sender(family_name="Kobayashi", given_name="Aoi", postal_code="1510051", address1="1-2-3 Sendagaya",
                address2="Shibuya-ku, Tokyo", country="Japan")  # fmt: skip
SIZES = {"a6": (148.0, 105.0), "us-4x6": (152.4, 101.6)}


def side(fonts: FontCatalog, contact: Contact, fmt: str, seed: int = 3) -> Page:
    return layout_western_address(contact, SENDER, card_format(fmt), LayoutOptions(), fonts, seed)


def rows(glyphs: list[Glyph]) -> list[str]:
    """The glyphs' text per line (lines are set on one y each, give or take the handwriting)."""
    out: list[list[Glyph]] = []
    for g in glyphs:
        if out and abs(g.cy - out[-1][0].cy) < 1.5:
            out[-1].append(g)
        else:
            out.append([g])
    return ["".join(g.char for g in line) for line in out]


# --- where things go -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["a6", "us-4x6"])
@pytest.mark.parametrize("contact", [APPLE, BERLIN, LONDON], ids=lambda c: c.country)
def test_address_right_message_left_stamp_top_right(fonts: FontCatalog, contact: Contact, fmt: str) -> None:
    for seed in range(8):
        page = side(fonts, contact, fmt, seed)
        w, h = SIZES[fmt]
        assert (page.width, page.height) == pytest.approx((w, h))
        address = page.glyphs("address")
        assert address
        for g in address:
            x0, y0, x1, y1 = g.bbox()
            assert x0 > w / 2 and x1 < w - 5.0, f"{g} not in the right half"
            assert y1 < h - BARCODE_ZONE, f"{g} in the barcode clear zone"
        (stamp,) = [i for i in page.items if isinstance(i, Box) and i.role == "stamp"]
        assert stamp.x > w / 2 and stamp.x + stamp.w <= w - 3.0 and 3.0 <= stamp.y and stamp.y + stamp.h < h / 2
        assert all(g.bbox()[1] > stamp.y + stamp.h for g in address)  # the address stays below the stamp
        for g in page.glyphs("sender"):
            x0, y0, x1, y1 = g.bbox()
            assert x0 > 3.0 and x1 < w / 2 and y0 > 3.0 and y1 < h / 2, f"{g} not in the top left"


def test_the_message_is_not_repeated_only_the_return_address_stands_left(fonts: FontCatalog) -> None:
    page = side(fonts, APPLE, "a6")
    assert page.glyphs("body") == []  # the message is on the other side
    assert {g.role for g in page.glyphs()} == {"address", "sender"}
    assert rows(page.glyphs("sender")) == ["AoiKobayashi", "1-2-3Sendagaya", "Shibuya-ku,Tokyo", "151-0051", "JAPAN"]


# --- address order -----------------------------------------------------------------------------------------
def test_us_address_order() -> None:
    assert address_block(APPLE) == ["Ms. Emily Smith", "Northwind Labs", "1 Infinite Loop", "Cupertino, CA 95014",
                                    "USA"]  # fmt: skip


def test_german_postcode_comes_before_the_town() -> None:
    assert address_block(BERLIN) == ["Mr. Jonas Müller", "Unter den Linden 6", "10117 Berlin", "GERMANY"]


def test_uk_postcode_has_its_own_line_and_the_country_is_last_in_capitals() -> None:
    assert address_block(LONDON) == ["Dr. Olivia Brown", "Fairview Clinic", "221B Baker Street", "London",
                                     "NW1 6XE", "UNITED KINGDOM"]  # fmt: skip


def test_the_printed_lines_follow_the_address_block(fonts: FontCatalog) -> None:
    for contact in (APPLE, BERLIN, LONDON):
        page = side(fonts, contact, "us-4x6")
        assert rows(page.glyphs("address")) == [t.replace(" ", "") for t in address_block(contact)]


def test_a_western_honorific_stands_before_the_name_also_at_a_japanese_address() -> None:
    smith = Contact(family_name="Smith", given_name="John", honorific="Mr.", postal_code="1500001",
                    address1="東京都渋谷区神宮前", address2="1-2-3")  # fmt: skip
    assert address_block(smith)[-1] == "Mr. John Smith"
    assert address_block(APPLE)[0] == "Ms. Emily Smith"
    assert all(not line.endswith(("Mr.", "Ms.", "Dr.")) for c in (smith, APPLE, BERLIN, LONDON)
               for line in address_block(c))  # fmt: skip


def test_a_japanese_address_abroad_reads_postcode_first() -> None:
    tokyo = Contact(family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内",
                    address2="1-9-1")  # fmt: skip
    assert address_block(tokyo) == ["〒100-0005", "東京都千代田区丸の内", "1-9-1", "山田 太郎 様"]


def test_an_address_too_wide_for_the_right_half_is_a_layout_error(fonts: FontCatalog) -> None:
    wide = Contact(family_name="Smith", given_name="Emily", address1="1 Infinite Loop " * 6,
                   address2="Cupertino, CA", postal_code="95014", country="USA")  # fmt: skip
    with pytest.raises(LayoutError, match="the address of Emily Smith is too long for a us-4x6 card"):
        side(fonts, wide, "us-4x6")
