"""Where a long line of a message breaks: as a hand would, never leaving the end of a clause alone."""

from __future__ import annotations

import pytest

from postcard.core.layout.linebreak import split_balanced


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("開発のお話、とても楽しかったです。仙台でまたお会いしましょう",
         ["開発のお話、とても楽しかったです。", "仙台でまたお会いしましょう"]),  # not 楽しかったで｜す。
        ("梅田の新オフィスのお話、楽しく伺いました", ["梅田の新オフィスのお話、", "楽しく伺いました"]),
        ("先日は地域DXセミナー2026にて大変お世話になりました",
         ["先日は地域DXセミナー2026", "にて大変お世話になりました"]),
        ("またお話しできるのを楽しみにしております", ["またお話しできるのを", "楽しみにしております"]),
        ("先日はありがとうございました", ["先日はありがとう", "ございました"]),  # not ありがと｜う
        ("今後ともどうぞよろしくお願いいたします", ["今後ともどうぞ", "よろしくお願いいたします"]),
    ],
)  # fmt: skip
def test_a_line_breaks_where_a_hand_would(line: str, parts: list[str]) -> None:
    assert split_balanced(line, 2, [1.0] * len(line)) == parts
