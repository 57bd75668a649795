"""A contact sheet of the hard cases, rendered through the print path to one PNG (docs/hard-cases.png).

    python benchmarks/contact_sheet.py [--out docs/hard-cases.png] [--dpi 110] [--zones]

Each tile is a page of a real PDF written by ``render.batch.print_batch`` (the same path ``postcard render``
takes), rasterised with ``pdftoppm`` (poppler-utils) and captioned. ``--zones`` shades the areas nothing may
enter (the stamp corner, and on the 年賀 tile the lottery block) so a reviewer sees the clearance.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from postcard.core.layout.formats import LayoutOptions
from postcard.core.layout.hagaki import LOTTERY_AREA, STAMP_AREA
from postcard.core.model import Contact, JointName, Sender
from postcard.render.batch import CardJob, PrintSettings, print_batch
from postcard.render.fonts import FontCatalog

ROOT = Path(__file__).resolve().parent.parent
SENDER = Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                address2="1-2-3", address3="グリーンハイツ201")  # fmt: skip
THANKS = ("先日は大変お世話になりました", "協業のお話、大変勉強になりました", "今後ともよろしくお願いいたします")


@dataclass
class Tile:
    caption: str
    contact: Contact
    lines: tuple[str, ...] = THANKS
    side: str = "address"
    format: str = "jp-hagaki"
    direction: str = "vertical"
    options: dict[str, object] = field(default_factory=dict)


def tiles() -> list[Tile]:
    tokyo = {"postal_code": "1000005", "address1": "東京都千代田区丸の内", "address2": "1-9-1"}
    return [
        Tile("short name", Contact(family_name="佐藤", given_name="健", postal_code="0600806",
                                   address1="北海道札幌市北区北六条西", address2="4丁目")),
        Tile("long name, same foot", Contact(family_name="勅使河原", given_name="由紀恵", postal_code="4600008",
                                              address1="愛知県名古屋市中区栄", address2="3-4-5")),
        Tile("four people (連名)", Contact(family_name="高橋", given_name="花子", postal_code="1700013",
                                           address1="東京都豊島区東池袋", address2="2-5-7",
                                           address3="サンシャイン60 15F",
                                           joint_names=[JointName("健一"), JointName("美紀"), JointName("一")])),
        Tile("long NPO 御中", Contact(company="特定非営利活動法人日本ＩＴまちづくり支援機構", honorific="御中",
                                      **tokyo)),
        Tile("long department + title", Contact(
            family_name="山田", given_name="太郎", company="株式会社みらい設計",
            department="デジタルトランスフォーメーション推進本部 第二ソリューション営業部",
            title="代表取締役社長執行役員", address3="グラントウキョウノースタワー12階", **tokyo)),
        Tile("年賀 (nenga) boxes", Contact(
            family_name="長谷川", given_name="美智子", company="一般社団法人日本国際交流センター",
            department="事業推進部 国際連携課", title="シニアマネージャー", postal_code="9071801",
            address1="沖縄県八重山郡与那国町与那国", address2="4022-1"), options={"sender_zip": "nenga"}),
        Tile("floors: 15F, B1F", Contact(family_name="田中", given_name="美咲", address3="ABCビルB1F", **tokyo)),
        Tile("floors, Arabic (縦中横)", Contact(family_name="田中", given_name="美咲", address3="ヒカリエ15F",
                                               **tokyo), options={"numerals": "arabic"}),
        Tile("Western name in Japan", Contact(family_name="Smith", given_name="John", honorific="Mr.",
                                               postal_code="1500001", address1="東京都渋谷区神宮前",
                                               address2="1-2-3", address3="パレス12階")),
        Tile("card abroad (A6)", Contact(family_name="Brown", given_name="Olivia", honorific="Dr.",
                                         company="Fairview Clinic", address1="221B Baker Street", address2="London",
                                         postal_code="NW1 6XE", country="United Kingdom"),
             ("Thank you for the great talk!", "Your ideas on accessibility", "changed how I design."),
             side="address", format="a6", direction="horizontal"),
        Tile("message: long line", Contact(family_name="佐藤", given_name="健"),
             ("先日は地域DXセミナー2026にて大変お世話になりました",), side="message"),
        Tile("message: short", Contact(family_name="佐藤", given_name="健"), ("ありがとう",), side="message"),
        Tile("message: three lines", Contact(family_name="佐藤", given_name="健"), THANKS, side="message"),
        Tile("message abroad (A6)", Contact(family_name="Brown", given_name="Olivia", country="United Kingdom"),
             ("Thank you for the great talk!", "Your ideas on accessibility", "changed how I design."),
             side="message", format="a6", direction="horizontal"),
    ]  # fmt: skip


def render(tile: Tile, fonts: FontCatalog, out: Path, dpi: int, zones: bool) -> Image.Image:
    pdf = out / "tile.pdf"
    options = LayoutOptions(**tile.options)  # type: ignore[arg-type]
    job = CardJob(tile.contact, tile.lines, SENDER, format=tile.format, direction=tile.direction, seed=7)
    print_batch([job], PrintSettings(sides=tile.side, options=options), fonts, pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf), str(out / "tile")], check=True)
    image = Image.open(out / "tile.png").convert("RGB")
    if zones and tile.side == "address" and tile.format == "jp-hagaki":
        shade = Image.new("RGB", image.size, (255, 255, 255))
        draw = ImageDraw.Draw(shade)
        px = dpi / 25.4
        areas = [STAMP_AREA] + ([LOTTERY_AREA] if options.sender_zip == "nenga" else [])
        for x0, y0, x1, y1 in areas:
            draw.rectangle([x0 * px, y0 * px, x1 * px, y1 * px], fill=(255, 225, 225))
        image = Image.composite(image, shade, image.convert("L").point(lambda v: 255 if v < 250 else 0))
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "hard-cases.png")
    parser.add_argument("--dpi", type=int, default=110)
    parser.add_argument("--columns", type=int, default=7)
    parser.add_argument("--zones", action="store_true", help="shade the stamp corner and the lottery block")
    args = parser.parse_args(argv)
    fonts = FontCatalog()
    with tempfile.TemporaryDirectory() as tmp:
        images = [(t.caption, render(t, fonts, Path(tmp), args.dpi, args.zones)) for t in tiles()]
    cell_w = max(i.width for _, i in images) + 16
    cell_h = max(i.height for _, i in images) + 34
    rows = (len(images) + args.columns - 1) // args.columns
    sheet = Image.new("RGB", (cell_w * args.columns, cell_h * rows), (200, 200, 200))
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(str(fonts.path("klee-semibold")), 15)
    for n, (caption, image) in enumerate(images):
        x, y = (n % args.columns) * cell_w + 8, (n // args.columns) * cell_h + 8
        sheet.paste(image, (x, y + (cell_h - 34 - image.height) // 2))
        draw.text((x, y + cell_h - 30), caption, fill=(20, 20, 20), font=font)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(args.out, optimize=True)
    print(f"wrote {args.out} ({len(images)} cards)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
