"""Fixtures for the end-to-end tests: one font catalogue per session, shared with the app's context."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcard.context import AppContext
from postcard.render.fonts import FontCatalog


@pytest.fixture(scope="session")
def fonts(tmp_path_factory: pytest.TempPathFactory) -> FontCatalog:
    return FontCatalog(cache_dir=tmp_path_factory.mktemp("fontcache"))


@pytest.fixture
def app_fonts(fonts: FontCatalog, monkeypatch: pytest.MonkeyPatch) -> FontCatalog:
    """Every AppContext the CLI builds uses the session's catalogue (its metrics are loaded once)."""
    monkeypatch.setattr(AppContext, "fonts", property(lambda self: fonts))
    return fonts


@pytest.fixture(autouse=True)
def _shared_reading_dictionary(kanwa_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every home reads the session's reading dictionary (extracted once), not one extracted per test."""
    from postcard.io import kanwa

    shared = kanwa.dictionary_file(kanwa_cache)
    monkeypatch.setattr(kanwa, "dictionary_file", lambda cache_dir: shared)
