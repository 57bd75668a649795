"""The card being written: the characters left, the preview of both sides, its problems as data."""

from __future__ import annotations

import datetime as dt

import pypdf

from postcard.compose import preferences
from postcard.compose.drafting import Composer, room_left
from postcard.compose.message_shape import message_shape
from postcard.compose.preview import preview_card
from postcard.compose.printing import print_settings
from postcard.compose.problems import ProblemKind
from postcard.context import AppContext
from postcard.core.model import Card, Event
from tests.unit.compose.conftest import SMITH, YAMADA, add


def composer(ctx: AppContext) -> Composer:
    return Composer(ctx.templates, event=Event("地域DXセミナー"), sender=None, today=dt.date(2026, 11, 25))


def one_line(ctx: AppContext, contact, personal: str) -> bool | None:  # type: ignore[no-untyped-def]
    """True: the card writes the personal line in one column; False: the layout broke it; None: it does not fit."""
    options = print_settings(preferences.load(ctx.store.settings)).options
    job = composer(ctx).job(contact, personal=personal, seed=1)
    shape = message_shape(job, options, ctx.fonts)
    if shape is None:
        return None
    (index,) = [i for i, line in enumerate(job.lines) if personal in line]
    return len(shape.parts[index]) == 1


def test_the_count_is_about_the_personal_line_even_when_the_card_breaks_another(ctx: AppContext) -> None:
    """A long first line is broken while the personal line is short; as the personal line grows, the layout may
    break it instead and keep the first line whole: the same number of columns, but the personal line is no
    longer whole — the count says so."""
    contact = add(ctx, **YAMADA)
    options = print_settings(preferences.load(ctx.store.settings)).options
    long_event = Composer(ctx.templates, event=Event("Regional DX Seminar 2026"), sender=None,
                          today=dt.date(2026, 11, 25))  # fmt: skip
    line = "仙台のまちづくりのお話、とても勉強になりました。ぜひ一度現地を見せてください"
    room = room_left(long_event, contact, options, ctx.fonts, personal=line, seed=1)
    job = long_event.job(contact, personal=line, seed=1)
    shape = message_shape(job, options, ctx.fonts)
    assert shape is not None and room is not None
    (index,) = [i for i, text in enumerate(job.lines) if line in text]
    assert (room >= 0) == (len(shape.parts[index]) == 1)


def test_the_characters_left_are_exactly_what_still_fits_on_one_line(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    options = print_settings(preferences.load(ctx.store.settings)).options
    line = "協業のお話"
    room = room_left(composer(ctx), contact, options, ctx.fonts, personal=line, seed=1)
    assert room is not None and 0 < room < 64
    assert one_line(ctx, contact, line + "話" * room) is True
    assert one_line(ctx, contact, line + "話" * (room + 1)) is False  # broken in two, still printable


def test_a_line_too_long_says_how_many_characters_must_go(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    options = print_settings(preferences.load(ctx.store.settings)).options
    for line in ("長" * 45, "長" * 150):  # broken in two; too long for the card at all
        room = room_left(composer(ctx), contact, options, ctx.fonts, personal=line, seed=1)
        assert room is not None and room < 0
        assert one_line(ctx, contact, line[:room]) is True
        assert one_line(ctx, contact, line[: room + 1]) is not True
    assert one_line(ctx, contact, "長" * 150) is None


def test_nothing_to_count_without_a_line_or_with_a_break(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    options = print_settings(preferences.load(ctx.store.settings)).options
    assert room_left(composer(ctx), contact, options, ctx.fonts, personal="  ") is None
    assert room_left(composer(ctx), contact, options, ctx.fonts, personal="一行目\n二行目") is None


def test_the_preview_is_both_sides_of_the_card_as_it_prints(ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    contact = add(ctx, **YAMADA)
    settings = print_settings(preferences.load(ctx.store.settings))
    preview = preview_card(composer(ctx), contact, settings, ctx.fonts, personal="勉強になりました", seed=3)
    assert preview.blocking is None and preview.room is not None
    assert "勉強になりました" in preview.lines
    (tmp_path / "p.pdf").write_bytes(preview.pdf)
    assert len(pypdf.PdfReader(tmp_path / "p.pdf").pages) == 2


def test_the_preview_names_what_stops_the_card_and_what_may_keep_it_from_arriving(ctx: AppContext) -> None:
    contact = add(ctx, family_name="伊藤", given_name="誠", address1="宮城県仙台市青葉区一番町4-7-17")
    settings = print_settings(preferences.load(ctx.store.settings))
    preview = preview_card(composer(ctx), contact, settings, ctx.fonts, personal="一行目\n二行目\n三行目")
    assert preview.blocking is not None and preview.blocking.kind is ProblemKind.TOO_MANY_LINES
    assert preview.pdf == b""
    assert [w.kind for w in preview.warnings] == [ProblemKind.NO_POSTAL_CODE]


def test_a_printed_card_is_drawn_from_its_own_text_and_a_written_out_draft_as_written(ctx: AppContext) -> None:
    contact = add(ctx, **SMITH)
    settings = print_settings(preferences.load(ctx.store.settings))
    printed = Card(contact_id=contact.id or 0, text="Thank you\nSee you in Kyoto", seed=9, template="en-talk",
                   format="a6", personal="See you in Kyoto")  # fmt: skip
    shown = preview_card(composer(ctx), contact, settings, ctx.fonts, personal="something else", printed=printed)
    assert shown.lines == ("Thank you", "See you in Kyoto") and shown.room is None
    draft = Card(contact_id=contact.id or 0, text="Written out\nby hand", seed=4)
    written = preview_card(composer(ctx), contact, settings, ctx.fonts, personal="", text_draft=draft)
    assert written.lines == ("Written out", "by hand")
