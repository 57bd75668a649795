"""Starting the window on a home that cannot be used: a dialog with one line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from postcard.errors import PostcardError

from postcard.gui import app as app_module


def test_a_home_that_is_a_file_is_one_line_in_a_dialog(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder", encoding="utf-8")
    shown: list[BaseException] = []
    monkeypatch.setattr("postcard.gui.dialogs.error_dialog.show_error", lambda parent, exc: shown.append(exc))
    assert app_module.main(["--home", str(home)]) == 1
    [error] = shown
    assert isinstance(error, PostcardError)
    assert str(error) == f"cannot keep postcard's files in {home}: it is a file, not a folder"
    assert home.read_text(encoding="utf-8") == "not a folder"
