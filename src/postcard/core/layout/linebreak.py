"""Breaking a line of a message into balanced parts, where a hand would break it.

Japanese breaks between characters, never before 、。ー, small kana or a closing bracket, nor after an opening
one (行頭・行末禁則), nor inside a run of Latin letters or digits (ＤＸ, ２０２６); best after 、。！？ or a space,
good where kana meet a kanji or katakana word (先日は|地域) or before a set phrase of kana a card is full of
(ありがとう|ございました), worse inside a word, worse still inside such a phrase (ありがと|う) or where it leaves the
end of a clause alone (楽しかったで|す。). Latin breaks only at spaces.
"""

from __future__ import annotations

from itertools import product

SMALL_KANA = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
NO_LINE_START = frozenset("、。，．・：；？！ー～…‥）」』】〕］｝〉》々゛゜" + SMALL_KANA)
NO_LINE_END = frozenset("（「『【〔［｛〈《")
_STOPS = frozenset("、。，．！？!?,.;:")
COST_WEIGHT = 1.0  # em of length one unit of break cost is worth
NEAR = 5  # characters either side of a break's share of the line where it is sought
ORPHAN = 2  # characters before a 、。！？ that a break should not leave to begin the next part
#: Words written in kana that thank-you lines are made of: a break goes before one, not inside it (a run of
#: hiragana gives no other clue where its words are).
KANA_WORDS = ("ありがとう", "ございま", "いたしま", "よろしく", "ください", "おりま", "いただ", "どうぞ", "とても")


def _kind(ch: str) -> str:
    if ch.isspace():
        return "space"
    if ch.isascii() and ch.isalnum() or "\uff10" <= ch <= "\uff5a":  # half- or full-width letters and digits
        return "latin"
    if "\u3040" <= ch <= "\u309f":
        return "hiragana"
    if "\u30a0" <= ch <= "\u30ff":
        return "katakana"
    return "kanji"


def break_costs(text: str) -> dict[int, float]:
    """Where ``text`` may break (before index i) and what it costs; no entry where it may not."""
    latin = all(ch.isascii() for ch in text)
    costs: dict[int, float] = {}
    word_starts: set[int] = set()
    inside_words: set[int] = set()
    for word in KANA_WORDS:
        at = text.find(word)
        while at >= 0:
            word_starts.add(at)
            inside_words.update(range(at + 1, at + len(word)))
            at = text.find(word, at + 1)
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if latin:
            if b == " " and a != " ":
                costs[i] = 0.0
            continue
        if b in NO_LINE_START or a in NO_LINE_END:
            continue
        ka, kb = _kind(a), _kind(b)
        if ka == "latin" and kb == "latin":
            continue
        if a in _STOPS or ka == "space" or kb == "space":
            costs[i] = 0.0
        elif a in "おご" and kb == "kanji":
            costs[i] = 3.0  # the honorific prefix belongs to its word (お世話, ご連絡)
        elif ka == "hiragana" and (kb != "hiragana" or i in word_starts):
            costs[i] = 0.5  # after a particle, before a word
        elif ka != kb:
            costs[i] = 1.0
        else:
            costs[i] = {"hiragana": 2.0, "katakana": 4.0}.get(ka, 2.5)
        if i in inside_words:
            costs[i] += 3.0  # ありがと|う
        if costs[i] and any(ch in _STOPS for ch in text[i + 1 : i + 1 + ORPHAN]):
            costs[i] += 2.0  # not the last character or two of a clause alone on the next column (で|す。)
    return costs


def split_balanced(text: str, count: int, widths: list[float]) -> list[str] | None:
    """``text`` in ``count`` parts of about equal length, broken where :func:`break_costs` allows; None when it
    has fewer break opportunities than that. ``widths`` are the characters' lengths (em) along the line; spaces
    at a break are dropped. Each break is sought near its share of the length (within :data:`NEAR` characters)."""
    if count <= 1:
        return [text]
    costs = break_costs(text)
    if len(costs) < count - 1:
        return None
    ends = [0.0]
    for w in widths:
        ends.append(ends[-1] + w)
    total = ends[-1]
    ideal = [min(range(1, len(text)), key=lambda i: abs(ends[i] - total * k / count)) for k in range(1, count)]
    near = [[i for i in range(c - NEAR, c + NEAR + 1) if i in costs] or sorted(costs) for c in ideal]

    def part(a: int, b: int) -> float:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return ends[b] - ends[a]

    best: tuple[float, tuple[int, ...]] | None = None
    for cuts in product(*near):
        if any(b <= a for a, b in zip(cuts, cuts[1:], strict=False)):
            continue
        bounds = (0, *cuts, len(text))
        score = max(part(a, b) for a, b in zip(bounds, bounds[1:], strict=False))
        score += COST_WEIGHT * sum(costs[c] for c in cuts)
        if best is None or score < best[0]:
            best = (score, cuts)
    if best is None:
        return None
    bounds = (0, *best[1], len(text))
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
