"""One card: templates, drafts, the format from the address, seeds, problems as data, saving a draft."""

from __future__ import annotations

import datetime as dt

import pytest

from postcard.compose.drafting import Composer, compose_card, printed_card, save_draft, show_printed
from postcard.compose.problems import ProblemKind
from postcard.context import AppContext
from postcard.core.layout.card import layout_card
from postcard.core.layout.formats import LayoutOptions
from postcard.core.model import Card, CardStatus, Event
from postcard.core.options import Direction, Format
from postcard.errors import TemplateError, TooManyLinesError
from tests.unit.compose.conftest import SMITH, YAMADA, add


def composer(ctx: AppContext, event: Event | None = None) -> Composer:
    return Composer(ctx.templates, event=event, sender=None, today=dt.date(2026, 11, 25))


def test_japanese_contact_gets_a_vertical_japanese_card(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    job = composer(ctx, Event("技術セミナー")).job(contact, personal="お話が勉強になりました")
    assert (job.format, job.template, job.direction) == (Format.JP_HAGAKI, "ja-seminar", Direction.VERTICAL)
    assert "お話が勉強になりました" in job.lines and len(job.lines) <= 3


def test_a_japanese_name_abroad_gets_an_a6_card_with_a_horizontal_message(ctx: AppContext) -> None:
    contact = add(ctx, family_name="佐藤", given_name="花子", address1="1 Infinite Loop", address2="Cupertino, CA",
                  postal_code="95014", country="USA")  # fmt: skip
    job = composer(ctx).job(contact)
    assert (job.format, job.template, job.direction) == (Format.A6, "ja-seminar", Direction.HORIZONTAL)
    message, address = layout_card(job.content, LayoutOptions(), ctx.fonts)
    assert message.width > message.height  # laid out across, not in columns
    assert "Cupertino" in address.text("address")


def test_western_contact_gets_the_english_template(ctx: AppContext) -> None:
    job = composer(ctx, Event("PyCon")).job(add(ctx, **SMITH))
    assert job.template == "en-talk" and job.lines[0] == "Thanks for your talk at PyCon!"


def test_a_draft_keeps_its_text_template_and_seed_unless_overridden(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    draft = Card(contact_id=contact.id or 0, text="一行目\n二行目", template="ja-meishi", seed=42, id=7)
    job = composer(ctx).job(contact, draft=draft)
    assert (job.lines, job.template, job.seed, job.draft_id) == (("一行目", "二行目"), "ja-meishi", 42, 7)
    other = composer(ctx).job(contact, draft=draft, template="ja-shokuji")
    assert other.template == "ja-shokuji" and other.lines != job.lines


@pytest.mark.parametrize("stored", ["jp-hagaki", "a6", "us-4x6", ""])
def test_the_card_follows_the_address_whatever_the_draft_says(ctx: AppContext, stored: str) -> None:
    abroad, home = add(ctx, **SMITH), add(ctx, **YAMADA)
    for contact, expected in ((abroad, Format.A6), (home, Format.JP_HAGAKI)):
        draft = Card(contact_id=contact.id or 0, text="Thank you", format=stored)
        assert composer(ctx).job(contact, draft=draft).format == expected
    assert composer(ctx).job(home, fmt="a6").format == Format.A6  # only a forced format wins


def test_a_template_is_found_and_compiled_once_per_composer(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    contacts = [add(ctx, **YAMADA) for _ in range(5)]
    calls = []
    real = ctx.templates.get
    monkeypatch.setattr(ctx.templates, "get", lambda name: calls.append(name) or real(name))
    one = composer(ctx)
    for contact in contacts:
        one.job(contact, template="ja-seminar")
    assert calls == ["ja-seminar"]


def test_problems_come_back_as_data(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    opts = LayoutOptions()
    missing = compose_card(composer(ctx), contact, opts, ctx.fonts, personal="🦜 ありがとう")
    [problem] = missing.problems
    assert (problem.kind, problem.char, problem.contact_id) == (ProblemKind.MISSING_GLYPH, "🦜", contact.id)
    assert problem.blocking and not missing.printable and "U+1F99C" in problem.detail
    long = compose_card(composer(ctx), contact, opts, ctx.fonts, personal="あ" * 400)  # more than six columns
    assert [p.kind for p in long.problems] == [ProblemKind.TOO_LONG]
    lines = compose_card(composer(ctx), contact, opts, ctx.fonts, personal="一行目\n二行目\n三行目")
    assert [(p.kind, p.lines) for p in lines.problems] == [(ProblemKind.TOO_MANY_LINES, lines.problems[0].lines)]
    assert lines.problems[0].lines > 3 and lines.job is None
    unknown = compose_card(composer(ctx), contact, opts, ctx.fonts, template="no-such")
    assert [p.kind for p in unknown.problems] == [ProblemKind.TEMPLATE]
    fine = compose_card(composer(ctx), contact, opts, ctx.fonts, personal="ありがとうございました")
    assert fine.problems == () and fine.printable


def test_a_missing_address_is_a_warning_not_a_refusal(ctx: AppContext) -> None:
    nowhere = add(ctx, family_name="山田", given_name="花子")
    no_code = add(ctx, family_name="山田", given_name="次郎", address1="東京都千代田区丸の内", address2="1-1")
    opts = LayoutOptions()
    first = compose_card(composer(ctx), nowhere, opts, ctx.fonts)
    second = compose_card(composer(ctx), no_code, opts, ctx.fonts)
    assert [p.kind for p in first.problems] == [ProblemKind.NO_ADDRESS] and first.printable
    assert [p.kind for p in second.problems] == [ProblemKind.NO_POSTAL_CODE] and second.printable


def test_save_draft_personal_template_and_text(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    event = ctx.store.events.add(Event("勉強会"))
    first = save_draft(ctx.store, ctx.templates, contact, event, personal=" お話が  勉強になりました ")
    again = save_draft(ctx.store, ctx.templates, contact, event, template="ja-meishi")
    assert again.id == first.id and (again.personal, again.template) == ("お話が 勉強になりました", "ja-meishi")
    text = save_draft(ctx.store, ctx.templates, contact, event, text="一/二/三")
    assert ctx.store.cards.drafts_for_event(event.id)[contact.id or 0].text == "一\n二\n三" == text.text
    with pytest.raises(TooManyLinesError) as info:
        save_draft(ctx.store, ctx.templates, contact, event, text="一/二/三/四")
    assert info.value.count == 4
    with pytest.raises(TemplateError):
        save_draft(ctx.store, ctx.templates, contact, event, template="no-such")


def test_a_printed_card_shows_what_was_printed(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    event = ctx.store.events.add(Event("勉強会"))
    assert printed_card(ctx.store, contact, event) is None
    [card] = ctx.store.cards.record_printed([
        Card(contact_id=contact.id or 0, text="印刷した\n言葉", template="ja-seminar", event_id=event.id, seed=99,
             options={"direction": "vertical", "sides": "both", "pen": "regular"})
    ])  # fmt: skip
    found = printed_card(ctx.store, contact, event)
    assert found is not None and found.id == card.id and found.status == CardStatus.PRINTED
    shown = show_printed(found, contact, None)
    assert shown.read_only and shown.lines == ("印刷した", "言葉") and shown.job is not None
    assert shown.job.seed == 99 and shown.job.options == LayoutOptions(pen="regular")  # type: ignore[arg-type]


def test_an_address_japan_post_would_not_deliver_is_a_warning_with_its_values(ctx: AppContext) -> None:
    wrong_city = add(ctx, family_name="山田", given_name="三郎", postal_code="1000005", address1="大阪府大阪市北区梅田",
                     address2="3-1-1")  # fmt: skip
    no_number = add(ctx, family_name="山田", given_name="四郎", postal_code="1000005", address1="東京都千代田区丸の内")
    first = compose_card(composer(ctx), wrong_city, LayoutOptions(), ctx.fonts)
    [problem] = first.problems
    assert problem.kind == ProblemKind.PREFECTURE_MISMATCH and not problem.blocking and first.printable
    assert (problem.found, problem.expected) == ("大阪府", "東京都") and "大阪府" in problem.detail
    assert [p.kind for p in compose_card(composer(ctx), no_number, LayoutOptions(), ctx.fonts).problems] == [
        ProblemKind.NO_STREET_NUMBER]  # fmt: skip
