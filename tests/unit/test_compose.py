"""From a selection of contacts to print jobs: templates, drafts, formats and per-card problems."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from postcard.app import build_context
from postcard.compose import build_job, build_selection
from postcard.context import AppContext
from postcard.core.layout.card import layout_card
from postcard.core.layout.formats import LayoutOptions
from postcard.core.model import Card, Contact, Event
from postcard.render.batch import PrintSettings


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = build_context(tmp_path / "home")
    yield context
    context.close()


def add(ctx: AppContext, **fields: object) -> Contact:
    return ctx.store.contacts.add(Contact(**fields))  # type: ignore[arg-type]


def test_japanese_contact_gets_a_vertical_japanese_card(ctx: AppContext) -> None:
    contact = add(ctx, family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内")
    job = build_job(ctx, contact, event=Event("技術セミナー"), sender=None, personal="お話が勉強になりました")
    assert (job.format, job.template, job.direction) == ("jp-hagaki", "ja-seminar", "vertical")
    assert "お話が勉強になりました" in job.lines and len(job.lines) <= 3


def test_a_japanese_name_abroad_gets_an_a6_card_with_a_horizontal_message(ctx: AppContext) -> None:
    contact = add(ctx, family_name="佐藤", given_name="花子", address1="1 Infinite Loop", address2="Cupertino, CA",
                  postal_code="95014", country="USA")  # fmt: skip
    job = build_job(ctx, contact, event=None, sender=None)
    assert job.format == "a6" and job.template == "ja-seminar"
    message, address = layout_card(job.content, LayoutOptions(), ctx.fonts)
    assert message.width > message.height  # laid out across, not in columns
    assert "Cupertino" in address.text("address")


def test_western_contact_gets_the_english_template(ctx: AppContext) -> None:
    contact = add(ctx, family_name="Smith", given_name="Emily", country="USA", address1="1 Main St")
    job = build_job(ctx, contact, event=Event("PyCon"), sender=None)
    assert job.template == "en-talk" and job.lines[0] == "Thanks for your talk at PyCon!"


def test_a_draft_keeps_its_text_template_and_seed_unless_overridden(ctx: AppContext) -> None:
    contact = add(ctx, family_name="山田", given_name="太郎", postal_code="1000005")
    draft = Card(contact_id=contact.id or 0, text="一行目\n二行目", template="ja-meishi", seed=42, id=7)
    job = build_job(ctx, contact, event=None, sender=None, draft=draft)
    assert (job.lines, job.template, job.seed, job.draft_id) == (("一行目", "二行目"), "ja-meishi", 42, 7)
    other = build_job(ctx, contact, event=None, sender=None, draft=draft, template="ja-shokuji")
    assert other.template == "ja-shokuji" and other.lines != job.lines


def test_a_card_with_a_missing_character_is_named_and_the_others_still_print(ctx: AppContext) -> None:
    good = add(ctx, family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内")
    bad = add(ctx, family_name="鈴木", given_name="\U0001f99c", postal_code="1000005", address1="東京都千代田区丸の内")
    selection = build_selection(ctx, [good, bad], event=None, sender=None, settings=PrintSettings(), seed=1)
    assert [job.contact.id for job in selection.jobs] == [good.id]
    [problem] = selection.problems
    assert "U+1F99C" in problem and f"id {bad.id}" in problem


def test_seed_makes_each_card_different_but_reproducible(ctx: AppContext) -> None:
    people = [add(ctx, family_name="山田", given_name=g, postal_code="1000005") for g in ("一郎", "二郎")]
    first = build_selection(ctx, people, event=None, sender=None, settings=PrintSettings(), seed=10)
    again = build_selection(ctx, people, event=None, sender=None, settings=PrintSettings(), seed=10)
    assert [j.seed for j in first.jobs] == [j.seed for j in again.jobs]
    assert first.jobs[0].seed != first.jobs[1].seed
