"""A recipient's name as text, before it is placed: organisation or person, the honorific a vertical card carries,
legal forms (株式会社 …) and the company inside a branch's name, the pieces that spread as one unit, and where a
long name breaks into columns. :mod:`postcard.core.layout.atena` places what these give.
"""

from __future__ import annotations

from itertools import combinations

from postcard.core.model import Contact
from postcard.core.vertical import orientation

LEGAL_FORMS = tuple(
    sorted(
        ("特定非営利活動法人", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "社会福祉法人",
         "学校法人", "医療法人社団", "医療法人財団", "医療法人", "宗教法人", "独立行政法人", "地方独立行政法人",
         "国立大学法人", "国立研究開発法人", "株式会社", "有限会社", "合同会社", "合名会社", "合資会社",
         "弁護士法人", "税理士法人", "司法書士法人", "行政書士法人", "監査法人", "特許業務法人", "協同組合",
         "農業協同組合", "生活協同組合", "有限責任事業組合", "ＮＰＯ法人"),
        key=len, reverse=True,
    )
)  # fmt: skip


def is_organisation(contact: Contact) -> bool:
    return not (contact.family_name or contact.given_name)


def vertical_honorific(contact: Contact) -> str:
    """The honorific for a vertical address side: 様 for a Western one, 御中 (not 様) for an organisation."""
    honorific = contact.honorific.strip()
    if is_organisation(contact):
        return "御中" if honorific == "様" or honorific.isascii() and honorific else honorific
    return "様" if honorific and honorific.isascii() else honorific


def split_legal_form(name: str) -> tuple[str, str, str]:
    """(legal form before, the rest, legal form after) of an organisation's name."""
    for form in LEGAL_FORMS:
        if name.startswith(form) and len(name) > len(form):
            return form, name[len(form) :].strip(), ""
        if name.endswith(form) and len(name) > len(form):
            return "", name[: -len(form)].strip(), form
    return "", name, ""


def pieces(text: str) -> list[str]:
    """What spreads as one unit: each character, but a word set sideways (Latin) whole; spaces dropped."""
    out: list[str] = []
    after_space = True
    for ch in text:
        if ch.isspace():
            after_space = True
            continue
        if out and not after_space and sideways(ch) and sideways(out[-1][-1]):
            out[-1] += ch
        else:
            out.append(ch)
        after_space = False
    return out


def sideways(ch: str) -> bool:
    """Whether a character lies on its side in a column (Latin letters and half-width digits, UAX #50 R)."""
    return orientation(ch) == "R"


def split_entity(name: str) -> tuple[str, str]:
    """(the company, the branch or office after it) when a legal form stands inside an organisation's name.

    ``株式会社　日本経済新聞社　札幌支社`` → (``株式会社　日本経済新聞社``, ``札幌支社``) when spaces separate
    the words; ``中国電力ネットワーク株式会社小豆島ネットワークセンター`` → split right after ``株式会社``.
    ("", name) when there is nothing after the company.
    """
    words = name.split()
    for i, word in enumerate(words):
        form = next((f for f in LEGAL_FORMS if f in word), "")
        if not form:
            continue
        end = i + 2 if word == form and i + 1 < len(words) and i == 0 else i + 1  # 株式会社 ○○: the next word too
        if word.endswith(form) or word == form:
            entity, unit = " ".join(words[:end]), " ".join(words[end:])
        elif word.startswith(form):  # 株式会社みらい設計: where the company's own name ends is not written
            entity, unit = " ".join(words[: i + 1]), " ".join(words[i + 1 :])
        else:  # the form inside one word
            at = word.index(form) + len(form)
            entity, unit = " ".join([*words[:i], word[:at]]), " ".join([word[at:], *words[i + 1 :]])
        return (entity, unit) if unit.strip() else ("", name)
    return ("", name)


_NO_LINE_START = frozenset("・、。，．：；？！ー～）」』】〕］｝〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
_NO_LINE_END = frozenset("（「『【〔［｛〈《")


def _script(ch: str) -> str:
    if ch in "ヶヵ々〆":  # read as part of a kanji word (登美ヶ丘)
        return "kanji"
    if "\u3040" <= ch <= "\u309f":
        return "hiragana"
    if "\u30a0" <= ch <= "\u30ff":
        return "katakana"
    return "latin" if sideways(ch) or "\uff01" <= ch <= "\uff5e" else "kanji"


def split_parts(text: str, count: int, extra: float = 0.0) -> list[list[str]]:
    """A long name broken into ``count`` columns of about equal length, the last ``extra`` em shorter (it ends with
    the honorific). Breaks go at spaces or where the script changes (日本ＩＴ|まちづくり|支援機構); inside a run of
    kana only when nothing else balances the columns."""
    parts: list[str] = []
    spaced: set[int] = set()  # indices of pieces that follow a space
    for word in text.split():
        spaced.add(len(parts))
        parts += pieces(word)
    if count < 2 or len(parts) < count:
        return [parts]
    cost = [0.0] * len(parts)
    for i in range(1, len(parts)):
        a, b = _script(parts[i - 1][-1]), _script(parts[i][0])
        if parts[i][0] in _NO_LINE_START or parts[i - 1][-1] in _NO_LINE_END:  # 禁則
            cost[i] = 10.0
        elif i in spaced or parts[i - 1] in "・、":
            cost[i] = 0.0
        elif a != b:
            cost[i] = 0.5
        else:
            cost[i] = 4.0 if a in ("hiragana", "katakana") else 1.5
    best: tuple[float, tuple[int, ...]] = (1e9, ())
    for cuts in combinations(range(1, len(parts)), count - 1):
        bounds = (0, *cuts, len(parts))
        lengths = [b - a for a, b in zip(bounds, bounds[1:], strict=False)]
        lengths[-1] += extra
        score = max(lengths) + 0.35 * sum(cost[c] for c in cuts)
        if score < best[0]:
            best = (score, cuts)
    bounds = (0, *best[1], len(parts))
    return [parts[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
