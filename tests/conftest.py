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


@pytest.fixture(scope="session")
def kanwa_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding the reading dictionary, extracted once per test session (in a child process)."""
    from postcard.io.kanwa import dictionary_file, load_dictionary

    cache = tmp_path_factory.mktemp("cache")
    assert load_dictionary(cache) is not None
    assert dictionary_file(cache).exists()
    return cache


@pytest.fixture
def home_with_readings(_isolated_home: Path, kanwa_cache: Path) -> Path:
    """The test's POSTCARD_HOME with the reading dictionary already in its cache (no extraction per test)."""
    from postcard.io.kanwa import dictionary_file

    target = dictionary_file(_isolated_home / "cache")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(dictionary_file(kanwa_cache).read_bytes())
    return _isolated_home


def pytest_configure(config: pytest.Config) -> None:
    from postcard.gui.qtguard import keep_none_alive

    keep_none_alive()  # as the app does: the Qt binding's defect would otherwise abort a long test session


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qapp" in getattr(item, "fixturenames", ()) or "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
