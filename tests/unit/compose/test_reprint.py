"""Reprinting logged cards: each with its own text, seed and options; the card still follows the address."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from postcard.compose.printing import PrintRequest, plan_batch, run_batch
from postcard.compose.reprint import CardContactGoneError, MixedSidesError, UnknownCardError, plan_reprint
from postcard.context import AppContext
from postcard.core.layout.formats import LayoutOptions
from postcard.core.model import Card, CardStatus
from postcard.core.options import Format, Pen, Sides
from tests.unit.compose.conftest import SMITH, YAMADA, add


def drawn(pdf: Path) -> list[bytes]:
    """What each page draws (its content stream), without the file's dates and ids."""
    return [page.get_contents().get_data() for page in pypdf.PdfReader(pdf).pages]  # type: ignore[union-attr]


def test_a_reprint_draws_the_same_pages_and_logs_nothing(ctx: AppContext, tmp_path: Path) -> None:
    ids = (add(ctx, **YAMADA).id or 0, add(ctx, **SMITH).id or 0)
    first = run_batch(ctx, plan_batch(ctx, PrintRequest(contact_ids=ids, seed=5)), tmp_path / "first.pdf")
    plan = plan_reprint(ctx, [card.id or 0 for card in first.cards])
    assert [(j.lines, j.seed, j.format) for j in plan.jobs] == [(tuple(c.text.splitlines()), c.seed, c.format)
                                                                for c in first.cards]  # fmt: skip
    again = run_batch(ctx, plan, tmp_path / "again.pdf")
    assert not again.logged and len(ctx.store.cards.list(status=CardStatus.PRINTED)) == 2
    for a, b in zip(first.files, again.files, strict=True):
        assert a.format == b.format and drawn(a.path) == drawn(b.path)


def test_each_card_keeps_its_own_options(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    cards = ctx.store.cards.record_printed([
        Card(contact_id=contact.id or 0, text="一", seed=1, options={"pen": "regular", "sides": "both"}),
        Card(contact_id=contact.id or 0, text="二", seed=2, options={"numerals": "juu", "sides": "both"}),
    ])  # fmt: skip
    plan = plan_reprint(ctx, [c.id or 0 for c in cards])
    assert [j.options for j in plan.jobs] == [LayoutOptions(pen=Pen.REGULAR), LayoutOptions(numerals="juu")]  # type: ignore[arg-type]
    assert plan.settings.sides is Sides.BOTH


def test_a_logged_hagaki_for_an_address_abroad_is_reprinted_on_a_card_for_abroad(ctx: AppContext) -> None:
    smith = add(ctx, **SMITH)
    [card] = ctx.store.cards.record_printed([Card(contact_id=smith.id or 0, text="Thank you", format="jp-hagaki",
                                                  options={"direction": "vertical"})])  # fmt: skip
    [job] = plan_reprint(ctx, [card.id or 0]).jobs
    assert (job.format, job.direction, job.lines) == (Format.A6, "horizontal", ("Thank you",))


def test_refusals_name_the_card(ctx: AppContext) -> None:
    contact = add(ctx, **YAMADA)
    with pytest.raises(UnknownCardError) as unknown:
        plan_reprint(ctx, [42])
    assert unknown.value.card_id == 42
    cards = ctx.store.cards.record_printed([
        Card(contact_id=contact.id or 0, text="一", options={"sides": "both"}),
        Card(contact_id=contact.id or 0, text="二", options={"sides": "address"}),
    ])  # fmt: skip
    with pytest.raises(MixedSidesError):
        plan_reprint(ctx, [c.id or 0 for c in cards])
    ctx.store.db.execute("PRAGMA foreign_keys = OFF")
    ctx.store.db.execute("DELETE FROM contacts WHERE id = ?", (contact.id,))
    with pytest.raises(CardContactGoneError):
        plan_reprint(ctx, [cards[0].id or 0])
