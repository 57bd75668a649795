"""Suggested readings (furigana) for Japanese names that came without them (Eight exports none).

A suggestion is only a guess: it is stored apart from the readings the user gave (``Contact.suggested_*``), used
to sort and to find a contact by kana until the user confirms or corrects it, and shown marked as a suggestion.

How a name is read:

1. variant kanji are folded first (髙橋 → 高橋, 山﨑 → 山崎: :func:`postcard.core.text.fold_itaiji`);
2. kana are kept (katakana become hiragana: ロイド → ろいど);
3. a given name that is in :data:`GIVEN_NAMES` (common names read differently from the word: 蓮 れん, not はす)
   is read from there;
4. otherwise the longest words of the dictionary (pykakasi's, see :mod:`postcard.io.kanwa`) are matched left to
   right and the first reading of each is taken;
5. a character that no word covers gives no suggestion at all (a half-read name is worse than none).
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable

import jaconv

from postcard.core.model import Contact
from postcard.core.text import fold_itaiji

MAX_WORD = 5  # the dictionary keeps words of up to five kanji: enough for any name part

#: Common given names whose usual reading is not the reading of the same characters as a word. Chosen from the
#: names most given in Japan over the last decades (the yearly name rankings), not from any test list.
GIVEN_NAMES: dict[str, str] = {
    # one kanji
    "彩": "あや", "学": "まなぶ", "蓮": "れん", "翼": "つばさ", "誠": "まこと", "愛": "あい", "恵": "めぐみ",
    "剛": "つよし", "聡": "さとし", "修": "おさむ", "陸": "りく", "亮": "りょう", "葵": "あおい", "浩": "ひろし",
    "隆": "たかし", "茂": "しげる", "実": "みのる", "勝": "まさる", "明": "あきら", "進": "すすむ", "豊": "ゆたか",
    "薫": "かおる", "忍": "しのぶ", "光": "ひかる", "望": "のぞみ", "舞": "まい", "優": "ゆう", "仁": "ひとし",
    "清": "きよし", "博": "ひろし", "勇": "いさむ", "武": "たけし", "猛": "たけし", "稔": "みのる", "晃": "あきら",
    "徹": "とおる", "透": "とおる", "輝": "ひかる", "渚": "なぎさ", "遥": "はるか", "楓": "かえで", "凛": "りん",
    "陽": "はる", "湊": "みなと", "樹": "いつき", "蒼": "あおい", "悠": "ゆう", "匠": "たくみ", "拓": "たく",
    "航": "わたる", "渉": "わたる", "昇": "のぼる", "登": "のぼる", "篤": "あつし", "淳": "じゅん", "純": "じゅん",
    "潤": "じゅん", "睦": "むつみ", "操": "みさお", "節": "せつ", "栞": "しおり", "雅": "みやび", "萌": "もえ",
    "桜": "さくら", "茜": "あかね", "梓": "あずさ", "泉": "いずみ", "環": "たまき", "瞳": "ひとみ", "碧": "あおい",
    "結": "ゆい", "唯": "ゆい", "司": "つかさ", "圭": "けい", "恵子": "けいこ", "哲": "さとし", "智": "さとし",
    # two kanji, read as a name rather than as a word
    "陽菜": "ひな", "大樹": "だいき", "千尋": "ちひろ", "大翔": "ひろと", "陽翔": "はると", "結愛": "ゆあ",
    "悠真": "ゆうま", "結衣": "ゆい", "美咲": "みさき", "拓海": "たくみ", "大和": "やまと", "翔太": "しょうた",
    "颯太": "そうた", "陽向": "ひなた", "美羽": "みう", "心春": "こはる", "紗希": "さき", "優花": "ゆうか",
    "大輝": "だいき", "和也": "かずや", "直樹": "なおき", "智子": "ともこ", "裕子": "ゆうこ", "真一": "しんいち",
    "健一": "けんいち", "浩二": "こうじ", "大輔": "だいすけ", "一郎": "いちろう", "健太": "けんた", "翔": "しょう",
    "七海": "ななみ", "千夏": "ちなつ", "美穂": "みほ", "香織": "かおり", "麻衣": "まい", "涼子": "りょうこ",
}  # fmt: skip

_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30ffー]")


class ReadingDictionary:
    """Words and their readings, from a sorted text of ``word<TAB>reading,reading…`` lines.

    Kept as one string with line offsets (about 7 MB for pykakasi's 200,000 kanji words, where a dict would take
    40 MB), searched by bisection.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        starts = [0]
        starts += [match.end() for match in re.finditer("\n", text)]
        if starts[-1] >= len(text):
            starts.pop()
        self._starts = array("L", starts)

    def __len__(self) -> int:
        return len(self._starts)

    def _word(self, index: int) -> str:
        start = self._starts[index]
        return self._text[start : self._text.index("\t", start)]

    def readings(self, word: str) -> tuple[str, ...]:
        """The readings of exactly this word, the most usual first; () when the dictionary does not have it."""
        index = bisect.bisect_left(range(len(self._starts)), word, key=self._word)
        if index >= len(self._starts) or self._word(index) != word:
            return ()
        start = self._text.index("\t", self._starts[index]) + 1
        end = self._text.find("\n", start)
        return tuple(self._text[start : end if end >= 0 else len(self._text)].split(","))


def read_name(name: str, dictionary: ReadingDictionary, *, given: bool = False) -> str:
    """The suggested reading of one name part in hiragana, or "" when part of it cannot be read."""
    name = fold_itaiji(name.replace(" ", "").replace("\u3000", ""))
    if not name:
        return ""
    if given and name in GIVEN_NAMES:
        return GIVEN_NAMES[name]
    out: list[str] = []
    i = 0
    while i < len(name):
        if _KANA.match(name[i]):
            out.append(jaconv.kata2hira(name[i]))
            i += 1
            continue
        for length in range(min(MAX_WORD, len(name) - i), 0, -1):
            found = dictionary.readings(name[i : i + length])
            if found:
                out.append(found[0])
                i += length
                break
        else:
            return ""
    return "".join(out)


class ReadingSuggester:
    """Suggests readings for contacts, remembering each name part it has read (names repeat a lot).

    Args:
        dictionary: The words to read with, or a function that loads them on first need (None: no dictionary,
            so no suggestions), so that an import of names that all have readings never loads it.
    """

    def __init__(self, dictionary: ReadingDictionary | Callable[[], ReadingDictionary | None]) -> None:
        self._dictionary = dictionary
        self._cache: dict[tuple[str, bool], str] = {}

    @property
    def dictionary(self) -> ReadingDictionary | None:
        if not isinstance(self._dictionary, ReadingDictionary) and self._dictionary is not None:
            self._dictionary = self._dictionary()
        return self._dictionary

    def read(self, name: str, *, given: bool = False) -> str:
        key = (name, given)
        hit = self._cache.get(key)
        if hit is None:
            dictionary = self.dictionary
            hit = read_name(name, dictionary, given=given) if dictionary is not None else ""
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def suggest(self, contact: Contact) -> bool:
        """Fill ``contact.suggested_*`` when the name is Japanese and has no reading; True when it did.

        Both parts must be readable (a family name alone is fine when there is no given name).
        """
        if not contact.is_japanese_name or contact.family_reading or contact.given_reading:
            return False
        family = self.read(contact.family_name) if contact.family_name else ""
        given = self.read(contact.given_name, given=True) if contact.given_name else ""
        if (contact.family_name and not family) or (contact.given_name and not given):
            return False
        contact.suggested_family_reading, contact.suggested_given_reading = family, given
        return True
