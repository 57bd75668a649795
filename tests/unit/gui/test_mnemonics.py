"""Keyboard access: within what is on screen at once, every Alt+letter reaches one thing — the menu bar's
menus and the fields of the page shown, each menu's items, each dialog's fields and buttons — in English and in
Japanese (an Alt+T that opened the Template box could never open the Tools menu)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

from postcard.context import AppContext

from postcard.gui.i18n import Translators
from postcard.gui.main_window import FOLLOW_UPS_PAGE, LOG_PAGE, PEOPLE_PAGE, MainWindow

_MNEMONIC = re.compile(r"&(?!&)(\w)")


def letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def widget_letters(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter reachable in ``root`` as it is shown now."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            continue
        found = letter(text)
        if found:
            out.append((found, text))
    return out


def clashes(pairs: list[tuple[str, str]]) -> list[list[str]]:
    counts = Counter(found for found, _ in pairs)
    return [[text for found, text in pairs if found == twice] for twice, n in counts.items() if n > 1]


def menu_letters(menu: QMenu) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    pairs = [(letter(a.text()), a.text()) for a in menu.actions() if not a.isSeparator() and a.text()]
    yield menu.title(), [(found, text) for found, text in pairs if found]
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_letters(action.menu())  # type: ignore[arg-type]


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, translators: Translators) -> Iterator[str]:
    translators.switch(request.param)
    yield request.param
    translators.switch("en")


def test_the_window_menus_and_each_page_have_one_thing_per_letter(language: str, window: MainWindow) -> None:
    window.retranslate()
    menus = window.menus
    top = (menus.file_menu, menus.card_menu, menus.book_menu, menus.view_menu, menus.tools_menu, menus.help_menu)
    bar = [(letter(m.title()), m.title()) for m in top]
    assert all(found for found, _ in bar) and clashes(bar) == []  # type: ignore[arg-type]
    for page in (PEOPLE_PAGE, LOG_PAGE, FOLLOW_UPS_PAGE):
        window.stack.setCurrentIndex(page)
        for read_only in (False, True):  # a printed card shows its banner's buttons too
            window.compose.printed_frame.setVisible(read_only)
            found = widget_letters(window)
            assert clashes(bar + found) == [], (language, page)  # type: ignore[operator]
    for title, pairs in (item for menu in top for item in menu_letters(menu)):
        assert clashes(pairs) == [], (language, title)


def test_each_dialog_has_one_thing_per_letter(language: str, window: MainWindow, ctx: AppContext) -> None:
    window.retranslate()
    dialogs = [window.cards.make_print_dialog(), window.tools.make_settings_dialog(),
               window.tools.make_template_editor(), window.book.new_contact(), window.book.senders(),
               window.book.edit_event(None), window.book.import_files([])]  # fmt: skip
    wizard = window.tools.make_calibration_wizard()
    for dialog in dialogs:
        dialog.show()
        assert clashes(widget_letters(dialog)) == [], (language, dialog.objectName())
        dialog.close()
    wizard.show()
    for page in wizard.pageIds():  # each page's own fields (the wizard's buttons have none)
        assert clashes(widget_letters(wizard.page(page))) == [], (language, page)
    wizard.close()
