"""What the layout refuses comes back as data: which part of the card does not fit, and which line."""

from __future__ import annotations

from postcard.compose import preferences
from postcard.compose.printing import print_settings
from postcard.compose.problems import ProblemKind, card_problems
from postcard.context import AppContext
from postcard.core.model import Sender
from postcard.core.options import Direction, Format
from postcard.errors import Misfit
from postcard.render.batch import CardJob
from tests.unit.compose.conftest import SMITH, YAMADA, add


def refused(ctx: AppContext, job: CardJob):  # type: ignore[no-untyped-def]
    options = print_settings(preferences.load(ctx.store.settings)).options
    (problem,) = [p for p in card_problems(job, options, ctx.fonts) if p.blocking]
    return problem


def test_each_part_that_does_not_fit_is_named(ctx: AppContext) -> None:
    yamada = add(ctx, **YAMADA)
    lines = ("本日はありがとうございました", "長" * 150)
    message = refused(ctx, CardJob(yamada, lines, None, "", "", None, Format.JP_HAGAKI, Direction.VERTICAL, 1))
    assert (message.kind, message.misfit, message.line) == (ProblemKind.TOO_LONG, Misfit.MESSAGE_LINE, 2)
    long_address = add(ctx, **{**YAMADA, "address2": "一丁目" * 60})
    address = refused(ctx, CardJob(long_address, ("ありがとう",), None, "", "", None, Format.JP_HAGAKI,
                                   Direction.VERTICAL, 1))  # fmt: skip
    assert (address.kind, address.misfit) == (ProblemKind.TOO_LONG, Misfit.ADDRESS)
    sender = Sender(family_name="佐藤" * 40, given_name="花子", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                    address2="1-2-3")  # fmt: skip
    signed = refused(ctx, CardJob(yamada, ("ありがとう",), sender, "", "", None, Format.JP_HAGAKI,
                                  Direction.VERTICAL, 1))  # fmt: skip
    assert (signed.kind, signed.misfit) == (ProblemKind.TOO_LONG, Misfit.SENDER_NAME)
    abroad = add(ctx, **{**SMITH, "address1": "1 Main St " * 30})
    western = refused(ctx, CardJob(abroad, ("Thank you",), None, "", "", None, Format.A6, Direction.HORIZONTAL, 1))
    assert western.misfit is Misfit.ADDRESS
