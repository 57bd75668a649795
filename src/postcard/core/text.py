"""Normalisation of names, readings, postal codes and addresses as they come from real files."""

from __future__ import annotations

import re
import unicodedata

import jaconv

_POSTAL_JP = re.compile(r"^(\d{3})-?(\d{4})$")
_POSTAL_PLAIN = re.compile(r"〒?([0-9]{3})-?([0-9]{4})")
_SPACES = re.compile(r"[ \u3000\t]+")


def clean(value: str | None) -> str:
    """Strip, collapse runs of spaces (including the ideographic space), drop control characters."""
    if not value:
        return ""
    if not value.isprintable():  # only then can there be control characters to drop
        value = "".join(ch for ch in value if ch in "\n" or unicodedata.category(ch)[0] != "C")
    return _SPACES.sub(" ", value).strip()


def normalize_reading(value: str | None) -> str:
    """A furigana reading with half-width katakana made full width (ｱﾝﾄﾞｳ → アンドウ).

    Hiragana stays hiragana and katakana stays katakana, as the user gave it; full-width ASCII becomes ASCII.
    """
    value = clean(value)
    return _width_fold(value) if value else ""


def normalize_text(value: str | None, *, multiline: bool = False) -> str:
    """General field clean-up: half-width katakana to full width, full-width ASCII letters/digits to ASCII.

    Kanji variants (髙, 﨑) and everything else are kept exactly. Line breaks become spaces unless
    ``multiline`` (notes keep them; a company name broken over two lines in a spreadsheet cell does not).
    """
    if not value:
        return ""
    if value.isprintable() and not _NEEDS_WORK.search(value):  # the common case: only the ends to strip
        return value.strip()
    if not multiline:
        value = value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    value = clean(value)
    return _width_fold(value) if value else ""


_HALF_KANA = re.compile("[\uff61-\uff9f]")
# What normalize_text changes in a printable text besides its ends: runs of spaces, full-width ASCII, half-width kana.
_NEEDS_WORK = re.compile("[\uff01-\uff9f]| {2}")
_FULL_ASCII = re.compile("[\uff01-\uff5e]")


def _width_fold(value: str) -> str:
    """Half-width katakana → full width, full-width ASCII → ASCII (jaconv), skipped when there is none."""
    if _HALF_KANA.search(value):
        value = jaconv.h2z(value, kana=True, ascii=False, digit=False)
    if _FULL_ASCII.search(value):
        value = jaconv.z2h(value, kana=False, ascii=True, digit=True)
    return value


def normalize_postal_code(value: str | None) -> str:
    """``〒150-8512``, ``１５０－８５１２``, ``1508512`` → ``1508512``.

    A value that is not a Japanese postal code (a US ZIP, a UK postcode) is returned cleaned but unchanged.
    """
    value = clean(value)
    if not value:
        return ""
    plain = _POSTAL_PLAIN.fullmatch(value)
    if plain:  # as most files write it: nothing to fold
        return plain.group(1) + plain.group(2)
    ascii_value = jaconv.z2h(value, kana=False, ascii=True, digit=True)
    compact = re.sub(r"[〒\s]", "", ascii_value)
    compact = re.sub(r"[‐‑‒–—―−ー－-]", "-", compact)
    match = _POSTAL_JP.match(compact)
    if match:
        return match.group(1) + match.group(2)
    return ascii_value


def format_postal_code(code: str) -> str:
    """``1508512`` → ``150-8512``; anything else unchanged."""
    if len(code) == 7 and code.isdigit():
        return f"{code[:3]}-{code[3:]}"
    return code


def is_japanese_postal_code(code: str) -> bool:
    return len(code) == 7 and code.isascii() and code.isdigit()


def split_full_name(value: str) -> tuple[str, str]:
    """Split a one-field name (Eight's old ``氏名``) into family and given name.

    Japanese names are written family-first and usually separated by a space; without a space the whole name
    is kept as the family name (guessing the split of 長谷川 vs 長谷 川 is worse than not splitting).
    Latin names are written given-first: "John Doe" → ("Doe", "John").
    """
    value = clean(value)
    if not value:
        return "", ""
    parts = value.split(" ")
    if len(parts) == 1:
        return value, ""
    if any(ord(ch) > 0x2FFF for ch in value):
        return parts[0], " ".join(parts[1:])
    return parts[-1], " ".join(parts[:-1])


#: The 47 prefectures, in Japan Post's (JIS X 0401) order.
PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
    "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
    "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
    "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
    "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip
