"""Small pieces of the window's words: a few names in a sentence, in English and in Japanese."""

from __future__ import annotations

from postcard.gui.i18n import Translators
from postcard.gui.wording import some_names


def test_a_few_names_then_an_ellipsis(translators: Translators) -> None:
    names = ["山田 太郎", "佐藤 花子", "Emily Smith", "伊藤 誠"]
    assert some_names(names[:1]) == "山田 太郎"
    assert some_names(names, 3) == "山田 太郎, 佐藤 花子, Emily Smith…"
    assert some_names(names) == "山田 太郎, 佐藤 花子, Emily Smith, 伊藤 誠"
    translators.switch("ja")
    try:
        assert some_names(names, 2) == "山田 太郎、佐藤 花子…"
    finally:
        translators.switch("en")
