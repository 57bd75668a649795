"""What a batch keeps between cards (lines set once, per-text work remembered) changes nothing on any card, and stays
the same size however long the batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcard.core.layout import typeset
from postcard.core.layout.card import CardContent, layout_card
from postcard.core.layout.formats import LayoutOptions
from postcard.core.layout.items import Page
from postcard.core.model import Contact, JointName, Sender
from postcard.render.fonts import FontCatalog

SENDER = Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                address2="1-2-3", company="みらい設計株式会社")  # fmt: skip
TOWNS = ("東京都千代田区丸の内", "大阪府大阪市北区梅田", "北海道札幌市中央区北一条西", "福岡県福岡市博多区博多駅前")
NAMES = (("山田", "太郎"), ("髙橋", "一郎"), ("佐々木", "美咲"), ("渡邊", "陽翔"), ("林", "凛"))


def card(i: int) -> CardContent:
    """Card ``i`` of a batch: a template's first and last lines on every card, a personal line of its own; some with
    a short message (its first line set where the longest line puts it), some with a long name (smaller, and so is
    the sender's)."""
    family, given = NAMES[i % len(NAMES)]
    if i % 7 == 3:
        family, given = "佐々木", "寿限無寿限無五劫之擦"
    contact = Contact(family_name=family, given_name=given, postal_code=f"{1000005 + i * 7919 % 8000000:07d}",
                      address1=TOWNS[i % len(TOWNS)], address2=f"{1 + i % 9}-{i % 30 + 1}-{i % 17 + 1}",
                      address3="グラントウキョウノースタワー12階" if i % 3 == 0 else "",
                      company="株式会社みらい設計" if i % 4 == 0 else "",
                      joint_names=[JointName(given_name="花子")] if i % 5 == 1 else [], id=i + 1)  # fmt: skip
    personal = "協業のお話、大変勉強になりました" + "本当に" * (i % 4)
    lines = ("先日の地域DXセミナー2026では", personal, "今後ともよろしくお願いいたします")
    if i % 6 == 2:
        lines = ("先日はどうも", "ありがとう" + "！" * (i % 4))
    return CardContent(contact, lines, SENDER, seed=1000 + i)


def dump(pages: list[Page]) -> list[object]:
    return [(p.label, p.width, p.height, list(p.items)) for p in pages]


@pytest.fixture
def fresh(fonts: FontCatalog, tmp_path: Path) -> FontCatalog:
    """A catalogue of its own (the same fonts): nothing remembered from the other tests."""
    return FontCatalog(cache_dir=tmp_path / "fonts")


def test_each_card_of_a_batch_is_laid_out_as_it_is_alone(fonts: FontCatalog, fresh: FontCatalog) -> None:
    opts = LayoutOptions()
    batch = [dump(layout_card(card(i), opts, fonts)) for i in range(40)]  # lines and sender met again and again
    for i in (0, 7, 21, 39):  # each alone, with a catalogue that has seen no other card
        alone = FontCatalog(cache_dir=fresh._cache_dir)
        assert dump(layout_card(card(i), opts, alone)) == batch[i]
    assert dump(layout_card(card(7), opts, fonts)) == batch[7]  # and again, at the end of the batch


@pytest.mark.parametrize("variation", [0.0, 1.0, 3.0])
def test_what_a_batch_remembers_stays_bounded(monkeypatch: pytest.MonkeyPatch, fresh: FontCatalog,
                                              variation: float, tmp_path: Path) -> None:  # fmt: skip
    opts = LayoutOptions(variation=variation)
    roomy = [dump(layout_card(card(i), opts, fresh)) for i in range(30)]
    monkeypatch.setattr(typeset, "_MAX_REMEMBERED", 8)
    monkeypatch.setattr(typeset, "_MAX_LENGTHS", 20)
    tight = FontCatalog(cache_dir=tmp_path / "tight")
    for i in range(30):  # every card the same with caches too small to hold even one card's work
        assert dump(layout_card(card(i), opts, tight)) == roomy[i]
        caches = typeset._CACHES[tight]
        assert len(caches.remembered) <= 8 and len(caches.lengths) <= 20
