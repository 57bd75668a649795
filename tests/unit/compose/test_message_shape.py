"""How the message side writes a card's lines: a long one over two columns (rows), still one line of three."""

from __future__ import annotations

from postcard.compose import preferences
from postcard.compose.message_shape import MessageShape, message_shape, shape_of
from postcard.compose.printing import print_settings
from postcard.context import AppContext
from postcard.core.layout.items import Page
from postcard.core.options import Direction, Format
from postcard.render.batch import CardJob
from tests.unit.compose.conftest import SMITH, YAMADA, add


def job(contact, lines: tuple[str, ...], fmt: Format, direction: Direction) -> CardJob:  # type: ignore[no-untyped-def]
    return CardJob(contact, lines, None, "", "", None, fmt, direction, 7)


def shape(ctx: AppContext, card: CardJob) -> MessageShape:
    found = message_shape(card, print_settings(preferences.load(ctx.store.settings)).options, ctx.fonts)
    assert found is not None
    return found


def test_short_lines_are_one_column_each(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    lines = ("本日はありがとうございました", "協業のお話、勉強になりました", "今後ともよろしくお願いします")
    found = shape(ctx, job(contact, lines, Format.JP_HAGAKI, Direction.VERTICAL))
    assert found.vertical and found.parts == tuple((line,) for line in lines)
    assert (found.written, found.printed, found.broken) == (3, 3, [])


def test_a_long_line_is_written_over_columns_and_stays_one_line(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    long = "先日の地域DXセミナーでは、クラウド移行の進め方について具体的なお話を伺い大変勉強になりました"
    found = shape(ctx, job(contact, ("本日はありがとうございました", long), Format.JP_HAGAKI, Direction.VERTICAL))
    assert found.written == 2 and found.broken == [1] and found.printed == 1 + len(found.parts[1])
    assert "".join(found.parts[1]) == long  # the user's own text, only cut where the card breaks it
    assert all(len(part) < len(long) for part in found.parts[1])


def test_an_english_line_breaks_between_words_and_keeps_them(ctx: AppContext) -> None:
    contact = add(ctx, **SMITH)
    long = "Your talk about moving a small town's records to the cloud was the most useful hour of the whole day"
    found = shape(ctx, job(contact, ("Thank you!", long, "See you soon"), Format.A6, Direction.HORIZONTAL))
    assert not found.vertical and found.written == 3 and found.broken == [1]
    assert " ".join(found.parts[1]) == long


def test_glyphs_that_do_not_add_up_to_the_text_leave_the_lines_whole() -> None:
    empty = Page(100, 148, [], "message")
    assert shape_of(("一行目", "二行目"), empty, True) == MessageShape((("一行目",), ("二行目",)), True)
