"""The guard against the Qt binding's lost references to None: a long evening does not abort the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from postcard.gui.qtguard import SPARE, binding_drops_none, binding_drops_true, keep_none_alive


def test_thousands_of_calls_later_none_is_still_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    keep_none_alive()  # as the app's start-up (and this test session's) does; a second call changes nothing
    assert keep_none_alive() is False
    label = QLabel()
    for i in range(20_000):  # more than the count None has without the guard, were the binding to drop it
        label.setText(str(i))
    assert label.text() == "19999"
    if sys.version_info < (3, 12) and binding_drops_none():
        assert sys.getrefcount(None) > SPARE // 2


def test_thousands_of_signals_later_true_is_still_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    keep_none_alive()
    sender, names = QObject(), []
    sender.objectNameChanged.connect(names.append)
    for i in range(20_000):  # each emit hands back True uncounted, were the binding to drop it
        sender.objectNameChanged.emit(str(i))
    assert names[-1] == "19999" and len(names) == 20_000
    if sys.version_info < (3, 12) and binding_drops_true():
        assert sys.getrefcount(True) > SPARE // 2
