"""Shared fixtures. Qt runs offscreen; every test gets its own POSTCARD_HOME, HOME and XDG_DATA_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("POSTCARD_HOME", str(home))
    userhome = tmp_path_factory.mktemp("userhome")
    monkeypatch.setenv("HOME", str(userhome))
    monkeypatch.setenv("XDG_DATA_HOME", str(userhome / ".local" / "share"))  # where install-desktop writes
    return home


@pytest.fixture
def data_dir() -> Path:
    return DATA


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qapp" in getattr(item, "fixturenames", ()) or "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
