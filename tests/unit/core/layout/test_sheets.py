"""Arranging card sides into print jobs: duplex, two-pass, n-up sheets with mirrored backs and crop marks."""

from __future__ import annotations

import math

import pytest

from postcard.core.layout.items import Page
from postcard.core.layout.sheets import (
    MIN_MARGIN,
    PRINTABLE_EDGE,
    SHEETS,
    Grid,
    nup_sheets,
    order_sides,
    plan_grid,
    single_sheets,
)
from postcard.errors import PostcardError

CARDS = {"jp-hagaki": (100.0, 148.0), "a6": (148.0, 105.0), "us-4x6": (152.4, 101.6)}


def cards(n: int, size: tuple[float, float] = (100.0, 148.0)) -> list[list[tuple[str, Page]]]:
    w, h = size
    return [[("message", Page(w, h, label=f"m{i}")), ("address", Page(w, h, label=f"a{i}"))] for i in range(1, n + 1)]


def labels(sides: list[tuple[str, Page]]) -> list[str]:
    return [page.label for _side, page in sides]


# --- single-card pages ----------------------------------------------------------------------------------------
def test_duplex_alternates_message_and_address() -> None:
    assert labels(order_sides(cards(3), "duplex")) == ["m1", "a1", "m2", "a2", "m3", "a3"]


def test_two_pass_prints_all_messages_then_all_addresses() -> None:
    assert labels(order_sides(cards(3), "two-pass")) == ["m1", "m2", "m3", "a1", "a2", "a3"]
    assert labels(order_sides(cards(3), "two-pass", reverse=True)) == ["m1", "m2", "m3", "a3", "a2", "a1"]


def test_one_sided_cards_and_unknown_modes() -> None:
    one_sided = [[("address", Page(100, 148, label=f"a{i}"))] for i in (1, 2)]
    assert labels(order_sides(one_sided, "two-pass")) == ["a1", "a2"]
    assert labels(order_sides(one_sided, "duplex")) == ["a1", "a2"]
    with pytest.raises(PostcardError, match="unknown layout 'zigzag'"):
        order_sides(cards(1), "zigzag")


def test_single_sheets_are_the_size_of_the_card() -> None:
    sheets = single_sheets(order_sides(cards(2, (148.0, 105.0)), "duplex"))
    assert [(s.width, s.height) for s in sheets] == [(148.0, 105.0)] * 4
    assert [(p.x, p.y, p.rotation, p.side) for s in sheets for p in s.placements] == [
        (0.0, 0.0, 0, "message"), (0.0, 0.0, 0, "address")] * 2  # fmt: skip


# --- n-up ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sheet", ["a4", "letter"])
@pytest.mark.parametrize("fmt", list(CARDS))
def test_the_grid_fits_at_least_two_cards_with_margins(fmt: str, sheet: str) -> None:
    w, h = CARDS[fmt]
    grid = plan_grid(w, h, sheet)
    sw, sh = SHEETS[sheet]
    assert grid.per_sheet >= 2
    assert (grid.cell_w, grid.cell_h) == ((h, w) if grid.rotated else (w, h))
    assert grid.x0 >= MIN_MARGIN and grid.y0 >= MIN_MARGIN
    assert grid.x0 + grid.cols * grid.cell_w <= sw - MIN_MARGIN
    assert grid.y0 + grid.rows * grid.cell_h <= sh - MIN_MARGIN
    assert grid.x0 == pytest.approx(sw - grid.x0 - grid.cols * grid.cell_w)  # centred


def test_a_card_bigger_than_the_sheet_is_refused() -> None:
    with pytest.raises(PostcardError, match="does not fit on a a4 sheet"):
        plan_grid(300.0, 400.0, "a4")
    with pytest.raises(PostcardError, match="unknown sheet 'a3'"):
        plan_grid(100.0, 148.0, "a3")


def cells(grid: Grid) -> list[tuple[float, float, float, float]]:
    return [(grid.x0 + c * grid.cell_w, grid.y0 + r * grid.cell_h, grid.x0 + (c + 1) * grid.cell_w,
             grid.y0 + (r + 1) * grid.cell_h) for r in range(grid.rows) for c in range(grid.cols)]  # fmt: skip


@pytest.mark.parametrize(("fmt", "sheet"), [("jp-hagaki", "a4"), ("a6", "a4"), ("us-4x6", "letter")])
def test_front_then_mirrored_back_sheets(fmt: str, sheet: str) -> None:
    w, h = CARDS[fmt]
    grid = plan_grid(w, h, sheet)
    n = grid.per_sheet + 1  # one full sheet pair and one with a single card
    sheets = nup_sheets(cards(n, (w, h)), sheet)
    assert [s.label for s in sheets] == ["sheet 1 front", "sheet 1 back", "sheet 2 front", "sheet 2 back"]
    assert all((s.width, s.height) == SHEETS[sheet] for s in sheets)
    front, back = sheets[0], sheets[1]
    assert [p.page.label for p in front.placements] == [f"m{i}" for i in range(1, grid.per_sheet + 1)]
    assert [p.page.label for p in back.placements] == [f"a{i}" for i in range(1, grid.per_sheet + 1)]
    assert {p.side for p in front.placements} == {"message"} and {p.side for p in back.placements} == {"address"}
    for i, (f, b) in enumerate(zip(front.placements, back.placements, strict=True)):
        col, row = i % grid.cols, i // grid.cols
        assert (f.x, f.y) == pytest.approx((grid.x0 + col * grid.cell_w, grid.y0 + row * grid.cell_h))
        assert (b.x, b.y) == pytest.approx((grid.x0 + (grid.cols - 1 - col) * grid.cell_w, f.y))  # mirrored column
        assert b.rotation == -f.rotation and f.rotation == (90 if grid.rotated else 0)
    assert [p.page.label for p in sheets[2].placements] == [f"m{n}"]
    assert [p.page.label for p in sheets[3].placements] == [f"a{n}"]