_PREFECTURE = re.compile("^(" + "|".join(PREFECTURES) + ")")


def starts_with_prefecture(address: str) -> bool:
    return bool(_PREFECTURE.match(address))


def leading_prefecture(address: str) -> str:
    """The prefecture an address starts with (``東京都``), or "" when it starts with none."""
    match = _PREFECTURE.match(address)
    return match.group(1) if match else ""


#: Variant kanji (異体字) in names and place names → the common form, for readings and comparisons only: what is
#: printed keeps the person's own character (髙橋 stays 髙橋 on the card).
ITAIJI = str.maketrans({
    "髙": "高", "﨑": "崎", "嵜": "崎", "碕": "崎", "𠮷": "吉", "德": "徳", "邊": "辺", "邉": "辺", "齋": "斎",
    "齊": "斉", "濵": "浜", "濱": "浜", "澤": "沢", "櫻": "桜", "廣": "広", "國": "国", "嶋": "島", "嶌": "島",
    "槇": "槙", "冨": "富", "惠": "恵", "眞": "真", "與": "与", "藏": "蔵", "瀨": "瀬", "龍": "竜",
    "曻": "昇", "淸": "清", "條": "条", "檜": "桧", "禮": "礼", "實": "実",
    "壽": "寿", "豐": "豊", "靜": "静", "縣": "県", "舘": "館", "驒": "騨", "萬": "万", "絲": "糸", "彌": "弥",
    "峯": "峰", "埜": "野", "莊": "荘", "傳": "伝", "圓": "円", "會": "会", "關": "関", "鐵": "鉄",
})  # fmt: skip


def fold_itaiji(text: str) -> str:
    """髙橋 → 高橋, 山﨑 → 山崎: variant kanji folded to their common form (for readings and comparisons)."""
    return text.translate(ITAIJI)


_SMALL_KE = {"ヶ": "ケ", "ヵ": "カ", "が": "ケ", "ガ": "ケ", "之": "ノ", "の": "ノ"}
_PLACE_FOLD = {**ITAIJI, **str.maketrans(_SMALL_KE), **{ord(ch): None for ch in " \u3000\t\r\n"}}


def place_key(text: str) -> str:
    """A place name folded for comparison: 千駄ヶ谷 = 千駄ケ谷, 四條畷 = 四条畷, full width = half width, no spaces."""
    if _NEEDS_NFKC.search(text):  # full-width letters or digits, half-width kana, compatibility kanji
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_PLACE_FOLD)


_NEEDS_NFKC = re.compile("[\uf900-\ufaff\uff00-\uffef]")


def shorten(text: str, limit: int = 200) -> str:
    """Text cut to ``limit`` characters with "…" in the middle, so that a message stays one readable line."""
    text = text.replace("\r", " ").replace("\n", " ")
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    return text[:head] + "…" + text[len(text) - (limit - 1 - head) :]


#: Scripts whose letters join, reorder or stack: the card layout draws one glyph after another, left to right (or
#: top to bottom), so a name in one of them would print wrong (unjoined Arabic, Devanagari without its conjuncts).
COMPLEX_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0700, 0x074F, "Syriac"), (0x0750, 0x077F, "Arabic"),
    (0x0780, 0x07BF, "Thaana"), (0x07C0, 0x07FF, "N'Ko"), (0x0800, 0x08FF, "Arabic"), (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0A7F, "Gurmukhi"), (0x0A80, 0x0AFF, "Gujarati"), (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"), (0x0C00, 0x0C7F, "Telugu"), (0x0C80, 0x0CFF, "Kannada"), (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"), (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"), (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"), (0x1780, 0x17FF, "Khmer"), (0x1800, 0x18AF, "Mongolian"), (0x1A20, 0x1AAF, "Tai Tham"),
    (0xA8E0, 0xA8FF, "Devanagari"), (0xFB1D, 0xFB4F, "Hebrew"), (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFC, "Arabic"),
)  # fmt: skip


def complex_script(text: str) -> str:
    """The name of the first script in ``text`` that the card layout cannot shape (:data:`COMPLEX_SCRIPTS`), or ""."""
    match = _COMPLEX.search(text)
    if match is None:
        return ""
    code = ord(match.group())
    return next(name for low, high, name in COMPLEX_SCRIPTS if low <= code <= high)


_COMPLEX = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high, _name in COMPLEX_SCRIPTS) + "]")
