"""The filters card templates have besides Jinja's own: Japanese and English dates.

``{{ event.date|jdate }}`` → 2026年11月23日, ``|wareki`` → 令和8年, ``|wareki_date`` → 令和8年11月23日,
``|edate`` → November 23, 2026.
"""

from __future__ import annotations

import datetime as dt

from postcard.core.vertical import kanji_numerals

__all__ = ["edate", "jdate", "wareki", "wareki_date"]

_ERAS = (("令和", dt.date(2019, 5, 1)), ("平成", dt.date(1989, 1, 8)), ("昭和", dt.date(1926, 12, 25)),
         ("大正", dt.date(1912, 7, 30)))  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


# --- filters ------------------------------------------------------------------------------------------------
def _as_date(value: object, filter_name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"{filter_name} needs a date, not {type(value).__name__}")


def jdate(value: object, style: str = "long", kanji: bool = False) -> str:
    """``2026年11月23日``; style ``"short"``: ``11月23日``; ``kanji=True``: ``二〇二六年十一月二十三日``."""
    day = _as_date(value, "jdate")
    if day is None:
        return ""
    text = f"{day.month}月{day.day}日"
    text = text if style == "short" else f"{day.year}年{text}"
    return kanji_numerals(text, style="juu") if kanji else text


def wareki(value: object, kanji: bool = False) -> str:
    """The Japanese era year: ``令和8年``, ``令和元年`` for an era's first year (大正 onwards)."""
    day = _as_date(value, "wareki")
    if day is None:
        return ""
    for era, start in _ERAS:
        if day >= start:
            year = day.year - start.year + 1
            number = kanji_numerals(str(year), style="juu") if kanji else str(year)
            return era + ("元" if year == 1 else number) + "年"
    raise ValueError(f"wareki: {day.isoformat()} is before 大正 (1912-07-30)")


def wareki_date(value: object, kanji: bool = False) -> str:
    """``令和8年11月23日`` (``kanji=True``: ``令和八年十一月二十三日``)."""
    day = _as_date(value, "wareki_date")
    return wareki(day, kanji) + jdate(day, "short", kanji) if day else ""


def edate(value: object, style: str = "long") -> str:
    """``November 23, 2026``; style ``"short"``: ``November 23``."""
    day = _as_date(value, "edate")
    if day is None:
        return ""
    text = f"{_MONTHS[day.month - 1]} {day.day}"
    return text if style == "short" else f"{text}, {day.year}"