def test_a_quarter_turned_grid_turns_the_other_way_on_the_back() -> None:
    grid = plan_grid(140.0, 90.0, "a4")  # 140 × 90: three upright, or four turned a quarter
    assert grid.rotated and (grid.cols, grid.rows) == (2, 2)
    front, back = nup_sheets(cards(4, (140.0, 90.0)), "a4")
    assert [p.rotation for p in front.placements] == [90] * 4
    assert [p.rotation for p in back.placements] == [-90] * 4
    assert [(p.page.label, p.x) for p in back.placements] == [
        ("a1", front.placements[1].x), ("a2", front.placements[0].x),
        ("a3", front.placements[3].x), ("a4", front.placements[2].x)]  # fmt: skip


def test_crop_marks_stay_outside_the_cards_on_every_cut_line() -> None:
    for fmt, sheet in (("jp-hagaki", "a4"), ("a6", "a4"), ("us-4x6", "letter"), ("jp-hagaki", "letter")):
        w, h = CARDS[fmt]
        grid = plan_grid(w, h, sheet)
        (front, back) = nup_sheets(cards(grid.per_sheet, (w, h)), sheet)
        assert front.marks and front.marks == back.marks
        boxes = cells(grid)
        xs = {round(grid.x0 + c * grid.cell_w, 6) for c in range(grid.cols + 1)}
        ys = {round(grid.y0 + r * grid.cell_h, 6) for r in range(grid.rows + 1)}
        for mark in front.marks:
            assert mark.role == "crop" and mark.width > 0
            for x0, y0, x1, y1 in boxes:  # a mark never enters a card
                assert max(mark.x0, mark.x1) <= x0 or min(mark.x0, mark.x1) >= x1 or \
                    max(mark.y0, mark.y1) <= y0 or min(mark.y0, mark.y1) >= y1  # fmt: skip
            sw, sh = SHEETS[sheet]  # inside the printable area: 5 mm or more from every edge
            assert PRINTABLE_EDGE <= min(mark.x0, mark.x1) and max(mark.x0, mark.x1) <= sw - PRINTABLE_EDGE
            assert PRINTABLE_EDGE <= min(mark.y0, mark.y1) and max(mark.y0, mark.y1) <= sh - PRINTABLE_EDGE
            assert math.hypot(mark.x1 - mark.x0, mark.y1 - mark.y0) >= 2.0
            if mark.x0 == mark.x1:
                assert round(mark.x0, 6) in xs
            else:
                assert round(mark.y0, 6) in ys
        vertical = {round(m.x0, 6) for m in front.marks if m.x0 == m.x1}
        horizontal = {round(m.y0, 6) for m in front.marks if m.y0 == m.y1}
        assert vertical == xs and horizontal == ys  # every cut line is marked


@pytest.mark.parametrize("first_mixed", [True, False])
def test_a_landscape_message_on_an_upright_hagaki_turns_with_its_top_to_the_left(first_mixed: bool) -> None:
    """左天: an English (horizontal) message on a Japanese card has the card's top (the address side's) on its left."""
    mixed = [("message", Page(148.0, 100.0, label="m-en")), ("address", Page(100.0, 148.0, label="a-en"))]
    upright = [("message", Page(100.0, 148.0, label="m-ja")), ("address", Page(100.0, 148.0, label="a-ja"))]
    front, back = nup_sheets([mixed, upright] if first_mixed else [upright, mixed], "a4")
    grid = plan_grid(100.0, 148.0, "a4")
    for sheet in (front, back):
        for p in sheet.placements:
            w, h = (p.page.height, p.page.width) if p.rotation in (90, -90) else (p.page.width, p.page.height)
            assert (w, h) == (grid.cell_w, grid.cell_h), f"{p.page.label} does not fill its cell"
    rotation = {p.page.label: p.rotation for s in (front, back) for p in s.placements}
    # Turned clockwise, the message's left edge is the card's top: the top of the address side behind it. On a
    # grid of cards turned a quarter (hagaki on A4) everything turns a quarter more, the backs the other way.
    base = 90 if grid.rotated else 0
    assert rotation == {"m-en": base + 90, "a-en": -base, "m-ja": base, "a-ja": -base}


def test_message_only_sheets_turn_sides_that_lie_the_other_way() -> None:
    # Message sides only: a vertical (upright) message and a horizontal (landscape) one on the same hagaki
    # stock must both fill their cells, the landscape one turned a quarter.
    upright, across = Page(100.0, 148.0, label="v"), Page(148.0, 100.0, label="h")
    [sheet] = nup_sheets([[("message", upright)], [("message", across)]], "a4")
    grid = plan_grid(100.0, 148.0, "a4")
    for placement in sheet.placements:
        w, h = placement.page.width, placement.page.height
        if placement.rotation in (90, -90):
            w, h = h, w
        assert (w, h) == (grid.cell_w, grid.cell_h), placement.page.label
    base = 90 if grid.rotated else 0  # hagaki lie turned a quarter on A4; the landscape side a quarter more
    assert {p.page.label: p.rotation % 180 for p in sheet.placements} == {"v": base, "h": (base + 90) % 180}
