"""A print run: the plan (jobs, problems, who was thanked), one PDF per stock, the log after the files."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from postcard.compose import preferences
from postcard.compose.printing import (
    AlreadyThankedError,
    NothingPrintableError,
    PrintRequest,
    compose_batch,
    gather_batch,
    log_batch,
    plan_batch,
    print_settings,
    run_batch,
    stock_paths,
    write_batch,
)
from postcard.compose.problems import ProblemKind
from postcard.compose.selection import EmptySelectionError
from postcard.context import AppContext
from postcard.core.model import Card, CardStatus, Event
from postcard.core.options import Format, LayoutMode, SheetSize, Sides
from tests.unit.compose.conftest import SMITH, YAMADA, add

HAGAKI_PT, A6_PT = (283.46, 419.53), (419.53, 297.64)


def sizes(pdf: Path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in pypdf.PdfReader(pdf).pages]


def event_with(ctx: AppContext, *people: dict[str, str]) -> tuple[Event, list[int]]:
    event = ctx.store.events.add(Event("勉強会"))
    ids = [add(ctx, **fields).id or 0 for fields in people]
    ctx.store.events.link(event.id or 0, ids)
    return event, ids


def test_print_settings_come_from_the_saved_preferences_and_the_run(ctx: AppContext) -> None:
    preferences.set_text(ctx.store.settings, {"layout": "two-pass", "sheet": "letter", "message_dx": "0.5"})
    prefs = preferences.load(ctx.store.settings)
    saved = print_settings(prefs)
    assert (saved.layout, saved.sides, saved.sheet) == (LayoutMode.TWO_PASS, Sides.BOTH, SheetSize.LETTER)
    assert saved.offsets["message"] == (0.5, 0.0)
    run = print_settings(prefs, layout=LayoutMode.NUP, sides=Sides.ADDRESS, overrides={"numerals": "juu"})
    assert (run.layout, run.sides, run.options.numerals) == (LayoutMode.NUP, Sides.ADDRESS, "juu")


def test_the_plan_names_each_problem_and_keeps_the_good_cards(ctx: AppContext) -> None:
    event, (good, bad, nowhere) = event_with(ctx, YAMADA, {**YAMADA, "given_name": "\U0001f99c"},
                                             {"family_name": "山田", "given_name": "花子"})  # fmt: skip
    plan = plan_batch(ctx, PrintRequest(event_id=event.id, seed=1))
    assert [job.contact.id for job in plan.jobs] == [good, nowhere]
    assert [(p.contact_id, p.kind) for p in plan.skipped] == [(bad, ProblemKind.MISSING_GLYPH)]
    assert [(p.contact_id, p.kind) for p in plan.warnings] == [(nowhere, ProblemKind.NO_ADDRESS)]
    assert [job.seed for job in plan.jobs] == [1 + good, 1 + nowhere] and plan.thanked == []


def test_one_pdf_per_card_stock_named_in_the_outcome(ctx: AppContext, tmp_path: Path) -> None:
    event, (yamada, smith) = event_with(ctx, YAMADA, SMITH)
    plan = plan_batch(ctx, PrintRequest(event_id=event.id, seed=1))
    assert {fmt: [j.contact.id for j in jobs] for fmt, jobs in plan.stocks().items()} == {
        Format.JP_HAGAKI: [yamada], Format.A6: [smith]}  # fmt: skip
    outcome = run_batch(ctx, plan, tmp_path / "cards.pdf")
    assert [(f.path.name, f.format, f.cards, f.pages) for f in outcome.files] == [
        ("cards.pdf", Format.JP_HAGAKI, 1, 2), ("cards-a6.pdf", Format.A6, 1, 2)]  # fmt: skip
    assert sizes(tmp_path / "cards.pdf") == [HAGAKI_PT] * 2 and sizes(tmp_path / "cards-a6.pdf") == [A6_PT] * 2
    logged = [row.card for row in ctx.store.cards.list(status=CardStatus.PRINTED)]
    assert outcome.logged and sorted(c.contact_id for c in logged) == [yamada, smith]
    assert {c.contact_id: c.format for c in logged} == {yamada: "jp-hagaki", smith: "a6"}


def test_a_forced_format_makes_one_file(ctx: AppContext, tmp_path: Path) -> None:
    event, _ = event_with(ctx, YAMADA, SMITH)
    plan = plan_batch(ctx, PrintRequest(event_id=event.id, format=Format.A6, log=False))
    outcome = run_batch(ctx, plan, tmp_path / "cards.pdf")
    assert [f.path.name for f in outcome.files] == ["cards.pdf"] and sizes(tmp_path / "cards.pdf") == [A6_PT] * 4
    assert not outcome.logged and ctx.store.cards.list(status=CardStatus.PRINTED) == []


def test_stock_paths_put_the_first_format_at_the_path_asked_for() -> None:
    out = Path("x/cards.pdf")
    assert stock_paths(out, [Format.A6]) == {Format.A6: out}
    paths = stock_paths(out, [Format.US_4X6, Format.JP_HAGAKI, Format.A6])
    assert paths == {
        Format.JP_HAGAKI: out,
        Format.A6: Path("x/cards-a6.pdf"),
        Format.US_4X6: Path("x/cards-us-4x6.pdf"),
    }


def test_thanking_twice_needs_a_yes(ctx: AppContext, tmp_path: Path) -> None:
    event, (yamada, smith) = event_with(ctx, YAMADA, SMITH)
    ctx.store.cards.record_printed([Card(contact_id=yamada, text="ありがとう", event_id=event.id)])
    plan = plan_batch(ctx, PrintRequest(event_id=event.id))
    assert plan.needs_force and [t.contact.id for t in plan.thanked] == [yamada]
    with pytest.raises(AlreadyThankedError) as info:
        run_batch(ctx, plan, tmp_path / "cards.pdf")
    assert info.value.thanked == plan.thanked and not (tmp_path / "cards.pdf").exists()
    skipped = plan.without_thanked()  # "skip them": the others print, without a question
    assert [j.contact.id for j in skipped.jobs] == [smith] and not skipped.needs_force
    assert run_batch(ctx, plan.forced(), tmp_path / "cards.pdf").logged
    assert not plan_batch(ctx, PrintRequest(event_id=event.id, log=False)).needs_force
    with pytest.raises(EmptySelectionError):  # both are thanked now
        plan_batch(ctx, PrintRequest(event_id=event.id, unthanked=True))
    assert {c.contact_id for c in ctx.store.cards.thanked_for_event(smith, event.id)} == {smith}


def test_an_empty_selection_and_a_batch_of_only_problems_are_refused(ctx: AppContext, tmp_path: Path) -> None:
    event = ctx.store.events.add(Event("空の会"))
    with pytest.raises(EmptySelectionError):
        plan_batch(ctx, PrintRequest(event_id=event.id))
    bad = add(ctx, **{**YAMADA, "given_name": "\U0001f99c"})
    plan = plan_batch(ctx, PrintRequest(contact_ids=(bad.id or 0,)))
    with pytest.raises(NothingPrintableError):
        write_batch(plan, tmp_path / "cards.pdf", ctx.fonts)


def test_writing_and_logging_are_separate_steps(ctx: AppContext, tmp_path: Path) -> None:
    event, ids = event_with(ctx, YAMADA)
    plan = plan_batch(ctx, PrintRequest(event_id=event.id))
    outcome = write_batch(plan, tmp_path / "cards.pdf", ctx.fonts)  # what a worker thread runs
    assert (tmp_path / "cards.pdf").exists() and not outcome.logged
    assert ctx.store.cards.list(status=CardStatus.PRINTED) == []
    log_batch(ctx.store, outcome)
    log_batch(ctx.store, outcome)  # once only
    assert [row.card.contact_id for row in ctx.store.cards.list(status=CardStatus.PRINTED)] == ids


def test_a_batch_finds_and_compiles_each_template_once(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    event, _ = event_with(ctx, *[{**YAMADA, "given_name": f"太郎{n}"} for n in range(20)])
    calls: list[str] = []
    real = ctx.templates.get
    monkeypatch.setattr(ctx.templates, "get", lambda name: calls.append(name) or real(name))
    plan = plan_batch(ctx, PrintRequest(event_id=event.id))
    assert len(plan.jobs) == 20 and calls == ["ja-seminar"]


def drafted(ctx: AppContext, event: Event, contact_id: int, text: str) -> None:
    contact = ctx.store.contacts.get(contact_id)
    assert contact is not None
    from postcard.compose.drafting import save_draft

    save_draft(ctx.store, ctx.templates, contact, event, text=text)


@pytest.mark.parametrize(("layout", "calls"), [(LayoutMode.DUPLEX, 3), (LayoutMode.NUP, 3), (LayoutMode.TWO_PASS, 6)])
def test_each_card_is_laid_out_once_per_batch(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: LayoutMode, calls: int
) -> None:
    import postcard.compose.problems
    import postcard.render.batch

    event, _ = event_with(ctx, *[{**YAMADA, "given_name": g} for g in ("一郎", "二郎", "三郎")])
    laid_out: list[str] = []
    for module in (postcard.render.batch, postcard.compose.problems):
        real = module.layout_card
        monkeypatch.setattr(module, "layout_card", lambda c, o, m, s=Sides.BOTH, real=real: laid_out.append(s)
                            or real(c, o, m, s))  # fmt: skip
    plan = plan_batch(ctx, PrintRequest(event_id=event.id, layout=layout, log=False))
    assert laid_out == []  # the plan checks without a layout
    write_batch(plan, tmp_path / "cards.pdf", ctx.fonts)
    assert len(laid_out) == calls  # two-pass lays the address sides out again rather than hold them all
    assert laid_out.count(Sides.BOTH) == 3


@pytest.mark.parametrize(("layout", "pages"), [(LayoutMode.DUPLEX, 4), (LayoutMode.TWO_PASS, 4), (LayoutMode.NUP, 2)])
def test_a_card_the_layout_refuses_is_left_out_and_named(
    ctx: AppContext, tmp_path: Path, layout: LayoutMode, pages: int
) -> None:
    event, (first, too_long, last) = event_with(ctx, *[{**YAMADA, "given_name": g} for g in ("一郎", "二郎", "三郎")])
    drafted(ctx, event, too_long, "あ" * 400)
    plan = plan_batch(ctx, PrintRequest(event_id=event.id, layout=layout))
    assert plan.problems == [] and len(plan.jobs) == 3  # only the layout finds a line too long
    outcome = run_batch(ctx, plan, tmp_path / "cards.pdf")
    assert [(p.contact_id, p.kind) for p in outcome.problems] == [(too_long, ProblemKind.TOO_LONG)]
    assert [(f.cards, f.pages) for f in outcome.files] == [(2, pages)] and len(sizes(tmp_path / "cards.pdf")) == pages
    logged = [row.card.contact_id for row in ctx.store.cards.list(status=CardStatus.PRINTED)]
    assert sorted(logged) == [first, last]


def test_when_the_layout_refuses_every_card_nothing_is_written(ctx: AppContext, tmp_path: Path) -> None:
    event, ids = event_with(ctx, YAMADA, SMITH)
    for contact_id in ids:
        drafted(ctx, event, contact_id, "あ" * 400)
    plan = plan_batch(ctx, PrintRequest(event_id=event.id))
    with pytest.raises(NothingPrintableError) as info:
        run_batch(ctx, plan, tmp_path / "cards.pdf")
    assert sorted(p.contact_id for p in info.value.problems) == sorted(ids)
    assert not (tmp_path / "cards.pdf").exists() and not (tmp_path / "cards-a6.pdf").exists()
    assert list(tmp_path.glob(".*.part")) == [] and ctx.store.cards.list(status=CardStatus.PRINTED) == []


def test_a_file_whose_every_card_is_refused_is_not_written(ctx: AppContext, tmp_path: Path) -> None:
    event, (yamada, smith) = event_with(ctx, YAMADA, SMITH)
    drafted(ctx, event, smith, "Thank you " * 100)
    outcome = run_batch(ctx, plan_batch(ctx, PrintRequest(event_id=event.id)), tmp_path / "cards.pdf")
    assert [f.path.name for f in outcome.files] == ["cards.pdf"] and not (tmp_path / "cards-a6.pdf").exists()
    assert [p.contact_id for p in outcome.problems] == [smith] and [c.contact_id for c in outcome.cards] == [yamada]


def test_a_print_dialog_can_know_every_problem_before_writing(ctx: AppContext) -> None:
    event, (_first, too_long) = event_with(ctx, YAMADA, {**YAMADA, "given_name": "二郎"})
    drafted(ctx, event, too_long, "あ" * 400)
    plan = plan_batch(ctx, PrintRequest(event_id=event.id), check_layout=True)
    assert [(p.contact_id, p.kind) for p in plan.skipped] == [(too_long, ProblemKind.TOO_LONG)] and len(plan.jobs) == 1


def test_the_cards_are_composed_without_the_store(ctx: AppContext) -> None:
    """What a worker thread runs (compose_batch) has what it needs in the gathered input, not in the store."""
    event, ids = event_with(ctx, YAMADA, SMITH)
    drafts = [Card(contact_id=i, text="", personal="ありがとうございました", event_id=event.id) for i in ids[:1]]
    for draft in drafts:
        ctx.store.cards.save_draft(draft)
    request = PrintRequest(event_id=event.id, seed=1)
    gathered = gather_batch(ctx.store, request)
    expected = plan_batch(ctx, request)
    templates, fonts = ctx.templates, ctx.fonts
    ctx.store.close()  # any store access from here on fails
    plan = compose_batch(gathered, templates, fonts, check_layout=True)
    assert [j.lines for j in plan.jobs] == [j.lines for j in expected.jobs]
    assert any("ありがとうございました" in j.lines for j in plan.jobs)
    assert sorted(j.seed for j in plan.jobs) == sorted(1 + i for i in ids)
